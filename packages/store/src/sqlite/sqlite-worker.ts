import { parentPort, workerData } from 'node:worker_threads';
import { CookieproofError, type Receipt } from '@cookieproof/schema';
import type { LogOps } from '../receipt-log.ts';
import { packIssued } from './issued-wire.ts';
import { openSqliteLog } from './sqlite-dialect.ts';

// The worker that owns the better-sqlite3 connection when the store runs off the main thread: it receives
// { id, op, args } and answers { id, value } or { id, error }; appendBatch's value is packed (issued-wire.ts).
// Message id 0 reports that the database is open.

export interface WorkerRequest {
  id: number;
  op: keyof LogOps;
  args: unknown[];
}

export interface WorkerResponse {
  id: number;
  value?: unknown;
  error?: { code: string; message: string; details?: unknown };
}

function errorOf(error: unknown): WorkerResponse['error'] {
  if (error instanceof CookieproofError) return { code: error.code, message: error.message, details: error.details };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

const port = parentPort;
if (!port) throw new Error('sqlite-worker.ts runs only as a worker thread');

try {
  const log = await openSqliteLog((workerData as { file: string }).file);
  port.on('message', async ({ id, op, args }: WorkerRequest) => {
    try {
      const value = await (log[op] as (...a: unknown[]) => Promise<unknown>).apply(log, args);
      port.postMessage({
        id,
        value: op === 'appendBatch' ? packIssued(value as Receipt[]) : value,
      } satisfies WorkerResponse);
      if (op === 'close') port.close();
    } catch (error) {
      port.postMessage({ id, error: errorOf(error) } satisfies WorkerResponse);
    }
  });
  port.postMessage({ id: 0 } satisfies WorkerResponse);
} catch (error) {
  port.postMessage({ id: 0, error: errorOf(error) } satisfies WorkerResponse);
  port.close();
}
