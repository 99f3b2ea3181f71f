import type {
  ChainPosition,
  ConsentEvent,
  ConsentModeValues,
  ConsentOverview,
  ListedReceipt,
  Receipt,
  ReceiptFilter,
  ReceiptJurisdiction,
  ReceiptPage,
  VerifyResult,
  VerifyRun,
  VersionReceipts,
} from '@cookieproof/schema';

export type { ChainPosition, VerifyResult };

// The storage contract the server builds on. Both implementations (SQLite, PostgreSQL) pass one contract suite.

/** What the server hands the store: a validated request plus what the server itself observed. */
export interface NewReceipt {
  /**
   * The subject the receipt belongs to; null for a new subject, whose id the store issues (UUIDv7) and which, being
   * new, has no earlier receipt to look up and link to.
   */
  subjectId: string | null;
  event: ConsentEvent;
  choices: Record<string, boolean>;
  consentMode: ConsentModeValues;
  fingerprint: string;
  version: string;
  surface: string;
  locale: string;
  signals: { gpcHeader: boolean; dntHeader: boolean; gpc: boolean | null; dnt: boolean | null };
  /** What the server applied; absent or null where it applied none (receipts before jurisdictions existed). */
  jurisdiction?: ReceiptJurisdiction | null;
  userAgent: string | null;
  ipPrefix: string | null;
}

export const OPERATOR_ACTIONS = ['login', 'logout', 'verify', 'export', 'erase'] as const;
export type OperatorAction = (typeof OPERATOR_ACTIONS)[number];

export interface NewOperatorAction {
  action: OperatorAction;
  /** Who: a fingerprint of the session or of the bearer token ("session:ab12…", "token:cd34…"), never the token. */
  actor: string;
  /** The subject acted on; the store keeps only a fingerprint of it, so an erasure leaves no id behind. */
  subjectId?: string | null;
  /** A short outcome, e.g. "erased 3" or "ok, 120 checked". */
  detail?: string | null;
}

export interface OperatorAuditEntry {
  id: number;
  at: string;
  action: OperatorAction;
  actor: string;
  subject: string | null;
  detail: string | null;
}

/** One day's receipts for one combination of dimensions (rollup maintained on append, migration 5). */
export interface DailyRollupRow {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  surface: string;
  fingerprint: string;
  event: string;
  /** Jurisdiction rule applied, or "" for receipts recorded without one. */
  jurisdiction: string;
  /** Regime applied, or "" for receipts recorded without a jurisdiction. */
  regime: string;
  locale: string;
  receipts: number;
  /** Receipts with a GPC (resp. DNT) signal, from the header or the body. */
  gpc: number;
  dnt: number;
  /** Receipts that were their subject's first of the day, and of those, with a GPC (DNT) signal. */
  visitors: number;
  visitorGpc: number;
  visitorDnt: number;
  /** Per category: receipts in which it was granted. */
  granted: Record<string, number>;
}

/** A scanner report to keep, with the columns the history is listed by (the server derives them from the report). */
export interface NewScan {
  target: string;
  startedAt: string;
  violations: number;
  /** Small JSON object shown in the history (counts per pass, rule, ...). */
  summary: Record<string, unknown>;
  /** The report's JSON text, stored and served back as it is. */
  report: string;
}

/** One entry of the scan history. */
export interface ScanEntry {
  id: string;
  url: string;
  startedAt: string;
  storedAt: string;
  violations: number;
  summary: Record<string, unknown>;
}

export interface ScanPage {
  scans: ScanEntry[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: string | null;
}

/** A page of the receipt list: newest recorded first, `limit` at a time, after the cursor `before` when given. */
export interface ReceiptListRequest {
  filter: ReceiptFilter;
  limit: number;
  before?: string;
  /** The total of an earlier page of the same filter: not counted again (an export's later pages). */
  knownTotal?: number;
}

/** A verify of the whole log asked for: the run started, or the one already running. */
export interface VerifyStart {
  run: VerifyRun;
  started: boolean;
}

export interface ConsentStore {
  /** Appends one receipt. Resolves only after the row is durable. Assigns id, server time, chain link and hash. */
  append(receipt: NewReceipt): Promise<Receipt>;
  /** Every receipt of a subject in the chain, oldest first. Empty after erasure. */
  receiptsOf(subjectId: string): Promise<Receipt[]>;
  chainPositions(receiptIds: readonly string[]): Promise<ChainPosition[]>;
  /**
   * Removes a subject's personal fields; the log stays verifiable. Returns how many receipts were erased. On SQLite
   * it resolves once they are out of the files too (rejects `unavailable` if another connection kept the old pages:
   * erase again); on PostgreSQL old row versions keep them until the operator's VACUUM FULL (README).
   */
  eraseSubject(subjectId: string): Promise<number>;
  /** Re-computes every hash and link of the log. */
  verify(): Promise<VerifyResult>;
  count(): Promise<number>;
  /** Records one operator action in the operator audit list; resolves once it is durable. */
  recordOperatorAction(entry: NewOperatorAction): Promise<OperatorAuditEntry>;
  /** The newest operator actions first, at most `limit`. */
  operatorActions(limit: number): Promise<OperatorAuditEntry[]>;
  /** The daily rollup for UTC days from..to (YYYY-MM-DD, inclusive); reads the rollup, never the receipts. */
  dailyRollup(range: { from: string; to: string }): Promise<DailyRollupRow[]>;
  /** The console's overview of UTC days from..to, aggregated from the rollup (never the receipts). */
  overview(range: { from: string; to: string }): Promise<ConsentOverview>;
  /**
   * Receipts matching a filter, newest recorded first, by keyset (no offset), with the total from the rollup. Every
   * filter is served by an index on the receipts; a filter the rollup counts no receipt for reads none.
   */
  listReceipts(request: ReceiptListRequest): Promise<ReceiptPage>;
  /** One receipt by its id, with its chain position; null when there is none in the chain. */
  receiptById(receiptId: string): Promise<{ receipt: ListedReceipt; position: ChainPosition } | null>;
  /** Receipts per declaration fingerprint, from the rollup. */
  receiptsPerVersion(): Promise<VersionReceipts[]>;
  /**
   * Starts a verify of the whole log in the background and returns its run at once (or the run already going, with
   * started false). Its progress and result are kept in the database, so any process can show them.
   */
  startVerify(actor: string | null): Promise<VerifyStart>;
  /** The newest verify runs first, at most `limit`. */
  verifyRuns(limit: number): Promise<VerifyRun[]>;
  /** Keeps a scanner report; resolves once it is durable. */
  saveScan(scan: NewScan): Promise<ScanEntry>;
  /** The history, newest stored first, `limit` at a time, older than the entry `before` when given. */
  listScans(page: { limit: number; before?: string }): Promise<ScanPage>;
  /** A stored report's JSON text, or null when there is no scan with that id. */
  scanReport(id: string): Promise<string | null>;
  close(): Promise<void>;
}
