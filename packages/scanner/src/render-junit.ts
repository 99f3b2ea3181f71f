import type { CookieproofScanReport } from './scan.ts';

// JUnit XML for CI systems: one test suite per pass, one test case per item seen, failing with its violations.

const xml = (v: unknown) =>
  String(v ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

export function renderJunit(report: CookieproofScanReport): string {
  const seconds = Math.max(0, (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000);
  const suites = report.passes.map((p) => {
    const cases = new Map<string, { name: string; failures: string[] }>();
    const key = (kind: string, name: string, origin: string) => `${kind}\t${name}\t${origin}`;
    for (const f of report.findings.filter((x) => x.pass === p.consent)) {
      const k = key(f.kind, f.name, f.origin);
      if (!cases.has(k)) cases.set(k, { name: `${f.kind} ${f.name} (${f.origin})`, failures: [] });
    }
    for (const v of report.violations.filter((x) => x.pass === p.consent)) {
      const k = key(v.kind, v.name, v.origin);
      const c = cases.get(k) ?? { name: `${v.kind} ${v.name} (${v.origin})`, failures: [] };
      c.failures.push(
        `<failure type="${xml(v.rule)}" message="${xml(v.message)}">${xml(`${v.rule}: ${v.message}\npage: ${v.page}`)}</failure>`,
      );
      cases.set(k, c);
    }
    const list = [...cases.values()];
    const failures = list.filter((c) => c.failures.length > 0).length;
    return `  <testsuite name="cookieproof scan: ${xml(p.consent)}" tests="${list.length}" failures="${failures}" errors="0" skipped="0">
${list
  .map(
    (c) =>
      `    <testcase classname="cookieproof.${xml(p.consent)}" name="${xml(c.name)}">${c.failures.length ? `\n      ${c.failures.join('\n      ')}\n    ` : ''}</testcase>`,
  )
  .join('\n')}
  </testsuite>`;
  });
  const tests =
    report.passes.length === 0 ? 0 : suites.reduce((n, s) => n + Number(/tests="(\d+)"/.exec(s)?.[1] ?? 0), 0);
  const failures = suites.reduce((n, s) => n + Number(/failures="(\d+)"/.exec(s)?.[1] ?? 0), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="cookieproof scan ${xml(report.target)}" tests="${tests}" failures="${failures}" time="${seconds.toFixed(3)}">
${suites.join('\n')}
</testsuites>
`;
}
