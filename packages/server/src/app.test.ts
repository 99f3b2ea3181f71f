import { randomUUID } from 'node:crypto';
import { policyPageHash, renderPolicyHtml } from '@cookieproof/policy';
import {
  CONSENT_COOKIE,
  CookieproofError,
  canonicalJson,
  decodeConsent,
  type PublishedVersion,
  ReceiptRequest,
} from '@cookieproof/schema';
import type { ConsentStore } from '@cookieproof/store';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsentAppOptions, createConsentApp } from './app.ts';
import {
  ADMIN_TOKEN,
  aiPromoVersions,
  closeListeners,
  closeTestStores,
  DASHBOARD_ORIGIN,
  listenerClient,
  memoryStore,
  openTestStore,
  openTestStoreFile,
  PUBLIC_ORIGIN,
  type Requester,
  validRequest,
} from './test-support.ts';

let versions: PublishedVersion[];
let current: PublishedVersion;
let previous: PublishedVersion;

beforeAll(async () => {
  versions = await aiPromoVersions();
  current = versions.at(-1)!;
  previous = versions[0]!;
});
afterAll(async () => {
  await closeListeners();
  await closeTestStores();
});

let shared: ConsentStore;
beforeAll(async () => {
  // One real SQLite store for the file: opening one is slow on a loaded machine; tests use their own subjects.
  shared = await openTestStore();
});

// The public endpoint has two ways in: Hono's route (in-process, Fetch runtimes) and the node:http listener's
// fast path (`cookieproof serve`). Its suites below run through both; the operator endpoints only have the first.
const TRANSPORTS = ['hono', 'node:http'] as const;
type Transport = (typeof TRANSPORTS)[number];

async function setupWith(transport: Transport, options: Partial<ConsentAppOptions> = {}, store?: ConsentStore) {
  const s = store ?? shared;
  const { app, listener } = createConsentApp({
    versions,
    store: s,
    adminToken: ADMIN_TOKEN,
    rateLimit: false,
    ...options,
  });
  const client: Requester = transport === 'hono' ? app : await listenerClient(listener);
  return { app: client, store: s, before: await s.count() };
}
const setup = (options: Partial<ConsentAppOptions> = {}, store?: ConsentStore) => setupWith('hono', options, store);

const SERVER = 'http://aipromo.localhost:4000';

function post(app: Requester, body: unknown, headers: HeadersInit = {}, url = `${SERVER}/v1/consents`) {
  const h = new Headers(headers);
  if (!h.has('content-type')) h.set('content-type', 'application/json');
  return app.request(url, {
    method: 'POST',
    headers: h,
    body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  });
}

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

for (const transport of TRANSPORTS) {
  const setup = (options: Partial<ConsentAppOptions> = {}, store?: ConsentStore) =>
    setupWith(transport, options, store);

  describe(`POST /v1/consents (${transport})`, () => {
    it('records a receipt and answers 201 with a server-issued subject id', async () => {
      const { app, store } = await setup();
      const res = await post(app, validRequest(current));
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(Object.keys(body).sort()).toEqual(['hash', 'receiptId', 'recordedAt', 'subjectId']);
      // A UUIDv7 (62 random bits after the time), accepted back as a subject id by the request schema.
      expect(body.subjectId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(ReceiptRequest.shape.subjectId.safeParse(body.subjectId).success).toBe(true);
      expect(Math.abs(Date.parse(body.recordedAt) - Date.now())).toBeLessThan(60_000);
      const [stored] = await store.receiptsOf(body.subjectId);
      expect(stored).toMatchObject({
        receiptId: body.receiptId,
        hash: body.hash,
        fingerprint: current.fingerprint,
        version: current.version,
        surface: 'public',
        choices: { essential: true, analytics: true, preferences: true },
        signals: { gpcHeader: false, dntHeader: false, gpc: null, dnt: null },
      });
    });

    it('issues a different subject id each time and keeps one the client sends', async () => {
      const { app, store } = await setup();
      const a = await (await post(app, validRequest(current))).json();
      const b = await (await post(app, validRequest(current))).json();
      expect(a.subjectId).not.toBe(b.subjectId);
      const again = await post(app, validRequest(current, false, { subjectId: a.subjectId, event: 'withdraw' }));
      expect(again.status).toBe(201);
      expect((await again.json()).subjectId).toBe(a.subjectId);
      const receipts = await store.receiptsOf(a.subjectId);
      expect(receipts.map((r) => r.event)).toEqual(['grant', 'withdraw']);
      expect(receipts[1]!.previousReceiptId).toBe(receipts[0]!.receiptId);
    });

    it("accepts a body sent as text/plain;charset=UTF-8, as navigator.sendBeacon sends the SDK's receipts", async () => {
      const { app, store } = await setup();
      for (const type of ['text/plain;charset=UTF-8', 'text/plain']) {
        const res = await post(app, JSON.stringify(validRequest(current)), {
          'content-type': type,
          origin: PUBLIC_ORIGIN,
        });
        expect(res.status, type).toBe(201);
        expect(res.headers.get('access-control-allow-origin')).toBe(PUBLIC_ORIGIN);
        expect(await store.receiptsOf((await res.json()).subjectId)).toHaveLength(1);
      }
      // The origin rule is the same whatever the content type.
      const foreign = await post(app, JSON.stringify(validRequest(current)), {
        'content-type': 'text/plain;charset=UTF-8',
        origin: 'http://evil.localhost:4000',
      });
      expect(foreign.status).toBe(403);
    });

    it('accepts a receipt for an earlier published version and labels it with that version', async () => {
      const { app, store } = await setup();
      expect(previous.fingerprint).not.toBe(current.fingerprint);
      const res = await post(app, validRequest(previous, false));
      expect(res.status).toBe(201);
      const [r] = await store.receiptsOf((await res.json()).subjectId);
      expect(r!.version).toBe(previous.version);
    });

    const refusals: [string, (v: PublishedVersion) => unknown, RegExp][] = [
      [
        'an undeclared category',
        (v) => ({ ...validRequest(v), choices: { ...validRequest(v).choices, marketing: false } }),
        /^choices\.marketing: not a declared category/,
      ],
      [
        'a missing category',
        (v) => {
          const { analytics: _a, ...choices } = validRequest(v).choices;
          return { ...validRequest(v), choices };
        },
        /^choices\.analytics: missing/,
      ],
      [
        'essential set to false',
        (v) => ({ ...validRequest(v), choices: { ...validRequest(v).choices, essential: false } }),
        /^choices\.essential: an essential category cannot be refused/,
      ],
      [
        'a client-sent time',
        (v) => ({ ...validRequest(v), recordedAt: new Date().toISOString() }),
        /^recordedAt: not an accepted field/,
      ],
      ['an undeclared surface', (v) => ({ ...validRequest(v), surface: 'admin' }), /^surface: not a declared surface/],
      ['a wrong event', (v) => ({ ...validRequest(v), event: 'maybe' }), /^event: /],
      ['a malformed subject id', (v) => ({ ...validRequest(v), subjectId: 'short' }), /^subjectId: /],
      [
        'a non-boolean choice',
        (v) => ({ ...validRequest(v), choices: { ...validRequest(v).choices, analytics: 'yes' } }),
        /^choices\.analytics: /,
      ],
      [
        'a wrong consent mode value',
        (v) => ({ ...validRequest(v), consentMode: { ad_storage: 'maybe' } }),
        /^consentMode\.ad_storage: /,
      ],
      ['a body that is not an object', () => [1, 2], /^\(body\): /],
      ['a locale with a lone surrogate', (v) => ({ ...validRequest(v), locale: 'en\ud800' }), /^locale: /],
      ['a locale with NUL', (v) => ({ ...validRequest(v), locale: 'en\u0000' }), /^locale: /],
      ['a locale that is not a language tag', (v) => ({ ...validRequest(v), locale: 'en GB' }), /^locale: /],
      ['a surface with NUL', (v) => ({ ...validRequest(v), surface: 'public\u0000' }), /^surface: /],
      [
        'a __proto__ key in choices',
        (v) => ({ ...validRequest(v), choices: { ...validRequest(v).choices, ['__proto__']: true } }),
        /^choices\.__proto__: not an accepted field/,
      ],
      [
        'a __proto__ key in consentMode',
        (v) => ({ ...validRequest(v), consentMode: { ['__proto__']: 'granted' } }),
        /^consentMode\.__proto__: not an accepted field/,
      ],
    ];
    it('answers a receipt for a version it has not loaded (deploy skew) as retryable: 409 with Retry-After', async () => {
      const { app, store, before } = await setup();
      const res = await post(app, { ...validRequest(current), fingerprint: 'a'.repeat(64) });
      expect(res.status).toBe(409);
      expect(res.headers.get('retry-after')).toBe('5');
      const body = await res.json();
      expect(body.error.code).toBe('unknown-version');
      expect(body.error.message).toMatch(/^fingerprint: /);
      expect(await store.count()).toBe(before);
    });

    for (const [what, make, message] of refusals) {
      it(`refuses ${what} with 422 naming the field`, async () => {
        const { app, store, before } = await setup();
        const res = await post(app, make(current));
        expect(res.status).toBe(422);
        const body = await res.json();
        expect(body.error.code).toBe('invalid-input');
        expect(body.error.message).toMatch(message);
        expect(Array.isArray(body.error.details)).toBe(true);
        expect(await store.count()).toBe(before);
      });
    }

    it('answers 400 for malformed JSON and invalid UTF-8, 415 for other content types, 413 when too large', async () => {
      const { app } = await setup({ maxBodyBytes: 1024 });
      const cases: [Response, number, string][] = [
        [await post(app, '{"fingerprint":'), 400, 'malformed-json'],
        [await post(app, new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), 400, 'malformed-json'],
        [await post(app, ''), 400, 'malformed-json'],
        [
          await post(app, JSON.stringify(validRequest(current)), { 'content-type': 'text/html' }),
          415,
          'unsupported-media-type',
        ],
        [
          await post(app, JSON.stringify(validRequest(current)), { 'content-type': 'text/plain; charset=utf-16' }),
          415,
          'unsupported-media-type',
        ],
        [await post(app, '{"fingerprint":', { 'content-type': 'text/plain;charset=UTF-8' }), 400, 'malformed-json'],
        [
          await post(app, JSON.stringify(validRequest(current)), {
            'content-type': 'application/json; charset=latin1',
          }),
          415,
          'unsupported-media-type',
        ],
        [await post(app, JSON.stringify({ pad: 'x'.repeat(2000) })), 413, 'payload-too-large'],
      ];
      for (const [res, status, code] of cases) {
        expect(res.status).toBe(status);
        expect((await res.json()).error.code).toBe(code);
      }
      // A streamed body without Content-Length is cut off at the limit too.
      const stream = new ReadableStream({
        pull(controller) {
          controller.enqueue(new TextEncoder().encode('x'.repeat(512)));
        },
      });
      const streamed = await app.request(`${SERVER}/v1/consents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
    });

    it('takes Sec-GPC only when exactly 1 (any of several headers), DNT only when 1', async () => {
      const { app, store } = await setup();
      const cases: [[string, string][], boolean, boolean][] = [
        [[], false, false],
        [[['sec-gpc', '1']], true, false],
        [[['sec-gpc', '0']], false, false],
        [[['sec-gpc', 'true']], false, false],
        [[['sec-gpc', '1,0']], false, false],
        [[['sec-gpc', '11']], false, false],
        [
          [
            ['sec-gpc', '0'],
            ['sec-gpc', '1'],
          ],
          true,
          false,
        ],
        [
          [
            ['sec-gpc', '1'],
            ['sec-gpc', 'x'],
          ],
          true,
          false,
        ],
        [[['dnt', '1']], false, true],
        [[['dnt', '0']], false, false],
        [
          [
            ['sec-gpc', '1'],
            ['dnt', '1'],
          ],
          true,
          true,
        ],
      ];
      for (const [pairs, gpc, dnt] of cases) {
        const headers = new Headers({ 'content-type': 'application/json' });
        for (const [k, v] of pairs) headers.append(k, v);
        const res = await post(app, validRequest(current, false, { signals: { gpc: true, dnt: null } }), headers);
        expect(res.status).toBe(201);
        const [r] = await store.receiptsOf((await res.json()).subjectId);
        expect({ pairs, gpc: r!.signals.gpcHeader, dnt: r!.signals.dntHeader }).toEqual({ pairs, gpc, dnt });
        expect(r!.signals.gpc).toBe(true);
      }
    });

    it('keeps only a coarse user agent and a truncated address', async () => {
      const { app, store } = await setup({ trustProxy: true });
      const res = await post(app, validRequest(current), {
        'user-agent':
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36',
        'x-forwarded-for': '10.9.9.9, 203.0.113.77',
      });
      const [r] = await store.receiptsOf((await res.json()).subjectId);
      expect(r!.userAgent).toBe('Chrome 131');
      expect(r!.ipPrefix).toBe('203.0.113.0/24');
    });
  });

  describe(`CORS and the consent cookie (${transport})`, () => {
    it('answers preflight only for declared surface origins, with credentials', async () => {
      const { app } = await setup();
      const preflight = (origin: string) =>
        app.request(`${SERVER}/v1/consents`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      for (const origin of [PUBLIC_ORIGIN, DASHBOARD_ORIGIN]) {
        const ok = await preflight(origin);
        expect(ok.status).toBe(204);
        expect(ok.headers.get('access-control-allow-origin')).toBe(origin);
        expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
        expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
      }
      const evil = await preflight('http://evil.localhost:4000');
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('lets a declared surface read refusals too', async () => {
      const { app } = await setup();
      const res = await post(app, { ...validRequest(current), surface: 'nope' }, { origin: PUBLIC_ORIGIN });
      expect(res.status).toBe(422);
      expect(res.headers.get('access-control-allow-origin')).toBe(PUBLIC_ORIGIN);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(res.headers.get('vary')).toContain('Origin');
    });

    it('refuses a POST from an undeclared origin with 403 and records nothing', async () => {
      const { app, store, before } = await setup();
      const res = await post(app, validRequest(current), { origin: 'http://evil.localhost:4000' });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden-origin');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(await store.count()).toBe(before);
    });

    it('sets the consent cookie for the whole site when the page is same-site', async () => {
      const { app } = await setup();
      const res = await post(
        app,
        validRequest(current, { analytics: true }),
        { origin: DASHBOARD_ORIGIN },
        'http://consent.aipromo.localhost:4000/v1/consents',
      );
      expect(res.status).toBe(201);
      expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD_ORIGIN);
      const body = await res.json();
      const cookie = res.headers.get('set-cookie')!;
      const attrs = cookie.split('; ');
      expect(attrs[0]!.startsWith(`${CONSENT_COOKIE}=`)).toBe(true);
      expect(attrs).toContain('SameSite=Lax');
      expect(attrs).toContain('Path=/');
      expect(attrs).toContain('Secure');
      expect(attrs).toContain('Domain=aipromo.localhost');
      expect(attrs).toContain(`Max-Age=${current.declaration.policy.consentLifetimeDays * 86_400}`);
      expect(attrs.some((a) => /^HttpOnly$/i.test(a))).toBe(false);
      expect(decodeConsent(attrs[0]!.slice(CONSENT_COOKIE.length + 1))).toEqual({
        subjectId: body.subjectId,
        fp: current.fingerprint.slice(0, 16),
        granted: ['analytics'],
        decidedAt: Math.floor(Date.parse(body.recordedAt) / 1000),
        pending: '',
      });
    });

    it("sets the cookie on the domain the site's surfaces share when the server shares the page's host, as the SDK does", async () => {
      const { app } = await setup();
      const res = await post(
        app,
        validRequest(current),
        { origin: DASHBOARD_ORIGIN },
        `${DASHBOARD_ORIGIN}/v1/consents`,
      );
      expect(res.status).toBe(201);
      const attrs = res.headers.get('set-cookie')!.split('; ');
      expect(attrs[0]!.startsWith(`${CONSENT_COOKIE}=`)).toBe(true);
      // The declaration's surfaces are aipromo.localhost and app.aipromo.localhost: one cookie for both.
      expect(attrs.filter((a) => a.startsWith('Domain='))).toEqual(['Domain=aipromo.localhost']);
    });

    it('sets no cookie when the consent server is on another site', async () => {
      const { app } = await setup();
      const res = await post(
        app,
        validRequest(current),
        { origin: PUBLIC_ORIGIN },
        'http://127.0.0.1:4100/v1/consents',
      );
      expect(res.status).toBe(201);
      expect(res.headers.get('set-cookie')).toBeNull();
    });

    it('marks the cookie Secure on https and leaves it off on plain http outside localhost', async () => {
      const { app } = await setup({ allowedOrigins: ['https://shop.example.com', 'http://shop.example.org'] });
      // The page's origin is https, which is enough; node:http is asked over plain http here.
      const https = await post(
        app,
        validRequest(current),
        { origin: 'https://shop.example.com' },
        `${transport === 'hono' ? 'https' : 'http'}://api.example.com/v1/consents`,
      );
      expect(https.headers.get('set-cookie')).toMatch(/; Domain=example\.com; Secure$/);
      const http = await post(
        app,
        validRequest(current),
        { origin: 'http://shop.example.org' },
        'http://shop.example.org/v1/consents',
      );
      // Same host as the page: host-only, and no Secure on plain http.
      expect(http.headers.get('set-cookie')).toMatch(/; SameSite=Lax$/);
    });
  });

  describe(`rate limit (${transport})`, () => {
    it('answers 429 with Retry-After once a client used its burst, other clients unaffected', async () => {
      const { app, store, before } = await setup({ rateLimit: { burst: 3, perSecond: 0.5 }, trustProxy: true });
      const from = (ip: string) => post(app, validRequest(current), { 'x-forwarded-for': ip });
      for (let i = 0; i < 3; i++) expect((await from('198.51.100.7')).status).toBe(201);
      const limited = await from('198.51.100.7');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await limited.json()).error.code).toBe('rate-limited');
      expect((await from('198.51.100.8')).status).toBe(201);
      expect(await store.count()).toBe(before + 4);
    });

    it('limits an IPv6 client on its /64, which one host can fill with addresses', async () => {
      const { app } = await setup({ rateLimit: { burst: 3, perSecond: 0.5 }, trustProxy: true });
      const from = (ip: string) => post(app, validRequest(current), { 'x-forwarded-for': ip });
      for (const ip of ['2001:db8:aa:1::1', '2001:db8:aa:1:ffff::2', '2001:db8:aa:1:1234:5678:9abc:def0'])
        expect((await from(ip)).status).toBe(201);
      expect((await from('2001:0db8:00aa:0001::99')).status).toBe(429);
      expect((await from('2001:db8:aa:2::1')).status).toBe(201);
    });
  });
}

describe('operator endpoints', () => {
  const paths = (id: string): [string, string][] => [
    ['GET', `/v1/subjects/${id}/receipts`],
    ['GET', `/v1/subjects/${id}/export`],
    ['DELETE', `/v1/subjects/${id}`],
    ['GET', '/v1/audit/verify'],
  ];

  it('answer 401 without or with a wrong token, the same for known and unknown subjects', async () => {
    const { app, store } = await setup();
    const known = (await (await post(app, validRequest(current))).json()).subjectId;
    const unknown = 'AAAAAAAAAAAAAAAAAAAAAA';
    const auths: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: ADMIN_TOKEN },
      { authorization: `Basic ${ADMIN_TOKEN}` },
    ];
    for (const auth of auths) {
      for (const [[method, a], [, b]] of paths(known).map((p, i) => [p, paths(unknown)[i]!] as const)) {
        const ra = await app.request(a, { method, headers: auth });
        const rb = await app.request(b, { method, headers: auth });
        expect(ra.status).toBe(401);
        expect(ra.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(await ra.text()).toBe(await rb.text());
      }
    }
    expect(await store.receiptsOf(known)).toHaveLength(1);
  });

  it('answer 401 to everyone when no token was configured', async () => {
    const { app } = await setup({ adminToken: undefined });
    const res = await app.request('/v1/audit/verify', { headers: { authorization: 'Bearer ' } });
    expect(res.status).toBe(401);
    expect((await app.request('/v1/audit/verify', { headers: admin })).status).toBe(401);
  });

  it('list, export, erase and verify', async () => {
    const { app, before } = await setup();
    const first = await (await post(app, validRequest(current, false), { 'sec-gpc': '1' })).json();
    const id = first.subjectId as string;
    await post(app, validRequest(previous, true, { subjectId: id }));
    await post(app, validRequest(current)); // someone else

    const list = await app.request(`/v1/subjects/${id}/receipts`, { headers: admin });
    expect(list.status).toBe(200);
    const { receipts } = await list.json();
    expect(receipts.map((r: { version: string }) => r.version)).toEqual([current.version, previous.version]);

    const exp = await app.request(`/v1/subjects/${id}/export`, { headers: admin });
    expect(exp.status).toBe(200);
    const bundle = await exp.json();
    expect(bundle.subjectId).toBe(id);
    expect(bundle.receipts).toHaveLength(2);
    expect(Object.keys(bundle.declarations).sort()).toEqual([current.fingerprint, previous.fingerprint].sort());
    const proof = bundle.declarations[current.fingerprint];
    expect(proof.version).toBe(current.version);
    // The hash of the page as published for that version, the same as `cookieproof build` writes.
    expect(proof.policySha256).toBe(policyPageHash(renderPolicyHtml([previous, current], { locale: 'en' })));
    expect(bundle.declarations[previous.fingerprint].policySha256).toBe(
      policyPageHash(renderPolicyHtml([previous], { locale: 'en' })),
    );
    expect(proof.policyHashOf).toBe('rendered-policy-html');
    expect(canonicalJson(proof.declaration)).toBe(canonicalJson(current.declaration));
    expect(bundle.chain.map((p: { receiptId: string }) => p.receiptId)).toEqual(
      receipts.map((r: { receiptId: string }) => r.receiptId),
    );
    for (const p of bundle.chain)
      expect(p.hash).toBe(receipts.find((r: { receiptId: string }) => r.receiptId === p.receiptId).hash);
    const [k0, k1] = bundle.kantara;
    expect(k0).toMatchObject({
      version: 'KI-CR-v1.1.0',
      consentReceiptID: first.receiptId,
      piiPrincipalId: id,
      policyUrl: current.declaration.policy.url,
      language: 'en',
      sensitive: false,
      spiCat: [],
    });
    expect(Number.isInteger(k0.consentTimestamp)).toBe(true);
    expect(k0.consentTimestamp).toBe(Math.floor(Date.parse(first.recordedAt) / 1000));
    expect(k0.piiControllers[0].piiController).toBe('AI Promo Services');
    // First receipt refused everything optional: only the essential purpose is listed as consented.
    expect(k0.services[0].purposes.map((p: { purposeCategory: string[] }) => p.purposeCategory[0])).toEqual([
      'essential',
    ]);
    const analytics = k1.services[0].purposes.find(
      (p: { purposeCategory: string[] }) => p.purposeCategory[0] === 'analytics',
    );
    expect(analytics).toMatchObject({ consentType: 'EXPLICIT', thirdPartyDisclosure: true });
    expect(analytics.thirdPartyName).toContain('Google Analytics');

    const del = await app.request(`/v1/subjects/${id}`, { method: 'DELETE', headers: admin });
    expect(del.status).toBe(200);
    expect(await del.json()).toEqual({ subjectId: id, erased: 2 });
    expect((await app.request(`/v1/subjects/${id}/receipts`, { headers: admin })).status).toBe(404);
    expect((await app.request(`/v1/subjects/${id}/export`, { headers: admin })).status).toBe(404);

    const verify = await app.request('/v1/audit/verify', { headers: admin });
    expect(verify.status).toBe(200);
    expect(await verify.json()).toMatchObject({ ok: true, checked: before + 3, erased: 2 });
  });

  it('serves no row written outside the chain, and verify names it and what it did not check', async () => {
    const { store, file } = await openTestStoreFile();
    const { app } = await setup({}, store);
    const first = await (await post(app, validRequest(current, false))).json();
    const id = first.subjectId as string;
    await post(app, validRequest(current, true, { subjectId: id }));
    // A copy of the subject's first row written straight into the file, past the chain head: only a write that
    // bypassed the store can put it there.
    const db = new Database(file);
    try {
      const row = db.prepare('select * from receipts where seq = 1').get() as Record<string, unknown>;
      const forged = { ...row, seq: 1000, receipt_id: randomUUID() };
      const columns = Object.keys(forged);
      db.prepare(`insert into receipts (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`).run(
        ...Object.values(forged),
      );
    } finally {
      db.close();
    }
    const { receipts } = await (await app.request(`/v1/subjects/${id}/receipts`, { headers: admin })).json();
    expect(receipts).toHaveLength(2);
    const bundle = await (await app.request(`/v1/subjects/${id}/export`, { headers: admin })).json();
    expect(bundle.receipts).toHaveLength(2);
    const verify = await (await app.request('/v1/audit/verify', { headers: admin })).json();
    expect(verify).toMatchObject({ ok: false, checked: 2, unchained: { count: 1, positions: [1000] } });
    expect(verify.broken.reason).toMatch(/position 1000, not in the chain/);
  });

  it('answer 404 for an unknown subject and 422 for a malformed id once authorised', async () => {
    const { app } = await setup();
    const unknown = await app.request('/v1/subjects/AAAAAAAAAAAAAAAAAAAAAA/receipts', { headers: admin });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('not-found');
    const bad = await app.request('/v1/subjects/bad!/receipts', { headers: admin });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.message).toMatch(/^id: /);
  });
});

describe('public resources', () => {
  it('serves gpc.json from the declaration', async () => {
    const { app } = await setup();
    const res = await app.request('/.well-known/gpc.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ gpc: false, lastUpdate: current.declaration.policy.effectiveDate });

    const withPolicy = (policy: Partial<PublishedVersion['declaration']['policy']>): PublishedVersion[] => [
      { ...current, declaration: { ...current.declaration, policy: { ...current.declaration.policy, ...policy } } },
    ];
    for (const policy of [
      { signals: { gpc: 'honor' as const, dnt: 'record' as const } },
      { sellsPersonalInformation: true },
      { sharesPersonalInformation: true },
    ]) {
      const { app: other } = createConsentApp({ versions: withPolicy(policy), store: memoryStore() });
      expect((await (await other.request('/.well-known/gpc.json')).json()).gpc).toBe(true);
    }
  });

  it('serves /healthz and OpenAPI built from the request schemas', async () => {
    const { app } = await setup();
    const health = await app.request('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', version: current.version });
    const doc = await (await app.request('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const req = doc.components.schemas.ReceiptRequest;
    expect(req.additionalProperties).toBe(false);
    expect(req.required).toEqual(
      expect.arrayContaining(['fingerprint', 'event', 'choices', 'surface', 'locale', 'signals']),
    );
    expect(req.properties.event.enum).toContain('withdraw');
    for (const path of [
      '/v1/consents',
      '/v1/subjects/{id}/receipts',
      '/v1/subjects/{id}/export',
      '/v1/subjects/{id}',
      '/v1/audit/verify',
      '/.well-known/gpc.json',
      '/healthz',
      '/readyz',
      '/livez',
      '/v1/scans',
      '/v1/scans/{id}',
    ])
      expect(doc.paths[path]).toBeDefined();
  });

  it('answers unknown routes and wrong methods with the error shape', async () => {
    const { app } = await setup();
    const missing = await app.request('/nope');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not-found');
    const wrong = await app.request('/v1/consents');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toContain('POST');
  });

  it('puts security headers on every response', async () => {
    const { app } = await setup();
    const responses = [
      await post(app, validRequest(current)),
      await post(app, {}),
      await app.request('/nope'),
      await app.request('/v1/audit/verify'),
      await app.request('/.well-known/gpc.json'),
      await post(app, 'x'.repeat(20_000)),
      await app.request(`${SERVER}/v1/consents`, {
        method: 'OPTIONS',
        headers: { origin: PUBLIC_ORIGIN, 'access-control-request-method': 'POST' },
      }),
    ];
    for (const res of responses) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toMatch(/^(no-store|public, max-age=3600)$/);
    }
  });
});

describe('storage unavailable', () => {
  it('answers 503 with Retry-After and recovers when the store does', async () => {
    const store = memoryStore();
    const { app } = await setup({}, store);
    store.failWith = new CookieproofError('unavailable', 'database connection lost');
    const res = await post(app, validRequest(current));
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await res.json()).error.code).toBe('unavailable');
    expect((await app.request('/healthz')).status).toBe(503);
    const notReady = await app.request('/readyz');
    expect(notReady.status).toBe(503);
    expect(Number(notReady.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await (await app.request('/livez')).json()).toEqual({ status: 'alive' });
    store.failWith = undefined;
    expect((await app.request('/healthz')).status).toBe(200);
    expect(await (await app.request('/readyz')).json()).toMatchObject({ status: 'ready', version: current.version });
    expect((await post(app, validRequest(current))).status).toBe(201);
  });

  it('answers 500 with the error shape for a store bug, never leaking its message', async () => {
    const store = memoryStore();
    const { app } = await setup({}, store);
    store.failWith = new Error('secret internals');
    const res = await post(app, validRequest(current));
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'internal', message: 'internal error' } });
  });
});
