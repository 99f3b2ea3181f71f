import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishedVersion } from '@cookieproof/schema';
import { createStore } from '@cookieproof/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLogger } from './logger.ts';
import { type StartedServer, startServer } from './start-server.ts';
import { ADMIN_TOKEN, AI_PROMO_DECLARATION, aiPromoVersions, validRequest } from './test-support.ts';

// startServer over a real socket: the composition root `cookieproof serve` calls.

let version: PublishedVersion;
let dir: string;
let server: StartedServer;
const logs: string[] = [];

beforeAll(async () => {
  version = (await aiPromoVersions()).at(-1)!;
  dir = mkdtempSync(join(tmpdir(), 'cookieproof-start-'));
  server = await startServer({
    declarationFile: AI_PROMO_DECLARATION,
    port: 0,
    dataDir: join(dir, 'data'),
    databaseUrl: '',
    adminToken: ADMIN_TOKEN,
    handleSignals: false,
    logger: jsonLogger('debug', (line) => logs.push(line)),
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request, so that a header can be sent several times. */
function rawPost(url: string, body: string, headers: Record<string, string | string[]>) {
  return new Promise<{ status: number; body: string }>((done, fail) => {
    const req = request(
      `${url}/v1/consents`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => done({ status: res.statusCode!, body: text }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

describe('startServer', () => {
  it('listens, stores in the data folder and logs JSON lines', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const listening = logs.map((l) => JSON.parse(l)).find((e) => e.msg === 'listening');
    expect(listening).toMatchObject({
      level: 'info',
      url: server.url,
      console: `${server.url}/console`,
      storage: 'sqlite',
      version: version.version,
    });
    expect(typeof listening.time).toBe('string');
  });

  it('reads repeated Sec-GPC headers and the socket address as the issue asks', async () => {
    const res = await rawPost(server.url, JSON.stringify(validRequest(version)), { 'sec-gpc': ['0', '1'], dnt: '1' });
    expect(res.status).toBe(201);
    const { subjectId } = JSON.parse(res.body);
    const list = await fetch(`${server.url}/v1/subjects/${subjectId}/receipts`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const [r] = (await list.json()).receipts;
    expect(r.signals).toMatchObject({ gpcHeader: true, dntHeader: true });
    expect(r.ipPrefix).toBe('127.0.0.0/24');
    const ignored = await rawPost(server.url, JSON.stringify(validRequest(version)), { 'sec-gpc': ['0', 'true'] });
    const again = await fetch(`${server.url}/v1/subjects/${JSON.parse(ignored.body).subjectId}/receipts`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect((await again.json()).receipts[0].signals.gpcHeader).toBe(false);
  });

  it('close() lets in-flight requests finish, then refuses new connections', async () => {
    const other = await startServer({
      declarationFile: AI_PROMO_DECLARATION,
      port: 0,
      dataDir: join(dir, 'other'),
      databaseUrl: '',
      handleSignals: false,
      rateLimit: false,
      logger: jsonLogger('error', () => {}),
    });
    const send = () =>
      fetch(`${other.url}/v1/consents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(validRequest(version)),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const inFlight = Array.from({ length: 20 }, send);
    const settled = Promise.allSettled(inFlight);
    // Close once the server is demonstrably handling requests, with others still on their way.
    await Promise.race(inFlight);
    const started = performance.now();
    await other.close();
    const closeMs = performance.now() - started;
    const results = await settled;
    const answered = results.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    expect(answered.length).toBeGreaterThan(0);
    for (const a of answered) expect(a.status).toBe(201);
    // Requests cut off were never parsed by the server; nothing that got a 201 is lost.
    const store = await createStore({ sqliteFile: join(dir, 'other', 'cookieproof.sqlite') });
    try {
      for (const a of answered)
        expect((await store.receiptsOf(a.body.subjectId)).map((r) => r.receiptId)).toEqual([a.body.receiptId]);
    } finally {
      await store.close();
    }
    expect(closeMs).toBeLessThan(10_000);
    await expect(fetch(`${other.url}/healthz`)).rejects.toThrow();
  });

  it('does not wait on shutdown for a client that left in the middle of its body', async () => {
    const other = await startServer({
      declarationFile: AI_PROMO_DECLARATION,
      port: 0,
      dataDir: join(dir, 'left'),
      databaseUrl: '',
      handleSignals: false,
      shutdownTimeoutMs: 200,
    });
    const { port } = new URL(other.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((ready) => socket.once('connect', ready));
    socket.write(
      'POST /v1/consents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"fingerprint":',
    );
    // Let the server start reading the body, then leave.
    await new Promise((r) => setTimeout(r, 100));
    socket.destroy();
    await new Promise((r) => setTimeout(r, 50));
    // A request still counted as in flight would keep close() waiting for ever.
    await other.close();
    await expect(fetch(`${other.url}/healthz`)).rejects.toThrow();
  });
  it('takes console session expiry from the environment, refuses a wrong value, and keeps sessions across a reload', async () => {
    const options = {
      declarationFile: AI_PROMO_DECLARATION,
      port: 0,
      dataDir: join(dir, 'sessions'),
      databaseUrl: '',
      adminToken: ADMIN_TOKEN,
      handleSignals: false,
    };
    try {
      process.env.COOKIEPROOF_SESSION_IDLE_MINUTES = 'soon';
      await expect(startServer(options)).rejects.toMatchObject({
        code: 'usage',
        message: expect.stringContaining('COOKIEPROOF_SESSION_IDLE_MINUTES: a positive number'),
      });
      process.env.COOKIEPROOF_SESSION_IDLE_MINUTES = '5';
      process.env.COOKIEPROOF_SESSION_MAX_HOURS = '2';
      const other = await startServer(options);
      try {
        const login = await fetch(`${other.url}/v1/console/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token: ADMIN_TOKEN }),
        });
        expect(login.status).toBe(201);
        const setCookie = login.headers.get('set-cookie')!;
        expect(setCookie).toContain('Max-Age=7200');
        const session = (await login.json()) as { idleExpiresAt: string; expiresAt: string };
        expect(Date.parse(session.expiresAt) - Date.parse(session.idleExpiresAt)).toBe((120 - 5) * 60_000);
        await other.reload();
        const after = await fetch(`${other.url}/v1/audit/verify`, { headers: { cookie: setCookie.split(';')[0]! } });
        expect(after.status).toBe(200);
      } finally {
        await other.close();
      }
    } finally {
      delete process.env.COOKIEPROOF_SESSION_IDLE_MINUTES;
      delete process.env.COOKIEPROOF_SESSION_MAX_HOURS;
    }
  });
});
