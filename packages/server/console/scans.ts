import type { ScanEntry } from '@cookieproof/store';
import { api } from './api.ts';
import { stackedColumns } from './charts.ts';
import { $, count, el, fill, when } from './dom.ts';

// The Scans view: the stored scan reports, newest first, and their violations over time by rule.

const SHOWN = 100;

export async function showScans(): Promise<void> {
  const r = await api<{ scans: ScanEntry[] }>(`v1/scans?limit=${SHOWN}`);
  if (!r) return;
  const byRule = (s: ScanEntry) => (s.summary.violationsByRule ?? {}) as Record<string, number>;
  const pages = (s: ScanEntry) =>
    ((s.summary.passes ?? []) as { consent: string; pages: number }[]).map((p) => `${p.consent} ${p.pages}`).join(', ');
  fill(
    $<HTMLTableElement>('scan-list'),
    r.scans.map((s) => [
      when(s.storedAt),
      s.url,
      count(s.violations),
      Object.entries(byRule(s))
        .map(([rule, n]) => `${rule} ${n}`)
        .join(', ') || 'none',
      pages(s),
      el('a', 'Report', {
        href: `v1/scans/${s.id}`,
        'aria-label': `Report of the scan stored ${when(s.storedAt)} (JSON)`,
      }),
    ]),
  );
  const oldestFirst = [...r.scans].reverse();
  const rules = [...new Set(oldestFirst.flatMap((s) => Object.keys(byRule(s))))].sort();
  const chart = $('violations-chart');
  if (r.scans.length === 0) {
    chart.replaceChildren(el('p', 'No scan stored yet: `cookieproof scan <url> --server <this server>` stores one.'));
    return;
  }
  const newest = r.scans[0]!;
  chart.replaceChildren(
    stackedColumns(
      `Violations of the last ${r.scans.length} scans, oldest to newest, by rule; the newest has ${newest.violations}. The table below gives each scan.`,
      oldestFirst.map((s) => s.storedAt.slice(0, 10)),
      rules.map((rule) => ({ name: rule, values: oldestFirst.map((s) => byRule(s)[rule] ?? 0) })),
    ),
  );
}
