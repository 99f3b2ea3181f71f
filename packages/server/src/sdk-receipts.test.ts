import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  acceptedFingerprints,
  buildClientConfig,
  decodeConsent,
  type PublishedVersion,
  type Receipt,
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
let consentPort: number;
let consent: Server | null = null;
let context: BrowserContext | undefined;
const dir = mkdtempSync(join(tmpdir(), 'cookieproof-sdk-server-'));

let listener: ReturnType<typeof createConsentApp>['listener'];

async function up(): Promise<void> {
  if (consent) return;
  const server = consentHttpServer(listener);
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
  let page = '';
  site = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = files[url.pathname];
    res.writeHead(file || url.pathname === '/' ? 200 : 404, {
      'content-type': file ? 'text/javascript' : 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    // ?lang= gives the page another lang attribute, as sites write them.
    const lang = url.searchParams.get('lang');
    res.end(file ?? (url.pathname === '/' ? (lang ? page.replace('lang="en"', `lang="${lang}"`) : page) : 'not found'));
  });
  await new Promise<void>((ready) => site.listen(0, '127.0.0.1', ready));
  // Page and consent server on one host, two ports: cross-origin (CORS, credentials) but the same site, so the
  // server's answer also sets the consent cookie the SDK reads, as on a real deployment.
  siteOrigin = `http://aipromo.localhost:${(site.address() as AddressInfo).port}`;
  ({ listener } = createConsentApp({ versions, store, allowedOrigins: [siteOrigin], rateLimit: false }));
  consentPort = 0;
  await up();
  const config = {
    ...buildClientConfig(versions.at(-1)!.declaration, 'public', {
      accepts: acceptedFingerprints(versions),
      endpoint: `http://aipromo.localhost:${consentPort}`,
    }),
    // Its texts are in English and German; the declaration does not list its locales yet.
    locales: ['en', 'de'],
  };
  page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AI Promo</title>
<script type="application/json" id="cookieproof-config">${JSON.stringify(config).replaceAll('</', '<\\/')}</script>
<script src="/cookieproof.js"></script></head><body><main><h1>AI Promo</h1></main></body></html>`;
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
    // navigator.sendBeacon, whose body goes as text/plain;charset=UTF-8 (Playwright does not report it as a request).
    await p.goto('about:blank');
    await expect.poll(() => store.count(), { timeout: 20_000 }).toBe(before + 1);
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
});
