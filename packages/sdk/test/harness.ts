import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ClientConfig,
  type ClientTechnology,
  clientJurisdictions,
  type JurisdictionsConfig,
  matchSource,
} from '@cookieproof/schema';
import { type Browser, type BrowserContext, chromium, type LaunchOptions, type Page } from 'playwright-core';
import { buildSdk, type SdkBuild } from '../build/build-sdk.ts';
import type { CookieproofApi, UiAction } from '../src/core.ts';

declare global {
  interface Window {
    cookieproof: CookieproofApi;
    /** On a hostPage: the UI driven with a test-made Host. */
    ui: { show(action: UiAction): void; decisions: Record<string, boolean>[]; host: Record<string, unknown> };
  }
}

// Real fixtures for the SDK's browser tests: the built bundle, served with test pages and a stand-in third-party
// origin (tracker.localhost) from one node:http server on 127.0.0.1. Chromium resolves every *.localhost name to
// 127.0.0.1 by itself.

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
export const launchOptions: LaunchOptions = { executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS };

export function launch(): Promise<Browser> {
  return chromium.launch(launchOptions);
}

export const FP = 'c0ffee00'.repeat(8);
export const OLD_FP = 'abcdef01'.repeat(8);

/** A technology as `cookieproof build` writes it, with its matcher compiled by the schema's one rule. */
const tech = (t: Omit<ClientTechnology, 'match'>): ClientTechnology => ({ ...t, match: matchSource(t) });

/** The test config's Consent Mode types and the categories that grant them. */
export const CONSENT_TYPES_MAP: NonNullable<ClientConfig['consentMode']>['types'] = {
  ad_storage: ['marketing'],
  ad_user_data: ['marketing'],
  ad_personalization: ['marketing'],
  analytics_storage: ['analytics'],
  functionality_storage: ['preferences'],
  personalization_storage: ['preferences'],
  security_storage: ['essential'],
};

/**
 * A config like `cookieproof build` writes, with one category of every kind the SDK handles; its jurisdictions are
 * built from `jurisdictions` (none: opt-in everywhere) with the consent model, as the build does.
 */
export function testConfig(
  port: number,
  overrides: Partial<ClientConfig> = {},
  jurisdictions?: JurisdictionsConfig,
): ClientConfig {
  const tracker = `http://tracker.localhost:${port}`;
  const config: Omit<ClientConfig, 'jurisdictions'> & Partial<ClientConfig> = {
    v: 1,
    site: 'Test Site',
    surface: 'public',
    fingerprint: FP,
    accepts: [FP, OLD_FP],
    version: '2026.2',
    effectiveDate: '2026-11-15',
    policyUrl: '/cookie-policy',
    lifetimeDays: 182,
    defaultLocale: 'en',
    locales: ['en', 'de', 'ar', 'he'],
    signals: { gpc: 'record', dnt: 'record' },
    categories: [
      {
        id: 'essential',
        required: true,
        saleOrShare: false,
        title: { en: 'Essential', de: 'Notwendig' },
        description: { en: 'Needed for the site to work.', de: 'Für den Betrieb nötig.' },
        technologies: [
          tech({
            id: 'consent',
            kind: 'cookie',
            name: 'cookieproof_consent',
            provider: 'Test Site',
            duration: '182 days',
          }),
          tech({ id: 'session', kind: 'cookie', name: 'sess', provider: 'Test Site', duration: 'session' }),
        ],
      },
      {
        id: 'analytics',
        required: false,
        saleOrShare: false,
        title: { en: 'Analytics', de: 'Statistik' },
        description: { en: 'Counting visits.', de: 'Besuche zählen.' },
        technologies: [
          tech({ id: 'ga', kind: 'cookie', name: '_ga', provider: 'Tracker', duration: '13 months' }),
          tech({ id: 'ga-s', kind: 'cookie', pattern: '_ga_[A-Z0-9]+', provider: 'Tracker', duration: '13 months' }),
          tech({ id: 'pa', kind: 'localStorage', name: 'aip_pa_id', provider: 'Test Site', duration: '13 months' }),
          tech({ id: 'tag', kind: 'script', url: `${tracker}/t/analytics.js*`, provider: 'Tracker', duration: '' }),
          tech({ id: 'px', kind: 'pixel', url: `${tracker}/t/pixel.gif*`, provider: 'Tracker', duration: '' }),
        ],
      },
      {
        id: 'preferences',
        required: false,
        saleOrShare: false,
        title: { en: 'Preferences', de: 'Präferenzen' },
        description: { en: 'Remembering choices.', de: 'Entscheidungen merken.' },
        technologies: [
          tech({
            id: 'ws',
            kind: 'localStorage',
            name: 'aip_workspace',
            provider: 'Test Site',
            duration: 'persistent',
          }),
          tech({ id: 'ui', kind: 'sessionStorage', name: 'aip_ui', provider: 'Test Site', duration: 'session' }),
        ],
      },
      {
        id: 'marketing',
        required: false,
        saleOrShare: true,
        title: 'Marketing',
        description: 'Advertising.',
        technologies: [
          tech({ id: 'mk', kind: 'cookie', name: 'mk_id', provider: 'Ads Inc', duration: '90 days' }),
          tech({ id: 'ad', kind: 'iframe', url: `${tracker}/t/frame.html*`, provider: 'Ads Inc', duration: '' }),
        ],
      },
    ],
    consentMode: { waitForUpdate: 500, adsDataRedaction: false, urlPassthrough: false, types: CONSENT_TYPES_MAP },
    ...overrides,
  };
  return { jurisdictions: clientJurisdictions(jurisdictions, config.signals, config.categories), ...config };
}

export interface PageOptions {
  config?: ClientConfig;
  /** Extra markup in <head> after the SDK, and in <body>. */
  head?: string;
  body?: string;
  lang?: string;
  dir?: string;
  /** Load the config from this URL through data-config instead of inline JSON. */
  configUrl?: string;
  nonce?: string;
  /** The visitor's region as the operator's server renders it on <html data-cookieproof-region>. */
  region?: string;
}

/** A page wired like a real site: the SDK first in <head>, gated tags after it. */
export function page(port: number, o: PageOptions = {}): string {
  const tracker = `http://tracker.localhost:${port}`;
  const n = o.nonce ? ` nonce="${o.nonce}"` : '';
  const config = o.configUrl
    ? ''
    : `<script type="application/json" id="cookieproof-config">${JSON.stringify(o.config ?? testConfig(port)).replaceAll('</', '<\\/')}</script>`;
  return `<!doctype html>
<html lang="${o.lang ?? 'en'}"${o.dir ? ` dir="${o.dir}"` : ''}${o.region === undefined ? '' : ` data-cookieproof-region="${o.region}"`}><head><meta charset="utf-8"><title>Cookieproof test page</title>
${config}
<script src="/cookieproof.js"${n}${o.configUrl ? ` data-config="${o.configUrl}"` : ''}></script>
<script type="text/plain" data-cookieproof-category="analytics" src="${tracker}/t/analytics.js"${n}></script>
${o.head ?? ''}
</head><body><main><h1>Test page</h1><p>Some content worth reading.</p>
<form data-cookieproof-requires="essential" action="/signin" method="post"><label>Email <input name="email"></label> <button>Sign in</button></form>
<p><a href="#settings" data-cookieproof-action="preferences">Cookie settings</a></p>
<img data-cookieproof-src="${tracker}/t/pixel.gif" data-cookieproof-category="analytics" alt="">
<iframe data-cookieproof-src="${tracker}/t/frame.html" data-cookieproof-category="marketing" title="Advert"></iframe>
${o.body ?? ''}
</main></body></html>`;
}

export interface HostPageOptions {
  config?: ClientConfig;
  /** Host fields as JSON (choices, signals, honored, stored, regime), over a first visit's in the opt-in regime. */
  host?: Record<string, unknown>;
  /** What the page asks of the UI first, as the core would (default `banner`; null for nothing). */
  first?: UiAction | null;
  lang?: string;
  /** Extra markup in <head> and in <body>. */
  head?: string;
  body?: string;
}

/**
 * A page that drives the UI chunk on its own, with a Host the test makes (no core): `window.ui.show(action)` asks the
 * UI as the core would, `window.ui.decisions` lists what the UI decided. For UI behaviour the core does not drive yet.
 */
export function hostPage(port: number, o: HostPageOptions = {}): string {
  const config = JSON.stringify(o.config ?? testConfig(port)).replaceAll('</', '<\\/');
  const host = JSON.stringify({
    regime: 'opt-in',
    choices: {},
    signals: { gpc: null, dnt: null },
    honored: false,
    stored: null,
    ...o.host,
  }).replaceAll('</', '<\\/');
  return `<!doctype html>
<html lang="${o.lang ?? 'en'}"><head><meta charset="utf-8"><title>Cookieproof UI test page</title>
<script type="module">
const { show } = await import(new URL('/cookieproof-ui.js', location.href).href);
const decisions = [];
const host = { config: ${config}, queue: [], ...${host}, write() {} };
host.decide = (choices) => { decisions.push(choices); host.choices = choices; show(host, 'hide'); };
window.ui = { show: (action) => show(host, action), decisions, host };
${o.first === null ? '' : `show(host, ${JSON.stringify(o.first ?? 'banner')});`}
</script>
${o.head ?? ''}
</head><body><main><h1>UI test page</h1><p>Some content worth reading.</p>
<p><a href="#settings" id="settings">Cookie settings</a></p>
${o.body ?? ''}
</main></body></html>`;
}

interface Route {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface Site {
  port: number;
  origin: string;
  tracker: string;
  /** Every request the server saw, as host + path. */
  requests: string[];
  trackerHits(): string[];
  route(path: string, body: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

const TRACKER_FILES: Record<string, Route> = {
  '/t/analytics.js': {
    type: 'text/javascript',
    body: `window.analyticsRuns = (window.analyticsRuns || 0) + 1;
document.cookie = '_ga=GA1.1.123; path=/; max-age=3600';
document.cookie = '_ga_ABC123=GS1; path=/; max-age=3600';
localStorage.setItem('aip_pa_id', 'pa-1');
window.dataLayer = window.dataLayer || [];
(function () { dataLayer.push(arguments); })('config', 'G-TEST');`,
  },
  '/t/pixel.gif': { type: 'image/gif', body: 'GIF89a' },
  '/t/frame.html': { type: 'text/html', body: '<!doctype html><title>ad</title><p>ad</p>' },
};

/** Serves the built SDK, test pages and the tracker stand-in. */
export async function startSite(build: SdkBuild): Promise<Site> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const files: Record<string, Buffer> = {};
  for (const f of build.files) files[`/${basename(f.file)}`] = await readFile(f.file);
  for (const f of build.esm) files[`/esm/${basename(f.file)}`] = await readFile(f.file);
  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(`${host}${req.url}`);
    const file = files[path];
    const route = host.startsWith('tracker.') ? TRACKER_FILES[path] : routes.get(path);
    if (file) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(file);
    } else if (route) {
      res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers });
      res.end(route.body);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  const port = await listen(server, 0);
  return {
    port,
    origin: `http://site.localhost:${port}`,
    tracker: `http://tracker.localhost:${port}`,
    requests,
    trackerHits: () => requests.filter((r) => r.startsWith('tracker.')),
    route: (path, body, headers) => {
      routes.set(path, { body, type: path.endsWith('.json') ? 'application/json' : undefined, headers });
    },
    close: () => close(server),
  };
}

/**
 * A consent endpoint on 127.0.0.1 where nothing listens: the SDK's receipts are read off the browser's requests
 * (the real server's side is tested with the server, packages/server/src/sdk-receipts.test.ts).
 */
export async function unansweredEndpoint(): Promise<string> {
  const server = createServer();
  const port = await listen(server, 0);
  await close(server);
  return `http://127.0.0.1:${port}`;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
}

/** Builds the SDK into a fresh folder for one test file. */
export async function buildOnce(): Promise<{ build: SdkBuild; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'cookieproof-sdk-'));
  const build = await buildSdk(dir);
  return { build, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** Cookies (HttpOnly included) and storage keys as the browser holds them, not as the SDK reports them. */
export async function browserState(context: BrowserContext, url: string) {
  const cookies = (await context.cookies(url)).map((c) => c.name).sort();
  const p = context.pages()[0]!;
  const storage = await p.evaluate(() => ({
    local: Object.keys(localStorage).sort(),
    session: Object.keys(sessionStorage).sort(),
  }));
  return { cookies, ...storage };
}

let axeSource: Promise<string> | undefined;

/**
 * axe-core's WCAG 2.2 AA violations inside the element `selector` matches, in the page or in the UI's shadow root
 * (Playwright's selectors pierce open shadow roots), as one line each.
 */
export async function axe(p: Page, selector: string): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await p.addScriptTag({ content: await axeSource });
  return p.$eval(selector, async (el) => {
    const a = (window as unknown as { axe: { run: (c: Element, o: object) => Promise<{ violations: unknown[] }> } })
      .axe;
    const r = await a.run(el, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v) => {
      const x = v as { id: string; nodes: { html: string; failureSummary: string }[] };
      return `${x.id}: ${x.nodes.map((n) => `${n.html} ${n.failureSummary}`).join(' | ')}`;
    });
  });
}

/** The focused element's `selector` match (through shadow roots), as Playwright reads it: whether there is one. */
export function focusedWithin(p: Page, selector: string): Promise<boolean> {
  return p.evaluate((s) => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return !!a?.closest(s);
  }, selector);
}

/** Presses Tab until the focused element matches `selector`; fails if it never does. */
export async function tabTo(p: Page, selector: string, max = 25) {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    if (await focusedWithin(p, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Where the screenshot baselines are kept (committed). */
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

/**
 * The share of pixels of two PNGs whose colour differs by more than `threshold` in some channel, or 1 when their
 * sizes differ (compared in Chromium, a canvas each): antialiasing noise does not count, a changed layout does.
 */
export async function imageDiff(browser: Browser, a: Buffer, b: Buffer, threshold = 64): Promise<number> {
  const context = await browser.newContext();
  try {
    const p = await context.newPage();
    return await p.evaluate(
      async ([a, b, t]) => {
        const pixels = async (b64: string) => {
          const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
          const c = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
          c.drawImage(img, 0, 0);
          return c.getImageData(0, 0, img.width, img.height);
        };
        const [x, y] = await Promise.all([pixels(a), pixels(b)]);
        if (x.width !== y.width || x.height !== y.height) return 1;
        let off = 0;
        for (let i = 0; i < x.data.length; i += 4)
          for (let k = 0; k < 4; k++)
            if (Math.abs(x.data[i + k]! - y.data[i + k]!) > t) {
              off++;
              break;
            }
        return off / (x.width * x.height);
      },
      [a.toString('base64'), b.toString('base64'), threshold] as const,
    );
  } finally {
    await context.close();
  }
}

/**
 * `imageDiff` of a PNG and its baseline `test/screenshots/<name>.png`. With UPDATE_SCREENSHOTS=1, or when there is
 * no baseline yet, it writes the baseline and returns null (a missing baseline fails the test that expects a number).
 */
export async function screenshotDiff(browser: Browser, png: Buffer, name: string): Promise<number | null> {
  const file = join(SCREENSHOTS, `${name}.png`);
  const baseline = await readFile(file).catch(() => null);
  if (!baseline || process.env.UPDATE_SCREENSHOTS === '1') {
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(file, png);
    return null;
  }
  return imageDiff(browser, png, baseline);
}
