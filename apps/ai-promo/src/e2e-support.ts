import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page, type Request } from 'playwright-core';
import { type RunningAiPromo, type StartOptions, startAiPromo } from './app.ts';
import { REGION_HEADER } from './config.ts';
import { serviceFetch } from './service-fetch.ts';

// What the end-to-end tests share: a real Chromium, the app started in-process on free ports with its own data
// folder, and observers that look only at what the browser itself holds and sends.

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const FREE_PORTS = { site: 0, analytics: 0, pay: 0, datahub: 0, id: 0 };

export interface Harness {
  app: RunningAiPromo;
  browser: Browser;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts the app; pass `shared` to reuse another harness's browser (one browser per test file). */
export async function startHarness(options: Partial<StartOptions> = {}, shared?: Browser): Promise<Harness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'aipromo-e2e-'));
  const [app, browser] = await Promise.all([
    startAiPromo({ dataDir, ports: FREE_PORTS, pullIntervalMs: 250, ...options }),
    shared ?? chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS }),
  ]);
  return {
    app,
    browser,
    dataDir,
    async close() {
      if (!shared) await browser.close();
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ContextOptions {
  gpc?: boolean;
  dntHeader?: boolean;
  dntProperty?: boolean;
  /** The visitor's region, e.g. "US-CA". */
  region?: string;
}

export async function newContext(h: Harness, o: ContextOptions = {}): Promise<BrowserContext> {
  const headers: Record<string, string> = {};
  if (o.gpc) headers['Sec-GPC'] = '1';
  if (o.dntHeader) headers.DNT = '1';
  // As the CDN in front of the site would set it (the consent server reads the region from this header).
  if (o.region) headers[REGION_HEADER] = o.region;
  const ctx = await h.browser.newContext({ extraHTTPHeaders: headers });
  // Chromium implements neither navigator.globalPrivacyControl nor DNT from the header (browser-notes §3).
  if (o.gpc)
    await ctx.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
    );
  if (o.dntProperty)
    await ctx.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1', configurable: true }),
    );
  return ctx;
}

/** A persistent profile whose Preferences block every cookie (browser-notes §3). */
export async function blockedCookiesContext(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'aipromo-blocked-'));
  await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'Default'), { recursive: true }));
  await writeFile(
    join(dir, 'Default', 'Preferences'),
    JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
  );
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Every request the browser makes, from every page of the context. */
export function recordRequests(ctx: BrowserContext): Request[] {
  const seen: Request[] = [];
  ctx.on('request', (r) => seen.push(r));
  return seen;
}

/** Console reports of Content-Security-Policy violations, from every page of the context. */
export function recordCspViolations(ctx: BrowserContext): string[] {
  const seen: string[] = [];
  ctx.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) seen.push(m.text());
  });
  return seen;
}

export const hostOf = (r: Request | string) => new URL(typeof r === 'string' ? r : r.url()).host;

export async function cookieNames(ctx: BrowserContext, origin?: string): Promise<string[]> {
  const all = await ctx.cookies(origin ? [origin] : undefined);
  return [...new Set(all.map((c) => c.name))].sort();
}

export async function storageKeys(page: Page): Promise<{ local: string[]; session: string[] }> {
  return page.evaluate(() => {
    const keys = (s: Storage) => Object.keys(s).sort();
    try {
      return { local: keys(localStorage), session: keys(sessionStorage) };
    } catch {
      return { local: [], session: [] };
    }
  });
}

export async function clickConsent(page: Page, action: 'accept-all' | 'reject-all'): Promise<void> {
  await page.locator(`[data-cookieproof="banner"] [data-cookieproof-action="${action}"]`).click();
  await page.locator('[data-cookieproof="banner"]').waitFor({ state: 'hidden' });
}

export async function signIn(page: Page, h: Harness): Promise<void> {
  await page.goto(`${h.app.urls.app}/sign-in`);
  await page.fill('#email', h.app.demoAccount.email);
  await page.fill('#password', h.app.demoAccount.password);
  await Promise.all([page.waitForURL(/\/dashboard/), page.click('[data-testid="sign-in-form"] button[type=submit]')]);
}

/** Signs in with Acme ID from the sign-in page, through the identity stand-in's own sign-in and consent screens. */
export async function signInWithAcme(page: Page, h: Harness): Promise<void> {
  await page.goto(`${h.app.urls.app}/sign-in`);
  await page.click('button:has-text("Sign in with Acme ID")');
  await page.waitForURL(`${h.app.urls.id}/authorize**`);
  await page.fill('#email', 'demo@acme.example');
  await page.fill('#password', 'acme-demo-password');
  await page.click('button:has-text("Sign in")');
  await page.click('button:has-text("Continue")');
  await page.waitForURL(`${h.app.urls.app}/dashboard`);
}

/** Receipts of a subject through the consent server's operator API, as an auditor would read them. */
export async function receiptsOf(h: Harness, subjectId: string): Promise<Record<string, unknown>[]> {
  const secrets = JSON.parse(await readFile(join(h.dataDir, 'dev-secrets.json'), 'utf8')) as { adminToken: string };
  const res = await serviceFetch(`${h.app.urls.site}/cookieproof/v1/subjects/${subjectId}/receipts`, {
    headers: { authorization: `Bearer ${secrets.adminToken}` },
  });
  if (res.status !== 200) throw new Error(`receipts: ${res.status} ${res.body}`);
  const body = res.json<{ receipts?: Record<string, unknown>[] } | Record<string, unknown>[]>();
  return Array.isArray(body) ? body : (body.receipts ?? []);
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.2 AA violations axe finds on the page. axe is injected inline: give the context `bypassCSP: true`. */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, AXE_TAGS);
}
