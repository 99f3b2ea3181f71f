import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  acceptedFingerprints,
  buildClientConfig,
  type Declaration,
  decodeConsent,
  fingerprint,
  type PublishedVersion,
  type Receipt,
  visitorRegion,
} from '@cookieproof/schema';
import { buildSdk } from '@cookieproof/sdk/build';
import type { ConsentStore } from '@cookieproof/store';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createConsentApp } from './app.ts';
import { consentHttpServer } from './http-server.ts';
import { aiPromoVersions, closeTestStores, launchChromium, openTestStore } from './test-support.ts';

// The built SDK in real Chromium sending to the real consent server, every way it sends: fetch (with keepalive),
// the pagehide beacon (text/plain), retries while the server is down, and the next page sending what is still
// pending. What counts is what the server stored, never what the SDK says it did.

let versions: PublishedVersion[];
let store: ConsentStore;
let browser: Browser;
let site: Server;
let siteOrigin: string;
let dashboardOrigin: string;
let consentPort: number;
let consent: Server | null = null;
let context: BrowserContext | undefined;
const dir = mkdtempSync(join(tmpdir(), 'cookieproof-sdk-server-'));

let listener: ReturnType<typeof createConsentApp>['listener'];
const contentTypes: string[] = [];
/** A page of the jurisdictions variant, served at /regions, and the consent server that variant records with. */
let regionsPage = '';
let regional: { server: Server; version: PublishedVersion } | undefined;

async function up(): Promise<void> {
  if (consent) return;
  // Every POST's Content-Type, as it reached the server (Playwright does not report a beacon as a request).
  const server = consentHttpServer((req, res) => {
    if (req.method === 'POST') contentTypes.push(req.headers['content-type'] ?? '');
    listener(req, res);
  });
  await new Promise<void>((ready) => server.listen(consentPort, '127.0.0.1', ready));
  consentPort = (server.address() as AddressInfo).port;
  consent = server;
}

async function down(): Promise<void> {
  const server = consent;
  consent = null;
  if (!server) return;
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
}

beforeAll(async () => {
  versions = await aiPromoVersions();
  store = await openTestStore();
  const build = await buildSdk(dir);
  const files: Record<string, Buffer> = {};
  for (const f of build.files) files[`/${basename(f.file)}`] = readFileSync(f.file);
  const pages: Record<string, string> = {};
  site = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/regions') {
      // As an operator's server renders it: the region from the CDN's header, through the schema's normalizer.
      const region = visitorRegion(req.headers['cf-ipcountry'] as string | undefined) ?? '';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(regionsPage.replace('<html lang="en">', `<html lang="en" data-cookieproof-region="${region}">`));
      return;
    }
    const file = files[url.pathname];
    const page = pages[url.pathname];
    res.writeHead(file || page ? 200 : 404, {
      'content-type': file ? 'text/javascript' : 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    // ?lang= gives the page another lang attribute, as sites write them.
    const lang = url.searchParams.get('lang');
    res.end(file ?? (page ? (lang ? page.replace('lang="en"', `lang="${lang}"`) : page) : 'not found'));
  });
  await new Promise<void>((ready) => site.listen(0, '127.0.0.1', ready));
  // Page and consent server on one host, two ports: cross-origin (CORS, credentials) but the same site, so the
  // server's answer also sets the consent cookie the SDK reads, as on a real deployment.
  const sitePort = (site.address() as AddressInfo).port;
  siteOrigin = `http://aipromo.localhost:${sitePort}`;
  // AI Promo's dashboard: another surface on the same registrable domain, so it shares the visitor's one choice.
  dashboardOrigin = `http://app.aipromo.localhost:${sitePort}`;
  ({ listener } = createConsentApp({
    versions,
    store,
    allowedOrigins: [siteOrigin, dashboardOrigin],
    rateLimit: false,
  }));
  consentPort = 0;
  await up();
  for (const [path, surface] of [
    ['/', 'public'],
    ['/dashboard', 'dashboard'],
  ] as const) {
    const config = {
      ...buildClientConfig(versions.at(-1)!.declaration, surface, {
        accepts: acceptedFingerprints(versions),
        endpoint: `http://aipromo.localhost:${consentPort}`,
      }),
      // Its texts are in English and German; the declaration does not list its locales yet.
      locales: ['en', 'de'],
    };
    pages[path] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AI Promo</title>
<script type="application/json" id="cookieproof-config">${JSON.stringify(config).replaceAll('</', '<\\/')}</script>
<script src="/cookieproof.js"></script></head><body><main><h1>AI Promo</h1></main></body></html>`;
  }
  browser = await launchChromium();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
  await up();
});
afterAll(async () => {
  await browser?.close();
  await down();
  regional?.server.closeAllConnections();
  await new Promise((done) => (regional ? regional.server.close(done) : done(undefined)));
  site?.closeAllConnections();
  await new Promise((done) => site?.close(done));
  await closeTestStores();
  rmSync(dir, { recursive: true, force: true });
});

const banner = '[data-cookieproof="banner"]';
const click = (p: Page, action: string) => p.click(`${banner} [data-cookieproof-action="${action}"]`);

async function open(options: Parameters<Browser['newContext']>[0] = {}, path = '/'): Promise<Page> {
  context = await browser.newContext(options);
  const p = await context.newPage();
  await p.goto(siteOrigin + path);
  return p;
}

const cookie = async () =>
  decodeConsent((await context!.cookies(siteOrigin)).find((c) => c.name === 'cookieproof_consent')?.value);

/** The subject's receipts once the server has recorded `n` of them. */
async function recorded(n: number): Promise<Receipt[]> {
  await expect.poll(async () => (await cookie())?.subjectId, { timeout: 20_000 }).toMatch(/^[\w-]{16,64}$/);
  const subjectId = (await cookie())!.subjectId;
  await expect.poll(async () => (await store.receiptsOf(subjectId)).length, { timeout: 20_000 }).toBe(n);
  return store.receiptsOf(subjectId);
}

const current = () => versions.at(-1)!;

describe('the SDK and the consent server together', () => {
  it('fetch: records each decision as made, and later receipts carry the issued subject id and link back', async () => {
    const p = await open();
    await click(p, 'accept-all');
    const [grant] = await recorded(1);
    expect(grant).toMatchObject({
      event: 'grant',
      choices: { essential: true, analytics: true, preferences: true },
      fingerprint: current().fingerprint,
      version: current().version,
      surface: 'public',
      locale: 'en',
      signals: { gpcHeader: false, dntHeader: false, gpc: null, dnt: null },
      userAgent: expect.stringMatching(/^Chrome \d+$/),
      ipPrefix: '127.0.0.0/24',
      previousReceiptId: null,
    });
    await expect.poll(async () => (await cookie())?.pending).toBe('');
    await p.evaluate(() =>
      (window as unknown as { cookieproof: { set(c: object): void } }).cookieproof.set({ analytics: false }),
    );
    const [, withdraw] = await recorded(2);
    expect(withdraw).toMatchObject({
      event: 'withdraw',
      choices: { analytics: false },
      previousReceiptId: grant!.receiptId,
    });
    await p.evaluate(() => (window as unknown as { cookieproof: { rejectAll(): void } }).cookieproof.rejectAll());
    await p.evaluate(() =>
      (window as unknown as { cookieproof: { set(c: object): void } }).cookieproof.set({ preferences: true }),
    );
    const events = (await recorded(4)).map((r) => r.event);
    expect(events).toEqual(['grant', 'withdraw', 'withdraw', 'partial']);
    expect((await store.verify()).ok).toBe(true);
  });

  it('records GPC and DNT, from the headers and from the page', async () => {
    const p = await open({ extraHTTPHeaders: { 'Sec-GPC': '1', DNT: '1' } });
    await context!.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
      Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' });
    });
    await p.reload();
    await click(p, 'reject-all');
    const [r] = await recorded(1);
    expect(r).toMatchObject({ event: 'refuse', choices: { essential: true, analytics: false, preferences: false } });
    expect(r!.signals).toEqual({ gpcHeader: true, dntHeader: true, gpc: true, dnt: true });
  });

  for (const [lang, recordedAs] of [
    ['en_US', 'en'],
    ['de-AT', 'de'],
    ['EN', 'en'],
  ]) {
    it(`records the language the banner was shown in as the locale (page lang="${lang}": ${recordedAs})`, async () => {
      // A browser language the site does not declare, so the page's lang decides.
      const p = await open({ locale: 'fr-FR' }, `/?lang=${encodeURIComponent(lang!)}`);
      await click(p, 'accept-all');
      const [r] = await recorded(1);
      expect(r!.locale).toBe(recordedAs);
    });
  }

  it('keepalive: a decision made as the page is left is recorded once, and the next page has nothing to resend', async () => {
    const p = await open();
    const before = await store.count();
    const sent = p.waitForRequest((r) => r.url().endsWith('/v1/consents') && r.method() === 'POST');
    await click(p, 'accept-all');
    await sent;
    await p.goto('about:blank');
    await expect.poll(() => store.count(), { timeout: 20_000 }).toBe(before + 1);
    // The server's answer set the cookie without `pending`, even though the page that asked was gone.
    await expect.poll(async () => (await cookie())?.pending).toBe('');
    await p.goto(siteOrigin);
    await p.waitForLoadState('networkidle');
    expect(await store.count()).toBe(before + 1);
  });

  it('beacon: what is still queued when the page goes away arrives as text/plain and is recorded', async () => {
    await down();
    context = await browser.newContext();
    // A paused clock keeps the in-page retry from firing first, so only the beacon can deliver it.
    await context.clock.install();
    const p = await context.newPage();
    await p.goto(siteOrigin);
    await p.waitForSelector(banner);
    await context.clock.pauseAt(Date.now() + 60_000);
    const failed = p.waitForEvent('requestfailed', (r) => r.url().endsWith('/v1/consents'));
    await click(p, 'accept-all');
    await failed;
    expect((await cookie())!.pending).toBe('grant');
    const before = await store.count();
    await up();
    contentTypes.length = 0;
    // navigator.sendBeacon, whose body goes as text/plain;charset=UTF-8 (Playwright does not report it as a request).
    await p.goto('about:blank');
    await expect.poll(() => store.count(), { timeout: 20_000 }).toBe(before + 1);
    expect(contentTypes).toEqual(['text/plain;charset=UTF-8']);
    expect((await store.verify()).ok).toBe(true);
  });

  it('deploy skew: a receipt for a version the server has not loaded yet is kept and sent again after its reload', async () => {
    await down();
    const full = listener;
    // The server as it runs right after a deploy, before its reload: the page's version is not among its own.
    listener = createConsentApp({
      versions: versions.slice(0, -1),
      store,
      allowedOrigins: [siteOrigin],
      rateLimit: false,
    }).listener;
    await up();
    const p = await open();
    const refused = p.waitForResponse((r) => r.url().endsWith('/v1/consents') && r.status() === 409);
    await click(p, 'accept-all');
    await refused;
    expect((await cookie())!.pending).toBe('grant');
    // The reload.
    await down();
    listener = full;
    await up();
    const [grant] = await recorded(1);
    expect(grant).toMatchObject({ event: 'grant', fingerprint: current().fingerprint });
    await expect.poll(async () => (await cookie())?.pending).toBe('');
  });

  it('retry: queued while the server is down, delivered once it is back, in the page and by the next page', async () => {
    await down();
    const p = await open();
    const failed = p.waitForEvent('requestfailed', (r) => r.url().endsWith('/v1/consents'));
    await click(p, 'accept-all');
    await failed;
    expect((await cookie())!.pending).toBe('grant');
    await up();
    // Retried in the page with backoff.
    const [grant] = await recorded(1);
    expect(grant!.event).toBe('grant');
    await expect.poll(async () => (await cookie())?.pending).toBe('');

    // Down again: a withdrawal is kept in the cookie and sent by the next page.
    await down();
    const again = p.waitForEvent('requestfailed', (r) => r.url().endsWith('/v1/consents'));
    await p.evaluate(() => (window as unknown as { cookieproof: { rejectAll(): void } }).cookieproof.rejectAll());
    await again;
    expect((await cookie())!.pending).toBe('withdraw');
    await p.goto('about:blank');
    await up();
    await p.goto(siteOrigin);
    const [, withdraw] = await recorded(2);
    expect(withdraw).toMatchObject({
      event: 'withdraw',
      choices: { analytics: false },
      previousReceiptId: grant!.receiptId,
    });
    await expect.poll(async () => (await cookie())?.pending).toBe('');
  });

  it('surfaces of one registrable domain: asked once, each receipt names its surface, a withdrawal holds on all', async () => {
    const p = await open();
    await click(p, 'accept-all');
    const [grant] = await recorded(1);
    expect(grant).toMatchObject({ event: 'grant', surface: 'public', choices: { analytics: true } });

    await p.goto(`${dashboardOrigin}/dashboard`);
    await p.waitForFunction(() => window.cookieproof.status().ready);
    expect(await p.locator(banner).count()).toBe(0);
    expect(await p.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(true);
    await p.evaluate(() => window.cookieproof.set({ analytics: false }));
    const [, withdraw] = await recorded(2);
    expect(withdraw).toMatchObject({
      event: 'withdraw',
      surface: 'dashboard',
      choices: { analytics: false },
      previousReceiptId: grant!.receiptId,
    });

    await p.goto(siteOrigin);
    await p.waitForFunction(() => window.cookieproof.status().ready);
    expect(await p.locator(banner).count()).toBe(0);
    expect(await p.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(false);
    // One consent cookie, on the shared domain, written by the SDK and by the server's answers alike.
    const cookies = (await context!.cookies(siteOrigin)).filter((c) => c.name === 'cookieproof_consent');
    expect(cookies.map((c) => c.domain)).toEqual(['.aipromo.localhost']);
  });
});

describe('the SDK and the consent server agree on the jurisdiction', () => {
  const ANALYTICS = 'http://analytics.localhost:4001/gtag/js';

  beforeAll(async () => {
    // AI Promo's "practices changed" variant as the consent server knows it: EEA and UK opt-in, California opt-out
    // with analytics as sale/share, opt-in elsewhere, signals only recorded. The region comes from CF-IPCountry.
    const current = versions.at(-1)!;
    const d = current.declaration;
    const declaration = {
      ...d,
      policy: { ...d.policy, signals: { gpc: 'record', dnt: 'record' } },
      categories: { ...d.categories, analytics: { ...d.categories.analytics!, saleOrShare: true } },
      jurisdictions: {
        default: { regime: 'opt-in' },
        rules: {
          europe: { regions: ['EEA', 'UK'], regime: 'opt-in' },
          california: { regions: ['US-CA'], regime: 'opt-out' },
        },
      },
    } satisfies Declaration;
    const version: PublishedVersion = { ...current, declaration, fingerprint: fingerprint(declaration) };
    const app = createConsentApp({
      versions: [version],
      store,
      allowedOrigins: [siteOrigin],
      rateLimit: false,
      regionHeader: 'CF-IPCountry',
    });
    const server = consentHttpServer(app.listener);
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    regional = { server, version };
    const config = buildClientConfig(version.declaration, 'public', {
      endpoint: `http://aipromo.localhost:${(server.address() as AddressInfo).port}`,
    });
    regionsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AI Promo</title>
<script type="application/json" id="cookieproof-config">${JSON.stringify(config).replaceAll('</', '<\\/')}</script>
<script src="/cookieproof.js"></script>
<script type="text/plain" data-cookieproof-category="analytics" src="${ANALYTICS}?id=G-1"></script>
</head><body><main><h1>AI Promo</h1></main></body></html>`;
  });

  async function visit(region: string, gpc: boolean): Promise<{ page: Page; analytics: string[] }> {
    context = await browser.newContext(gpc ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {});
    // As the CDN in front of both the site and the consent server adds it (a header the page sets itself would
    // need CORS permission).
    await context.route(/aipromo\.localhost/, (route) =>
      route.continue({ headers: { ...route.request().headers(), 'cf-ipcountry': region } }),
    );
    if (gpc)
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
      );
    const analytics: string[] = [];
    context.on('request', (r) => {
      if (r.url().startsWith(ANALYTICS)) analytics.push(r.url());
    });
    const page = await context.newPage();
    await page.goto(`${siteOrigin}/regions`);
    return { page, analytics };
  }

  it('GPC in record mode: recorded only under the opt-in default; in California the sale/share tag never loads and the server records it off', async () => {
    const { page, analytics } = await visit('US', true);
    // CF-IPCountry gives the country only; a subdivision header would name the state. The page says "US" here, so
    // the opt-in default applies on both sides; California is below.
    await page.evaluate(() => (window as unknown as { cookieproof: { acceptAll(): void } }).cookieproof.acceptAll());
    const [us] = await recorded(1);
    expect(us!.jurisdiction).toMatchObject({ region: 'US', id: 'default', regime: 'opt-in', honored: [] });
    expect(us!.choices.analytics).toBe(true);
    await expect.poll(() => analytics.length).toBe(1);
    await context!.close();

    const ca = await visit('US-CA', true);
    await ca.page.evaluate(() => (window as unknown as { cookieproof: { acceptAll(): void } }).cookieproof.acceptAll());
    const [receipt] = await recorded(1);
    expect(receipt!.jurisdiction).toEqual({ region: 'US-CA', id: 'california', regime: 'opt-out', honored: ['gpc'] });
    expect(receipt!.choices.analytics).toBe(false);
    // What the SDK applied is what was recorded: the tag stayed away, before and after "accept all".
    expect(
      await ca.page.evaluate(
        () =>
          (
            window as unknown as { cookieproof: { getConsent(): { choices: Record<string, boolean> } } }
          ).cookieproof.getConsent().choices.analytics,
      ),
    ).toBe(false);
    await ca.page.waitForLoadState('networkidle');
    expect(ca.analytics).toEqual([]);
    expect((await cookie())!.granted).not.toContain('analytics');
  });

  it('California without a signal: the tag runs before any choice, as the opt-out regime says', async () => {
    const { page, analytics } = await visit('US-CA', false);
    await page.waitForLoadState('networkidle');
    expect(analytics).toHaveLength(1);
  });
});
