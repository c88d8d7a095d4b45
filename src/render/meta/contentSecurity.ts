/** The pages' Content-Security-Policy: scripts only from the site; only the search page needs WebAssembly (pagefind). */
export function contentSecurityPolicy({ allowWasm = false }: { allowWasm?: boolean } = {}): string {
  return `default-src 'self'; script-src 'self'${allowWasm ? " 'wasm-unsafe-eval'" : ''}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'`;
}
