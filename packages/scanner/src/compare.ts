import type { Finding, ScanReport, Violation } from '@cookieproof/schema';

// What changed between two scans of the same site: the watch behind `cookieproof scan --compare previous.json`.
// Items are keyed by pass (with its region and GPC flag), kind, name, origin (and surface when the report has one),
// so a page that moved or a query string that differs is not a change; the declared technology or category an item
// matched is.

type AnyFinding = Finding & { surface?: string | null; gpc?: boolean; region?: string };
type AnyViolation = Violation & { gpc?: boolean; region?: string };

const passKey = (x: { pass: string; gpc?: boolean; region?: string }) =>
  `${x.region ? `${x.region}:` : ''}${x.gpc ? `${x.pass}+gpc` : x.pass}`;

export interface FindingChange {
  key: string;
  before: { technologyId: string | null; category: string | null; firstParty: boolean };
  after: { technologyId: string | null; category: string | null; firstParty: boolean };
  finding: AnyFinding;
}

export type ScanComparison = {
  /** `startedAt` of the report compared against. */
  previous: string;
  appeared: AnyFinding[];
  disappeared: AnyFinding[];
  changed: FindingChange[];
  newViolations: AnyViolation[];
  resolvedViolations: AnyViolation[];
};

const findingKey = (f: AnyFinding) => [passKey(f), f.kind, f.name, f.origin, f.surface ?? ''].join('\t');
const violationKey = (v: AnyViolation) => [v.rule, passKey(v), v.kind, v.name, v.origin].join('\t');

function byKey<T>(items: T[], key: (t: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const i of items) if (!m.has(key(i))) m.set(key(i), i);
  return m;
}

export function compareReports(previous: ScanReport, current: ScanReport): ScanComparison {
  const before = byKey(previous.findings as AnyFinding[], findingKey);
  const after = byKey(current.findings as AnyFinding[], findingKey);
  const pick = (f: AnyFinding) => ({ technologyId: f.technologyId, category: f.category, firstParty: f.firstParty });
  const changed: FindingChange[] = [];
  for (const [key, f] of after) {
    const old = before.get(key);
    if (!old) continue;
    const [a, b] = [pick(old), pick(f)];
    if (a.technologyId !== b.technologyId || a.category !== b.category || a.firstParty !== b.firstParty)
      changed.push({ key, before: a, after: b, finding: f });
  }
  const vBefore = byKey(previous.violations as AnyViolation[], violationKey);
  const vAfter = byKey(current.violations as AnyViolation[], violationKey);
  return {
    previous: previous.startedAt,
    appeared: [...after].filter(([k]) => !before.has(k)).map(([, f]) => f),
    disappeared: [...before].filter(([k]) => !after.has(k)).map(([, f]) => f),
    changed,
    newViolations: [...vAfter].filter(([k]) => !vBefore.has(k)).map(([, v]) => v),
    resolvedViolations: [...vBefore].filter(([k]) => !vAfter.has(k)).map(([, v]) => v),
  };
}
