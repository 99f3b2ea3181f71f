import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishedVersion } from '@cookieproof/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Cluster,
  createCluster,
  load,
  missingReceipts,
  sleep,
  spawnServer,
  verifyLog,
} from './process-support.ts';
import { aiPromoVersions } from './test-support.ts';

// PostgreSQL stopped and started again under load: the server answers 503 with Retry-After while the database is
// away, never dies, reconnects by itself, and every receipt that got a 201 is there afterwards. The test runs
// its own cluster so that stopping it disturbs nothing else.

let version: PublishedVersion;
let dir: string;
let cluster: Cluster;
beforeAll(async () => {
  version = (await aiPromoVersions()).at(-1)!;
  dir = mkdtempSync(join(tmpdir(), 'cookieproof-pg-'));
  cluster = await createCluster(dir);
});
afterAll(() => {
  cluster?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('PostgreSQL restart under load', () => {
  it('answers 503 with Retry-After while it is down, then recovers without losing a 201', {
    timeout: 180_000,
  }, async () => {
    const server = await spawnServer({ DATABASE_URL: `postgres://postgres@127.0.0.1:${cluster.port}/postgres` });
    let sawRecovery = false;
    try {
      const outage = (async () => {
        await sleep(1000);
        cluster.stop();
        await sleep(1500);
        const down = await fetch(`${server.url}/healthz`);
        expect(down.status).toBe(503);
        cluster.start();
        // Load continues until the server has accepted receipts again.
        for (let i = 0; i < 100; i++) {
          const res = await fetch(`${server.url}/healthz`);
          if (res.status === 200) {
            sawRecovery = true;
            break;
          }
          await sleep(100);
        }
        await sleep(1000);
      })();
      const result = await load([server.url], version, outage, 16);
      expect(sawRecovery).toBe(true);
      expect(result.networkErrors).toBe(0);
      expect(result.missingRetryAfter).toBe(0);
      expect([...result.statuses.keys()].sort()).toEqual([201, 503]);
      expect(server.child.exitCode).toBeNull();

      expect(await missingReceipts(server.url, result.accepted)).toEqual([]);
      const verify = await verifyLog(server.url);
      expect(verify.ok).toBe(true);
      expect(verify.checked).toBeGreaterThanOrEqual(result.accepted.length);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
