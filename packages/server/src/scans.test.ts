import type { ScanReport } from '@cookieproof/schema';
import type { ConsentStore } from '@cookieproof/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentApp } from './app.ts';
import { ADMIN_TOKEN, aiPromoVersions, closeTestStores, openTestStore } from './test-support.ts';

let store: ConsentStore;
let app: ReturnType<typeof createConsentApp>['app'];
beforeAll(async () => {
  store = await openTestStore();
  ({ app } = createConsentApp({
    versions: await aiPromoVersions(),
    store,
    adminToken: ADMIN_TOKEN,
    rateLimit: false,
    maxScanBytes: 64 * 1024,
  }));
});
afterAll(closeTestStores);

const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };

/** Typed as posted JSON: the report schema's own types know nothing of a newer scanner's extra fields. */
function report(n: number): ScanReport {
  const posted: unknown = {
    target: `https://site${n}.test/`,
    declaration: 'f'.repeat(64),
    startedAt: `2026-12-04T10:0${n}:00.000Z`,
    finishedAt: `2026-12-04T10:0${n}:30.000Z`,
    passes: [
      { consent: 'none', pages: ['https://site.test/', 'https://site.test/a'] },
      { consent: 'accept', pages: ['https://site.test/'] },
    ],
    findings: [
      {
        pass: 'none',
        kind: 'cookie',
        name: '_ga',
        origin: 'site.test',
        firstParty: true,
        page: 'https://site.test/',
        technologyId: null,
        category: null,
        surface: 'web',
      },
    ],
    violations: Array.from({ length: n }, () => ({
      rule: 'before-consent' as const,
      pass: 'none' as const,
      kind: 'cookie' as const,
      name: '_ga',
      origin: 'https://site.test',
      page: 'https://site.test/',
      message: 'set before consent',
    })),
    // Fields a newer scanner adds are kept: the report contract only grows.
    warnings: ['a field of a newer scanner'],
  };
  return posted as ScanReport;
}

const post = (body: string, headers: Record<string, string> = auth) =>
  app.request('/v1/scans', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('scan history (POST/GET /v1/scans)', () => {
  it('needs the operator token on every scan route', async () => {
    for (const res of [
      await post(JSON.stringify(report(0)), {}),
      await app.request('/v1/scans'),
      await app.request('/v1/scans/0190d3a0-0000-7000-8000-000000000000'),
    ]) {
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
    expect((await store.listScans({ limit: 10 })).scans).toEqual([]);
  });

  it('refuses what is not a report with a 4xx that says what to fix', async () => {
    const malformed = await post('{"target":');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('malformed-json');
    const wrong = await post(JSON.stringify({ ...report(0), violations: 'none', target: 7 }));
    expect(wrong.status).toBe(422);
    const { error } = await wrong.json();
    expect(error.code).toBe('invalid-input');
    expect(error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['target', 'violations']),
    );
    const large = await post(JSON.stringify({ ...report(0), padding: 'x'.repeat(70 * 1024) }));
    expect(large.status).toBe(413);
    expect((await large.json()).error.code).toBe('payload-too-large');
    const text = await post(JSON.stringify(report(0)), { ...auth, 'Content-Type': 'application/xml' });
    expect(text.status).toBe(415);
    expect((await store.listScans({ limit: 10 })).scans).toEqual([]);
  });

  it('stores reports, lists them newest first in pages, and serves each back', async () => {
    const stored = [];
    for (const n of [1, 2, 3]) {
      const res = await post(JSON.stringify(report(n)));
      expect(res.status).toBe(201);
      stored.push(await res.json());
    }
    expect(stored[1]).toMatchObject({
      url: 'https://site2.test/',
      startedAt: '2026-12-04T10:02:00.000Z',
      violations: 2,
      summary: {
        findings: 1,
        passes: [
          { consent: 'none', pages: 2 },
          { consent: 'accept', pages: 1 },
        ],
        violationsByRule: { 'before-consent': 2 },
      },
    });
    const first = await (await app.request('/v1/scans?limit=2', { headers: auth })).json();
    expect(first.scans.map((s: { url: string }) => s.url)).toEqual(['https://site3.test/', 'https://site2.test/']);
    const rest = await (await app.request(`/v1/scans?limit=2&before=${first.next}`, { headers: auth })).json();
    expect(rest).toEqual({ scans: [stored[0]], next: null });
    const one = await app.request(`/v1/scans/${stored[2].id}`, { headers: auth });
    expect(one.status).toBe(200);
    expect(await one.json()).toEqual(report(3));
  });

  it('answers a bad page query with 422 and an unknown id with 404', async () => {
    for (const q of ['limit=0', 'limit=101', 'limit=ten', 'before=42']) {
      const res = await app.request(`/v1/scans?${q}`, { headers: auth });
      expect(res.status, q).toBe(422);
      expect((await res.json()).error.code).toBe('invalid-input');
    }
    for (const id of ['0190d3a0-0000-7000-8000-000000000000', 'not-an-id']) {
      const res = await app.request(`/v1/scans/${id}`, { headers: auth });
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not-found');
    }
  });
});
