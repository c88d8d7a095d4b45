import type { Page } from 'playwright-core';

/**
 * Collects everything that went wrong while a page loaded: console errors (a CSP violation is one),
 * uncaught exceptions, requests that failed and responses of 400 or more. Returns the live list.
 */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
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
