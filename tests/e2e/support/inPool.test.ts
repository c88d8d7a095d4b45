import { describe, expect, it } from 'vitest';
import { inPool } from './inPool.ts';

describe('inPool(items, limit, work)', () => {
  it('runs every item, never more than limit at a time, starting them in order', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const results = inPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      started.push(n);
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5 * (8 - n)));
      running--;
      return n * 10;
    });
    expect(await Promise.all([...results.values()])).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most).toBe(3);
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives a failed item its own rejection and runs the others', async () => {
    const results = inPool(['a', 'b', 'c'], 2, async (s) => {
      if (s === 'b') throw new Error('b failed');
      return s.toUpperCase();
    });
    await expect(results.get('b')).rejects.toThrow('b failed');
    expect(await results.get('a')).toBe('A');
    expect(await results.get('c')).toBe('C');
  });
});
