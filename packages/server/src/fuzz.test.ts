import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorBody, type PublishedVersion } from '@cookieproof/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentApp } from './app.ts';
import { jsonLogger } from './logger.ts';
import { admin, expectJsonError, openRaw, parseRaw, postgresReachable, serverBehindProxy } from './process-support.ts';
import { startServer } from './start-server.ts';
import {
  AI_PROMO_DECLARATION,
  aiPromoVersions,
  closeTestStores,
  openTestStore,
  PUBLIC_ORIGIN,
  validRequest,
} from './test-support.ts';

// Thousands of generated bad requests: every one must get a 4xx with the JSON error shape, none a 5xx, and the
// store must be exactly as before. Then the same generator against what is outside the request: good receipts
// among ones the log cannot store, a frozen database connection, and slow clients.

/** Small deterministic PRNG (mulberry32) so a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

function randomString(r: Rng, max: number): string {
  const alphabets = [
    'abcdefghijklmnopqrstuvwxyz',
    '0123456789',
    '\u0000\u0001\u001f"\\/\n\t',
    'äöü€😀\u202e',
    '\ud800\udfff',
  ];
  let s = '';
  const n = r.int(max);
  for (let i = 0; i < n; i++) {
    const a = r.pick(alphabets);
    s += a[r.int(a.length)];
  }
  return s;
}

function randomJson(r: Rng, depth = 0): unknown {
  switch (r.int(depth > 3 ? 5 : 7)) {
    case 0:
      return null;
    case 1:
      return r.next() < 0.5;
    case 2:
      return r.pick([0, -1, 1.5, 1e308, -0, 2 ** 53 + 1]);
    case 3:
      return randomString(r, 40);
    case 4:
      return r.pick(['', 'grant', 'public', 'en', 'true', '1']);
    case 5:
      return Array.from({ length: r.int(4) }, () => randomJson(r, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: r.int(4) }, () => [randomString(r, 10), randomJson(r, depth + 1)]),
      );
  }
}

const notBoolean = [0, 1, 'true', '', [], {}, 1.5, 'false'];
const notString = [0, true, null, [], {}, 1.5];

/** A body that is certainly invalid: one deliberate defect applied to a valid request. */
function badBody(r: Rng, v: PublishedVersion): string | Uint8Array {
  const base = validRequest(v, r.next() < 0.5) as Record<string, unknown>;
  const choices = base.choices as Record<string, boolean>;
  const categories = Object.keys(choices);
  switch (r.int(17)) {
    case 0: {
      const field = r.pick(['fingerprint', 'event', 'choices', 'surface', 'locale', 'signals']);
      delete base[field];
      break;
    }
    case 1:
      base[r.pick(['recordedAt', 'decidedAt', 'timestamp', 'id', 'hash', 'userAgent', randomString(r, 12) || 'x'])] =
        randomJson(r);
      break;
    case 2:
      base[r.pick(['fingerprint', 'surface', 'locale', 'subjectId'])] = r.pick(notString);
      break;
    case 3:
      base.event = `x-${randomString(r, 10)}`;
      break;
    case 4:
      base.choices = r.pick([null, [], 'all', true, 1, [true, false]]);
      break;
    case 5:
      choices[r.pick(categories)] = r.pick(notBoolean) as boolean;
      break;
    case 6:
      delete choices[r.pick(categories.filter((c) => c !== 'essential'))];
      break;
    case 7:
      choices[`x${randomString(r, 8)}`] = r.next() < 0.5;
      break;
    case 8:
      choices.essential = false;
      break;
    case 9:
      base.signals = r.pick([
        null,
        {},
        { gpc: r.pick(notBoolean), dnt: null },
        { gpc: null, dnt: null, extra: true },
        [true, false],
      ]);
      break;
    case 10:
      base[r.pick(['surface', 'locale', 'subjectId'])] = 'x'.repeat(65 + r.int(8000));
      break;
    case 11:
      base.fingerprint = r.pick(['', 'A'.repeat(64), 'a'.repeat(63), 'g'.repeat(64), 'f'.repeat(64), '0'.repeat(64)]);
      break;
    case 12: {
      // Deep nesting somewhere in the body, still under the size limit.
      const depth = 100 + r.int(5000);
      const field = r.pick(['choices', 'signals', 'consentMode', 'extra']);
      // Appended, because JSON.parse keeps the last of duplicate keys.
      return JSON.stringify(base).replace(/\}$/, `,"${field}":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    }
    case 13:
      base.consentMode = r.pick([
        { ad_storage: 'yes' },
        { not_a_type: 'granted' },
        [],
        'granted',
        { analytics_storage: true },
      ]);
      break;
    case 16:
      return unstorable(r, v);
    case 14:
      return r.pick([
        '{"__proto__":{"admin":true}}',
        '{"constructor":{"prototype":{}}}',
        'null',
        '[]',
        '"x"',
        '42',
        'true',
      ]);
    default: {
      // Not JSON, or not UTF-8.
      const text = JSON.stringify(base);
      const cut = r.int(text.length);
      return r.next() < 0.5
        ? text.slice(0, cut)
        : Buffer.concat([
            Buffer.from(text.slice(0, cut)),
            Buffer.from([r.pick([0xff, 0xc0, 0xed, 0x80, 0xfe])]),
            Buffer.from(text.slice(cut)),
          ]);
    }
  }
  return JSON.stringify(base);
}

// Not JSON: text/plain (UTF-8) is taken as JSON, since that is what navigator.sendBeacon sends.
/** Text the log cannot store byte for byte, put into a random position of a random string field. */
const UNSTORABLE = ['\ud800', '\udbff', '\udc00', '\udfff', '\u0000', '\u001f', '\u007f', '\u0085'];

function spoil(r: Rng, text: string): string {
  const at = r.int(text.length + 1);
  return text.slice(0, at) + r.pick(UNSTORABLE) + text.slice(at);
}

/** A valid request with one lone surrogate or control character in one of its strings, keys included. */
function unstorable(r: Rng, v: PublishedVersion): string {
  const base = validRequest(v, r.next() < 0.5, { subjectId: `subject_${'a'.repeat(16)}` }) as Record<string, unknown>;
  const choices = base.choices as Record<string, boolean>;
  const field = r.pick(['subjectId', 'fingerprint', 'event', 'surface', 'locale', 'choice', 'mode key', 'mode value']);
  if (field === 'choice') {
    const key = r.pick(Object.keys(choices));
    const value = choices[key]!;
    delete choices[key];
    choices[spoil(r, key)] = value;
  } else if (field === 'mode key') base.consentMode = { [spoil(r, 'ad_storage')]: 'granted' };
  else if (field === 'mode value') base.consentMode = { ad_storage: spoil(r, 'granted') };
  else base[field] = spoil(r, String(base[field]));
  // JSON.stringify writes a lone surrogate as an escape (\ud800), which JSON.parse turns back into one.
  return JSON.stringify(base);
}

const CONTENT_TYPES = [
  'text/html',
  'text/plain; charset=iso-8859-1',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  'application/json; charset=iso-8859-1',
  '',
];

interface Case {
  body: string | Uint8Array;
  contentType: string;
}

function badCase(r: Rng, versions: PublishedVersion[]): Case {
  const v = r.pick(versions);
  const roll = r.next();
  if (roll < 0.08) {
    const contentType = r.pick(CONTENT_TYPES);
    // As bytes, which fetch sends without a Content-Type of its own (a string body would go as text/plain).
    return { body: Buffer.from(JSON.stringify(validRequest(v))), contentType };
  }
  if (roll < 0.12)
    return {
      body: JSON.stringify({ ...validRequest(v), pad: 'x'.repeat(16_400 + r.int(100_000)) }),
      contentType: 'application/json',
    };
  if (roll < 0.16)
    return { body: Buffer.from(Array.from({ length: r.int(300) }, () => r.int(256))), contentType: 'application/json' };
  if (roll < 0.22) return { body: JSON.stringify(randomJson(r)), contentType: 'application/json' };
  return { body: badBody(r, v), contentType: r.next() < 0.25 ? 'text/plain;charset=UTF-8' : 'application/json' };
}

async function expectErrorShape(res: Response, label: string) {
  const text = await res.text();
  expect(res.status, `${label}: ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(res.status, `${label}: ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(ErrorBody.safeParse(JSON.parse(text)).success, text).toBe(true);
}

afterAll(closeTestStores);

describe('fuzz: bad requests', () => {
  let versions: PublishedVersion[];
  beforeAll(async () => {
    versions = await aiPromoVersions();
  });

  it('answers 3,000 generated bad requests in-process with a 4xx error shape and stores nothing', async () => {
    const store = await openTestStore();
    const before = await store.count();
    const { app } = createConsentApp({ versions, store, rateLimit: false });
    const r = rng(20261129);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 3000; i++) {
      const c = badCase(r, versions);
      const headers: Record<string, string> = { origin: PUBLIC_ORIGIN };
      if (c.contentType) headers['content-type'] = c.contentType;
      const res = await app.request('http://aipromo.localhost:4000/v1/consents', {
        method: 'POST',
        headers,
        body: c.body as BodyInit,
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      await expectErrorShape(res, `case ${i}`);
    }
    // Every kind of refusal was exercised.
    expect([...statuses.keys()].sort()).toEqual([400, 409, 413, 415, 422]);
    expect(await store.count()).toBe(before);
    expect((await store.verify()).ok).toBe(true);
    await store.close();
  });

  describe('over a real socket', () => {
    let url: string;
    let close: () => Promise<void>;
    let store: Awaited<ReturnType<typeof openTestStore>>;
    afterAll(() => close());
    beforeAll(async () => {
      store = await openTestStore();
      // The listener `cookieproof serve` runs: receipts take its node:http fast path, the rest goes through Hono.
      const { listener } = createConsentApp({ versions, store, rateLimit: false });
      const server = createServer(listener);
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      close = async () => {
        await new Promise((done) => server.close(done));
        await store.close();
      };
    });

    it('answers 300 bad requests, oversized and chunked bodies included, with a 4xx error shape', async () => {
      const r = rng(7);
      for (let i = 0; i < 300; i++) {
        const c = badCase(r, versions);
        const res = await fetch(`${url}/v1/consents`, {
          method: 'POST',
          headers: c.contentType ? { 'content-type': c.contentType } : {},
          body: c.body as BodyInit,
        });
        await expectErrorShape(res, `socket case ${i}`);
      }
      // A body far over the limit, streamed without Content-Length, is refused without reading it all.
      let sent = 0;
      const huge = new ReadableStream({
        pull(controller) {
          sent += 65_536;
          if (sent > 64 * 1024 * 1024) controller.close();
          else controller.enqueue(new Uint8Array(65_536).fill(0x20));
        },
      });
      const res = await fetch(`${url}/v1/consents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: huge,
        duplex: 'half',
      } as RequestInit).catch((e: Error) => e);
      if (res instanceof Response) {
        expect(res.status).toBe(413);
        await expectErrorShape(res, 'streamed');
      }
      expect(sent).toBeLessThan(64 * 1024 * 1024);
      expect(await store.count()).toBe(0);
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
    });
  });
});

describe('fuzz: receipts the log cannot store among good ones', () => {
  it('answers each with 422, records every good one (JSON or text/plain) and the log verifies', async () => {
    const versions = await aiPromoVersions();
    const store = await openTestStore();
    const { app } = createConsentApp({ versions, store, rateLimit: false });
    const r = rng(11);
    const send = (body: string, contentType: string) =>
      app.request('http://aipromo.localhost:4000/v1/consents', {
        method: 'POST',
        headers: { 'content-type': contentType, origin: PUBLIC_ORIGIN },
        body,
      });
    const answers = await Promise.all(
      Array.from({ length: 600 }, async (_, i) => {
        const v = r.pick(versions);
        const good = i % 2 === 0;
        const body = good ? JSON.stringify(validRequest(v, r.next() < 0.5)) : unstorable(r, v);
        const res = await send(body, r.pick(['application/json', 'text/plain;charset=UTF-8', 'text/plain']));
        return { good, res };
      }),
    );
    for (const { good, res } of answers) {
      if (good) expect(res.status).toBe(201);
      else await expectErrorShape(res, 'unstorable');
    }
    expect(await store.verify()).toEqual({ ok: true, checked: 300, erased: 0 });
  });
});

describe('fuzz: a frozen database connection', () => {
  const reachable = postgresReachable();
  it.skipIf(!reachable && !process.env.CI)(
    'answers every generated request, good ones 503 with Retry-After, bad ones 4xx, and stores nothing meanwhile',
    { timeout: 120_000 },
    async () => {
      expect(reachable, 'PostgreSQL on 127.0.0.1:5432 is required in CI').toBe(true);
      const versions = await aiPromoVersions();
      const { server, proxy, stop } = await serverBehindProxy();
      try {
        proxy.freeze();
        const r = rng(5);
        const answers = await Promise.all(
          Array.from({ length: 60 }, async (_, i) => {
            const good = i % 2 === 0;
            const c = good
              ? { body: JSON.stringify(validRequest(r.pick(versions))), contentType: 'application/json' }
              : badCase(r, versions);
            const res = await fetch(`${server.url}/v1/consents`, {
              method: 'POST',
              headers: c.contentType ? { 'content-type': c.contentType } : {},
              body: c.body as BodyInit,
              // Far past the store's bounds: unanswered by then counts as never answered.
              signal: AbortSignal.timeout(40_000),
            });
            return { good, res };
          }),
        );
        for (const { good, res } of answers) {
          if (good) {
            expect(res.status).toBe(503);
            expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
          } else await expectErrorShape(res, 'bad while frozen');
        }
        proxy.thaw();
        await expect
          .poll(async () => (await fetch(`${server.url}/readyz`)).status, { timeout: 30_000, interval: 200 })
          .toBe(200);
        const verify = await (await fetch(`${server.url}/v1/audit/verify`, { headers: admin })).json();
        expect(verify).toEqual({ ok: true, checked: 0, erased: 0 });
      } finally {
        await stop();
      }
    },
  );
});

describe('fuzz: slow clients', () => {
  it('cuts off every generated slow or silent client, answering with the error shape, and serves others meanwhile', {
    timeout: 60_000,
  }, async () => {
    const versions = await aiPromoVersions();
    const dir = mkdtempSync(join(tmpdir(), 'cookieproof-slow-'));
    const server = await startServer({
      declarationFile: AI_PROMO_DECLARATION,
      port: 0,
      dataDir: dir,
      databaseUrl: '',
      rateLimit: false,
      handleSignals: false,
      logger: jsonLogger('error', () => {}),
    });
    const port = Number(new URL(server.url).port);
    const r = rng(3);
    const body = JSON.stringify(validRequest(versions.at(-1)!));
    const head = `POST /v1/consents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
    // What each client sends at once, and what it then sends a byte of every second, until it is cut off.
    const kinds: [string, () => [string, string]][] = [
      ['silent', () => ['', '']],
      ['slow headers', () => [head.slice(0, r.int(head.length - 4)), 'x']],
      ['slow body', () => [head + body.slice(0, r.int(body.length)), ' ']],
      ['headers, then silent', () => [head, '']],
      ['an answered receipt, then an idle keep-alive connection', () => [head + body, '']],
      ['garbage, slowly', () => [String.fromCharCode(...Array.from({ length: r.int(40) }, () => 33 + r.int(90))), '~']],
    ];
    try {
      const clients = await Promise.all(
        Array.from({ length: 60 }, async () => {
          const [kind, make] = r.pick(kinds);
          const [first, drip] = make();
          const c = await openRaw(port);
          if (first) c.socket.write(first);
          return { kind, c, drip };
        }),
      );
      const timer = setInterval(() => {
        for (const { c, drip } of clients) if (drip && !c.socket.destroyed) c.socket.write(drip);
      }, 1000);
      try {
        // Meanwhile the server answers everyone else.
        expect((await fetch(`${server.url}/livez`)).status).toBe(200);
        // Every client gets an answer before it is cut off: 408 for one that did not finish its request in time;
        // 400 for garbage the parser refused (408 when its bytes could still begin a request line) and for a body
        // whose dripped spaces completed its length before the timeout (no longer JSON).
        for (const { kind, c } of clients) {
          const raw = await c.closed;
          const status = parseRaw(raw).status;
          if (kind.startsWith('an answered')) expect(status, kind).toBe(201);
          else if (kind.startsWith('garbage') || kind === 'slow body') expect([400, 408], kind).toContain(status);
          else expect(status, kind).toBe(408);
          if (!kind.startsWith('an answered')) expect(expectJsonError(raw, status).error.code, kind).toBeTruthy();
        }
      } finally {
        clearInterval(timer);
      }
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
