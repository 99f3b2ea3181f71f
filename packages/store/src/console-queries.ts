import type {
  ChainPosition,
  ConsentOverview,
  ListedReceipt,
  OverviewDimension,
  OverviewSlice,
  ReceiptFilter,
  ReceiptPage,
  VersionReceipts,
} from '@cookieproof/schema';
import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { ReceiptListRequest } from './consent-store.ts';
import type { Database } from './database.ts';
import { receiptOf } from './receipt-rows.ts';

// What the operator console reads, shared by both dialects. Aggregates come from the daily rollup; lists and single
// receipts from the receipts table through its indexes (migration 6): (recorded_at, seq) and (surface | fingerprint
// | event, recorded_at, seq). A list is ordered by (recorded_at, seq) descending and paged by keyset, so a page reads
// about `limit` index entries when its filter is one indexed column; with several, the database walks the most
// selective index and skips the rows the others exclude. The rollup gives the total first, and a filter it counts
// nothing for reads no receipt at all (otherwise a rare combination would walk a whole index range in vain).
// The index-use test (console-queries.test.ts) runs EXPLAIN on each of these queries on both dialects.

const DAY_MS = 86_400_000;
const dayAfter = (day: string) => new Date(Date.parse(day) + DAY_MS).toISOString().slice(0, 10);

const headSeq = (eb: ExpressionBuilder<Database, 'receipts'>) =>
  eb.selectFrom('chain_head').select('chain_head.seq').where('chain_head.id', '=', 1);

/** A list's cursor: the last receipt's recording time and chain position. */
const cursorOf = (r: { recorded_at: string; seq: number }) => `${r.recorded_at}_${Number(r.seq)}`;
function parseCursor(cursor: string): [string, number] {
  const at = cursor.lastIndexOf('_');
  return [cursor.slice(0, at), Number(cursor.slice(at + 1))];
}

/** LIKE's own characters escaped: category ids may hold "_". */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The list's query without its page bounds: what EXPLAIN is run on, and what listReceipts pages through. */
export function receiptsQuery(db: Kysely<Database>, filter: ReceiptFilter, before?: string) {
  // No condition on the chain position here (listReceipts drops rows outside the chain): with one, both planners
  // took the position's index over its whole range and sorted every match, instead of the index that gives the order.
  let q = db.selectFrom('receipts').selectAll();
  if (filter.from) q = q.where('recorded_at', '>=', filter.from);
  if (filter.to) q = q.where('recorded_at', '<', dayAfter(filter.to));
  // A column the filter fixes leads the order too (the same order, since it is constant), so that its own index
  // gives the order: neither planner knows that an old version's receipts or a rare event sit far back in time, and
  // by the time order alone they would walk the time index through every newer receipt to find them. The lead is
  // compared as a range of one value: PostgreSQL drops an ordering column that an equality fixes and would again
  // take the time index.
  const lead = filter.fingerprint ? 'fingerprint' : filter.event ? 'event' : filter.surface ? 'surface' : null;
  for (const column of ['surface', 'fingerprint', 'event'] as const) {
    const value = filter[column];
    if (value === undefined) continue;
    q = column === lead ? q.where(column, '>=', value).where(column, '<=', value) : q.where(column, '=', value);
  }
  // Choices are canonical JSON (sorted keys, no spaces), so a granted category is this exact text.
  if (filter.category)
    q = q.where(sql<boolean>`choices like ${`%${likeLiteral(`"${filter.category}":true`)}%`} escape '\\'`);
  if (before) {
    const [at, seq] = parseCursor(before);
    q = q.where((eb) => eb(eb.refTuple('recorded_at', 'seq'), '<', eb.tuple(at, seq)));
  }
  if (lead) q = q.orderBy(lead, 'desc');
  return q.orderBy('recorded_at', 'desc').orderBy('seq', 'desc');
}

type RollupTable = 'receipt_daily' | 'receipt_daily_granted';

function whereRollup<T extends RollupTable, O>(
  q: SelectQueryBuilder<Database, T, O>,
  filter: ReceiptFilter,
): SelectQueryBuilder<Database, T, O> {
  // The rollup's columns have the same names in both tables; the casts only tell Kysely so.
  let out = q as unknown as SelectQueryBuilder<Database, 'receipt_daily', O>;
  if (filter.from) out = out.where('day', '>=', filter.from);
  if (filter.to) out = out.where('day', '<=', filter.to);
  if (filter.surface) out = out.where('surface', '=', filter.surface);
  if (filter.fingerprint) out = out.where('fingerprint', '=', filter.fingerprint);
  if (filter.event) out = out.where('event', '=', filter.event);
  return out as unknown as SelectQueryBuilder<Database, T, O>;
}

/** Receipts matching a filter, counted from the rollup, and the first and last day that has any. */
export async function filteredSpan(
  db: Kysely<Database>,
  filter: ReceiptFilter,
): Promise<{ total: number; firstDay: string | null; lastDay: string | null }> {
  const row = filter.category
    ? await whereRollup(
        db
          .selectFrom('receipt_daily_granted')
          .select((eb) => [
            eb.fn.sum<number | string | null>('granted').as('n'),
            eb.fn.min<string | null>('day').as('first_day'),
            eb.fn.max<string | null>('day').as('last_day'),
          ])
          .where('category', '=', filter.category),
        filter,
      ).executeTakeFirst()
    : await whereRollup(
        db
          .selectFrom('receipt_daily')
          .select((eb) => [
            eb.fn.sum<number | string | null>('receipts').as('n'),
            eb.fn.min<string | null>('day').as('first_day'),
            eb.fn.max<string | null>('day').as('last_day'),
          ]),
        filter,
      ).executeTakeFirst();
  return { total: Number(row?.n ?? 0), firstDay: row?.first_day ?? null, lastDay: row?.last_day ?? null };
}

export async function listReceipts(db: Kysely<Database>, request: ReceiptListRequest): Promise<ReceiptPage> {
  // A later page of a filter already counted (an export's) follows its cursor, which already says where to start.
  const span = request.knownTotal === undefined ? await filteredSpan(db, request.filter) : null;
  const total = request.knownTotal ?? span!.total;
  if (total === 0) return { receipts: [], next: null, total };
  const head = await db.selectFrom('chain_head').select('seq').where('id', '=', 1).executeTakeFirst();
  // Narrowed to the days the rollup has matches on: an old version's newest receipt is then where the walk starts.
  const narrowed = span?.firstDay
    ? { ...request.filter, from: span.firstDay, to: span.lastDay ?? undefined }
    : request.filter;
  const rows = await receiptsQuery(db, narrowed, request.before)
    .limit(request.limit + 1)
    .execute();
  const page = rows.slice(0, request.limit);
  // Rows outside the chain (before position 1, past the head) are never served, as on every read path; only a write
  // that bypassed the store puts them there, and verify reports them.
  const chained = (r: { seq: number }) => Number(r.seq) >= 1 && Number(r.seq) <= Number(head?.seq ?? 0);
  return {
    receipts: page.filter(chained).map((r) => ({ ...receiptOf(r), sequence: Number(r.seq) })),
    next: rows.length > request.limit ? cursorOf(page.at(-1)!) : null,
    total,
  };
}

export function receiptByIdQuery(db: Kysely<Database>, receiptId: string) {
  return db
    .selectFrom('receipts')
    .selectAll()
    .where('receipt_id', '=', receiptId)
    .where('seq', '>=', 1)
    .where('seq', '<=', headSeq);
}

export async function receiptById(
  db: Kysely<Database>,
  receiptId: string,
): Promise<{ receipt: ListedReceipt; position: ChainPosition } | null> {
  const row = await receiptByIdQuery(db, receiptId).executeTakeFirst();
  if (!row) return null;
  const sequence = Number(row.seq);
  return {
    receipt: { ...receiptOf(row), sequence },
    position: {
      receiptId: row.receipt_id,
      sequence,
      previousHash: row.previous_hash,
      hash: row.hash,
      commitment: row.commitment,
    },
  };
}

export async function receiptsPerVersion(db: Kysely<Database>): Promise<VersionReceipts[]> {
  const rows = await db
    .selectFrom('receipt_facet')
    .select((eb) => [
      'value',
      eb.fn.sum<number | string>('receipts').as('receipts'),
      eb.fn.min('day').as('first_day'),
      eb.fn.max('day').as('last_day'),
    ])
    .where('dimension', '=', 'fingerprint')
    .groupBy('value')
    .execute();
  return rows.map((r) => ({
    fingerprint: r.value,
    receipts: Number(r.receipts),
    firstDay: r.first_day,
    lastDay: r.last_day,
  }));
}

const DIMENSIONS: readonly OverviewDimension[] = ['surface', 'fingerprint', 'jurisdiction', 'regime', 'locale'];
const sums = (eb: ExpressionBuilder<Database, 'receipt_facet'>) => [
  eb.fn.sum<number | string>('receipts').as('receipts'),
  eb.fn.sum<number | string>('gpc').as('gpc'),
  eb.fn.sum<number | string>('dnt').as('dnt'),
  eb.fn.sum<number | string>('visitors').as('visitors'),
  eb.fn.sum<number | string>('visitor_gpc').as('visitor_gpc'),
  eb.fn.sum<number | string>('visitor_dnt').as('visitor_dnt'),
];

type Summed = {
  receipts: number | string;
  gpc: number | string;
  dnt: number | string;
  visitors: number | string;
  visitor_gpc: number | string;
  visitor_dnt: number | string;
};

const emptySlice = (key: string): OverviewSlice => ({
  key,
  receipts: 0,
  gpc: 0,
  dnt: 0,
  visitors: 0,
  visitorGpc: 0,
  visitorDnt: 0,
  events: {},
  granted: {},
});

function addCounts(to: Omit<OverviewSlice, 'key' | 'granted'>, event: string, r: Summed): void {
  const n = Number(r.receipts);
  to.receipts += n;
  to.gpc += Number(r.gpc);
  to.dnt += Number(r.dnt);
  to.visitors += Number(r.visitors);
  to.visitorGpc += Number(r.visitor_gpc);
  to.visitorDnt += Number(r.visitor_dnt);
  to.events[event] = (to.events[event] ?? 0) + n;
}

/**
 * The overview of a range of days, from the per-dimension rollup (a few rows per day and dimension): counts per
 * dimension value and event, and granted per dimension value and category; dimension "all" gives the days and the
 * total.
 */
export async function overview(
  db: Kysely<Database>,
  { from, to }: { from: string; to: string },
): Promise<ConsentOverview> {
  const counts = await db
    .selectFrom('receipt_facet')
    .select((eb) => ['dimension', 'value', 'event', ...sums(eb)])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where('dimension', '<>', 'all')
    .groupBy(['dimension', 'value', 'event'])
    .execute();
  const perDay = await db
    .selectFrom('receipt_facet')
    .select(['day', 'event', 'receipts', 'gpc', 'dnt', 'visitors', 'visitor_gpc', 'visitor_dnt'])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where('dimension', '=', 'all')
    .orderBy('day')
    .execute();
  const granted = await db
    .selectFrom('receipt_facet_granted')
    .select((eb) => ['dimension', 'value', 'category', eb.fn.sum<number | string>('granted').as('granted')])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy(['dimension', 'value', 'category'])
    .execute();

  const days = new Map<string, ConsentOverview['days'][number]>();
  const total = emptySlice('');
  for (const r of perDay) {
    let day = days.get(r.day);
    if (!day) {
      const { key: _key, granted: _granted, ...zero } = emptySlice('');
      day = { day: r.day, ...zero };
      days.set(r.day, day);
    }
    addCounts(day, r.event, r);
    addCounts(total, r.event, r);
  }
  const by = Object.fromEntries(DIMENSIONS.map((d) => [d, new Map<string, OverviewSlice>()])) as Record<
    OverviewDimension,
    Map<string, OverviewSlice>
  >;
  const slice = (dimension: string, key: string) => {
    const map = by[dimension as OverviewDimension];
    let s = map.get(key);
    if (!s) {
      s = emptySlice(key);
      map.set(key, s);
    }
    return s;
  };
  for (const r of counts) if (r.dimension in by) addCounts(slice(r.dimension, r.value), r.event, r);
  for (const r of granted) {
    const n = Number(r.granted);
    if (r.dimension === 'all') total.granted[r.category] = (total.granted[r.category] ?? 0) + n;
    else if (r.dimension in by) {
      const s = slice(r.dimension, r.value);
      s.granted[r.category] = (s.granted[r.category] ?? 0) + n;
    }
  }
  const sorted = (m: Map<string, OverviewSlice>) => [...m.values()].sort((a, b) => b.receipts - a.receipts);
  return {
    from,
    to,
    days: [...days.values()],
    total,
    by: Object.fromEntries(DIMENSIONS.map((d) => [d, sorted(by[d])])) as ConsentOverview['by'],
  };
}
