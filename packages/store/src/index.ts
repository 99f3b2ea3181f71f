export { GENESIS_HASH, receiptHashMatches } from './chain.ts';
export {
  type ChainPosition,
  type ConsentStore,
  type DailyRollupRow,
  type NewOperatorAction,
  type NewReceipt,
  type NewScan,
  OPERATOR_ACTIONS,
  type OperatorAction,
  type OperatorAuditEntry,
  type ReceiptListRequest,
  type ScanEntry,
  type ScanPage,
  type VerifyResult,
  type VerifyStart,
} from './consent-store.ts';
export { createStore, DEFAULT_SQLITE_FILE, type StoreOptions } from './create-store.ts';
export { loadDriver } from './optional-driver.ts';
export type { PostgresStoreOptions } from './postgres/postgres-store.ts';
export { exampleReceipt, exampleReceipts, type SeedPlan } from './seed.ts';
export { seedReceipts } from './seed-receipts.ts';
export type { SqliteStoreOptions } from './sqlite/sqlite-store.ts';
