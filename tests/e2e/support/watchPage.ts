import type { Page, Request } from 'playwright-core';

const inFlight = new WeakMap<Page, { pending: Set<string>; settled: (() => void)[] }>();

/**
 * Collects everything that went wrong while a page loaded: console errors (a CSP violation is one),
 * uncaught exceptions, requests that failed, responses of 400 or more, and any request to an origin other than the
 * page's own (the origin of its first request), since the site makes none. Returns the live list.
 */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  let origin: string | undefined;
  const requests = { pending: new Set<string>(), settled: [] as (() => void)[] };
  inFlight.set(page, requests);
  const done = (request: Request) => {
    requests.pending.delete(request.url());
    if (requests.pending.size === 0) for (const resolve of requests.settled.splice(0)) resolve();
  };
  page.on('request', (request) => requests.pending.add(request.url()));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
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

/**
 * Waits until every request the watched page has started is finished, so that leaving the page (the next visit in
 * the same tab) does not abort one: the browser asks for the page's icon after the load event, and a request we cut
 * short is our doing, not the site's. A request still open after `ms` is a problem of the page's.
 */
export async function requestsSettled(page: Page, problems: string[], ms = 10_000): Promise<void> {
  const requests = inFlight.get(page);
  if (!requests || requests.pending.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    new Promise<false>((resolve) => requests.settled.push(() => resolve(false))),
    new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), ms))),
  ]);
  clearTimeout(timer);
  if (timedOut) problems.push(...[...requests.pending].map((url) => `request still open after ${ms / 1000} s: ${url}`));
}
