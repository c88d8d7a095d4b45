/**
 * Makes a chromium PDF depend only on the page. Chromium stamps the print time, and names the tagged
 * structure's elements after DOM node numbers that shift from one browser session to the next, so two builds
 * of the same data would differ. Stamps become the report's publication date (or 1970-01-01) and node names
 * their rank, in place and at the same length so that the PDF's byte offsets stay valid; ranks keep the
 * names' order, so the sorted ID tree stays sorted.
 */
export function normalisePdf(pdf: Buffer, published: string | null): Buffer {
  const date = /^\d{4}[-/]\d{2}[-/]\d{2}$/.test(published ?? '') ? (published as string).replace(/[-/]/g, '') : '19700101';
  const text = pdf.toString('latin1');
  const nodes = [...new Set(text.match(/\(node\d{8}\)/g) ?? [])].sort();
  const rank = new Map(nodes.map((node, i) => [node, `(node${String(i + 1).padStart(8, '0')})`]));
  const normalised = text
    .replace(/\/(CreationDate|ModDate) \(D:\d{14}([^)]*)\)/g, (_whole, key: string, zone: string) => `/${key} (D:${date}000000${zone.length === 7 ? "+00'00'" : zone})`)
    .replace(/\(node\d{8}\)/g, (node) => rank.get(node) ?? node);
  return Buffer.from(normalised, 'latin1');
}
