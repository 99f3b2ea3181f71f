import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.ts';

describe('RateLimiter', () => {
  it('allows a burst, then refills at the sustained rate', () => {
    const l = new RateLimiter({ burst: 2, perSecond: 1 });
    expect(l.take('a', 0)).toBe(0);
    expect(l.take('a', 0)).toBe(0);
    expect(l.take('a', 0)).toBe(1);
    expect(l.take('b', 0)).toBe(0);
    expect(l.take('a', 1000)).toBe(0);
    expect(l.take('a', 1000)).toBe(1);
  });

  it('stays within maxClients', () => {
    const l = new RateLimiter({ burst: 1, perSecond: 0.001, maxClients: 10 });
    for (let i = 0; i < 1000; i++) l.take(`ip${i}`, 0);
    // The newest client is tracked and limited; memory did not grow past the bound.
    expect(l.take('ip999', 0)).toBeGreaterThan(0);
    expect(l.size).toBeLessThanOrEqual(10);
  });
});
