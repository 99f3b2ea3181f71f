import type { Finding, ScanReport, Violation } from '@cookieproof/schema';
import { describe, expect, it } from 'vitest';
import { compareReports } from './compare.ts';

const finding = (name: string, over: Partial<Finding> = {}): Finding => ({
  pass: 'accept',
  kind: 'cookie',
  name,
  origin: 's.example',
  firstParty: true,
  page: 'https://s.example/',
  technologyId: name,
  category: 'analytics',
  ...over,
});
const violation = (name: string, over: Partial<Violation> = {}): Violation => ({
  rule: 'undeclared',
  pass: 'none',
  kind: 'cookie',
  name,
  origin: 's.example',
  page: 'https://s.example/',
  message: `${name} is not declared.`,
  ...over,
});
const report = (startedAt: string, findings: Finding[], violations: Violation[]): ScanReport => ({
  target: 'https://s.example/',
  declaration: null,
  startedAt,
  finishedAt: startedAt,
  passes: [],
  findings,
  violations,
});

describe('comparing two scans', () => {
  const before = report('2026-12-01T00:00:00Z', [finding('_ga'), finding('old'), finding('moved')], [violation('old')]);
  const after = report(
    '2026-12-02T00:00:00Z',
    [
      finding('_ga', { page: 'https://s.example/other' }),
      finding('moved', { technologyId: null, category: null }),
      finding('fresh'),
    ],
    [violation('fresh'), violation('moved', { rule: 'undeclared', pass: 'accept' })],
  );
  const c = compareReports(before, after);

  it('lists what appeared, disappeared and changed, not where it was seen', () => {
    expect(c.previous).toBe('2026-12-01T00:00:00Z');
    expect(c.appeared.map((f) => f.name)).toEqual(['fresh']);
    expect(c.disappeared.map((f) => f.name)).toEqual(['old']);
    expect(c.changed.map((x) => [x.finding.name, x.before.technologyId, x.after.technologyId])).toEqual([
      ['moved', 'moved', null],
    ]);
  });

  it('tells new violations from resolved ones', () => {
    expect(c.newViolations.map((v) => `${v.pass} ${v.name}`)).toEqual(['none fresh', 'accept moved']);
    expect(c.resolvedViolations.map((v) => v.name)).toEqual(['old']);
    expect(compareReports(after, after).newViolations).toEqual([]);
  });

  it('keeps the same item from two regions apart', () => {
    const de = report('2026-12-01T00:00:00Z', [finding('ad', { region: 'DE' } as Partial<Finding>)], []);
    const both = report(
      '2026-12-02T00:00:00Z',
      [finding('ad', { region: 'DE' } as Partial<Finding>), finding('ad', { region: 'US-CA' } as Partial<Finding>)],
      [violation('ad', { rule: 'gpc-not-honored', region: 'US-CA' } as Partial<Violation>)],
    );
    const r = compareReports(de, both);
    expect(r.appeared.map((f) => `${(f as { region?: string }).region} ${f.name}`)).toEqual(['US-CA ad']);
    expect(r.newViolations).toHaveLength(1);
    expect(compareReports(both, both).appeared).toEqual([]);
  });
});
