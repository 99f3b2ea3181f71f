import { randomBytes } from 'node:crypto';
import pg from 'pg';

// Test databases on the PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth). Each one is created for a
// test and dropped after it, so runs never see each other's rows.

export const POSTGRES_ADMIN_URL =
  process.env.COOKIEPROOF_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Whether the PostgreSQL tests run: under CI an unreachable database is a failure (the caller turns `false` plus
 * `required` into a failing test), elsewhere the tests are skipped with a visible message.
 */
export async function postgresForTests(): Promise<{ available: boolean; required: boolean }> {
  const available = await postgresReachable();
  const required = Boolean(process.env.CI);
  if (!available && !required) {
    console.warn(
      `SKIPPING the PostgreSQL tests: nothing answers at ${POSTGRES_ADMIN_URL} (set CI=1 to make this fail)`,
    );
  }
  return { available, required };
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  /** Runs SQL directly, bypassing the store (to tamper with rows, or to look at them). */
  query<R extends pg.QueryResultRow = Record<string, unknown>>(text: string, values?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `cookieproof_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.href, max: 1 });
  pool.on('error', () => undefined);
  return {
    url: url.href,
    async query(text, values) {
      return (await pool.query(text, values)).rows;
    },
    async drop() {
      await pool.end();
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
