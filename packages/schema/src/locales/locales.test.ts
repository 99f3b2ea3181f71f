import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LOCALE_PACKS, localePack } from './index.ts';
import { chooseLocale, LOCALE_KEYS, LOCALE_TAGS } from './locale-pack.ts';

const EU_OFFICIAL = 'bg hr cs da nl en et fi fr de el hu ga it lv lt mt pl pt ro sk sl es sv'.split(' ');
const ALSO = ['nb', 'is', 'tr', 'uk', 'ar', 'he', 'ja', 'zh', 'ko', 'pt-BR'];
const RTL = new Set(['ar', 'he']);
/** A pack's bytes as the SDK would fetch it: its JSON, gzip-compressed. */
const PACK_BUDGET = 1_100;

const en = localePack('en')!;
const placeholders = (s: string) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

describe('locale packs', () => {
  it('has one file per language: every official EU language and the others asked for, 30 at least', () => {
    const files = readdirSync(new URL('./packs/', import.meta.url)).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(LOCALE_PACKS.map((p) => p.tag.toLowerCase()).sort());
    expect([...LOCALE_TAGS].sort()).toEqual(LOCALE_PACKS.map((p) => p.tag).sort());
    for (const tag of [...EU_OFFICIAL, ...ALSO]) expect(localePack(tag), tag).toBeDefined();
    expect(EU_OFFICIAL).toHaveLength(24);
    expect(LOCALE_PACKS.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(LOCALE_PACKS.map((p) => [p.tag, p] as const))('%s', (tag, pack) => {
    it('has every key, no empty string, the placeholders intact and its text direction', () => {
      expect(Object.keys(pack.strings)).toEqual([...LOCALE_KEYS]);
      for (const key of LOCALE_KEYS) {
        const s = pack.strings[key];
        expect(s.trim(), `${tag}.${key}`).not.toBe('');
        expect(s, `${tag}.${key}`).toBe(s.trim());
        expect(placeholders(s), `${tag}.${key}`).toEqual(placeholders(en.strings[key]));
      }
      expect(pack.dir).toBe(RTL.has(tag) ? 'rtl' : 'ltr');
      expect(pack.name.length).toBeGreaterThan(0);
    });

    it(`fits the per-locale budget of ${PACK_BUDGET} B gzip`, () => {
      const bytes = gzipSync(JSON.stringify(pack)).length;
      expect(bytes).toBeLessThanOrEqual(PACK_BUDGET);
    });
  });
});

describe.each(LOCALE_PACKS.filter((p) => p.tag !== 'en').map((p) => [p.tag, p] as const))('%s', (_tag, pack) => {
  it('is written in its language, not an English copy', () => {
    const same = LOCALE_KEYS.filter((k) => pack.strings[k] === en.strings[k]);
    // A single word such as "OK" may be the same; no sentence may.
    expect(
      same.every((k) => en.strings[k].split(' ').length <= 1),
      same.join(', '),
    ).toBe(true);
  });
});

describe('chooseLocale', () => {
  const declared = ['en', 'de', 'fr', 'es', 'ar', 'pt-BR', 'nb'];
  it.each([
    [['fr-CA', 'en'], 'de', 'fr'],
    [['it', 'es-MX'], 'de', 'es'],
    [['ja'], 'de', 'de'],
    [['ja'], 'de-AT', 'de'],
    [[], null, 'en'],
    [undefined, 'AR', 'ar'],
    [['pt'], null, 'pt-BR'],
    [['pt-br'], null, 'pt-BR'],
    [['no'], null, 'nb'],
    [['ja'], 'xx', 'en'],
  ] as const)('navigator.languages %j, page lang %s → %s', (languages, pageLang, expected) => {
    expect(chooseLocale(languages, pageLang, declared, 'en')).toBe(expected);
  });
});
