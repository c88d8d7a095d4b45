import * as pagefind from 'pagefind';

/**
 * Writes the pagefind search index into a built site folder, before it is swapped in, so that the
 * index always matches the pages. Only elements marked data-pagefind-body (the report pages) are indexed.
 */
export async function indexSearch(folder: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: folder });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${folder}/pagefind` });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
