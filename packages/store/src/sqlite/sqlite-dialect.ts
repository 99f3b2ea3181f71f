import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CookieproofError } from '@cookieproof/schema';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Database } from '../database.ts';
import type { Dialect } from '../dialect.ts';
import { migrate } from '../migrations.ts';
import { ReceiptLog } from '../receipt-log.ts';

// better-sqlite3 waits for a locked file synchronously, so two connections on one thread must never both be
// inside BEGIN IMMEDIATE: the second would block the thread the first needs to finish. This chain serialises
// this thread's write transactions; other threads and processes wait on the file lock as usual.
let threadWriter: Promise<unknown> = Promise.resolve();

function immediateTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  const run = threadWriter.then(() => fileTransaction(db, fn));
  threadWriter = run.catch(() => undefined);
  return run;
}

async function fileTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    // IMMEDIATE takes the file's write lock at BEGIN: another process waits (busy_timeout) instead of failing
    // when a read transaction later tries to become a write transaction.
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

// Locked past busy_timeout, disk full, I/O error, read-only or vanished file: the caller may retry later.
const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN)/;

/** A driver error as `unavailable` when waiting and retrying may help; anything else unchanged. */
export function mapSqliteError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) {
    return new CookieproofError('unavailable', `the SQLite database cannot be written: ${(error as Error).message}`, {
      code,
    });
  }
  return error;
}

/** The dialect for one better-sqlite3 connection, which Kysely also runs its queries on. */
function sqliteDialect(raw: SqliteDatabase.Database): Dialect {
  let insert: SqliteDatabase.Statement | undefined;
  return {
    name: 'sqlite',
    types: { sequence: 'integer', boolean: 'integer' },
    bool: (value) => (value ? 1 : 0),
    writeTransaction: immediateTransaction,
    // SQLite answers max() per group straight from the (subject_id, seq) index, statistics or not.
    async latestReceiptIds(trx, subjectIds) {
      const rows = await trx
        .selectFrom('receipts')
        .select(['subject_id', 'receipt_id'])
        .where(
          'seq',
          'in',
          trx
            .selectFrom('receipts')
            .select((eb) => eb.fn.max('seq').as('seq'))
            .where('subject_id', 'in', subjectIds)
            .groupBy('subject_id'),
        )
        .execute();
      return rows as { subject_id: string; receipt_id: string }[];
    },
    async analyze(db) {
      await sql`analyze`.execute(db);
    },
    // One prepared statement, row by row, on the connection Kysely uses (so inside its transaction): building and
    // compiling a multi-row INSERT with Kysely cost more CPU than SQLite spent storing the rows.
    async insertRows(_trx, rows) {
      if (rows.length === 0) return;
      if (!insert) {
        const columns = Object.keys(rows[0]!);
        insert = raw.prepare(
          `insert into receipts (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
        );
      }
      for (const row of rows) insert.run(row);
    },
    // One writer at a time is guaranteed by BEGIN IMMEDIATE; the head needs no row lock.
    async lockHead(trx) {
      const head = await trx
        .selectFrom('chain_head')
        .select(['seq', 'hash'])
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      return { seq: Number(head.seq), hash: head.hash };
    },
    migrationTransaction: immediateTransaction,
    mapError: mapSqliteError,
  };
}

/** Opens (creating if needed) the SQLite file and brings its schema up to date. */
export async function openSqliteLog(file: string): Promise<ReceiptLog> {
  let raw: SqliteDatabase.Database | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    raw = new SqliteDatabase(file);
    // busy_timeout first, so even switching to WAL waits for a second process opening the file at the same time.
    raw.pragma('busy_timeout = 15000');
    raw.pragma('journal_mode = WAL');
    // FULL: a commit is on disk (WAL fsynced) before append() resolves; NORMAL could lose the last commits on power loss.
    raw.pragma('synchronous = FULL');
    // 64 MiB of page cache keeps the indexes of a million-row log in memory.
    raw.pragma('cache_size = -65536');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    const dialect = sqliteDialect(raw);
    await migrate(db, dialect);
    return new ReceiptLog(db, dialect);
  } catch (error) {
    raw?.close();
    throw mapSqliteError(error);
  }
}
