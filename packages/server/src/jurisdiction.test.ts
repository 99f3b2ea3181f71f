import { decodeConsent, type PublishedVersion } from '@cookieproof/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { createConsentApp } from './app.ts';
import {
  aiPromoVersions,
  closeListeners,
  listenerClient,
  memoryStore,
  PUBLIC_ORIGIN,
  validRequest,
} from './test-support.ts';

// Receipts record the jurisdiction applied, from the region header the operator names; in an opt-out regime a GPC
// signal is honored as an opt-out of the sale/share categories. AI Promo's declaration as its "practices changed"
// variant would declare it: EEA and UK opt-in, California opt-out with analytics as sale/share, opt-in elsewhere.

let version: PublishedVersion;
beforeAll(async () => {
  const current = (await aiPromoVersions()).at(-1)!;
  const d = current.declaration;
  version = {
    ...current,
    declaration: {
      ...d,
      categories: { ...d.categories, analytics: { ...d.categories.analytics!, saleOrShare: true } },
      jurisdictions: {
        default: { regime: 'notice' },
        rules: {
          europe: { regions: ['EEA', 'UK'], regime: 'opt-in' },
          california: { regions: ['US-CA'], regime: 'opt-out' },
        },
      },
    },
  };
  return closeListeners;
});

async function receiptFor(regionHeader: string | undefined, headers: Record<string, string>, gpc: boolean | null) {
  const store = memoryStore();
  const { app, listener } = createConsentApp({
    versions: [version],
    store,
    rateLimit: false,
    ...(regionHeader ? { regionHeader } : {}),
  });
  for (const client of [app, await listenerClient(listener)]) {
    const res = await client.request('http://aipromo.localhost:4000/v1/consents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PUBLIC_ORIGIN, ...headers },
      body: JSON.stringify(validRequest(version, true, { signals: { gpc, dnt: null } })),
    });
    expect(res.status).toBe(201);
    if (client !== app) {
      const cookie = res.headers.get('set-cookie')?.split(';')[0]?.split('=')[1];
      expect(decodeConsent(cookie)?.granted.includes('analytics')).toBe(store.rows.at(-1)!.choices.analytics);
    }
  }
  // Both ways in (Hono and the node:http fast path) record the same.
  const [a, b] = store.rows;
  expect(b!.jurisdiction).toEqual(a!.jurisdiction);
  expect(b!.choices).toEqual(a!.choices);
  return a!;
}

describe('receipts record the jurisdiction', () => {
  it.each([
    ['CF-IPCountry', { 'cf-ipcountry': 'DE' }, 'DE', 'europe', 'opt-in'],
    ['CF-IPCountry', { 'cf-ipcountry': 'GB' }, 'GB', 'europe', 'opt-in'],
    ['CF-IPCountry', { 'cf-ipcountry': 'JP' }, 'JP', 'default', 'notice'],
    ['CF-IPCountry', { 'cf-ipcountry': 'XX' }, null, 'unknown', 'opt-in'],
    [
      'CloudFront-Viewer-Country',
      { 'cloudfront-viewer-country': 'US', 'cloudfront-viewer-country-region': 'CA' },
      'US-CA',
      'california',
      'opt-out',
    ],
    ['CloudFront-Viewer-Country', { 'cloudfront-viewer-country': 'US' }, 'US', 'default', 'notice'],
    [
      'X-Vercel-IP-Country',
      { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA' },
      'US-CA',
      'california',
      'opt-out',
    ],
    ['X-Site-Region', { 'x-site-region': 'us-ca' }, 'US-CA', 'california', 'opt-out'],
  ])('%s %j → region %s, jurisdiction %s, regime %s', async (name, headers, region, id, regime) => {
    const r = await receiptFor(name, headers, null);
    expect(r.jurisdiction).toEqual({ region, id, regime, honored: [] });
    expect(r.choices.analytics).toBe(true);
  });

  it('without a region header every visitor is in an unknown region, under the strictest regime', async () => {
    const r = await receiptFor(undefined, { 'cf-ipcountry': 'US' }, null);
    expect(r.jurisdiction).toEqual({ region: null, id: 'unknown', regime: 'opt-in', honored: [] });
  });

  it('honors GPC in an opt-out regime: sale/share recorded off, the signal listed as honored', async () => {
    const headers = { 'cf-ipcountry': 'US-CA' };
    for (const [h, gpc] of [
      [{ 'sec-gpc': '1' }, null],
      [{}, true],
    ] as const) {
      const r = await receiptFor('CF-IPCountry', { ...headers, ...h }, gpc);
      expect(r.jurisdiction).toMatchObject({ id: 'california', regime: 'opt-out', honored: ['gpc'] });
      expect(r.choices).toMatchObject({ analytics: false, essential: true });
    }
  });

  it('keeps "record" behaviour for GPC in an opt-in regime', async () => {
    const r = await receiptFor('CF-IPCountry', { 'cf-ipcountry': 'FR', 'sec-gpc': '1' }, true);
    expect(r.jurisdiction).toMatchObject({ id: 'europe', honored: [] });
    expect(r.choices.analytics).toBe(true);
    expect(r.signals).toMatchObject({ gpcHeader: true, gpc: true });
  });

  it('says in gpc.json that GPC is honored where the opt-out regime applies', async () => {
    const { app } = createConsentApp({ versions: [version], store: memoryStore(), rateLimit: false });
    const res = await app.request('http://aipromo.localhost:4000/.well-known/gpc.json');
    expect(await res.json()).toEqual({ gpc: true, lastUpdate: version.declaration.policy.effectiveDate });
  });
});
