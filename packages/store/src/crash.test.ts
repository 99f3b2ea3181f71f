import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, type StoreOptions } from './create-store.ts';
import { startAppendChild } from './testing/child.ts';
import { createTestDatabase, postgresForTests } from './testing/postgres.ts';

// Durability: a writer process is killed with SIGKILL in the middle of group-committed appends; every receipt
// whose append() had resolved must be there after reopening, and the log must verify.

const postgres = await postgresForTests();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function sqliteOptions(): Promise<StoreOptions> {
  const dir = mkdtempSync(join(tmpdir(), 'cookieproof-crash-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return { sqliteFile: join(dir, 'consent.sqlite') };
}

async function postgresOptions(): Promise<StoreOptions> {
  const database = await createTestDatabase();
  cleanups.push(database.drop);
  return { databaseUrl: database.url };
}

describe('SIGKILL during appends', () => {
  it.runIf(postgres.required)('has PostgreSQL (required when CI is set)', () => {
    expect(postgres.available, 'PostgreSQL at 127.0.0.1:5432 is unreachable and CI is set').toBe(true);
  });

  const cases: [string, () => Promise<StoreOptions>][] = [
    ['sqlite', sqliteOptions],
    ...(postgres.available ? ([['postgres', postgresOptions]] as [string, () => Promise<StoreOptions>][]) : []),
  ];
  it.each(cases)('%s keeps every acknowledged receipt', async (_name, makeOptions) => {
    const options = await makeOptions();
    const child = startAppendChild(options, 'forever', 32);
    await child.acknowledgedAtLeast(400);
    child.process.kill('SIGKILL');
    const { signal } = await child.exited;
    expect(signal).toBe('SIGKILL');
    const acknowledged = [...child.acknowledged];

    const store = await createStore(options);
    cleanups.push(() => store.close());
    const found = await store.chainPositions(acknowledged);
    expect(found).toHaveLength(acknowledged.length);
    expect(await store.count()).toBeGreaterThanOrEqual(acknowledged.length);
    const result = await store.verify();
    expect(result).toMatchObject({ ok: true, erased: 0 });
    expect(result.checked).toBe(await store.count());
  });
});
