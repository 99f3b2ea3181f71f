import type { Kysely } from 'kysely';
import type { RollupPart } from './daily-rollup.ts';
import type { Database, ReceiptRow } from './database.ts';

/** What differs between SQLite and PostgreSQL; everything else (receipt-log.ts, migrations.ts) is shared. */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** Column types the migrations use. */
  readonly types: { sequence: 'integer' | 'bigint'; boolean: 'integer' | 'boolean' };
  bool(value: boolean): boolean | number;
  /**
   * A transaction that holds the database's write lock from its first statement (SQLite: BEGIN IMMEDIATE), and
   * resolves once its commit is on disk.
   */
  writeTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /**
   * The newest receipt id in the chain (positions 1 to `head`) of each given subject that has one; must use the
   * (subject_id, seq) index, never a scan.
   */
  latestReceiptIds(
    trx: Kysely<Database>,
    subjectIds: string[],
    head: number,
  ): Promise<{ subject_id: string; receipt_id: string }[]>;
  /** Called inside an erasure's transaction: whatever the dialect remembers of the subject must go. */
  forgetSubject?(subjectId: string): void;
  /**
   * Inserts rows of a batch in as few statements as the database handles best; with head (the batch's last rows),
   * also moves the chain head to the last receipt, in the same statement where the database can.
   */
  insertRows(trx: Kysely<Database>, rows: ReceiptRow[], head?: { seq: number; hash: string }): Promise<void>;
  /**
   * Adds a batch's counts to the rollup tables in as few statements as the database handles best; absent, each part
   * is a Kysely upsert.
   */
  writeRollup?(trx: Kysely<Database>, parts: RollupPart[]): Promise<void>;
  /** Reads the chain head and, where writers can run in parallel, locks it until the transaction ends. */
  lockHead(trx: Kysely<Database>): Promise<{ seq: number; hash: string }>;
  /** A transaction that excludes every other migrator, even before any table exists. */
  migrationTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /**
   * After an erasure has committed: removes what the database still keeps of the erased fields beside the live rows,
   * where it can do so without stopping writers (SQLite: the write-ahead log).
   */
  purgeErased(db: Kysely<Database>): Promise<void>;
  /** Refreshes planner statistics after a bulk load. */
  analyze(db: Kysely<Database>): Promise<void>;
  /** Turns a driver error into a CookieproofError where it has a meaning for callers (e.g. unavailable). */
  mapError(error: unknown): unknown;
}
