import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReceiptFilter } from '@cookieproof/schema';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptByIdQuery, receiptsQuery } from './console-queries.ts';
import { createStore } from './create-store.ts';
import type { Database } from './database.ts';
import { seedReceipts } from './seed-receipts.ts';
import { createTestDatabase, postgresForTests, type TestDatabase } from './testing/postgres.ts';

// No console request may scan the receipts table: each query the console sends to it is explained, on both
// dialects, over a seeded log with fresh statistics, and its plan must reach the receipts through an index (for a
// list, one that also gives its order, so that a page stops after `limit` rows instead of sorting every match).
// Aggregates read the rollup only (console-queries.ts), which this test does not cover.

const PLAN = {
  days: 30,
  versions: [
    { fingerprint: '1'.repeat(64), version: '2026.1' },
    { fingerprint: '2'.repeat(64), version: '2026.2' },
    { fingerprint: '3'.repeat(64), version: '2026.3' },
  ],
  surfaces: ['public', 'dashboard'],
  locales: ['en', 'de', 'fr'],
  jurisdictions: [null, { region: 'US-CA', id: 'california', regime: 'opt-out' as const, honored: [] }],
  categories: ['analytics', 'marketing'],
};
const ROWS = 40_000;
const today = new Date().toISOString().slice(0, 10);
const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
const CURSOR = `${today}T00:00:00.000Z_${ROWS / 2}`;

/** A list filtered by each indexed column alone and with others, with and without a range and a cursor. */
const ORDERED: ReceiptFilter[] = [
  {},
  { from: weekAgo },
  { from: weekAgo, to: today },
  { surface: 'dashboard' },
  { fingerprint: '1'.repeat(64) },
  { event: 'withdraw' },
  { event: 'signal', from: weekAgo },
  { category: 'marketing' },
];
const COMBINED: ReceiptFilter[] = [
  { surface: 'public', event: 'grant' },
  { fingerprint: '2'.repeat(64), event: 'refuse', category: 'analytics' },
  { surface: 'dashboard', fingerprint: '3'.repeat(64), event: 'partial', from: weekAgo, to: today },
];

interface Explainer {
  /** The plan's lines (SQLite) or node descriptions (PostgreSQL) for a compiled query. */
  plan(query: { compile(): { sql: string; parameters: readonly unknown[] } }): Promise<string[]>;
  db: Kysely<Database>;
  close(): Promise<void>;
}

function checks(name: string, explainer: () => Explainer, fullScan: RegExp, sort: RegExp) {
  describe(name, () => {
    it('lists receipts through an index that gives their order, whatever the filter', async () => {
      const { db, plan } = explainer();
      for (const filter of ORDERED)
        for (const before of [undefined, CURSOR]) {
          const lines = await plan(receiptsQuery(db, filter, before).limit(51));
          const what = `${JSON.stringify(filter)} ${before ?? ''}\n${lines.join('\n')}`;
          expect(
            lines.some((l) => fullScan.test(l)),
            what,
          ).toBe(false);
          expect(
            lines.some((l) => sort.test(l)),
            what,
          ).toBe(false);
          // A filter on one indexed column walks that column's index: by the time index, an old version's receipts
          // would be found only after every newer one.
          const lead = (['fingerprint', 'event', 'surface'] as const).find((c) => filter[c]);
          if (lead)
            expect(
              lines.some((l) => l.includes(`receipts_${lead}_time`)),
              what,
            ).toBe(true);
        }
      for (const filter of COMBINED) {
        const lines = await plan(receiptsQuery(db, filter, CURSOR).limit(51));
        expect(
          lines.some((l) => fullScan.test(l)),
          `${JSON.stringify(filter)}\n${lines.join('\n')}`,
        ).toBe(false);
      }
    });

    it('finds a receipt by its id through an index', async () => {
      const { db, plan } = explainer();
      const lines = await plan(receiptByIdQuery(db, '01900000-0000-7000-8000-000000000000'));
      expect(
        lines.some((l) => fullScan.test(l)),
        lines.join('\n'),
      ).toBe(false);
    });
  });
}

const postgres = await postgresForTests();

describe('the console reads receipts only through indexes', () => {
  let dir: string;
  let sqlite: Explainer;
  let database: TestDatabase | undefined;
  let postgresExplainer: Explainer | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cookieproof-explain-'));
    const file = join(dir, 'consent.sqlite');
    const seeded = await createStore({ sqliteFile: file });
    await seedReceipts(seeded, ROWS, PLAN);
    await seeded.close();
    const raw = new SqliteDatabase(file, { readonly: true });
    sqlite = {
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) }),
      async plan(query) {
        const { sql, parameters } = query.compile();
        const rows = raw.prepare(`explain query plan ${sql}`).all(...(parameters as unknown[])) as {
          detail: string;
        }[];
        return rows.map((r) => r.detail);
      },
      close: async () => {
        raw.close();
      },
    };
    if (postgres.available) {
      database = await createTestDatabase();
      const store = await createStore({ databaseUrl: database.url });
      await seedReceipts(store, ROWS, PLAN);
      await store.close();
      const pool = new pg.Pool({ connectionString: database.url, max: 1 });
      postgresExplainer = {
        db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
        async plan(query) {
          const { sql, parameters } = query.compile();
          const { rows } = await pool.query(`explain (format json) ${sql}`, parameters as unknown[]);
          const nodes: string[] = [];
          const walk = (node: Record<string, unknown>) => {
            nodes.push(`${node['Node Type']} ${node['Relation Name'] ?? ''} ${node['Index Name'] ?? ''}`.trim());
            for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
          };
          walk((rows[0]['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0]!.Plan);
          return nodes;
        },
        close: () => pool.end(),
      };
    }
  }, 300_000);
  afterAll(async () => {
    await sqlite?.close();
    await postgresExplainer?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.runIf(postgres.required)('has PostgreSQL (required when CI is set)', () => {
    expect(postgres.available, 'PostgreSQL at 127.0.0.1:5432 is unreachable and CI is set').toBe(true);
  });

  // SQLite: "SCAN receipts" alone reads the table; "SCAN receipts USING INDEX" walks an index in order and stops at
  // the limit; a temporary B-tree for ORDER BY means every match was read to be sorted.
  checks('SQLite', () => sqlite, /^SCAN receipts$/, /USE TEMP B-TREE FOR ORDER BY/);
  // PostgreSQL: no sequential scan of receipts, and no sort (nor a bitmap heap scan, which gathers every match).
  describe.runIf(postgres.available)('PostgreSQL', () => {
    checks('plans', () => postgresExplainer!, /^Seq Scan receipts/, /^(Sort|Incremental Sort)/);
  });
});
