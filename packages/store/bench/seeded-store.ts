import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, exampleReceipt, type StoreOptions, seedReceipts } from '../src/index.ts';
import { newSubjectId } from '../src/random-pool.ts';
import { createTestDatabase } from '../src/testing/postgres.ts';

// Does a full store append as fast as an empty one? Seeds N receipts (default 1,000,000) with seedReceipts,
// then measures group-committed appends (64 concurrent appenders) and prints the ratio to an empty store.
// Run: node --import tsx packages/store/bench/seeded-store.ts [rows] [seconds] [sqlite|postgres]

const rows = Number(process.argv[2] ?? 1_000_000);
const seconds = Number(process.argv[3] ?? 4);
const only = process.argv[4];

async function batchedRate(options: StoreOptions): Promise<number> {
  const store = await createStore(options);
  let done = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (Date.now() < end) {
        await store.append(exampleReceipt());
        done += 1;
      }
    }),
  );
  const lookup = Date.now();
  await store.receiptsOf(newSubjectId());
  const lookupMs = Date.now() - lookup;
  await store.close();
  console.log(`  subject lookup ${lookupMs} ms`);
  return done / seconds;
}

async function compare(name: string, empty: StoreOptions, full: StoreOptions): Promise<void> {
  const seeding = Date.now();
  const store = await createStore(full);
  await seedReceipts(store, rows);
  await store.close();
  const seedSeconds = (Date.now() - seeding) / 1000;
  console.log(`${name}: seeded ${rows} receipts in ${seedSeconds.toFixed(1)} s (${(rows / seedSeconds).toFixed(0)}/s)`);
  const emptyRate = await batchedRate(empty);
  const fullRate = await batchedRate(full);
  console.log(
    `${name}: empty ${emptyRate.toFixed(0)} appends/s, with ${rows} stored ${fullRate.toFixed(0)} appends/s, ratio ${(fullRate / emptyRate).toFixed(2)}`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'cookieproof-seeded-'));
try {
  if (only !== 'postgres') {
    await compare('sqlite', { sqliteFile: join(dir, 'empty.sqlite') }, { sqliteFile: join(dir, 'full.sqlite') });
  }
  if (only !== 'sqlite') {
    const [empty, full] = [await createTestDatabase(), await createTestDatabase()];
    try {
      await compare('postgres', { databaseUrl: empty.url }, { databaseUrl: full.url });
    } finally {
      await empty.drop();
      await full.drop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
