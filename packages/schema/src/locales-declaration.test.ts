import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './errors.ts';
import { parseDeclaration } from './load.ts';
import { localePack, POLICY_PACKS } from './locales/index.ts';

// `locales` in the declaration: the languages offered, banner strings overriding a pack, and every declaration
// text present in each declared language.

const minimal = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');
const lines = minimal.split('\n').length;
/** Esperanto with every banner string of its own: the banner can speak it, the policy page cannot. */
const esperanto = `  eo:\n    strings: ${JSON.stringify(localePack('en')!.strings)}\n`;

describe('declared locales', () => {
  it('takes banner string overrides per locale', () => {
    const { declaration, problems } = parseDeclaration(
      `${minimal}locales:\n  en: {}\n  fr:\n    strings: { accept: "J'accepte" }\n`,
      'site.yaml',
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(declaration!.locales!.fr!.strings).toEqual({ accept: "J'accepte" });
  });

  it('reports a text given per locale that lacks a declared locale, where it is', () => {
    const text = minimal.replace(
      'analytics: { title: Analytics, description: Visits }',
      'analytics: { title: { en: Analytics, fr: Statistiques }, description: { en: Visits } }',
    );
    const { problems } = parseDeclaration(`${text}locales:\n  en: {}\n  fr: {}\n`, 'site.yaml');
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual([
      'site.yaml:22:73  categories.analytics.description  no text in declared locale "fr"; add fr: …',
    ]);
    expect(problems.map(formatProblem).join('\n')).toMatch(/texts are one plain string, shown in "en"/);
  });

  it('refuses a locale with neither a built-in pack nor all its strings, and a default locale not declared', () => {
    const { problems } = parseDeclaration(`${minimal}locales:\n  fr: {}\n  tlh: {}\n`, 'site.yaml');
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(
      new RegExp(`^site.yaml:${lines + 1}:\\d+  locales  site.defaultLocale "en" is not among`),
    );
    expect(errors[1]).toMatch(
      /locales\.tlh {2}no built-in locale pack for "tlh"; give locales\.tlh\.strings for title, intro/,
    );
    expect(errors[2]).toMatch(/locales\.tlh {2}no cookie policy page can be written in "tlh"/);
  });

  it('refuses a declared locale the policy page has no texts for, at its key, rather than copy English under it', () => {
    const { problems } = parseDeclaration(`${minimal}locales:\n  en: {}\n${esperanto}`, 'site.yaml');
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      `site.yaml:${lines + 2}:3  locales.eo  no cookie policy page can be written in "eo" (its texts exist in ${POLICY_PACKS.map((p) => p.tag).join(', ')}); remove the locale, rather than publish an English copy labelled "eo"`,
    ]);
  });

  it('refuses a default locale the policy page has no texts for, where it is set', () => {
    const text = minimal.replace('  name: Example\n', '  name: Example\n  defaultLocale: eo\n');
    const errors = parseDeclaration(text, 'site.yaml').problems.filter((p) => p.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^site\.yaml:4:18 {2}site\.defaultLocale {2}no cookie policy page can be written in "eo" .*; choose another default locale/,
      ),
    ]);
  });

  it('checks the summaries of earlier versions in every declared locale, as the policy page shows them', () => {
    const text = `${minimal}locales:\n  en: {}\n  de: {}\nhistory:\n  - version: "0"\n    effectiveDate: "2025-01-01"\n    summary: { en: First }\n`;
    const errors = parseDeclaration(text, 'site.yaml').problems.filter((p) => p.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([
      `site.yaml:${lines + 6}:14  history.0.summary  no text in declared locale "de"; add de: …`,
    ]);
  });
});
