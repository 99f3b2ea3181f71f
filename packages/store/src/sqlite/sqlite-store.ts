import { BatchedStore } from '../batched-store.ts';
import type { GroupCommitOptions } from '../group-commit.ts';
import type { LogOps } from '../receipt-log.ts';
import { openSqliteLog } from './sqlite-dialect.ts';
import { SqliteWorkerLog } from './sqlite-worker-log.ts';

export interface SqliteStoreOptions extends Partial<GroupCommitOptions> {
  file: string;
  /**
   * Where the better-sqlite3 connection lives. 'worker' (default): a worker thread, so the ~2.6 ms fsync of
   * every commit (synchronous=FULL) does not stall the event loop that serves requests. 'main': same thread,
   * less message passing; faster when nothing else competes for the event loop. Figures in the store's
   * append benchmark (src/append-bench.ts).
   */
  thread?: 'worker' | 'main';
}

export async function openSqliteStore(options: SqliteStoreOptions): Promise<BatchedStore> {
  const log: LogOps =
    options.thread === 'main' ? await openSqliteLog(options.file) : await SqliteWorkerLog.open(options.file);
  return new BatchedStore(log, { maxBatch: options.maxBatch ?? 512, maxDelayMs: options.maxDelayMs ?? 0 });
}
