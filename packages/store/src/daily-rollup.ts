import type { Kysely } from 'kysely';
import type { DailyRollupRow } from './consent-store.ts';
import type {
  Database,
  ReceiptDailyGrantedTable,
  ReceiptDailyTable,
  ReceiptFacetGrantedTable,
  ReceiptFacetTable,
} from './database.ts';
import type { Dialect } from './dialect.ts';

// The overview's aggregates, kept as receipts arrive so that no console request reads the receipt table: each
// batch adds its counts to one row per (day, surface, fingerprint, event, jurisdiction, regime, locale) and one per
// granted category, in the transaction that appends the receipts, so the rollup and the log cannot disagree.
//
// Visitors: a receipt is a visitor's first of its UTC day when its subject is new or the subject's previous receipt
// is from an earlier day. The append knows that previous receipt's id already (it links to it), and a receipt id is
// a UUIDv7 whose first 48 bits are the milliseconds it was issued at, so this costs no lookup. Summed over days the
// counts are visitor-days: a visitor seen on two days counts twice.

export const KEY_COLUMNS = ['day', 'surface', 'fingerprint', 'event', 'jurisdiction', 'regime', 'locale'] as const;
/** The dimensions the overview breaks receipts down by, each kept alone per day (receipt_facet), beside "all". */
export const FACET_DIMENSIONS = ['surface', 'fingerprint', 'jurisdiction', 'regime', 'locale'] as const;
const COUNT_COLUMNS = ['receipts', 'gpc', 'dnt', 'visitors', 'visitor_gpc', 'visitor_dnt'] as const;
/** Rows per upsert statement: SQLite binds at most 32,766 values. */
const ROWS_PER_UPSERT = 1000;

/** What the rollup needs of a receipt row; booleans as the dialect stores them. */
export interface RollupSource {
  recorded_at: string;
  surface: string;
  fingerprint: string;
  event: string;
  jurisdiction: string | null;
  regime: string | null;
  locale: string;
  /** The subject's previous receipt, whose id tells its day; null for a new subject (or one erased since). */
  previous_receipt_id: string | null;
  /** Canonical JSON of the choices. */
  choices: string;
  gpc_header: boolean | number;
  dnt_header: boolean | number;
  gpc: boolean | number | null;
  dnt: boolean | number | null;
}

const on = (v: boolean | number | null) => v === true || v === 1;

/** The UTC day a UUIDv7 was issued on (its first 48 bits are Unix milliseconds). */
export function uuidV7Day(id: string): string {
  return new Date(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toISOString().slice(0, 10);
}

/** Counts of many receipts, merged by key; add() may be called across pages of a backfill. */
export class RollupCounts {
  readonly #rows = new Map<string, DailyRollupRow>();

  /** choices: the parsed choices where the caller has them. */
  add(r: RollupSource, choices = JSON.parse(r.choices) as Record<string, boolean>): void {
    const day = r.recorded_at.slice(0, 10);
    const regime = r.regime ?? '';
    const jurisdiction = r.jurisdiction ?? '';
    const key = JSON.stringify([day, r.surface, r.fingerprint, r.event, jurisdiction, regime, r.locale]);
    let row = this.#rows.get(key);
    if (!row) {
      const { surface, fingerprint, event, locale } = r;
      row = {
        day,
        surface,
        fingerprint,
        event,
        jurisdiction,
        regime,
        locale,
        receipts: 0,
        gpc: 0,
        dnt: 0,
        visitors: 0,
        visitorGpc: 0,
        visitorDnt: 0,
        granted: {},
      };
      this.#rows.set(key, row);
    }
    const gpc = on(r.gpc_header) || on(r.gpc);
    const dnt = on(r.dnt_header) || on(r.dnt);
    row.receipts += 1;
    if (gpc) row.gpc += 1;
    if (dnt) row.dnt += 1;
    if (r.previous_receipt_id === null || uuidV7Day(r.previous_receipt_id) < day) {
      row.visitors += 1;
      if (gpc) row.visitorGpc += 1;
      if (dnt) row.visitorDnt += 1;
    }
    for (const [category, granted] of Object.entries(choices))
      if (granted) row.granted[category] = (row.granted[category] ?? 0) + 1;
  }

  get size(): number {
    return this.#rows.size;
  }

  /**
   * Adds these counts to the stored rollup (inside the caller's transaction): the full keys, and each dimension alone,
   * summed here from the full keys (so per batch, not per receipt). The dialect writes the four upserts in one
   * statement where it can (PostgreSQL: one round trip under the chain lock instead of four).
   */
  async write(trx: Kysely<Database>, dialect: Pick<Dialect, 'writeRollup'>): Promise<void> {
    const parts = this.parts();
    if (dialect.writeRollup) await dialect.writeRollup(trx, parts);
    else for (const part of parts) await upsertPart(trx, part);
  }

  /** The rows to add to each rollup table. */
  parts(): RollupPart[] {
    const totals: ReceiptDailyTable[] = [];
    const granted: ReceiptDailyGrantedTable[] = [];
    const facets = new Map<string, ReceiptFacetTable>();
    const facetGranted = new Map<string, ReceiptFacetGrantedTable>();
    for (const { granted: byCategory, visitorGpc, visitorDnt, ...row } of this.#rows.values()) {
      const counts = { ...row, visitor_gpc: visitorGpc, visitor_dnt: visitorDnt };
      totals.push(counts);
      for (const [category, n] of Object.entries(byCategory)) granted.push({ ...keyOf(row), category, granted: n });
      for (const [dimension, value] of [['all', ''], ...FACET_DIMENSIONS.map((d) => [d, row[d]])] as const) {
        const key = `${row.day}\u0000${dimension}\u0000${value}`;
        const facetKey = `${key}\u0000${row.event}`;
        let facet = facets.get(facetKey);
        if (!facet) {
          facet = { day: row.day, dimension, value, event: row.event, ...zeroCounts() };
          facets.set(facetKey, facet);
        }
        for (const c of COUNT_COLUMNS) facet[c] += counts[c];
        for (const [category, n] of Object.entries(byCategory)) {
          const g = facetGranted.get(`${key}\u0000${category}`);
          if (g) g.granted += n;
          else facetGranted.set(`${key}\u0000${category}`, { day: row.day, dimension, value, category, granted: n });
        }
      }
    }
    return [
      { table: 'receipt_daily', key: [...KEY_COLUMNS], sums: [...COUNT_COLUMNS], rows: totals },
      { table: 'receipt_daily_granted', key: [...KEY_COLUMNS, 'category'], sums: ['granted'], rows: granted },
      {
        table: 'receipt_facet',
        key: ['day', 'dimension', 'value', 'event'],
        sums: [...COUNT_COLUMNS],
        rows: [...facets.values()],
      },
      {
        table: 'receipt_facet_granted',
        key: ['day', 'dimension', 'value', 'category'],
        sums: ['granted'],
        rows: [...facetGranted.values()],
      },
    ].filter((part) => part.rows.length > 0) as RollupPart[];
  }
}

/** Rows to add to one rollup table: inserted, or their sums added to the row with the same key. */
export interface RollupPart {
  table: 'receipt_daily' | 'receipt_daily_granted' | 'receipt_facet' | 'receipt_facet_granted';
  key: string[];
  sums: string[];
  rows: object[];
}

/** One part as Kysely upserts, a thousand rows a statement (SQLite binds at most 32,766 values). */
async function upsertPart(trx: Kysely<Database>, part: RollupPart): Promise<void> {
  for (const rows of chunks(part.rows, ROWS_PER_UPSERT)) {
    await trx
      .insertInto(part.table)
      .values(rows as never)
      .onConflict((oc) =>
        oc
          .columns(part.key as never)
          .doUpdateSet((eb) =>
            Object.fromEntries(
              part.sums.map((c) => [c, eb(`${part.table}.${c}` as never, '+', eb.ref(`excluded.${c}` as never))]),
            ),
          ),
      )
      .execute();
  }
}

const zeroCounts = () => ({ receipts: 0, gpc: 0, dnt: 0, visitors: 0, visitor_gpc: 0, visitor_dnt: 0 });

function keyOf(row: Pick<DailyRollupRow, (typeof KEY_COLUMNS)[number]>) {
  const { day, surface, fingerprint, event, jurisdiction, regime, locale } = row;
  return { day, surface, fingerprint, event, jurisdiction, regime, locale };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const BACKFILL_PAGE = 5000;

/**
 * Builds the rollup from the receipts already stored (migration 6), a page at a time. An erased receipt has lost the
 * link to its subject's previous one, so it counts as a visitor's first of the day.
 */
export async function backfillRollup(trx: Kysely<Database>): Promise<void> {
  const counts = new RollupCounts();
  let after = 0;
  for (;;) {
    const page = await trx
      .selectFrom('receipts')
      .select([
        'seq',
        'recorded_at',
        'surface',
        'fingerprint',
        'event',
        'jurisdiction',
        'regime',
        'locale',
        'previous_receipt_id',
        'choices',
        'gpc_header',
        'dnt_header',
        'gpc',
        'dnt',
      ])
      .where('seq', '>', after)
      .where('seq', '<=', (eb) => eb.selectFrom('chain_head').select('chain_head.seq').where('chain_head.id', '=', 1))
      .orderBy('seq')
      .limit(BACKFILL_PAGE)
      .execute();
    if (page.length === 0) break;
    for (const row of page) counts.add(row);
    after = Number(page.at(-1)!.seq);
  }
  if (counts.size > 0) for (const part of counts.parts()) await upsertPart(trx, part);
}

/** The rollup of UTC days from..to, inclusive, ordered by day then key. */
export async function readRollup(
  db: Kysely<Database>,
  { from, to }: { from: string; to: string },
): Promise<DailyRollupRow[]> {
  const totals = await db
    .selectFrom('receipt_daily')
    .selectAll()
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .orderBy('surface')
    .orderBy('fingerprint')
    .orderBy('event')
    .orderBy('jurisdiction')
    .orderBy('regime')
    .orderBy('locale')
    .execute();
  const granted = await db
    .selectFrom('receipt_daily_granted')
    .selectAll()
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute();
  const rows = new Map<string, DailyRollupRow>();
  for (const t of totals) {
    const row = {
      ...keyOf(t),
      receipts: Number(t.receipts),
      gpc: Number(t.gpc),
      dnt: Number(t.dnt),
      visitors: Number(t.visitors),
      visitorGpc: Number(t.visitor_gpc),
      visitorDnt: Number(t.visitor_dnt),
      granted: {},
    };
    rows.set(JSON.stringify(Object.values(keyOf(t))), row);
  }
  for (const g of granted) {
    const row = rows.get(JSON.stringify(Object.values(keyOf(g))));
    if (row) row.granted[g.category] = Number(g.granted);
  }
  return [...rows.values()];
}
