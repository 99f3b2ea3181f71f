import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { seedReceipts } from '../seed-receipts.ts';
import { createTestDatabase, postgresForTests } from '../testing/postgres.ts';

// Requests are bounded (statementTimeoutMs), migrations are not: migration 6 builds four indexes and the rollups
// over the whole log, which on a log of millions takes far longer than any request may. With the request bound on
// the migration's statements too, the server would never start on such a log.

const postgres = await postgresForTests();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('PostgreSQL migrations', () => {
  it.runIf(postgres.required)('has PostgreSQL (required when CI is set)', () => {
    expect(postgres.available, 'PostgreSQL at 127.0.0.1:5432 is unreachable and CI is set').toBe(true);
  });

  it.runIf(postgres.available)('run to the end however long their statements take', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const store = await createStore({ databaseUrl: database.url });
    await seedReceipts(store, 60_000);
    await store.close();
    // Back to before migration 6, as a database written by the previous version is.
    for (const table of ['receipt_facet', 'receipt_facet_granted', 'verify_runs'])
      await database.query(`drop table ${table}`);
    for (const index of ['receipts_time', 'receipts_surface_time', 'receipts_fingerprint_time', 'receipts_event_time'])
      await database.query(`drop index ${index}`);
    await database.query('delete from schema_migrations where version = 6');

    // A bound no index build over 60,000 rows meets.
    const reopened = await createStore({ databaseUrl: database.url, statementTimeoutMs: 1 });
    cleanups.push(() => reopened.close());
    const today = new Date().toISOString().slice(0, 10);
    expect(
      await database.query<{ version: number }>('select version from schema_migrations order by version desc limit 1'),
    ).toEqual([{ version: 6 }]);
    expect(
      (
        await database.query<{ n: string }>(
          'select sum(receipts) as n from receipt_facet where day = $1 and dimension = $2',
          [today, 'all'],
        )
      )[0]!.n,
    ).toBe('60000');
  });
});
