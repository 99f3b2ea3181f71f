import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { CookieproofError, canonicalJson, type PublishedVersion, type Receipt, sha256Hex } from '@cookieproof/schema';
import type { NewReceipt } from '@cookieproof/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentApp } from './app.ts';
import { consentHttpServer } from './http-server.ts';
import { aiPromoVersions, DASHBOARD_ORIGIN, memoryStore, PUBLIC_ORIGIN, validRequest } from './test-support.ts';

// The bytes POST /v1/consents answers, status line, every header in order and the body, for requests that take
// each way through the endpoint, compared with a file recorded from the implementation before the request path was
// made faster: a faster path must answer exactly the same. Only the Date header is masked, and the store issues
// predictable ids so that the bodies can be compared too.

type Mode = 'ok' | 'unavailable' | 'bug' | 'refused';

/** The ConsentStore's append with predictable output, or one of the ways a store fails. */
function predictableStore() {
  const store = memoryStore();
  let n = 0;
  const state = { mode: 'ok' as Mode };
  store.append = async (r: NewReceipt): Promise<Receipt> => {
    if (state.mode === 'unavailable') throw new CookieproofError('unavailable', 'database down (not for clients)');
    if (state.mode === 'bug') throw new Error('a store bug (not for clients)');
    if (state.mode === 'refused') throw new CookieproofError('invalid-input', 'locale: the log cannot store this');
    n++;
    const tail = String(n).padStart(12, '0');
    return {
      ...r,
      receiptId: `01900000-0000-7000-8000-${tail}`,
      subjectId: r.subjectId ?? `0190000000007000${tail}`,
      recordedAt: '2026-01-02T03:04:05.678Z',
      previousReceiptId: null,
      jurisdiction: r.jurisdiction ?? null,
      // What the endpoint handed the store shows in the answer, whatever the key order.
      hash: sha256Hex(canonicalJson(r)),
    };
  };
  return { store, state };
}

interface Case {
  name: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sent instead of the computed Content-Length (or none with null: chunked). */
  contentLength?: string | null;
  path?: string;
  mode?: Mode;
}

function cases(v: PublishedVersion, earlier: PublishedVersion): Case[] {
  const json = (value: unknown) => JSON.stringify(value);
  const good = validRequest(v);
  const refuse = validRequest(v, false);
  const ff = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0' };
  const type = { 'content-type': 'application/json' };
  const [firstCategory] = Object.keys(good.choices);
  const essential = Object.entries(v.declaration.categories).find(([, c]) => c.required)![0];
  return [
    { name: 'new visitor', headers: { ...type, ...ff }, body: json(good) },
    { name: 'refusal', headers: type, body: json(refuse) },
    { name: 'returning visitor', headers: type, body: json({ ...good, subjectId: 'abcdefghijklmnop_-0123456789' }) },
    {
      name: 'consent mode and signals',
      headers: { ...type, 'sec-gpc': '1', dnt: '1' },
      body: json({ ...good, consentMode: { analytics_storage: 'granted', ad_storage: 'denied' } }),
    },
    { name: 'earlier version', headers: type, body: json(validRequest(earlier)) },
    { name: 'query string', path: '/v1/consents?x=1', headers: type, body: json(good) },
    { name: 'text/plain beacon', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: json(good) },
    { name: 'chunked body', headers: type, body: json(good), contentLength: null },
    { name: 'public origin', headers: { ...type, origin: PUBLIC_ORIGIN }, body: json(good) },
    { name: 'dashboard origin', headers: { ...type, origin: DASHBOARD_ORIGIN }, body: json(good) },
    {
      name: 'origin on another host of the site',
      headers: { ...type, origin: PUBLIC_ORIGIN, host: 'consent.aipromo.localhost:4000' },
      body: json(good),
    },
    {
      name: 'origin on another site',
      headers: { ...type, origin: PUBLIC_ORIGIN, host: 'consent.example.com' },
      body: json(good),
    },
    { name: 'undeclared origin', headers: { ...type, origin: 'https://evil.example' }, body: json(good) },
    { name: 'other content type', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' },
    { name: 'no content type', body: json(good) },
    { name: 'latin-1 charset', headers: { 'content-type': 'application/json; charset=latin1' }, body: json(good) },
    { name: 'declared too large', headers: type, body: '{}', contentLength: '100000' },
    { name: 'too large', headers: type, body: `{"x":"${'a'.repeat(20_000)}"}` },
    { name: 'malformed JSON', headers: type, body: '{"fingerprint":' },
    { name: 'invalid UTF-8', headers: type, body: Buffer.from([0x7b, 0xff, 0x7d]) },
    { name: 'empty body', headers: type, body: '' },
    { name: 'not an object', headers: type, body: '[1,2]' },
    { name: 'unknown field', headers: type, body: json({ ...good, recordedAt: 'now' }) },
    {
      name: 'proto key in choices',
      headers: type,
      body: json(good).replace('"choices":{', '"choices":{"__proto__":true,'),
    },
    { name: 'bad locale', headers: type, body: json({ ...good, locale: 'en_US' }) },
    { name: 'lone surrogate', headers: type, body: json({ ...good, locale: 'en\ud800' }) },
    { name: 'bad subject id', headers: type, body: json({ ...good, subjectId: 'short' }) },
    { name: 'unknown fingerprint', headers: type, body: json({ ...good, fingerprint: 'f'.repeat(64) }) },
    { name: 'undeclared surface', headers: type, body: json({ ...good, surface: 'checkout' }) },
    {
      name: 'undeclared category',
      headers: type,
      body: json({ ...good, choices: { ...good.choices, extra: true } }),
    },
    {
      name: 'missing category',
      headers: type,
      body: json({ ...good, choices: Object.fromEntries(Object.entries(good.choices).slice(1)) }),
    },
    {
      name: 'essential refused',
      headers: type,
      body: json({ ...good, choices: { ...good.choices, [essential]: false } }),
    },
    {
      name: 'choice not boolean',
      headers: type,
      body: json({ ...good, choices: { ...good.choices, [firstCategory!]: 1 } }),
    },
    { name: 'several problems', headers: type, body: json({ event: 'maybe', signals: {}, locale: 7 }) },
    { name: 'storage unavailable', headers: { ...type, origin: PUBLIC_ORIGIN }, body: json(good), mode: 'unavailable' },
    { name: 'store bug', headers: type, body: json(good), mode: 'bug' },
    { name: 'refused by the store', headers: type, body: json(good), mode: 'refused' },
  ];
}

/** One request on a fresh connection; the answer's bytes once it is complete (or the server closed). */
function exchange(port: number, c: Case): Promise<string> {
  const body = c.body === undefined ? Buffer.alloc(0) : Buffer.from(c.body);
  const headers: Record<string, string> = { host: 'aipromo.localhost:4000', ...c.headers };
  if (c.contentLength === null) headers['transfer-encoding'] = 'chunked';
  else headers['content-length'] = c.contentLength ?? String(body.length);
  const head = `POST ${c.path ?? '/v1/consents'} HTTP/1.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
  const payload =
    c.contentLength === null
      ? Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')])
      : body;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: (\d+)/i.exec(text.slice(0, end));
      if (end >= 0 && length && text.length - end - 4 >= Number(length[1])) done();
    });
    socket.on('close', done);
    socket.on('error', reject);
    socket.write(head);
    socket.end(payload);
  });
}

const masked = (raw: string) => raw.replace(/\r\nDate: [^\r]+/, '\r\nDate: (masked)');

describe('POST /v1/consents answers byte for byte as recorded', () => {
  let versions: PublishedVersion[];
  const servers: Server[] = [];
  const listen = async (listener: RequestListener, viaConsentServer: boolean) => {
    const server = viaConsentServer ? consentHttpServer(listener) : createServer(listener);
    servers.push(server);
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    return (server.address() as AddressInfo).port;
  };
  beforeAll(async () => {
    versions = await aiPromoVersions();
  });
  afterAll(async () => {
    for (const s of servers) s.closeAllConnections();
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  });

  it('on the node:http listener, as `cookieproof serve` runs it', async () => {
    const { store, state } = predictableStore();
    const { listener } = createConsentApp({ versions, store, rateLimit: false });
    const port = await listen(listener, true);
    const out: string[] = [];
    for (const c of cases(versions.at(-1)!, versions[0]!)) {
      state.mode = c.mode ?? 'ok';
      out.push(`### ${c.name}\n${masked(await exchange(port, c))}\n`);
    }
    await expect(out.join('\n')).toMatchFileSnapshot('./fixtures/consent-wire.node.txt');
  });

  it('through the Hono app, for Fetch-style runtimes', async () => {
    const { store, state } = predictableStore();
    const { app } = createConsentApp({ versions, store, rateLimit: false });
    const out: string[] = [];
    for (const c of cases(versions.at(-1)!, versions[0]!)) {
      if (c.contentLength === null || c.contentLength) continue;
      state.mode = c.mode ?? 'ok';
      const res = await app.request(`http://aipromo.localhost:4000${c.path ?? '/v1/consents'}`, {
        method: 'POST',
        headers: c.headers,
        body: c.body === undefined ? undefined : new Uint8Array(Buffer.from(c.body)),
      });
      const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
      out.push(`### ${c.name}\n${res.status}\n${headers}\n\n${await res.text()}\n`);
    }
    await expect(out.join('\n')).toMatchFileSnapshot('./fixtures/consent-wire.fetch.txt');
  });

  it('with the rate limit on: the request past the burst', async () => {
    const { store } = predictableStore();
    const { listener } = createConsentApp({ versions, store, rateLimit: { burst: 1, perSecond: 0.001 } });
    const port = await listen(listener, false);
    const c: Case = {
      name: 'rate limited',
      headers: { 'content-type': 'application/json', origin: PUBLIC_ORIGIN },
      body: JSON.stringify(validRequest(versions.at(-1)!)),
    };
    const first = masked(await exchange(port, c));
    const second = masked(await exchange(port, c));
    await expect(`### first\n${first}\n\n### second\n${second}\n`).toMatchFileSnapshot(
      './fixtures/consent-wire.rate-limited.txt',
    );
  });
});
