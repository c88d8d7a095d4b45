import type { Page } from 'playwright-core';

/**
 * Collects everything that went wrong while a page loaded: console errors (a CSP violation is one),
 * uncaught exceptions, requests that failed, responses of 400 or more, and any request to an origin other than the
 * page's own (the origin of its first request), since the site makes none. Returns the live list.
 */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  let origin: string | undefined;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    origin ??= url.origin;
    if (url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
  });
  page.on('console', (message) => {
    // The text of a failed load does not name the URL (a missing /favicon.ico is the usual one); the location does.
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url || 'no URL'})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
