/**
 * Runs `work` on each item, at most `limit` at a time, in the order given; returns each item's promise at once, so
 * that a test can wait for its own item while later ones still run. A rejection is left for the test that waits
 * for that item to report, never an unhandled one.
 */
export function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Map<T, Promise<R>> {
  const settle = new Map<T, { resolve: (value: R) => void; reject: (reason: unknown) => void }>();
  const results = new Map<T, Promise<R>>();
  for (const item of items) {
    const result = new Promise<R>((resolve, reject) => settle.set(item, { resolve, reject }));
    result.catch(() => {});
    results.set(item, result);
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      const { resolve, reject } = settle.get(item)!;
      await work(item).then(resolve, reject);
    }
  };
  for (let i = 0; i < Math.min(limit, items.length); i++) void worker();
  return results;
}
