import type { Kysely } from 'kysely';
import type { DailyRollupRow } from './consent-store.ts';
import type { Database, ReceiptDailyGrantedTable, ReceiptDailyTable } from './database.ts';

// The overview's aggregates, kept as receipts arrive so that no console request reads the receipt table: each
// batch adds its counts to one row per (day, surface, fingerprint, event, regime, locale) and one per granted
// category, in the transaction that appends the receipts, so the rollup and the log cannot disagree.

const KEY_COLUMNS = ['day', 'surface', 'fingerprint', 'event', 'regime', 'locale'] as const;
/** Rows per upsert statement: SQLite binds at most 32,766 values. */
const ROWS_PER_UPSERT = 1000;

/** What the rollup needs of a receipt row; booleans as the dialect stores them. */
export interface RollupSource {
  recorded_at: string;
  surface: string;
  fingerprint: string;
  event: string;
  regime: string | null;
  locale: string;
  /** Canonical JSON of the choices. */
  choices: string;
  gpc_header: boolean | number;
  dnt_header: boolean | number;
  gpc: boolean | number | null;
  dnt: boolean | number | null;
}

const on = (v: boolean | number | null) => v === true || v === 1;

/** Counts of many receipts, merged by key; add() may be called across pages of a backfill. */
export class RollupCounts {
  readonly #rows = new Map<string, DailyRollupRow>();

  /** choices: the parsed choices where the caller has them. */
  add(r: RollupSource, choices = JSON.parse(r.choices) as Record<string, boolean>): void {
    const day = r.recorded_at.slice(0, 10);
    const regime = r.regime ?? '';
    const key = JSON.stringify([day, r.surface, r.fingerprint, r.event, regime, r.locale]);
    let row = this.#rows.get(key);
    if (!row) {
      const { surface, fingerprint, event, locale } = r;
      row = { day, surface, fingerprint, event, regime, locale, receipts: 0, gpc: 0, dnt: 0, granted: {} };
      this.#rows.set(key, row);
    }
    row.receipts += 1;
    if (on(r.gpc_header) || on(r.gpc)) row.gpc += 1;
    if (on(r.dnt_header) || on(r.dnt)) row.dnt += 1;
    for (const [category, granted] of Object.entries(choices))
      if (granted) row.granted[category] = (row.granted[category] ?? 0) + 1;
  }

  get size(): number {
    return this.#rows.size;
  }

  /** Adds these counts to the stored rollup (inside the caller's transaction). */
  async write(trx: Kysely<Database>): Promise<void> {
    const totals: ReceiptDailyTable[] = [];
    const granted: ReceiptDailyGrantedTable[] = [];
    for (const { granted: byCategory, ...row } of this.#rows.values()) {
      totals.push(row);
      for (const [category, n] of Object.entries(byCategory)) granted.push({ ...keyOf(row), category, granted: n });
    }
    for (const part of chunks(totals, ROWS_PER_UPSERT)) {
      await trx
        .insertInto('receipt_daily')
        .values(part)
        .onConflict((oc) =>
          oc.columns(KEY_COLUMNS).doUpdateSet((eb) => ({
            receipts: eb('receipt_daily.receipts', '+', eb.ref('excluded.receipts')),
            gpc: eb('receipt_daily.gpc', '+', eb.ref('excluded.gpc')),
            dnt: eb('receipt_daily.dnt', '+', eb.ref('excluded.dnt')),
          })),
        )
        .execute();
    }
    for (const part of chunks(granted, ROWS_PER_UPSERT)) {
      await trx
        .insertInto('receipt_daily_granted')
        .values(part)
        .onConflict((oc) =>
          oc.columns([...KEY_COLUMNS, 'category']).doUpdateSet((eb) => ({
            granted: eb('receipt_daily_granted.granted', '+', eb.ref('excluded.granted')),
          })),
        )
        .execute();
    }
  }
}

function keyOf(row: Pick<DailyRollupRow, (typeof KEY_COLUMNS)[number]>) {
  const { day, surface, fingerprint, event, regime, locale } = row;
  return { day, surface, fingerprint, event, regime, locale };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const BACKFILL_PAGE = 5000;

/** Builds the rollup from the receipts already stored (migration 5), a page at a time. */
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
        'regime',
        'locale',
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
  if (counts.size > 0) await counts.write(trx);
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
    const row = { ...keyOf(t), receipts: Number(t.receipts), gpc: Number(t.gpc), dnt: Number(t.dnt), granted: {} };
    rows.set(JSON.stringify(Object.values(keyOf(t))), row);
  }
  for (const g of granted) {
    const row = rows.get(JSON.stringify(Object.values(keyOf(g))));
    if (row) row.granted[g.category] = Number(g.granted);
  }
  return [...rows.values()];
}
