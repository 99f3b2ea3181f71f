import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_PACKS, localePack, POLICY_PACKS, policyPack } from './index.ts';
import { COUNTED } from './policy-pack.ts';

// The policy page's texts per language: complete, with every placeholder the renderer fills, beside a banner pack of
// the same tag, and written in their language rather than copied from English.

const en = policyPack('en')!;
const placeholders = (s: string) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
const keys = Object.keys(en.messages) as (keyof typeof en.messages)[];
/** Proper names and pure punctuation templates, the same in every language. */
const SAME_EVERYWHERE = new Set(['gpcName', 'dntName', 'listComma', 'term', 'categoryTable', 'faqAnalyticsItem']);

describe('policy packs', () => {
  it('has one file per language, each beside the banner pack of the same tag', () => {
    const files = readdirSync(new URL('./policy/', import.meta.url)).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(POLICY_PACKS.map((p) => p.tag.toLowerCase()).sort());
    for (const p of POLICY_PACKS) expect(localePack(p.tag)?.tag, p.tag).toBe(p.tag);
  });

  it('has a policy pack for every language the banner speaks, so any of them can be declared', () => {
    expect(LOCALE_PACKS.filter((p) => policyPack(p.tag)?.tag !== p.tag).map((p) => p.tag)).toEqual([]);
  });

  it('finds a language by its regional tags, and nothing for a language it does not have', () => {
    expect(policyPack('fr-CA')?.tag).toBe('fr');
    expect(policyPack('DE')?.tag).toBe('de');
    expect(policyPack('tlh')).toBeUndefined();
  });

  describe.each(POLICY_PACKS.map((p) => [p.tag, p] as const))('%s', (tag, pack) => {
    it('has every sentence, none empty, with the same placeholders as English', () => {
      expect(Object.keys(pack.messages).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const s = pack.messages[key];
        expect(s.trim(), `${tag}.${key}`).not.toBe('');
        expect(placeholders(s), `${tag}.${key}`).toEqual(placeholders(en.messages[key]));
      }
    });

    it('names every month, dates with day, month and year, and counts with the number', () => {
      expect(pack.months).toHaveLength(12);
      expect(new Set(pack.months).size).toBe(12);
      expect(placeholders(pack.date)).toEqual(['{day}', '{month}', '{year}']);
      for (const what of COUNTED) expect(pack.counted[what].other, `${tag}.${what}`).toContain('{n}');
    });

    it('counts only in plural categories its language has, with the number wherever a category holds several', () => {
      const rules = new Intl.PluralRules(tag);
      const categories: readonly string[] = rules.resolvedOptions().pluralCategories;
      const holding = (c: string) => [...Array(1001).keys()].filter((n) => rules.select(n) === c);
      for (const what of COUNTED)
        for (const [c, form] of Object.entries(pack.counted[what])) {
          expect(categories, `${tag}.${what}.${c}`).toContain(c);
          // A form without the number stands for one amount only (Arabic "يومان", two days).
          if (c !== 'other' && !form.includes('{n}')) expect(holding(c), `${tag}.${what}.${c}`).toHaveLength(1);
        }
    });
  });
});

describe.each(POLICY_PACKS.filter((p) => p.tag !== 'en').map((p) => [p.tag, p] as const))('%s', (_tag, pack) => {
  it('is written in its language, not an English copy', () => {
    // A single word such as "Version" may be the same; no sentence may.
    const copied = keys.filter(
      (k) =>
        !SAME_EVERYWHERE.has(k) &&
        pack.messages[k] === en.messages[k] &&
        en.messages[k]
          .replace(/\{\w+\}/g, '')
          .trim()
          .split(/\s+/).length > 1,
    );
    expect(copied).toEqual([]);
    const kinds = Object.values(pack.kinds).map((k) => k.explain);
    expect(kinds.filter((k) => Object.values(en.kinds).some((e) => e.explain === k))).toEqual([]);
  });
});
