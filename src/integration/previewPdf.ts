/**
 * The preview (`npm run dev`) prints no PDF: printing a report takes a browser, and the preview recomputes on
 * every save. A request for a report's PDF gets a page that says so and how to get one, instead of a bare 404.
 * Null for any other address.
 */
export function previewPdfResponse(url: string): { status: number; contentType: string; body: string } | null {
  const match = /\/forces\/([a-z0-9-]+)\/([a-z0-9-]+)\/report\.pdf(?:[?#]|$)/.exec(url);
  if (!match) return null;
  const only = `${match[1]}/${match[2]}`;
  const body = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No PDF in the preview</title></head><body>',
    '<h1>No PDF in the preview</h1>',
    '<p>The preview does not print PDFs: each one is printed by a browser, which would slow down every save.</p>',
    `<p>To get this report's PDF, build the site and serve it: <code>npm run build</code>, then <code>npm run serve</code>; or, in a site built already, re-print this one with <code>npm run pdf -- --only ${only}</code>.</p>`,
    '<p><a href="./">Back to the report</a></p>',
    '</body></html>',
  ].join('\n');
  return { status: 404, contentType: 'text/html; charset=utf-8', body };
}
