import type { PublishedVersion } from '@cookieproof/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createDatabase,
  load,
  missingReceipts,
  postgresReachable,
  sleep,
  spawnServer,
  verifyLog,
} from './process-support.ts';
import { aiPromoVersions } from './test-support.ts';

// The server is stateless: two processes write to one PostgreSQL at once and the whole log still verifies.

let version: PublishedVersion;
beforeAll(async () => {
  version = (await aiPromoVersions()).at(-1)!;
});

describe('two server processes, one PostgreSQL', () => {
  const reachable = postgresReachable();
  it.skipIf(!reachable && !process.env.CI)(
    'keep one verifiable log under concurrent load',
    { timeout: 180_000 },
    async () => {
      expect(reachable, 'PostgreSQL on 127.0.0.1:5432 is required in CI').toBe(true);
      const db = createDatabase();
      // Both start at once: migrations must be safe to run concurrently.
      const servers = await Promise.all([spawnServer({ DATABASE_URL: db.url }), spawnServer({ DATABASE_URL: db.url })]);
      try {
        const result = await load(
          servers.map((s) => s.url),
          version,
          sleep(5000),
          32,
          400,
        );
        expect([...result.statuses.keys()]).toEqual([201]);
        expect(result.networkErrors).toBe(0);
        for (const s of servers) expect(result.accepted.filter((a) => a.url === s.url).length).toBeGreaterThan(20);
        for (const s of servers) expect(await missingReceipts(s.url, result.accepted.slice(0, 200))).toEqual([]);
        expect(await missingReceipts(servers[0]!.url, result.accepted)).toEqual([]);
        for (const s of servers) {
          const verify = await verifyLog(s.url);
          expect(verify).toMatchObject({ ok: true, checked: result.accepted.length });
        }
      } finally {
        for (const s of servers) s.child.kill('SIGTERM');
        await Promise.all(servers.map((s) => s.exited));
        db.drop();
      }
    },
  );
});
