import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './errors.ts';
import { parseDeclaration } from './load.ts';

// `locales` in the declaration: the languages offered, banner strings overriding a pack, and every declaration
// text present in each declared language.

const minimal = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');
const lines = minimal.split('\n').length;

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
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      new RegExp(`^site.yaml:${lines + 1}:\\d+  locales  site.defaultLocale "en" is not among`),
    );
    expect(errors[1]).toMatch(
      /locales\.tlh {2}no built-in locale pack for "tlh"; give locales\.tlh\.strings for title, intro/,
    );
  });
});
