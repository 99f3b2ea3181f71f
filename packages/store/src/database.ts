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

export interface Database {
  receipts: ReceiptsTable;
  chain_head: ChainHeadTable;
  scans: ScansTable;
  schema_migrations: SchemaMigrationsTable;
}

export type ReceiptRow = ReceiptsTable;
