import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { startAppendChild } from '../testing/child.ts';
import { createTestDatabase, postgresForTests } from '../testing/postgres.ts';

// Scale-out: two processes append to one PostgreSQL at the same time; the chain head's row lock serialises
// their batches, so the whole log verifies afterwards and holds every acknowledged receipt of both.

const postgres = await postgresForTests();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('two processes appending to one PostgreSQL', () => {
  it.runIf(postgres.required)('has PostgreSQL (required when CI is set)', () => {
    expect(postgres.available, 'PostgreSQL at 127.0.0.1:5432 is unreachable and CI is set').toBe(true);
  });

  it.runIf(postgres.available)('interleave their batches and leave one verifiable chain', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const options = { databaseUrl: database.url };
    const writers = [startAppendChild(options, 'forever', 32), startAppendChild(options, 'forever', 32)];
    cleanups.push(async () => {
      for (const w of writers) w.process.kill('SIGKILL');
    });
    // Both are writing once each has an acknowledgement; from then on, 300 more each overlap in time.
    await Promise.all(writers.map((w) => w.acknowledgedAtLeast(1)));
    const start = writers.map((w) => w.acknowledged.length);
    await Promise.all(writers.map((w, i) => w.acknowledgedAtLeast(start[i]! + 300)));
    for (const w of writers) w.process.kill('SIGTERM');
    await Promise.all(writers.map((w) => w.exited));

    const store = await createStore(options);
    cleanups.push(() => store.close());
    const [a, b] = await Promise.all(writers.map((w) => store.chainPositions(w.acknowledged)));
    expect(a).toHaveLength(writers[0]!.acknowledged.length);
    expect(b).toHaveLength(writers[1]!.acknowledged.length);
    // Interleaved, not one after the other: each writer's positions fall inside the other's range.
    const range = (p: typeof a) => [p![0]!.sequence, p!.at(-1)!.sequence];
    const [aFirst, aLast] = range(a);
    const [bFirst, bLast] = range(b);
    expect(aFirst! < bLast! && bFirst! < aLast!).toBe(true);

    const result = await store.verify();
    expect(result).toMatchObject({ ok: true, erased: 0 });
    expect(result.checked).toBe(await store.count());
    expect(result.checked).toBeGreaterThanOrEqual(a!.length + b!.length);
  });
});
