import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium, headless; the flags keep it from reaching out to the network or prompting on first run. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
