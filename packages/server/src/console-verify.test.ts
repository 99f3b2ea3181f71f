import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PublishedVersion, VerifyRuns } from '@cookieproof/schema';
import { type ConsentStore, createStore, seedReceipts } from '@cookieproof/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentApp } from './app.ts';
import { createDatabase, postgresReachable } from './process-support.ts';
import { ADMIN_TOKEN, aiPromoVersions, closeTestStores, openTestStore, validRequest } from './test-support.ts';

// A verify of the whole log runs in the background without stalling the server: on a log of 200,000 receipts,
// receipts keep being recorded and /livez keeps answering while the run is still going, on both stores. Without
// the verify yielding between pages, the SQLite worker would take no append until the whole log was checked.

const SEEDED = 200_000;
const postgres = postgresReachable();
if (!postgres && !process.env.CI)
  console.warn('SKIPPING the PostgreSQL verify test: nothing answers at 127.0.0.1:5432');

const kinds = [
  { name: 'SQLite', open: async () => ({ store: await openTestStore(), drop: async () => {} }) },
  ...(postgres || process.env.CI
    ? [
        {
          name: 'PostgreSQL',
          open: async () => {
            const database = createDatabase();
            const store = await createStore({ databaseUrl: database.url });
            return {
              store,
              drop: async () => {
                await store.close();
                database.drop();
              },
            };
          },
        },
      ]
    : []),
];

let versions: PublishedVersion[];
beforeAll(async () => {
  versions = await aiPromoVersions();
});
afterAll(closeTestStores);

describe.each(kinds)('a background verify on $name', ({ open }) => {
  let store: ConsentStore;
  let drop: () => Promise<void>;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ store, drop } = await open());
    await seedReceipts(store, SEEDED);
    const { listener } = createConsentApp({ versions, store, adminToken: ADMIN_TOKEN, rateLimit: false });
    server = createServer(listener);
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 300_000);
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((done) => server?.close(done));
    await drop?.();
  });

  it('lets receipts be recorded and /livez answer while it runs', async () => {
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const started = await fetch(`${url}/v1/console/verify`, { method: 'POST', headers: auth });
    expect(started.status).toBe(202);
    const { run } = (await started.json()) as { run: { id: number; total: number } };
    expect(run.total).toBe(SEEDED);
    const runNow = async () =>
      ((await (await fetch(`${url}/v1/console/verify`, { headers: auth })).json()) as VerifyRuns).runs.find(
        (r) => r.id === run.id,
      )!;

    let answeredWhileRunning = 0;
    const progress: number[] = [];
    for (;;) {
      const [consent, live] = await Promise.all([
        fetch(`${url}/v1/consents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(validRequest(versions.at(-1)!)),
        }),
        fetch(`${url}/livez`),
      ]);
      expect(consent.status).toBe(201);
      expect(live.status).toBe(200);
      // Both were answered after the run started; it is still going now, so they were answered during it.
      const now = await runNow();
      if (now.status !== 'running') break;
      answeredWhileRunning += 1;
      progress.push(now.checked);
    }
    expect(answeredWhileRunning).toBeGreaterThanOrEqual(3);
    // It moved on meanwhile, and finished with the log it started on intact.
    expect(new Set(progress).size).toBeGreaterThan(1);
    const finished = await runNow();
    expect(finished).toMatchObject({ status: 'ok', checked: SEEDED, result: { ok: true, checked: SEEDED } });
  });
});
