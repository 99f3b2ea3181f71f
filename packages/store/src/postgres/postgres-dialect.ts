import { CookieproofError } from '@cookieproof/schema';
import { sql } from 'kysely';
import type { Dialect } from '../dialect.ts';

// Any stable pair of ints: names the migrators' advisory lock in pg_locks.
const MIGRATION_LOCK = sql`pg_advisory_xact_lock(1667788912, 1)`;

// SQLSTATE classes and codes that mean "the database cannot be reached, is shutting down or starting, or did not
// answer in time" (57014: a statement cancelled by statement_timeout).
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '55P03', '57014']);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable|Connection ended|Query read timeout|ECONNREFUSED|ECONNRESET/i;

export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.startsWith('08') || UNAVAILABLE_STATES.has(code)) return true;
    // Node's socket errors (ECONNREFUSED, ECONNRESET, ETIMEDOUT, EPIPE, ...).
    if (/^E[A-Z]+$/.test(code)) return true;
  }
  return UNAVAILABLE_MESSAGE.test(error.message);
}

// Data exceptions, a failed CHECK or NOT NULL: the database refused a value of the row, not the connection.
const REFUSED_STATES = new Set(['23502', '23514']);

/** The database refused a row's data: the caller's input, answered as such, and never a reason to retry. */
export function isRefusedData(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || REFUSED_STATES.has(code));
}

export const postgresDialect: Dialect = {
  name: 'postgres',
  types: { sequence: 'bigint', boolean: 'boolean' },
  bool: (value) => value,
  writeTransaction: (db, fn) => db.transaction().execute(fn),
  // One index probe per subject (top-1 of its (subject_id, seq) range). The IN + GROUP BY form that SQLite uses
  // turned into a sequential scan here whenever statistics were stale, e.g. right after a bulk load.
  async latestReceiptIds(trx, subjectIds, head) {
    const { rows } = await sql<{ subject_id: string; receipt_id: string }>`
      select s.subject_id, r.receipt_id
      from unnest(${subjectIds}::text[]) as s(subject_id)
      cross join lateral (
        select receipt_id from receipts
        where receipts.subject_id = s.subject_id and seq between 1 and ${head}
        order by seq desc limit 1
      ) r`.execute(trx);
    return rows;
  },
  // Old row versions and index entries keep erased values until the table is rewritten, which locks it against
  // writers for as long as that takes: the operator runs VACUUM FULL at a quiet hour (README: erasure).
  async purgeErased() {},
  async analyze(db) {
    await sql`analyze receipts`.execute(db);
  },
  // One JSON parameter for the whole batch: one short statement instead of 22 bound values per row. The head moves in
  // the same statement (a data-modifying WITH runs whether or not it is read): one round trip less under the lock.
  async insertRows(trx, rows, head) {
    const insert = sql`insert into receipts select * from json_populate_recordset(null::receipts, ${JSON.stringify(rows)}::json)`;
    if (!head) await insert.execute(trx);
    else
      await sql`with inserted as (${insert}) update chain_head set seq = ${head.seq}, hash = ${head.hash} where id = 1`.execute(
        trx,
      );
  },
  // Every rollup table's upsert in one statement (data-modifying WITHs all run), each table's rows as one JSON
  // parameter: one round trip under the chain lock instead of four.
  async writeRollup(trx, parts) {
    const upserts = parts.map((part, i) => {
      const set = sql.join(
        part.sums.map((c) => sql`${sql.ref(c)} = ${sql.table(part.table)}.${sql.ref(c)} + excluded.${sql.ref(c)}`),
      );
      const statement = sql`insert into ${sql.table(part.table)} select * from json_populate_recordset(null::${sql.table(part.table)}, ${JSON.stringify(part.rows)}::json) on conflict (${sql.join(part.key.map((k) => sql.ref(k)))}) do update set ${set}`;
      return { name: sql.raw(`u${i}`), statement };
    });
    const [last, ...before] = upserts.reverse();
    if (!last) return;
    if (before.length === 0) await last.statement.execute(trx);
    else
      await sql`with ${sql.join(before.map((u) => sql`${u.name} as (${u.statement})`))} ${last.statement}`.execute(trx);
  },
  // The row lock on the single chain head serialises batches from every process and host; it is held only
  // for the batch's own transaction, and in READ COMMITTED the waiter then reads the head its predecessor wrote.
  async lockHead(trx) {
    const head = await trx
      .selectFrom('chain_head')
      .select(['seq', 'hash'])
      .where('id', '=', 1)
      .forUpdate()
      .executeTakeFirstOrThrow();
    return { seq: Number(head.seq), hash: head.hash };
  },
  // The tables may not exist yet, so migrators exclude each other with an advisory lock instead of a row lock.
  migrationTransaction: (db, fn) =>
    db.transaction().execute(async (trx) => {
      await sql`select ${MIGRATION_LOCK}`.execute(trx);
      return fn(trx);
    }),
  mapError(error) {
    if (error instanceof CookieproofError) return error;
    if (isRefusedData(error))
      return new CookieproofError('invalid-input', `the database refused this receipt: ${(error as Error).message}`);
    if (!isUnavailable(error)) return error;
    return new CookieproofError('unavailable', `the PostgreSQL database is unreachable: ${(error as Error).message}`);
  },
};
