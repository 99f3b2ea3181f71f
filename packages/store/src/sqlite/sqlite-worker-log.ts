import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CookieproofError, type ErrorCode } from '@cookieproof/schema';
import type { LogOps } from '../receipt-log.ts';
import { unpackIssued } from './issued-wire.ts';
import type { WorkerRequest, WorkerResponse } from './sqlite-worker.ts';

interface Waiting {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** tsx's ESM API, handed to the worker (sqlite-worker-boot.mjs), which has no TypeScript loader of its own. */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}

/** LogOps proxied to a worker thread that owns the SQLite connection (see sqlite-store.ts for why). */
export class SqliteWorkerLog implements LogOps {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, Waiting>();
  #nextId = 1;
  #exited: Error | null = null;

  private constructor(worker: Worker) {
    this.#worker = worker;
  }

  static open(file: string): Promise<SqliteWorkerLog> {
    // From the TypeScript sources (tests, npm start) the worker needs tsx; built, it runs sqlite-worker.js.
    const fromSource = import.meta.url.endsWith('.ts');
    const worker = new Worker(new URL('./sqlite-worker-boot.mjs', import.meta.url), {
      workerData: { file, tsx: fromSource ? tsxApiUrl() : null },
      // Not the parent's flags: an inherited --import tsx would put its hooks in front of the boot file's imports.
      // The sources import each other's sources (package.json exports condition @cookieproof/source).
      execArgv: fromSource ? ['--conditions=@cookieproof/source'] : [],
    });
    const log = new SqliteWorkerLog(worker);
    return new Promise((resolve, reject) => {
      log.#waiting.set(0, { resolve: () => resolve(log), reject });
      worker.on('message', (message: WorkerResponse) => log.#settle(message));
      worker.on('error', (error) => log.#fail(error));
      worker.on('exit', (code) => log.#fail(new Error(`the SQLite worker exited with code ${code}`)));
    });
  }

  #settle({ id, value, error }: WorkerResponse): void {
    const waiting = this.#waiting.get(id);
    if (!waiting) return;
    this.#waiting.delete(id);
    if (error) waiting.reject(new CookieproofError(error.code as ErrorCode, error.message, error.details));
    else waiting.resolve(value);
  }

  #fail(error: Error): void {
    this.#exited ??= error;
    for (const waiting of this.#waiting.values()) {
      waiting.reject(new CookieproofError('unavailable', `the SQLite worker stopped: ${error.message}`));
    }
    this.#waiting.clear();
  }

  #call<T>(op: WorkerRequest['op'], ...args: unknown[]): Promise<T> {
    if (this.#exited) {
      return Promise.reject(new CookieproofError('unavailable', `the SQLite worker stopped: ${this.#exited.message}`));
    }
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.#worker.postMessage({ id, op, args } satisfies WorkerRequest);
    });
  }

  appendBatch: LogOps['appendBatch'] = async (receipts, at) =>
    unpackIssued(receipts, await this.#call<(string | null)[]>('appendBatch', receipts, at));
  receiptsOf: LogOps['receiptsOf'] = (subjectId) => this.#call('receiptsOf', subjectId);
  chainPositions: LogOps['chainPositions'] = (ids) => this.#call('chainPositions', ids);
  eraseSubject: LogOps['eraseSubject'] = (subjectId) => this.#call('eraseSubject', subjectId);
  verify: LogOps['verify'] = () => this.#call('verify');
  count: LogOps['count'] = () => this.#call('count');
  seed: LogOps['seed'] = (n, plan) => this.#call('seed', n, plan);
  recordOperatorAction: LogOps['recordOperatorAction'] = (entry) => this.#call('recordOperatorAction', entry);
  operatorActions: LogOps['operatorActions'] = (limit) => this.#call('operatorActions', limit);
  dailyRollup: LogOps['dailyRollup'] = (range) => this.#call('dailyRollup', range);
  overview: LogOps['overview'] = (range) => this.#call('overview', range);
  listReceipts: LogOps['listReceipts'] = (request) => this.#call('listReceipts', request);
  receiptById: LogOps['receiptById'] = (id) => this.#call('receiptById', id);
  receiptsPerVersion: LogOps['receiptsPerVersion'] = () => this.#call('receiptsPerVersion');
  startVerify: LogOps['startVerify'] = (actor) => this.#call('startVerify', actor);
  verifyRuns: LogOps['verifyRuns'] = (limit) => this.#call('verifyRuns', limit);
  saveScan: LogOps['saveScan'] = (scan) => this.#call('saveScan', scan);
  listScans: LogOps['listScans'] = (page) => this.#call('listScans', page);
  scanReport: LogOps['scanReport'] = (id) => this.#call('scanReport', id);

  async close(): Promise<void> {
    if (this.#exited) return;
    const exited = new Promise((resolve) => this.#worker.once('exit', resolve));
    await this.#call('close');
    await exited;
  }
}
