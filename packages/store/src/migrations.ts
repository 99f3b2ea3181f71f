import { CookieproofError } from '@cookieproof/schema';
import { type Kysely, sql } from 'kysely';
import { GENESIS_HASH } from './chain.ts';
import { backfillRollup } from './daily-rollup.ts';
import type { Database } from './database.ts';
import type { Dialect } from './dialect.ts';

// Numbered, forward-only migrations. All of them run in one transaction that excludes other migrators
// (PostgreSQL: advisory lock; SQLite: BEGIN IMMEDIATE), so two processes starting at once apply each exactly once.
// Never edit a released migration: append a new number.

interface Migration {
  version: number;
  name: string;
  up(db: Kysely<Database>, dialect: Dialect): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'receipts and chain head',
    async up(db, { types }) {
      await db.schema
        .createTable('receipts')
        .addColumn('seq', types.sequence, (c) => c.primaryKey())
        .addColumn('receipt_id', 'text', (c) => c.notNull().unique())
        .addColumn('subject_id', 'text')
        .addColumn('user_agent', 'text')
        .addColumn('ip_prefix', 'text')
        .addColumn('previous_receipt_id', 'text')
        .addColumn('salt', 'text')
        .addColumn('commitment', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('choices', 'text', (c) => c.notNull())
        .addColumn('consent_mode', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('version', 'text', (c) => c.notNull())
        .addColumn('surface', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('gpc_header', types.boolean, (c) => c.notNull())
        .addColumn('dnt_header', types.boolean, (c) => c.notNull())
        .addColumn('gpc', types.boolean)
        .addColumn('dnt', types.boolean)
        .addColumn('previous_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      // Serves receiptsOf and the per-append "latest receipt of this subject" lookup without a scan.
      await db.schema.createIndex('receipts_subject_seq').on('receipts').columns(['subject_id', 'seq']).execute();
      await db.schema
        .createTable('chain_head')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('seq', types.sequence, (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.insertInto('chain_head').values({ id: 1, seq: 0, hash: GENESIS_HASH }).execute();
    },
  },
  {
    version: 2,
    name: 'jurisdiction and regime applied to a receipt',
    async up(db) {
      // Nullable: receipts recorded before keep no jurisdiction and their format-1 hashes.
      for (const column of ['region', 'jurisdiction', 'regime', 'honored_signals'])
        await db.schema.alterTable('receipts').addColumn(column, 'text').execute();
    },
  },
  {
    version: 3,
    name: 'scan reports',
    async up(db) {
      await db.schema
        .createTable('scans')
        // UUIDv7: ordered by when it was stored, which is the order the history is listed and paged in.
        .addColumn('scan_id', 'text', (c) => c.primaryKey())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('stored_at', 'text', (c) => c.notNull())
        .addColumn('violations', 'integer', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('report', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    version: 4,
    name: 'operator audit list',
    async up(db, { types }) {
      await db.schema
        .createTable('operator_audit')
        .addColumn('id', types.sequence, (c) =>
          types.sequence === 'bigint' ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('subject', 'text')
        .addColumn('detail', 'text')
        .execute();
    },
  },
  {
    version: 5,
    name: 'daily receipt rollup',
    async up(db, { types }) {
      const key = ['day', 'surface', 'fingerprint', 'event', 'regime', 'locale'];
      let daily = db.schema.createTable('receipt_daily');
      for (const column of key) daily = daily.addColumn(column, 'text', (c) => c.notNull());
      await daily
        .addColumn('receipts', types.sequence, (c) => c.notNull())
        .addColumn('gpc', types.sequence, (c) => c.notNull())
        .addColumn('dnt', types.sequence, (c) => c.notNull())
        .addPrimaryKeyConstraint('receipt_daily_key', key as never)
        .execute();
      let granted = db.schema.createTable('receipt_daily_granted');
      for (const column of [...key, 'category']) granted = granted.addColumn(column, 'text', (c) => c.notNull());
      await granted
        .addColumn('granted', types.sequence, (c) => c.notNull())
        .addPrimaryKeyConstraint('receipt_daily_granted_key', [...key, 'category'] as never)
        .execute();
      // Its backfill is migration 6's: that one replaces these tables, keyed by jurisdiction too, and fills them.
    },
  },
  {
    version: 6,
    name: 'console: rollup by jurisdiction with visitors, receipt list indexes, verify runs',
    async up(db, { types }) {
      // The rollup's key gains the jurisdiction, which no key column can be added to in place on SQLite: the
      // tables are made anew and filled from the receipts, a page at a time.
      await db.schema.dropTable('receipt_daily_granted').execute();
      await db.schema.dropTable('receipt_daily').execute();
      const key = ['day', 'surface', 'fingerprint', 'event', 'jurisdiction', 'regime', 'locale'];
      let daily = db.schema.createTable('receipt_daily');
      for (const column of key) daily = daily.addColumn(column, 'text', (c) => c.notNull());
      for (const column of ['receipts', 'gpc', 'dnt', 'visitors', 'visitor_gpc', 'visitor_dnt'])
        daily = daily.addColumn(column, types.sequence, (c) => c.notNull());
      await daily.addPrimaryKeyConstraint('receipt_daily_key', key as never).execute();
      let granted = db.schema.createTable('receipt_daily_granted');
      for (const column of [...key, 'category']) granted = granted.addColumn(column, 'text', (c) => c.notNull());
      await granted
        .addColumn('granted', types.sequence, (c) => c.notNull())
        .addPrimaryKeyConstraint('receipt_daily_granted_key', [...key, 'category'] as never)
        .execute();
      // Each dimension alone per day, which the overview reads (a few rows a day instead of every combination).
      let facet = db.schema.createTable('receipt_facet');
      for (const column of ['day', 'dimension', 'value', 'event'])
        facet = facet.addColumn(column, 'text', (c) => c.notNull());
      for (const column of ['receipts', 'gpc', 'dnt', 'visitors', 'visitor_gpc', 'visitor_dnt'])
        facet = facet.addColumn(column, types.sequence, (c) => c.notNull());
      await facet
        .addPrimaryKeyConstraint('receipt_facet_key', ['day', 'dimension', 'value', 'event'] as never)
        .execute();
      let facetGranted = db.schema.createTable('receipt_facet_granted');
      for (const column of ['day', 'dimension', 'value', 'category'])
        facetGranted = facetGranted.addColumn(column, 'text', (c) => c.notNull());
      await facetGranted
        .addColumn('granted', types.sequence, (c) => c.notNull())
        .addPrimaryKeyConstraint('receipt_facet_granted_key', ['day', 'dimension', 'value', 'category'] as never)
        .execute();
      await backfillRollup(db);
      // The console's receipt list: newest recorded first, alone or by one of these columns. Each index grows at
      // its right end (recording times only rise), so an append touches one hot page per index.
      await db.schema.createIndex('receipts_time').on('receipts').columns(['recorded_at', 'seq']).execute();
      for (const column of ['surface', 'fingerprint', 'event'])
        await db.schema
          .createIndex(`receipts_${column}_time`)
          .on('receipts')
          .columns([column, 'recorded_at', 'seq'])
          .execute();
      await db.schema
        .createTable('verify_runs')
        .addColumn('id', types.sequence, (c) =>
          types.sequence === 'bigint' ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
        )
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('actor', 'text')
        .addColumn('total', types.sequence, (c) => c.notNull())
        .addColumn('checked', types.sequence, (c) => c.notNull())
        .addColumn('result', 'text')
        .execute();
    },
  },
];

export async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  await dialect.migrationTransaction(db, async (trx) => {
    await trx.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    const applied = new Set(
      (await trx.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version),
    );
    const known = new Set(MIGRATIONS.map((m) => m.version));
    const unknown = [...applied].filter((v) => !known.has(v));
    if (unknown.length > 0) {
      throw new CookieproofError(
        'internal',
        `the database has migration ${Math.max(...unknown)}, which this version of cookieproof does not know: it was written by a newer version; upgrade cookieproof`,
      );
    }
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await migration.up(trx, dialect);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
    }
  });
}
