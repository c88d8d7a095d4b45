/** The payloads that tests/gates/fixtures/xss carries in every free-text field; each must show up as text. */
export const xssPayloads = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
];

/** The spreadsheet formulas (OWASP, "CSV injection") that the fixture's northshire/2018-cdi-reinspection has as its title and notes. */
export const formulaPayloads = ['@SUM(1+1)*cmd|/C calc!A0', '=HYPERLINK("https://evil.example/x","Click for source")'];
