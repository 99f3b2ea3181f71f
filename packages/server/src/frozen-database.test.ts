import type { PublishedVersion } from '@cookieproof/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, type FreezableProxy, postgresReachable, serverBehindProxy } from './process-support.ts';
import type { StartedServer } from './start-server.ts';
import { aiPromoVersions, validRequest } from './test-support.ts';

// The network path to PostgreSQL freezes (a proxy in between stops forwarding, nothing is closed): every request
// that needs the store still gets an answer, 503 with Retry-After, readiness says so while liveness does not, and
// once the path thaws the server recovers by itself without losing a receipt that got a 201.

const reachable = postgresReachable();
let version: PublishedVersion;
let proxy: FreezableProxy;
let server: StartedServer;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (!reachable) return;
  version = (await aiPromoVersions()).at(-1)!;
  ({ server, proxy, stop } = await serverBehindProxy());
});
afterAll(() => stop?.());

// The store's bounds add up to 11 s at most (5 s to get a connection, 5 s statement timeout, 1 s more for the
// answer); a request still unanswered after 20 s fails the test. Before the bounds, requests hung for over 25 s.
const NEVER = 20_000;

const post = () =>
  fetch(`${server.url}/v1/consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(validRequest(version)),
    signal: AbortSignal.timeout(NEVER),
  });
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers, signal: AbortSignal.timeout(NEVER) });

describe('a frozen connection to PostgreSQL', () => {
  it.skipIf(!reachable && !process.env.CI)(
    'answers 503 with Retry-After, reports not ready but alive, and recovers',
    { timeout: 120_000 },
    async () => {
      expect(reachable, 'PostgreSQL on 127.0.0.1:5432 is required in CI').toBe(true);
      const before = await post();
      expect(before.status).toBe(201);
      const accepted = [(await before.json()) as { subjectId: string; receiptId: string }];
      expect((await get('/readyz')).status).toBe(200);

      proxy.freeze();
      const answers = await Promise.all([
        ...Array.from({ length: 8 }, post),
        get('/v1/audit/verify', admin),
        get(`/v1/subjects/${accepted[0]!.subjectId}/receipts`, admin),
      ]);
      for (const res of answers) {
        expect(res.status).toBe(503);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await res.json()).error.code).toBe('unavailable');
      }
      const ready = await get('/readyz');
      expect(ready.status).toBe(503);
      expect(Number(ready.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await get('/healthz')).status).toBe(503);
      expect(await (await get('/livez')).json()).toEqual({ status: 'alive' });

      proxy.thaw();
      await expect.poll(async () => (await get('/readyz')).status, { timeout: 30_000, interval: 200 }).toBe(200);
      for (let i = 0; i < 5; i++) {
        const res = await post();
        expect(res.status).toBe(201);
        accepted.push(await res.json());
      }
      for (const a of accepted) {
        const list = await get(`/v1/subjects/${a.subjectId}/receipts`, admin);
        expect((await list.json()).receipts.map((r: { receiptId: string }) => r.receiptId)).toContain(a.receiptId);
      }
      expect(await (await get('/v1/audit/verify', admin)).json()).toMatchObject({ ok: true });
    },
  );
});
