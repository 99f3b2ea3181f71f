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
  /**
   * Longest a statement may run on the server, waiting for a lock included (default 5 s). A query whose answer does
   * not arrive a second after that (a frozen network path) fails too, and its connection is closed.
   */
  statementTimeoutMs?: number;
  /** Longest wait to open a connection, or for a free one when all are busy (default 5 s). */
  connectTimeoutMs?: number;
}

const QUERY_READ_TIMEOUT = 'Query read timeout';

/**
 * A client that closes its connection once a query got no answer in time. pg fails the query but keeps waiting
 * for its answer, so every later query on that client would queue behind it; closed, the pool drops the client and
 * opens a fresh one, and whatever still waited on it fails at once.
 */
class BoundedClient extends pg.Client {}
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
BoundedClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const result = query.apply(this, args);
  if (result instanceof Promise)
    result.catch((error: unknown) => {
      if ((error as Error | null)?.message === QUERY_READ_TIMEOUT)
        (this as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    });
  return result;
} as pg.Client['query'];

const INT8_OID = 20;

// bigint columns (seq) come back as numbers: a log would need 2^53 receipts to overflow.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export async function openPostgresStore(options: PostgresStoreOptions): Promise<BatchedStore> {
  const statementTimeout = options.statementTimeoutMs ?? 5000;
  const pool = new pg.Pool({
    Client: BoundedClient,
    connectionString: options.databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    // Every query is bounded: by the server (a slow statement, a lock wait), and by the client for when no answer
    // comes at all. Callers then answer 503 with Retry-After instead of holding the request open.
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout + 1000,
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
  // Migrations run on a connection of their own without the statement bounds: one that builds an index or a rollup
  // over a log of millions takes longer than any request may, and one process waits for another's to finish.
  const migrationPool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 1,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    keepAlive: true,
    types,
  });
  migrationPool.on('error', report);
  const migrator = new Kysely<Database>({ dialect: new PostgresDialect({ pool: migrationPool }) });
  try {
    await migrate(migrator, postgresDialect);
  } catch (error) {
    await db.destroy();
    throw postgresDialect.mapError(error);
  } finally {
    await migrator.destroy();
  }
  return new BatchedStore(new ReceiptLog(db, postgresDialect), {
    maxBatch: options.maxBatch ?? 512,
    maxDelayMs: options.maxDelayMs ?? 0,
  });
}
