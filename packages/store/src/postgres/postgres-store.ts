import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { BatchedStore } from '../batched-store.ts';
import type { Database } from '../database.ts';
import type { GroupCommitOptions } from '../group-commit.ts';
import { migrate } from '../migrations.ts';
import { ReceiptLog } from '../receipt-log.ts';
import { postgresDialect } from './postgres-dialect.ts';

export interface PostgresStoreOptions extends Partial<GroupCommitOptions> {
  databaseUrl: string;
  /** Pool size per process (default 10). */
  poolSize?: number;
  /** Connection errors that happen outside any call (an idle client losing its server); default: ignored. */
  onBackgroundError?: (error: Error) => void;
}

const INT8_OID = 20;

// bigint columns (seq) come back as numbers: a log would need 2^53 receipts to overflow.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export async function openPostgresStore(options: PostgresStoreOptions): Promise<BatchedStore> {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    keepAlive: true,
    // A batch holds the chain lock for milliseconds; a writer that stalls inside one (a frozen host) must not
    // hold it for every other process indefinitely.
    idle_in_transaction_session_timeout: 15_000,
    types,
  });
  const report = (error: Error) => options.onBackgroundError?.(error);
  // Without these listeners a server restart kills the process: pg emits 'error' on idle clients (the pool
  // forwards it) and on checked-out clients between two queries. The broken client is dropped; the next call
  // opens a fresh one, which is how the store reconnects.
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', report));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db, postgresDialect);
  } catch (error) {
    await db.destroy();
    throw postgresDialect.mapError(error);
  }
  return new BatchedStore(new ReceiptLog(db, postgresDialect), {
    maxBatch: options.maxBatch ?? 512,
    maxDelayMs: options.maxDelayMs ?? 0,
  });
}
