import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import type { PublishedVersion } from '@cookieproof/schema';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentApp } from './app.ts';
import { freePort, spawnServer } from './process-support.ts';
import { redisRateLimiter } from './redis-rate-limit.ts';
import { aiPromoVersions, closeTestStores, openTestStore, validRequest } from './test-support.ts';

// Several `cookieproof serve` processes behind one address: with REDIS_URL they share one per-client limit through
// Redis (the real one on 127.0.0.1:6379, keys under a random prefix); without it each process limits on its own.

const REDIS_URL = 'redis://127.0.0.1:6379';
const LIMIT = { burst: 10, perSecond: 0.01 };

function redisReachable(): Promise<boolean> {
  return new Promise((done) => {
    const s = connect(6379, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      done(true);
    });
    s.once('error', () => done(false));
  });
}

let version: PublishedVersion;
let reachable = false;
beforeAll(async () => {
  version = (await aiPromoVersions()).at(-1)!;
  reachable = await redisReachable();
  if (!reachable && !process.env.CI) console.warn('SKIPPING the Redis tests: nothing answers on 127.0.0.1:6379');
});
afterAll(closeTestStores);

const post = (url: string) =>
  fetch(`${url}/v1/consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(validRequest(version)),
  }).then((r) => r.status);

/** 20 receipts from one address, alternating between two processes; the statuses they got. */
async function twoProcesses(env: Record<string, string>): Promise<number[]> {
  const servers = await Promise.all(
    [0, 1].map(() => spawnServer({ ...env, COOKIEPROOF_TEST_RATE_LIMIT: JSON.stringify(LIMIT) })),
  );
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push(await post(servers[i % 2]!.url));
    return statuses;
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.exited));
  }
}

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe('the rate limit across processes', () => {
  it('is shared through Redis when REDIS_URL is set, and per process without it', { timeout: 120_000 }, async (ctx) => {
    if (!reachable && !process.env.CI) ctx.skip();
    expect(reachable, 'Redis on 127.0.0.1:6379 is required in CI').toBe(true);
    const prefix = `cookieproof-test-${randomBytes(6).toString('hex')}:`;
    try {
      const shared = await twoProcesses({ REDIS_URL, COOKIEPROOF_REDIS_PREFIX: prefix });
      expect(count(shared, 201)).toBe(LIMIT.burst);
      expect(count(shared, 429)).toBe(20 - LIMIT.burst);
      const apart = await twoProcesses({ REDIS_URL: '' });
      expect(count(apart, 201)).toBe(20);
    } finally {
      const client = createClient({ url: REDIS_URL });
      await client.connect();
      for await (const keys of client.scanIterator({ MATCH: `${prefix}*` })) if (keys.length) await client.del(keys);
      await client.close();
    }
  });

  it('falls back to the limit of its own process while Redis cannot be reached', async () => {
    const limiter = await redisRateLimiter({ url: `redis://127.0.0.1:${await freePort()}`, ...LIMIT, burst: 3 });
    const { listener } = createConsentApp({ versions: [version], store: await openTestStore(), rateLimiter: limiter });
    const server = createServer(listener);
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push(await post(url));
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await limiter.close();
    }
  });
});
