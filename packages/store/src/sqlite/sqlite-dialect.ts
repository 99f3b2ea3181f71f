import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CookieproofError } from '@cookieproof/schema';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Database } from '../database.ts';
import type { Dialect } from '../dialect.ts';
import { migrate } from '../migrations.ts';
import { ReceiptLog } from '../receipt-log.ts';
import { WalSync } from './wal-sync.ts';

// better-sqlite3 waits for a locked file synchronously, so two connections on one thread must never both be
// inside BEGIN IMMEDIATE: the second would block the thread the first needs to finish. This chain serialises
// this thread's write transactions; other threads and processes wait on the file lock as usual.
let threadWriter: Promise<unknown> = Promise.resolve();

/** How long a write waits for another process's lock, and an erasure's checkpoint for readers of old pages. */
const LOCK_WAIT_MS = 15_000;
const CHECKPOINT_WAIT_MS = 2_000;

// Locked past busy_timeout, disk full, I/O error, read-only or vanished file: the caller may retry later.
const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN)/;

// A failed CHECK, NOT NULL or trigger, a value too large or of the wrong type: the database refused a row's data.
const REFUSED_CODES = /^SQLITE_(CONSTRAINT_(CHECK|NOTNULL|TRIGGER)|TOOBIG|MISMATCH)$/;

/**
 * A driver error as `unavailable` when waiting and retrying may help, as `invalid-input` when the database refused a
 * row's data; anything else unchanged.
 */
export function mapSqliteError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && REFUSED_CODES.test(code))
    return new CookieproofError('invalid-input', `the database refused this receipt: ${(error as Error).message}`);
  if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) {
    return new CookieproofError('unavailable', `the SQLite database cannot be written: ${(error as Error).message}`, {
      code,
    });
  }
  return error;
}

function logStatements(raw: SqliteDatabase.Database) {
  return {
    head: raw.prepare<[], { seq: number; hash: string }>('select seq, hash from chain_head where id = 1'),
    setHead: raw.prepare<[number, string]>('update chain_head set seq = ?, hash = ? where id = 1'),
    // Answered from the (subject_id, seq) index: one probe per subject, no scan however long the log.
    latest: raw.prepare<[string, number], { receipt_id: string }>(
      'select receipt_id from receipts where subject_id = ? and seq between 1 and ? order by seq desc limit 1',
    ),
  };
}

/**
 * The dialect for one better-sqlite3 connection, which Kysely also runs its queries on. The append path (begin,
 * head, latest receipt per subject, insert, new head, commit) runs on statements prepared once: building and
 * compiling them with Kysely for every batch cost more CPU than SQLite spent storing the rows.
 */
/** Subjects whose latest receipt is remembered (about 150 bytes each). */
const LATEST_CACHED = 100_000;

function sqliteDialect(raw: SqliteDatabase.Database, wal: WalSync): Dialect {
  const begin = raw.prepare('begin immediate');
  const commit = raw.prepare('commit');
  const rollback = raw.prepare('rollback');
  // Each subject's latest receipt as this connection committed it, oldest first, so a returning visitor (most come
  // back soon) is linked without an index probe into a log of millions. It holds only while no other connection
  // writes: data_version changes when one has committed, and then the whole cache is dropped. A batch's entries
  // join it only once it has committed, and an erasure forgets its subject in its own transaction.
  const dataVersion = raw.prepare<[], number>('pragma data_version').pluck();
  const latestCache = new Map<string, string>();
  let seenVersion: number | null = null;
  let written: { subject_id: string | null; receipt_id: string }[] = [];
  const cacheCommitted = () => {
    for (const row of written) {
      if (row.subject_id === null) continue;
      latestCache.delete(row.subject_id);
      latestCache.set(row.subject_id, row.receipt_id);
      if (latestCache.size > LATEST_CACHED) latestCache.delete(latestCache.keys().next().value!);
    }
    written = [];
  };
  // Prepared on first use, after the migrations have created the tables they name.
  let statements: ReturnType<typeof logStatements> | undefined;
  const logs = () => (statements ??= logStatements(raw));
  let insert: SqliteDatabase.Statement | undefined;

  async function writeTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    const run = threadWriter.then(async () => {
      // IMMEDIATE takes the file's write lock at BEGIN: another process waits (busy_timeout) instead of failing
      // when a read transaction later tries to become a write transaction.
      begin.run();
      written = [];
      try {
        const result = await fn(db);
        commit.run();
        cacheCommitted();
        return result;
      } catch (error) {
        written = [];
        if (raw.inTransaction) rollback.run();
        throw error;
      }
    });
    threadWriter = run.catch(() => undefined);
    const result = await run;
    // Outside the chain above: the next transaction commits while this one waits for the disk.
    try {
      await wal.sync();
    } catch (error) {
      throw new CookieproofError('unavailable', `the SQLite log could not be flushed to disk: ${String(error)}`);
    }
    return result;
  }

  return {
    name: 'sqlite',
    types: { sequence: 'integer', boolean: 'integer' },
    bool: (value) => (value ? 1 : 0),
    writeTransaction,
    async latestReceiptIds(_trx, subjectIds, head) {
      const version = dataVersion.get()!;
      if (version !== seenVersion) {
        latestCache.clear();
        seenVersion = version;
      }
      const rows: { subject_id: string; receipt_id: string }[] = [];
      for (const subjectId of subjectIds) {
        const cached = latestCache.get(subjectId);
        if (cached !== undefined) {
          rows.push({ subject_id: subjectId, receipt_id: cached });
          continue;
        }
        const row = logs().latest.get(subjectId, head);
        if (row) rows.push({ subject_id: subjectId, receipt_id: row.receipt_id });
      }
      return rows;
    },
    forgetSubject(subjectId) {
      latestCache.delete(subjectId);
    },
    async analyze(db) {
      await sql`analyze`.execute(db);
    },
    async insertRows(_trx, rows, head) {
      for (const row of rows) {
        insert ??= raw.prepare(
          `insert into receipts (${Object.keys(row).join(', ')}) values (${Object.keys(row)
            .map((c) => `@${c}`)
            .join(', ')})`,
        );
        insert.run(row);
        written.push(row);
      }
      if (head) logs().setHead.run(head.seq, head.hash);
    },
    // One writer at a time is guaranteed by BEGIN IMMEDIATE; the head needs no row lock.
    async lockHead() {
      const row = logs().head.get();
      if (!row) throw new CookieproofError('internal', 'the chain head row is missing');
      return { seq: Number(row.seq), hash: row.hash };
    },
    migrationTransaction: writeTransaction,
    // secure_delete (set at open) zeroes what an erasure frees in the database file; the WAL still holds the pages
    // as they were before it. A TRUNCATE checkpoint copies the new pages into the file and empties the WAL.
    async purgeErased() {
      // A reader holding old pages makes the checkpoint wait for it: 2 s, not the 15 s an append may wait for a
      // lock, so that an erasure blocked by a long read is answered soon (unavailable: erase again).
      const run = threadWriter.then(() => {
        raw.pragma(`busy_timeout = ${CHECKPOINT_WAIT_MS}`);
        try {
          return raw.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
        } finally {
          raw.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
        }
      });
      threadWriter = run.catch(() => undefined);
      const [result] = await run;
      if (result?.busy)
        throw new CookieproofError(
          'unavailable',
          'erased, but another connection is still reading the old pages from the write-ahead log; erase again to finish',
        );
    },
    mapError: mapSqliteError,
  };
}

/** Opens (creating if needed) the SQLite file and brings its schema up to date. flush: see WalSync. */
export async function openSqliteLog(
  file: string,
  flush?: ConstructorParameters<typeof WalSync>[1],
): Promise<ReceiptLog> {
  let raw: SqliteDatabase.Database | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true });
    raw = new SqliteDatabase(file);
    // busy_timeout first, so even switching to WAL waits for a second process opening the file at the same time.
    raw.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
    raw.pragma('journal_mode = WAL');
    // NORMAL: a commit writes the WAL without waiting for the disk; WalSync then flushes it before any write
    // resolves, so a receipt is on disk before its 201 as with FULL, but no fsync is done under the write lock.
    raw.pragma('synchronous = NORMAL');
    // Freed space is overwritten with zeros, so an erased subject's fields leave the file, not only the rows.
    raw.pragma('secure_delete = ON');
    // 64 MiB of page cache keeps the indexes of a million-row log in memory.
    raw.pragma('cache_size = -65536');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    const wal = new WalSync(`${file}-wal`, flush);
    const dialect = sqliteDialect(raw, wal);
    await migrate(db, dialect);
    return new ReceiptLog(db, dialect, () => wal.close());
  } catch (error) {
    raw?.close();
    throw mapSqliteError(error);
  }
}
