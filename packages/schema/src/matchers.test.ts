import { describe, expect, it } from 'vitest';
import { matchSource, technologyMatcher } from './matchers.ts';

// The one matching rule, as validation and the scanner use it and as the SDK gets it in its config (a source).

describe('technology matchers', () => {
  const matches = (t: Parameters<typeof matchSource>[0], v: string) => new RegExp(matchSource(t)).test(v);

  it('matches a name exactly, whatever characters it holds', () => {
    expect(matches({ name: '_ga' }, '_ga')).toBe(true);
    expect(matches({ name: '_ga' }, '_ga_X')).toBe(false);
    expect(matches({ name: 'a.b(c)' }, 'a.b(c)')).toBe(true);
    expect(matches({ name: 'a.b(c)' }, 'aXb(c)')).toBe(false);
  });

  it('matches a name pattern whole', () => {
    expect(matches({ pattern: '_ga_[A-Z0-9]+' }, '_ga_ABC1')).toBe(true);
    expect(matches({ pattern: '_ga_[A-Z0-9]+' }, 'x_ga_ABC1')).toBe(false);
    expect(matches({ pattern: 'a|b' }, 'ab')).toBe(false);
  });

  it('matches a URL pattern whole, or followed by a query string when it has no query part itself', () => {
    const t = { url: 'https://cdn.example/t/*.js' };
    expect(matches(t, 'https://cdn.example/t/a.js')).toBe(true);
    expect(matches(t, 'https://cdn.example/t/a.js?v=2')).toBe(true);
    expect(matches(t, 'https://cdn.example/t/a.jsx')).toBe(false);
    expect(matches(t, 'https://cdnXexample/t/a.js')).toBe(false);
    const q = { url: 'https://px.example/p?id=*' };
    expect(matches(q, 'https://px.example/p?id=1')).toBe(true);
    expect(matches(q, 'https://px.example/p')).toBe(false);
  });

  it('is what technologyMatcher tests', () => {
    expect(technologyMatcher({ url: 'https://px.example/p.gif' })('https://px.example/p.gif?x=1')).toBe(true);
    expect(technologyMatcher({ name: 'sid' })('sid2')).toBe(false);
  });
});
