export { GENESIS_HASH, receiptHashMatches } from './chain.ts';
export type {
  ChainPosition,
  ConsentStore,
  NewReceipt,
  NewScan,
  ScanEntry,
  ScanPage,
  VerifyResult,
} from './consent-store.ts';
export { createStore, DEFAULT_SQLITE_FILE, type StoreOptions } from './create-store.ts';
export type { PostgresStoreOptions } from './postgres/postgres-store.ts';
export { exampleReceipt, exampleReceipts } from './seed.ts';
export { seedReceipts } from './seed-receipts.ts';
export type { SqliteStoreOptions } from './sqlite/sqlite-store.ts';
