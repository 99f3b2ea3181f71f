import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  type ClientConfig,
  type ClientTechnology,
  clientJurisdictions,
  type JurisdictionsConfig,
  matchSource,
} from '@cookieproof/schema';
import { type Browser, type BrowserContext, chromium, type LaunchOptions } from 'playwright-core';
import { buildSdk, type SdkBuild } from '../build/build-sdk.ts';
import type { CookieproofApi } from '../src/core.ts';

declare global {
  interface Window {
    cookieproof: CookieproofApi;
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
