import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';

function recorder(delay = 0, fail?: (items: number[]) => boolean) {
  const batches: number[][] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  const flush = async (items: number[]) => {
    concurrent += 1;
    maxConcurrent = Math.max(maxConcurrent, concurrent);
    batches.push(items);
    await new Promise((resolve) => setTimeout(resolve, delay));
    concurrent -= 1;
    if (fail?.(items)) throw new Error(`batch ${items[0]} failed`);
    return items.map((i) => i * 10);
  };
  return { batches, flush, maxConcurrent: () => maxConcurrent };
}

describe('GroupCommit', () => {
  it('puts appends that arrive together into one batch and answers each with its own result', async () => {
    const r = recorder();
    const group = new GroupCommit(r.flush, { maxBatch: 100, maxDelayMs: 0 });
    expect(await Promise.all([1, 2, 3].map((i) => group.push(i)))).toEqual([10, 20, 30]);
    expect(r.batches).toEqual([[1, 2, 3]]);
  });

  it('caps batches at maxBatch, runs one at a time, and gathers arrivals during a commit into the next', async () => {
    const r = recorder(5);
    const group = new GroupCommit(r.flush, { maxBatch: 4, maxDelayMs: 1000 });
    const first = Array.from({ length: 10 }, (_, i) => group.push(i));
    await new Promise((resolve) => setTimeout(resolve, 1));
    const later = [group.push(100), group.push(101)];
    expect(await Promise.all([...first, ...later])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => i * 10),
      1000,
      1010,
    ]);
    expect(r.batches.map((b) => b.length)).toEqual([4, 4, 4]);
    expect(r.batches.flat()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 101]);
    expect(r.maxConcurrent()).toBe(1);
  });

  it('with maxInFlight, starts the next batch while earlier ones are still committing', async () => {
    const r = recorder(5);
    const group = new GroupCommit(r.flush, { maxBatch: 2, maxDelayMs: 0, maxInFlight: 3 });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => group.push(i)));
    expect(results).toEqual(Array.from({ length: 10 }, (_, i) => i * 10));
    expect(r.batches.flat()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(r.maxConcurrent()).toBe(3);
    await group.drain();
  });

  it('flushes a partial batch after maxDelayMs', async () => {
    const r = recorder();
    const group = new GroupCommit(r.flush, { maxBatch: 100, maxDelayMs: 5 });
    const one = group.push(1);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const two = group.push(2);
    expect(await Promise.all([one, two])).toEqual([10, 20]);
    expect(r.batches).toEqual([[1, 2]]);
  });

  it('rejects only the appends of a failed batch and carries on', async () => {
    const r = recorder(1, (items) => items.includes(2));
    const group = new GroupCommit(r.flush, { maxBatch: 2, maxDelayMs: 0 });
    const results = await Promise.allSettled([1, 2, 3, 4].map((i) => group.push(i)));
    expect(results.map((s) => s.status)).toEqual(['rejected', 'rejected', 'fulfilled', 'fulfilled']);
    expect(await group.push(5)).toBe(50);
  });

  it('drain waits for everything already pushed', async () => {
    const r = recorder(2);
    const group = new GroupCommit(r.flush, { maxBatch: 3, maxDelayMs: 50 });
    const pushed = Array.from({ length: 7 }, (_, i) => group.push(i));
    await group.drain();
    expect(r.batches.flat()).toHaveLength(7);
    expect(await Promise.all(pushed)).toHaveLength(7);
  });
});
