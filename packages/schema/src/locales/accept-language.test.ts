import { describe, expect, it } from 'vitest';
import { acceptLanguages } from './accept-language.ts';
import { chooseLocale } from './locale-pack.ts';

describe('acceptLanguages', () => {
  it('orders by quality, keeping the header order among equals', () => {
    expect(acceptLanguages('de;q=0.5, fr-CH, fr;q=0.9, en;q=0.9')).toEqual(['fr-CH', 'fr', 'en', 'de']);
  });

  it('leaves out wildcards, refusals and malformed entries', () => {
    expect(acceptLanguages('*;q=0.5, ar;q=0, es;q=abc, <script>, en_US, ja;q=1.5, it ; q=0.3')).toEqual(['it']);
    expect(acceptLanguages('')).toEqual([]);
    expect(acceptLanguages(undefined)).toEqual([]);
  });

  it('reads a bounded part of an endless header', () => {
    expect(acceptLanguages(Array.from({ length: 10_000 }, () => 'xx').join(','))).toHaveLength(32);
  });

  it('feeds the rule the banner uses: the first declared browser language, else the default', () => {
    const declared = ['en', 'de', 'fr', 'es', 'ar'];
    expect(chooseLocale(acceptLanguages('fr-FR,fr;q=0.9,en;q=0.8'), null, declared, 'en')).toBe('fr');
    expect(chooseLocale(acceptLanguages('ja, ar-EG;q=0.7'), null, declared, 'en')).toBe('ar');
    expect(chooseLocale(acceptLanguages('ja'), null, declared, 'en')).toBe('en');
  });
});
