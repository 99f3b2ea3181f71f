import {
  type ChainPosition,
  type ConsentOverview,
  CookieproofError,
  type ListedReceipt,
  type Receipt,
  type ReceiptPage,
  type VerifyRun,
  type VersionReceipts,
} from '@cookieproof/schema';
import type {
  ConsentStore,
  DailyRollupRow,
  NewOperatorAction,
  NewReceipt,
  NewScan,
  OperatorAuditEntry,
  ReceiptListRequest,
  ScanEntry,
  ScanPage,
  VerifyResult,
  VerifyStart,
} from './consent-store.ts';
import { GroupCommit, type GroupCommitOptions } from './group-commit.ts';
import type { LogOps } from './receipt-log.ts';
import type { SeedPlan } from './seed.ts';
import { unstorableField } from './storable-text.ts';

/** A receipt the database itself refused: the one with it is refused, the rest of its batch is stored. */
const refusedByDatabase = (error: unknown) => error instanceof CookieproofError && error.code === 'invalid-input';

/** A ConsentStore over any LogOps, with appends group-committed. */
export class BatchedStore implements ConsentStore {
  readonly #log: LogOps;
  readonly #appends: GroupCommit<NewReceipt, Receipt>;
  #closed = false;

  constructor(log: LogOps, options: GroupCommitOptions) {
    this.#log = log;
    this.#appends = new GroupCommit((items) => log.appendBatch(items), { ...options, isolate: refusedByDatabase });
  }

  append(receipt: NewReceipt): Promise<Receipt> {
    if (this.#closed) return Promise.reject(new CookieproofError('unavailable', 'the consent store is closed'));
    // Refused before it joins a batch, so it can fail no other client's receipt.
    const field = unstorableField(receipt);
    if (field !== null) {
      const message = 'contains a lone surrogate or a control character, which the log cannot store';
      return Promise.reject(new CookieproofError('invalid-input', `${field}: ${message}`, [{ path: field, message }]));
    }
    return this.#appends.push(receipt);
  }

  receiptsOf(subjectId: string): Promise<Receipt[]> {
    return this.#log.receiptsOf(subjectId);
  }

  chainPositions(receiptIds: readonly string[]): Promise<ChainPosition[]> {
    return this.#log.chainPositions(receiptIds);
  }

  eraseSubject(subjectId: string): Promise<number> {
    return this.#log.eraseSubject(subjectId);
  }

  verify(): Promise<VerifyResult> {
    return this.#log.verify();
  }

  count(): Promise<number> {
    return this.#log.count();
  }

  recordOperatorAction(entry: NewOperatorAction): Promise<OperatorAuditEntry> {
    return this.#log.recordOperatorAction(entry);
  }

  operatorActions(limit: number): Promise<OperatorAuditEntry[]> {
    return this.#log.operatorActions(limit);
  }

  dailyRollup(range: { from: string; to: string }): Promise<DailyRollupRow[]> {
    return this.#log.dailyRollup(range);
  }

  overview(range: { from: string; to: string }): Promise<ConsentOverview> {
    return this.#log.overview(range);
  }

  listReceipts(request: ReceiptListRequest): Promise<ReceiptPage> {
    return this.#log.listReceipts(request);
  }

  receiptById(receiptId: string): Promise<{ receipt: ListedReceipt; position: ChainPosition } | null> {
    return this.#log.receiptById(receiptId);
  }

  receiptsPerVersion(): Promise<VersionReceipts[]> {
    return this.#log.receiptsPerVersion();
  }

  startVerify(actor: string | null): Promise<VerifyStart> {
    if (this.#closed) return Promise.reject(new CookieproofError('unavailable', 'the consent store is closed'));
    return this.#log.startVerify(actor);
  }

  verifyRuns(limit: number): Promise<VerifyRun[]> {
    return this.#log.verifyRuns(limit);
  }

  saveScan(scan: NewScan): Promise<ScanEntry> {
    if (this.#closed) return Promise.reject(new CookieproofError('unavailable', 'the consent store is closed'));
    return this.#log.saveScan(scan);
  }

  listScans(page: { limit: number; before?: string }): Promise<ScanPage> {
    return this.#log.listScans(page);
  }

  scanReport(id: string): Promise<string | null> {
    return this.#log.scanReport(id);
  }

  /** Bulk insert of n valid, chained example receipts (benchmarks), spread as the plan says. */
  seed(n: number, plan?: SeedPlan): Promise<void> {
    return this.#log.seed(n, plan);
  }

  /** Finishes every append already accepted, then closes the database. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#appends.drain();
    await this.#log.close();
  }
}
