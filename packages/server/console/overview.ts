import type { ConsentOverview, OverviewDimension } from '@cookieproof/schema';
import { api, query } from './api.ts';
import { shareBars, stackedColumns } from './charts.ts';
import { $, count, el, fill, head, percent } from './dom.ts';
import { versionLabel } from './versions.ts';

// The Overview view: receipts per day by event, acceptance per category, GPC/DNT among visitors, and a breakdown by
// one dimension; every chart with a table beside it.

export const EVENTS = ['grant', 'partial', 'refuse', 'withdraw', 'signal'] as const;
const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DIMENSION_NAMES: Record<OverviewDimension, string> = {
  surface: 'surface',
  fingerprint: 'declaration version',
  jurisdiction: 'jurisdiction',
  regime: 'regime',
  locale: 'locale',
};

let shown: ConsentOverview | null = null;

/** The overview of the last `days` days (today included), or null when it could not be read. */
export async function fetchOverview(days: number): Promise<ConsentOverview | null> {
  const to = dayOf(Date.now());
  return api<ConsentOverview>(`v1/console/overview${query({ from: dayOf(Date.now() - (days - 1) * DAY_MS), to })}`);
}

export async function showOverview(): Promise<void> {
  const days = Number($<HTMLSelectElement>('overview-days').value);
  const o = await fetchOverview(days);
  if (!o) return;
  shown = o;
  const t = o.total;
  const kpis: [string, string][] = [
    ['Receipts', count(t.receipts)],
    ['Visitor-days', count(t.visitors)],
    ['Accepted all', percent(t.events.grant ?? 0, t.receipts)],
    ['Refused all', percent(t.events.refuse ?? 0, t.receipts)],
    ['Visitors sending GPC', percent(t.visitorGpc, t.visitors)],
    ['Visitors sending DNT', percent(t.visitorDnt, t.visitors)],
  ];
  $('overview-kpis').replaceChildren(...kpis.map(([k, v]) => el('div', [el('dt', k), el('dd', v)])));

  // Every day of the range, so that days without receipts show as gaps.
  const byDay = new Map(o.days.map((d) => [d.day, d]));
  const allDays: string[] = [];
  for (let ms = Date.parse(o.from); ms <= Date.parse(o.to); ms += DAY_MS) allDays.push(dayOf(ms));
  const series = EVENTS.map((e) => ({ name: e, values: allDays.map((d) => byDay.get(d)?.events[e] ?? 0) }));
  const busiest = o.days.reduce((m, d) => Math.max(m, d.receipts), 0);
  $('per-day-chart').replaceChildren(
    stackedColumns(
      `Receipts per day from ${o.from} to ${o.to}: ${count(t.receipts)} in all, at most ${count(busiest)} a day. The table below gives each day.`,
      allDays,
      series,
    ),
  );
  const perDay = $<HTMLTableElement>('per-day-table');
  head(perDay, ['Day', 'Receipts', ...EVENTS, 'Visitor-days', 'GPC visitors', 'DNT visitors']);
  fill(
    perDay,
    o.days.map((d) => [
      d.day,
      count(d.receipts),
      ...EVENTS.map((e) => count(d.events[e] ?? 0)),
      count(d.visitors),
      count(d.visitorGpc),
      count(d.visitorDnt),
    ]),
  );

  const categories = Object.keys(t.granted).sort();
  const shares = categories.map((c) => ({
    name: c,
    share: t.receipts ? t.granted[c]! / t.receipts : 0,
    text: percent(t.granted[c]!, t.receipts),
  }));
  $('acceptance-chart').replaceChildren(
    shareBars(
      `Share of receipts granting each category: ${shares.map((s) => `${s.name} ${s.text}`).join(', ')}.`,
      shares,
    ),
  );
  fill(
    $<HTMLTableElement>('acceptance-table'),
    categories.map((c) => [c, count(t.granted[c]!), percent(t.granted[c]!, t.receipts)]),
  );
  await showBreakdown();
}

export async function showBreakdown(): Promise<void> {
  if (!shown) return;
  // Read after the await: of two quick changes, each drawing then shows the select's value as it is now.
  const versionOf = await versionLabel();
  const dimension = $<HTMLSelectElement>('breakdown').value as OverviewDimension;
  const label = dimension === 'fingerprint' ? versionOf : (k: string) => k || '(none)';
  const categories = Object.keys(shown.total.granted).sort();
  const table = $<HTMLTableElement>('breakdown-table');
  $('breakdown-caption').textContent = `Receipts by ${DIMENSION_NAMES[dimension]}, ${shown.from} to ${shown.to}`;
  head(table, [
    DIMENSION_NAMES[dimension],
    'Receipts',
    ...EVENTS,
    ...categories.map((c) => `${c} granted`),
    'GPC visitors',
  ]);
  fill(
    table,
    shown.by[dimension].map((s) => [
      label(s.key),
      count(s.receipts),
      ...EVENTS.map((e) => percent(s.events[e] ?? 0, s.receipts)),
      ...categories.map((c) => percent(s.granted[c] ?? 0, s.receipts)),
      percent(s.visitorGpc, s.visitors),
    ]),
  );
}
