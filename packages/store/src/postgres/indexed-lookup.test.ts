import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { exampleReceipt, exampleReceipts } from '../seed.ts';
import { createTestDatabase, postgresForTests } from '../testing/postgres.ts';

// Appends must never scan the receipts table (a peer's duplicate check did, and slowed to a crawl at 100,000
// rows). PostgreSQL counts sequential scans per table; the count must not move while appends run, even with
// the statistics still stale from the load before.

const postgres = await postgresForTests();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('PostgreSQL appends', () => {
  it.runIf(postgres.required)('has PostgreSQL (required when CI is set)', () => {
    expect(postgres.available, 'PostgreSQL at 127.0.0.1:5432 is unreachable and CI is set').toBe(true);
  });

  it.runIf(postgres.available)('never scan the receipts table', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    let store = await createStore({ databaseUrl: database.url });
    const returning = await Promise.all(exampleReceipts(3000).map((r) => store.append(r)));
    await store.close();

    // A backend publishes its counters when it exits, so the count is read with no store connection left.
    const seqScans = async () => {
      await expect
        .poll(
          async () =>
            (
              await database.query(
                'select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
              )
            )[0]!.n,
        )
        .toBe(0);
      const [row] = await database.query<{ seq_scan: string }>(
        `select seq_scan from pg_stat_user_tables where relname = 'receipts'`,
      );
      return Number(row!.seq_scan);
    };
    const before = await seqScans();
    store = await createStore({ databaseUrl: database.url });
    await Promise.all([
      ...returning.slice(0, 100).map((r) => store.append(exampleReceipt({ subjectId: r.subjectId! }))),
      ...exampleReceipts(100).map((r) => store.append(r)),
    ]);
    for (let i = 0; i < 20; i++) await store.append(exampleReceipt({ subjectId: returning[i]!.subjectId! }));
    await store.close();
    expect(await seqScans()).toBe(before);
  });
});
