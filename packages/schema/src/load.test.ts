import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem } from './errors.ts';
import { fingerprint } from './fingerprint.ts';
import { brokenCases } from './fixtures/broken-cases.ts';
import { parseDeclaration } from './load.ts';

const minimal = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');
const aiPromo = new URL('../../../apps/ai-promo/cookieproof.yaml', import.meta.url);

describe('parseDeclaration', () => {
  it('loads the minimal declaration without problems and applies defaults', () => {
    const { declaration, problems } = parseDeclaration(minimal, 'minimal.yaml');
    expect(problems).toEqual([]);
    expect(declaration?.policy.consentLifetimeDays).toBe(182);
    expect(declaration?.site.defaultLocale).toBe('en');
    expect(declaration?.purposes.stats?.essential).toBe(false);
    expect(declaration?.consentMode?.waitForUpdate).toBe(500);
  });

  it('loads the AI Promo declaration with neither errors nor warnings', () => {
    const { declaration, problems } = parseDeclaration(readFileSync(aiPromo, 'utf8'), 'cookieproof.yaml');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(Object.keys(declaration!.site.surfaces)).toEqual(['public', 'dashboard']);
    expect(Object.keys(declaration!.purposes)).toHaveLength(7);
  });

  it('reads JSON as well as YAML, to the same declaration', () => {
    const yaml = parseDeclaration(minimal).declaration!;
    const json = parseDeclaration(JSON.stringify(yaml, null, 2), 'minimal.json');
    expect(json.problems).toEqual([]);
    expect(fingerprint(json.declaration!)).toBe(fingerprint(yaml));
  });

  it.each(brokenCases)('reports exactly where and what is wrong: $name', ({ from, to, expected }) => {
    expect(minimal).toContain(from);
    const { declaration, problems } = parseDeclaration(minimal.replace(from, to), 'broken.yaml');
    expect(declaration).toBeUndefined();
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual(expected);
  });

  it('has at least fifteen broken declarations covering every required semantic check', () => {
    expect(brokenCases.length).toBeGreaterThanOrEqual(15);
    const all = brokenCases.flatMap((c) => c.expected).join('\n');
    for (const fragment of [
      'unknown category',
      'unknown purpose',
      'unknown provider',
      'unknown surface',
      'can match the same cookie',
      'essential technology may serve only essential purposes',
      'more than 400 days',
      'name the third-party provider',
      'pattern does not compile',
      '"ads_storage"',
    ])
      expect(all).toContain(fragment);
  });

  it('warns about what is declared but unused, and about a missing consent cookie', () => {
    const text = minimal
      .replace('  ga-tag:\n', '  ga-tag:\n')
      .replace('name: cookieproof_consent', 'name: consent_choice')
      .replace('  stats: {', '  unused: { title: Unused, description: Nothing }\n  stats: {');
    const { declaration, problems } = parseDeclaration(text, 'w.yaml');
    expect(declaration).toBeDefined();
    expect(problems.map(formatProblem)).toEqual([
      'w.yaml:19:3  purposes.unused  declared but no technology serves this purpose',
      'w.yaml:28:3  technologies  the SDK keeps the choice in the cookie "cookieproof_consent"; declare it in the essential category',
    ]);
  });

  it('rejects what is not a mapping at all', () => {
    for (const text of ['', '42', '- a\n- b', 'null']) {
      const { declaration, problems } = parseDeclaration(text, 'x.yaml');
      expect(declaration).toBeUndefined();
      expect(problems.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['two URL patterns on one host', 'kind: script\n    url: https://www.googletagmanager.com/gtag/*'],
    ['two name patterns', 'kind: cookie\n    pattern: "_g[a-z]+"\n    duration: 1 day'],
  ])('finds %s that can match the same thing', (_, head) => {
    const extra = `  other:\n    ${head}\n    provider: ga\n    category: analytics\n    purposes: [stats]\n    surfaces: [web]\n    description: Other\n`;
    const text = minimal
      .replace('    name: _ga\n', '    pattern: "_ga.*"\n')
      .replace('technologies:\n', `technologies:\n${extra}`);
    const errors = parseDeclaration(text).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.message)).toEqual([
      expect.stringMatching(/^can match the same (URL|cookie) as technologies\.other;/),
    ]);
  });

  it('lets a technology name appear in two surfaces that do not overlap', () => {
    const d = parseDeclaration(minimal).declaration!;
    const copy = structuredClone(d);
    copy.site.surfaces.app = { title: 'App', origins: ['https://app.example.com'] };
    copy.technologies['ga-app'] = { ...copy.technologies['ga-cookie']!, surfaces: ['app'] };
    const { problems } = parseDeclaration(stringify(copy));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
