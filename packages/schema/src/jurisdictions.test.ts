import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildClientConfig } from './build-client-config.ts';
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

describe('jurisdictions in the client config', () => {
  const { declaration } = parseDeclaration(
    withJurisdictions(`  default: { regime: notice }
  rules:
    europe: { regions: [EEA, UK], regime: opt-in }
    california: { regions: [US-CA], regime: opt-out }
`),
    'site.yaml',
  );

  it('precomputes each regime from the consent model: what is on before a choice, which signals opt out', () => {
    const config = buildClientConfig(declaration!, Object.keys(declaration!.site.surfaces)[0]!);
    const optional = config.categories.filter((c) => !c.required).map((c) => c.id);
    const { rules, default: fallback, unknown } = config.jurisdictions;
    expect(rules.map((r) => [r.id, r.regime, r.on, r.optOut])).toEqual([
      ['europe', 'opt-in', [], []],
      // GPC opts out in an opt-out regime whatever the declaration's signal mode (record here).
      ['california', 'opt-out', optional, ['gpc']],
    ]);
    expect(fallback).toEqual({ regime: 'notice', on: optional, optOut: [] });
    expect(unknown).toEqual({ regime: 'opt-in', on: [], optOut: [] });
  });

  it('expands groups to the codes Consent Mode takes, once each', () => {
    const config = buildClientConfig(declaration!, Object.keys(declaration!.site.surfaces)[0]!);
    const europe = config.jurisdictions.rules[0]!.regions;
    expect(europe).toHaveLength(31);
    expect(europe).toEqual(expect.arrayContaining(['DE', 'NO', 'IS', 'LI', 'GB']));
    expect(europe).not.toContain('EEA');
    expect(config.jurisdictions.rules[1]!.regions).toEqual(['US-CA']);
  });

  it('without jurisdictions: opt-in everywhere, as before they existed', () => {
    const { declaration: plain } = parseDeclaration(minimal, 'site.yaml');
    const config = buildClientConfig(plain!, Object.keys(plain!.site.surfaces)[0]!);
    expect(config.jurisdictions).toEqual({
      rules: [],
      default: { regime: 'opt-in', on: [], optOut: [] },
      unknown: { regime: 'opt-in', on: [], optOut: [] },
    });
  });
});
