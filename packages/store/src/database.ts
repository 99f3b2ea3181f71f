import type { Generated } from 'kysely';

// Table shapes shared by both dialects. Booleans are 0/1 in SQLite and booleans in PostgreSQL, so boolean columns
// accept both and are decoded in one place (receipt-rows.ts).

type Bool = boolean | number;

export interface ReceiptsTable {
  /** Position in the log: 1, 2, 3, ... without gaps, assigned under the chain lock. */
  seq: number;
  receipt_id: string;
  /** Personal fields: null after erasure. */
  subject_id: string | null;
  user_agent: string | null;
  ip_prefix: string | null;
  previous_receipt_id: string | null;
  /** Random per-row salt of the commitment; null after erasure (without it the commitment reveals nothing). */
  salt: string | null;
  commitment: string;
  recorded_at: string;
  event: string;
  /** Canonical JSON. */
  choices: string;
  consent_mode: string;
  fingerprint: string;
  version: string;
  surface: string;
  locale: string;
  gpc_header: Bool;
  dnt_header: Bool;
  gpc: Bool | null;
  dnt: Bool | null;
  /** Jurisdiction applied (migration 2); all null on receipts recorded before. honored_signals: "gpc", "gpc,dnt" or "". */
  region: string | null;
  jurisdiction: string | null;
  regime: string | null;
  honored_signals: string | null;
  previous_hash: string;
  hash: string;
}

export interface ChainHeadTable {
  id: number;
  seq: number;
  hash: string;
}

/** A stored scanner report (migration 3). summary and report are JSON text. */
export interface ScansTable {
  scan_id: string;
  target: string;
  started_at: string;
  stored_at: string;
  violations: number;
  summary: string;
  report: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

/** One operator action (migration 4). Who is a fingerprint of the session or token, never the token itself. */
export interface OperatorAuditTable {
  id: Generated<number>;
  at: string;
  action: string;
  actor: string;
  /** A fingerprint of the subject acted on (never its id, which an erasure must remove from the files). */
  subject: string | null;
  detail: string | null;
}

/** Receipts per UTC day and dimensions (migration 5, keyed by jurisdiction too since 6), kept in the append's transaction. */
export interface ReceiptDailyTable {
  day: string;
  surface: string;
  fingerprint: string;
  event: string;
  /** The jurisdiction rule applied, "" where the receipt has none. */
  jurisdiction: string;
  /** "" where the receipt has no jurisdiction. */
  regime: string;
  locale: string;
  receipts: number;
  gpc: number;
  dnt: number;
  /** Receipts that were their subject's first of the day (migration 6), and of those, with GPC (DNT). */
  visitors: number;
  visitor_gpc: number;
  visitor_dnt: number;
}

/** Per category of the same key: receipts in which it was granted. */
export interface ReceiptDailyGrantedTable {
  day: string;
  surface: string;
  fingerprint: string;
  event: string;
  jurisdiction: string;
  regime: string;
  locale: string;
  category: string;
  granted: number;
}

/**
 * The same counts per day for each dimension alone (migration 6): dimension "all" (value "") and each of surface,
 * fingerprint, jurisdiction, regime and locale with its value. What the overview reads: a few rows per day, where
 * the full key has hundreds.
 */
export interface ReceiptFacetTable {
  day: string;
  dimension: string;
  value: string;
  event: string;
  receipts: number;
  gpc: number;
  dnt: number;
  visitors: number;
  visitor_gpc: number;
  visitor_dnt: number;
}

export interface ReceiptFacetGrantedTable {
  day: string;
  dimension: string;
  value: string;
  category: string;
  granted: number;
}

/** A verify of the whole log run in the background (migration 6); progress is written as it goes. */
export interface VerifyRunsTable {
  id: Generated<number>;
  started_at: string;
  /** Last progress written: a run whose row stopped moving was interrupted (its process ended). */
  updated_at: string;
  finished_at: string | null;
  /** running | ok | broken | failed */
  status: string;
  actor: string | null;
  /** Receipts in the log when the run started, and checked so far. */
  total: number;
  checked: number;
  /** The VerifyResult (or the error) as JSON once finished. */
  result: string | null;
}

export interface Database {
  receipt_daily: ReceiptDailyTable;
  receipt_daily_granted: ReceiptDailyGrantedTable;
  receipt_facet: ReceiptFacetTable;
  receipt_facet_granted: ReceiptFacetGrantedTable;
  receipts: ReceiptsTable;
  operator_audit: OperatorAuditTable;
  chain_head: ChainHeadTable;
  scans: ScansTable;
  verify_runs: VerifyRunsTable;
  schema_migrations: SchemaMigrationsTable;
}

export type ReceiptRow = ReceiptsTable;
