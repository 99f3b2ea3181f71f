import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PublishedVersion } from '@cookieproof/schema';
import { type ConsentStore, createStore } from '@cookieproof/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentApp } from './app.ts';
import { createDatabase, postgresReachable } from './process-support.ts';
import { aiPromoVersions, closeTestStores, openTestStore, validRequest } from './test-support.ts';

// One anonymous client must not be able to break the proof: receipts with text the log cannot store byte for byte
// (a lone surrogate, NUL), sent among many good ones, are refused with 422, every good one gets its 201, and the
// log verifies afterwards. On PostgreSQL a batch is one statement, so one bad row used to fail the whole batch.

let version: PublishedVersion;
beforeAll(async () => {
  version = (await aiPromoVersions()).at(-1)!;
});
afterAll(closeTestStores);

const BAD_TEXT = ['en\ud800', 'en\u0000', '\udfffen', 'de\u0000\ud800'];

async function hammer(store: ConsentStore) {
  const { listener } = createConsentApp({ versions: [version], store, rateLimit: false });
  const server = createServer(listener);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/consents`;
  try {
    const send = (body: unknown) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const bad = Array.from({ length: 10 }, (_, i) => validRequest(version, true, { locale: BAD_TEXT[i % 4]! }));
    const requests = Array.from({ length: 500 }, (_, i) => validRequest(version, i % 2 === 0));
    // Interleaved, so that the bad receipts land in the same group commits as good ones.
    const all = requests.flatMap((r, i) => (i % 50 === 0 ? [bad[i / 50]!, r] : [r]));
    const answers = await Promise.all(all.map(async (r) => ({ bad: bad.includes(r), res: await send(r) })));
    const statuses = (which: boolean) => answers.filter((a) => a.bad === which).map((a) => a.res.status);
    expect(new Set(statuses(false))).toEqual(new Set([201]));
    expect(new Set(statuses(true))).toEqual(new Set([422]));
    expect(await store.verify()).toEqual({ ok: true, checked: 500, erased: 0 });
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}

describe('receipts the log cannot store, among good ones', () => {
  it('SQLite: refused with 422, every good receipt stored, the log verifies', async () => {
    await hammer(await openTestStore());
  });

  const reachable = postgresReachable();
  it.skipIf(!reachable && !process.env.CI)('PostgreSQL: the same', async () => {
    expect(reachable, 'PostgreSQL on 127.0.0.1:5432 is required in CI').toBe(true);
    const db = createDatabase();
    const store = await createStore({ databaseUrl: db.url });
    try {
      await hammer(store);
    } finally {
      await store.close();
      db.drop();
    }
  });
});
