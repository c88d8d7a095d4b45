/** Report pages are `/forces/<force>/<slug>/`; the budgets, the no-JavaScript check and the bench single them out. */
export const isReportPage = (path: string): boolean => /^\/forces\/[^/]+\/[^/]+\/$/.test(path);
