import { BatchedStore } from '../batched-store.ts';
import type { GroupCommitOptions } from '../group-commit.ts';
import type { LogOps } from '../receipt-log.ts';
import { openSqliteLog } from './sqlite-dialect.ts';
import { SqliteWorkerLog } from './sqlite-worker-log.ts';

export interface SqliteStoreOptions extends Partial<GroupCommitOptions> {
  file: string;
  /**
   * Where the better-sqlite3 connection lives. 'worker' (default): a worker thread, so that SQLite's own work
   * (inserts, checkpoints, and the long reads of verify and export on a large log) never stalls the event loop
   * that serves requests. 'main': same thread, no message passing; about 10% more receipts per second under
   * load (bench/server), at the price of those stalls. Either way the commit's fsync runs off both (WalSync).
   */
  thread?: 'worker' | 'main';
}

export async function openSqliteStore(options: SqliteStoreOptions): Promise<BatchedStore> {
  const log: LogOps =
    options.thread === 'main' ? await openSqliteLog(options.file) : await SqliteWorkerLog.open(options.file);
  return new BatchedStore(log, {
    maxBatch: options.maxBatch ?? 512,
    maxDelayMs: options.maxDelayMs ?? 0,
    // Batches commit one after another but wait for the disk together (WalSync), so a few may be in flight.
    maxInFlight: options.maxInFlight ?? 4,
  });
}
