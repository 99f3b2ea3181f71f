import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './errors.ts';
import { parseDeclaration } from './load.ts';

// Surfaces on unrelated registrable domains: one consent cookie cannot reach them all, so the declaration says how
// they share the visitor's choice (site.unrelatedDomains), and validate says when it is missing or has no effect.

const minimal = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');
/** The minimal declaration with a second surface at `origin` and, when given, site.unrelatedDomains. */
const withSurface = (origin: string, unrelated?: string) =>
  minimal.replace(
    '  surfaces:\n',
    `${unrelated === undefined ? '' : `  unrelatedDomains: ${unrelated}\n`}  surfaces:\n    shop:\n      title: Shop\n      origins: ["${origin}"]\n`,
  );
const about = (yaml: string) => parseDeclaration(yaml, 'site.yaml').problems.filter((p) => p.path.startsWith('site.'));

describe('site.unrelatedDomains', () => {
  it('warns when surfaces are on unrelated domains and the declaration does not say how they share a choice', () => {
    const [p, ...rest] = about(withSurface('https://example-shop.net'));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ severity: 'warning', path: 'site.surfaces' });
    expect(p!.message).toMatch(
      /unrelated domains \((example\.com|example-shop\.net), (example\.com|example-shop\.net)\)/,
    );
    expect(p!.message).toContain('site.unrelatedDomains: separate');
    expect(formatProblem(p!)).toMatch(/^site\.yaml:5:\d+/);
  });

  it('takes "separate" for such surfaces without a word', () => {
    const { declaration, problems } = parseDeclaration(withSurface('https://example-shop.net', 'separate'), 'x.yaml');
    expect(problems.filter((p) => p.path.startsWith('site.'))).toEqual([]);
    expect(declaration!.site.unrelatedDomains).toBe('separate');
  });

  it('refuses anything else, "linked" included (not available), saying what to write', () => {
    const { declaration, problems } = parseDeclaration(withSurface('https://example-shop.net', 'linked'), 'x.yaml');
    expect(declaration).toBeUndefined();
    const p = problems.find((x) => x.path === 'site.unrelatedDomains');
    expect(p).toMatchObject({ severity: 'error' });
    expect(p!.message).toBe('must be one of "separate", got "linked"');
    expect(formatProblem(p!)).toMatch(/^x\.yaml:4:\d+/);
  });

  it('says it has no effect when every surface shares one registrable domain', () => {
    expect(about(withSurface('https://shop.example.com'))).toEqual([]);
    const [p] = about(withSurface('https://shop.example.com', 'separate'));
    expect(p).toMatchObject({ severity: 'warning', path: 'site.unrelatedDomains' });
    expect(p!.message).toContain('every surface is on example.com');
  });
});
