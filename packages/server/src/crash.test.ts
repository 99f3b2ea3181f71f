import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishedVersion } from '@cookieproof/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// A server process under concurrent load is killed with SIGKILL; after a restart every receipt that got a 201 is
// there and the log verifies. Durable means on disk before the 201 leaves.

let version: PublishedVersion;
const dirs: string[] = [];
beforeAll(async () => {
  version = (await aiPromoVersions()).at(-1)!;
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function crashAndRestart(env: Record<string, string>) {
  const first = await spawnServer(env);
  const killed = (async () => {
    await sleep(2000);
    first.child.kill('SIGKILL');
    await first.exited;
    await sleep(200);
  })();
  const result = await load([first.url], version, killed);
  expect(result.accepted.length).toBeGreaterThan(10);
  expect([...result.statuses.keys()]).toEqual([201]);

  const second = await spawnServer(env);
  try {
    expect(await missingReceipts(second.url, result.accepted)).toEqual([]);
    const verify = await verifyLog(second.url);
    expect(verify.ok).toBe(true);
    expect(verify.checked).toBeGreaterThanOrEqual(result.accepted.length);
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }
}

describe('crash under load', () => {
  it('SQLite: every 201 survives SIGKILL and the chain verifies', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookieproof-crash-'));
    dirs.push(dir);
    await crashAndRestart({ COOKIEPROOF_DATA: dir });
  });

  it('SQLite: SIGTERM under load finishes in-flight writes and exits cleanly', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookieproof-term-'));
    dirs.push(dir);
    const first = await spawnServer({ COOKIEPROOF_DATA: dir });
    let exitCode: number | null = null;
    const stopped = (async () => {
      await sleep(1500);
      first.child.kill('SIGTERM');
      exitCode = await first.exited;
    })();
    const result = await load([first.url], version, stopped);
    expect(exitCode).toBe(0);
    expect([...result.statuses.keys()]).toEqual([201]);
    expect(first.logs.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
    const second = await spawnServer({ COOKIEPROOF_DATA: dir });
    try {
      expect(await missingReceipts(second.url, result.accepted)).toEqual([]);
      expect((await verifyLog(second.url)).ok).toBe(true);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  const reachable = postgresReachable();
  it.skipIf(!reachable && !process.env.CI)(
    'PostgreSQL: every 201 survives SIGKILL and the chain verifies',
    { timeout: 180_000 },
    async () => {
      expect(reachable, 'PostgreSQL on 127.0.0.1:5432 is required in CI').toBe(true);
      const db = createDatabase();
      try {
        await crashAndRestart({ DATABASE_URL: db.url });
      } finally {
        db.drop();
      }
    },
  );
});
