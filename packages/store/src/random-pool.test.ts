import { describe, expect, it } from 'vitest';
import { uuidV7 } from './random-pool.ts';

describe('uuidV7', () => {
  it('is a version 7, variant 1 UUID carrying the time, increasing within one millisecond', () => {
    const ids = Array.from({ length: 1000 }, () => uuidV7(1_764_460_800_000));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(ids[0]!.replace(/-/g, '').slice(0, 12), 16)).toBe(1_764_460_800_000);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(uuidV7(1_764_460_800_001) > ids.at(-1)!).toBe(true);
  });
});
