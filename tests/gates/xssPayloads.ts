/** The payloads that tests/gates/fixtures/xss carries in every free-text field; each must show up as text. */
export const xssPayloads = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
];
