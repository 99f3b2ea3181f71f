import { describe, expect, it } from 'vitest';
import { durationSeconds, formatDuration, parseDuration } from './duration.ts';

describe('durations', () => {
  it.each([
    ['session', 0],
    ['30 minutes', 1800],
    ['1 hour', 3600],
    ['14 days', 14 * 86_400],
    ['13 months', 390 * 86_400],
    ['1 year', 365 * 86_400],
    ['P30D', 30 * 86_400],
    ['PT2H', 7200],
    ['90d', 90 * 86_400],
  ])('%s is %d seconds', (text, seconds) => {
    expect(durationSeconds(parseDuration(text)!)).toBe(seconds);
  });

  it('knows persistent storage outlives every fixed duration', () => {
    expect(durationSeconds(parseDuration('persistent')!)).toBe(Number.POSITIVE_INFINITY);
  });

  it.each(['', 'forever', '0 days', '-1 day', 'P', 'PT', '3 fortnights', 'twelve days'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('formats for people', () => {
    expect(formatDuration(parseDuration('182 days')!)).toBe('26 weeks');
    expect(formatDuration(parseDuration('13 months')!)).toBe('13 months');
    expect(formatDuration(parseDuration('session')!)).toBe('Session');
    expect(formatDuration(parseDuration('persistent')!)).toBe('Until cleared');
    expect(formatDuration(parseDuration('30 minutes')!)).toBe('30 minutes');
  });
});
