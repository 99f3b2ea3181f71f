import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVersions } from '@cookieproof/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLogger } from './logger.ts';
import { type StartedServer, startServer } from './start-server.ts';
import { AI_PROMO_DECLARATION, PUBLIC_ORIGIN, validRequest } from './test-support.ts';

// Deploy skew: pages already carry a declaration published after the server started. A reload takes it without
// a restart; a declaration that does not load leaves the running one in place.

let dir: string;
let server: StartedServer;
const logs: string[] = [];
const file = () => join(dir, 'cookieproof.yaml');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cookieproof-reload-'));
  mkdirSync(join(dir, 'history'));
  cpSync(join(AI_PROMO_DECLARATION, '../history'), join(dir, 'history'), { recursive: true });
  cpSync(AI_PROMO_DECLARATION, file());
  server = await startServer({
    declarationFile: file(),
    port: 0,
    dataDir: join(dir, 'data'),
    databaseUrl: '',
    handleSignals: false,
    logger: jsonLogger('debug', (line) => logs.push(line)),
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown) =>
  fetch(`${server.url}/v1/consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: PUBLIC_ORIGIN },
    body: JSON.stringify(body),
  });

describe('startServer reload', () => {
  it('accepts receipts for a version published after start once reloaded', async () => {
    const before = (await loadVersions(file())).at(-1)!;
    writeFileSync(
      file(),
      readFileSync(file(), 'utf8')
        .replace('version: "2026.2"', 'version: "2026.3"')
        .replace('effectiveDate: "2026-11-15"', 'effectiveDate: "2026-12-01"'),
    );
    const next = (await loadVersions(file())).at(-1)!;
    expect(next.fingerprint).not.toBe(before.fingerprint);
    // Before the reload: retryable, so the SDK keeps the receipt (sdk-receipts.test.ts).
    const early = await post(validRequest(next));
    expect([early.status, early.headers.get('retry-after')]).toEqual([409, '5']);
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe('unknown-version');

    expect(await server.reload()).toEqual({ version: '2026.3', fingerprint: next.fingerprint });
    expect((await post(validRequest(next))).status).toBe(201);
    expect((await (await fetch(`${server.url}/healthz`)).json()).fingerprint).toBe(next.fingerprint);
    expect(logs.some((l) => l.includes('"msg":"reloaded"'))).toBe(true);
  });

  it('keeps serving the running declaration when the new one does not load', async () => {
    const running = (await (await fetch(`${server.url}/healthz`)).json()).fingerprint;
    writeFileSync(file(), 'cookieproof: 1\nsite: [');
    await expect(server.reload()).rejects.toThrow();
    expect((await (await fetch(`${server.url}/healthz`)).json()).fingerprint).toBe(running);
  });
});
