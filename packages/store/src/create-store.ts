import { join } from 'node:path';
import type { ConsentStore } from './consent-store.ts';
import { openPostgresStore, type PostgresStoreOptions } from './postgres/postgres-store.ts';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.ts';

export interface StoreOptions
  extends Partial<Omit<SqliteStoreOptions, 'file'>>,
    Partial<Omit<PostgresStoreOptions, 'databaseUrl'>> {
  /** PostgreSQL connection string; when set, the store is PostgreSQL. */
  databaseUrl?: string;
  /** SQLite file used when databaseUrl is not set (default: data/cookieproof.sqlite under the working folder). */
  sqliteFile?: string;
}

export const DEFAULT_SQLITE_FILE = join('data', 'cookieproof.sqlite');

/** Opens the configured store and brings its schema up to date (safe when several processes start at once). */
export function createStore(options: StoreOptions = {}): Promise<ConsentStore> {
  const { databaseUrl, sqliteFile, ...rest } = options;
  if (databaseUrl) return openPostgresStore({ ...rest, databaseUrl });
  return openSqliteStore({ ...rest, file: sqliteFile ?? DEFAULT_SQLITE_FILE });
}
