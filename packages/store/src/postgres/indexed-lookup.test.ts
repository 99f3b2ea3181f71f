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
    const store = await createStore({ databaseUrl: database.url });
    cleanups.push(() => store.close());
    const returning = await Promise.all(exampleReceipts(3000).map((r) => store.append(r)));

    const seqScans = async () => {
      await database.query('select pg_stat_force_next_flush()');
      const [row] = await database.query<{ seq_scan: string }>(
        `select seq_scan from pg_stat_user_tables where relname = 'receipts'`,
      );
      return Number(row!.seq_scan);
    };
    // Backends flush their counters on their own schedule: wait until the count from the load above settles.
    let before = await seqScans();
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const now = await seqScans();
      if (now === before) break;
      before = now;
    }
    await Promise.all([
      ...returning.slice(0, 100).map((r) => store.append(exampleReceipt({ subjectId: r.subjectId! }))),
      ...exampleReceipts(100).map((r) => store.append(r)),
    ]);
    for (let i = 0; i < 20; i++) await store.append(exampleReceipt({ subjectId: returning[i]!.subjectId! }));
    // Backends publish their counters when idle for a moment.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await seqScans()).toBe(before);
  });
});
