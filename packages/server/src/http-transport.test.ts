import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLogger } from './logger.ts';
import { expectJsonError, openRaw } from './process-support.ts';
import { type StartedServer, startServer } from './start-server.ts';
import { AI_PROMO_DECLARATION } from './test-support.ts';

// What `cookieproof serve` does with clients that do not speak HTTP properly or speak it slowly: requests the HTTP
// parser refuses get the JSON error shape and the security headers, and slow or idle connections are cut off.

let dir: string;
let server: StartedServer;
let port: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cookieproof-http-'));
  server = await startServer({
    declarationFile: AI_PROMO_DECLARATION,
    port: 0,
    dataDir: join(dir, 'data'),
    databaseUrl: '',
    handleSignals: false,
    logger: jsonLogger('error', () => {}),
  });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('requests the HTTP parser refuses', () => {
  const cases: [string, string, number][] = [
    ['an unknown method', 'FROB /v1/consents HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['a header line without a colon', 'GET /healthz HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n', 400],
    [
      'both Content-Length and chunked',
      'POST /v1/consents HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      400,
    ],
    ['a bad chunk size', 'POST /v1/consents HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 400],
    ['not HTTP at all', '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n', 400],
    ['headers over 16 KiB', `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
  ];
  for (const [what, request, status] of cases) {
    it(`answers ${what} with ${status}, the JSON error shape and the security headers`, async () => {
      const c = await openRaw(port);
      c.socket.write(request);
      expectJsonError(await c.closed, status);
    });
  }
});

describe('slow and idle clients', () => {
  it('cuts off slow headers, slow bodies and silent connections, answering each with 408', {
    timeout: 45_000,
  }, async () => {
    const slowHeaders = await Promise.all(Array.from({ length: 20 }, () => openRaw(port)));
    const slowBodies = await Promise.all(Array.from({ length: 20 }, () => openRaw(port)));
    const silent = await Promise.all(Array.from({ length: 20 }, () => openRaw(port)));
    for (const c of slowHeaders) c.socket.write('POST /v1/consents HTTP/1.1\r\nHost: x\r\nX-');
    for (const c of slowBodies)
      c.socket.write(
        'POST /v1/consents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{',
      );
    // A byte a second keeps each of them busy, as a slowloris client does.
    const drip = setInterval(() => {
      for (const c of slowHeaders) if (!c.socket.destroyed) c.socket.write('a');
      for (const c of slowBodies) if (!c.socket.destroyed) c.socket.write(' ');
    }, 1000);
    try {
      const answers = await Promise.all([...slowHeaders, ...slowBodies, ...silent].map((c) => c.closed));
      // Every one of them: slow headers, slow bodies (cut off by the whole-request timeout) and silent ones.
      for (const raw of answers) expect(expectJsonError(raw, 408).error.code).toBe('request-timeout');
    } finally {
      clearInterval(drip);
    }
    // The server still serves everyone else.
    expect((await fetch(`${server.url}/livez`)).status).toBe(200);
  });

  it('accepts no more connections than its cap and serves again once they are gone', async () => {
    const capped = await startServer({
      declarationFile: AI_PROMO_DECLARATION,
      port: 0,
      dataDir: join(dir, 'capped'),
      databaseUrl: '',
      handleSignals: false,
      maxConnections: 5,
      logger: jsonLogger('error', () => {}),
    });
    try {
      const cappedPort = Number(new URL(capped.url).port);
      const held = await Promise.all(Array.from({ length: 5 }, () => openRaw(cappedPort)));
      for (const c of held) c.socket.write('GET /livez HTTP/1.1\r\nHost: x\r\n');
      const extra = await openRaw(cappedPort);
      expect(await extra.closed).toBe('');
      for (const c of held) c.socket.destroy();
      await Promise.all(held.map((c) => c.closed));
      expect((await fetch(`${capped.url}/livez`)).status).toBe(200);
    } finally {
      await capped.close();
    }
  });
});
