import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './errors.ts';
import { parseDeclaration } from './load.ts';

const minimal = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');
const withJurisdictions = (block: string) => `${minimal}jurisdictions:\n${block}`;
const lines = minimal.split('\n').length - 1;

describe('jurisdictions in the declaration', () => {
  it('loads regions, groups and a default', () => {
    const { declaration, problems } = parseDeclaration(
      withJurisdictions(`  default: { regime: notice }
  rules:
    europe: { regions: [EEA, UK, CH], regime: opt-in }
    california:
      regions: [US-CA]
      regime: opt-out
      wording: { title: Your privacy choices }
    other-states: { regions: [US-CO, US-CT, US-VA], regime: opt-out }
    brazil: { regions: [BR], regime: opt-in }
`),
      'site.yaml',
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(declaration!.jurisdictions!.rules.california!.regime).toBe('opt-out');
    expect(declaration!.jurisdictions!.default.regime).toBe('notice');
  });

  it('reports unknown and overlapping regions with file, line and column', () => {
    const { declaration, problems } = parseDeclaration(
      withJurisdictions(`  default: { regime: opt-in }
  rules:
    europe: { regions: [EEA, UK], regime: opt-in }
    france: { regions: [FR], regime: notice }
    nowhere: { regions: [EUR, US-ZZ], regime: notice }
`),
      'site.yaml',
    );
    expect(declaration).toBeUndefined();
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      `site.yaml:${lines + 5}:25  jurisdictions.rules.france.regions.0  overlapping regions: FR is also in jurisdictions.rules.europe (through EEA); a region must belong to one rule`,
      `site.yaml:${lines + 6}:26  jurisdictions.rules.nowhere.regions.0  unknown region "EUR"; did you mean "EU"? use an ISO 3166-1 alpha-2 country ("DE"), an ISO 3166-2 subdivision ("US-CA") or a group (EU, EEA, UK)`,
      `site.yaml:${lines + 6}:31  jurisdictions.rules.nowhere.regions.1  unknown region "US-ZZ"; use an ISO 3166-1 alpha-2 country ("DE"), an ISO 3166-2 subdivision ("US-CA") or a group (EU, EEA, UK)`,
    ]);
  });

  it('refuses an unknown regime and names the choices', () => {
    const { problems } = parseDeclaration(withJurisdictions('  default: { regime: ask }\n'), 'site.yaml');
    expect(problems.map(formatProblem).join('\n')).toMatch(/jurisdictions\.default\.regime.*opt-in.*opt-out.*notice/);
  });

  it('warns when an opt-out regime has no sale/share category to turn off', () => {
    const { problems } = parseDeclaration(
      withJurisdictions('  default: { regime: opt-in }\n  rules:\n    ca: { regions: [US-CA], regime: opt-out }\n'),
      'site.yaml',
    );
    expect(problems.map(formatProblem)).toContainEqual(expect.stringContaining('jurisdictions.rules.ca.regime'));
  });
});
