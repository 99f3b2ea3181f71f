import { join } from 'node:path';
import type { ConsentStore } from './consent-store.ts';
import { checkSqliteBinding, loadDriver } from './optional-driver.ts';
import type { PostgresStoreOptions } from './postgres/postgres-store.ts';
import type { SqliteStoreOptions } from './sqlite/sqlite-store.ts';

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
export async function createStore(options: StoreOptions = {}): Promise<ConsentStore> {
  const { databaseUrl, sqliteFile, ...rest } = options;
  // Each database's driver is loaded only when it is used: an installation needs only the one it runs on.
  if (databaseUrl) {
    const { openPostgresStore } = await loadDriver(
      'pg',
      'PostgreSQL (DATABASE_URL)',
      () => import('./postgres/postgres-store.ts'),
    );
    return openPostgresStore({ ...rest, databaseUrl });
  }
  const { openSqliteStore } = await loadDriver(
    'better-sqlite3',
    'SQLite (no DATABASE_URL)',
    () => import('./sqlite/sqlite-store.ts'),
  );
  await checkSqliteBinding();
  return openSqliteStore({ ...rest, file: sqliteFile ?? DEFAULT_SQLITE_FILE });
}
