import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type StartedServer, startServer } from '@cookieproof/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { captureIo } from './test-io.ts';

// The one tag `cookieproof build` writes, pasted into a page served under a strict CSP (no inline script allowed):
// the banner shows, the Consent Mode default is in the dataLayer before the page's own gtag calls, a gated tag runs
// only after consent, and every SDK file the page loads is checked by its integrity hash: a changed UI or view
// chunk (the banner's strings in the visitor's language) is refused. Then the same with the SDK loaded from the
// consent server's origin (`serve --public`).

let dir: string;
let server: Server;
let consent: StartedServer;
let browser: Browser;
let origin: string;
/** Which SDK chunk the site answers with other bytes than built, for the tampering tests. */
let tamper: RegExp | undefined;
const ADMIN = 'snippet-test-token';

const page = (snippet: string) => `<!doctype html><html lang="en"><head><title>Shop</title>
${snippet}<script src="/gtag-config.js"></script>
<script type="text/plain" data-cookieproof-category="analytics" src="/track.js"></script>
</head><body><h1>Shop</h1></body></html>`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cookieproof-snippet-'));
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // The consent server's origin is allowed for the page that loads the SDK from there.
    const csp = {
      'content-security-policy': `script-src 'self'${path === '/remote' ? ` ${consent.url}` : ''}; object-src 'none'; base-uri 'none'`,
    };
    const js = { 'content-type': 'text/javascript' };
    if (path === '/' || path === '/remote') {
      const snippet = readFileSync(
        join(dir, path === '/' ? 'out/snippet.web.html' : 'remote/snippet.web.html'),
        'utf8',
      );
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...csp }).end(page(snippet));
    } else if (path === '/gtag-config.js') {
      res.writeHead(200, js).end(`window.dataLayer = window.dataLayer || [];
function gtag() { dataLayer.push(arguments); }
gtag('js', new Date());
gtag('config', 'G-TEST');`);
    } else if (path === '/track.js') {
      res.writeHead(200, js).end('window.tracked = true;');
    } else if (path.startsWith('/cookieproof/')) {
      try {
        const body = readFileSync(join(dir, 'out', path.slice('/cookieproof/'.length)));
        res.writeHead(200, js).end(tamper?.test(path) ? Buffer.concat([body, Buffer.from('\n;')]) : body);
      } catch {
        res.writeHead(404).end();
      }
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://shop.localhost:${(server.address() as AddressInfo).port}`;
  const c = captureIo(dir);
  expect(await main(['init'], c.io)).toBe(0);
  const yaml = readFileSync(join(dir, 'cookieproof.yaml'), 'utf8').replaceAll('https://www.example.com', origin);
  writeFileSync(join(dir, 'cookieproof.yaml'), yaml);
  expect(await main(['build', '--out', 'out'], c.io), c.stderr()).toBe(0);
  expect(await main(['build', '--out', 'remote'], c.io), c.stderr()).toBe(0);
  // The consent server serves the SDK files of its build output; built again once its URL is known, to say so in
  // the snippet (and to send receipts there), then reloaded.
  consent = await startServer({
    declarationFile: join(dir, 'cookieproof.yaml'),
    port: 0,
    dataDir: join(dir, 'data'),
    databaseUrl: '',
    adminToken: ADMIN,
    handleSignals: false,
    publicDir: join(dir, 'remote'),
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
  const remote = ['build', '--out', 'remote', '--base-url', `${consent.url}/`, '--endpoint', consent.url];
  expect(await main(remote, c.io), c.stderr()).toBe(0);
  await consent.reload();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
});
afterAll(async () => {
  await browser?.close();
  await consent?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh page that records CSP violations and failed integrity checks (Chromium says so on the console). */
async function open(path: string) {
  const p = await browser.newPage();
  const refused: string[] = [];
  let refusal!: (text: string) => void;
  const firstRefusal = new Promise<string>((resolve) => {
    refusal = resolve;
  });
  p.on('console', (m) => {
    if (!m.text().includes("Failed to find a valid digest in the 'integrity' attribute")) return;
    refused.push(m.text());
    refusal(m.text());
  });
  await p.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(e.violatedDirective));
  });
  await p.goto(`${origin}${path}`);
  return {
    page: p,
    violations: () => p.evaluate(() => (window as unknown as { violations: string[] }).violations),
    refused,
    firstRefusal,
  };
}

const dataLayer = (p: Page) =>
  p.evaluate(() =>
    (window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer.map((e) => Array.from(e).slice(0, 2)),
  );
const tracked = (p: Page) => p.evaluate(() => (window as unknown as { tracked?: boolean }).tracked);

describe("the build's one tag", () => {
  it("works under script-src 'self': banner, Consent Mode default before gtag, gating until accept", async () => {
    const { page: p, violations } = await open('/');
    await p.locator('[data-cookieproof="banner"]').waitFor();
    const entries = await dataLayer(p);
    expect(entries[0]).toEqual(['consent', 'default']);
    const js = entries.findIndex((e) => e[0] === 'js');
    expect(js).toBeGreaterThan(0);
    expect(entries.findIndex((e) => e[0] === 'config')).toBeGreaterThan(js);
    // The UI and the banner's view chunk in English came through module scripts that carry their integrity.
    const checked = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][integrity]')].map((s) =>
        s.src.replace(/.*\//, ''),
      ),
    );
    expect(checked.sort()).toEqual([
      expect.stringMatching(/^cookieproof-opt-in-en\.[0-9a-f]{12}\.js$/),
      expect.stringMatching(/^cookieproof-ui\.[0-9a-f]{12}\.js$/),
    ]);
    expect(await tracked(p)).toBeUndefined();
    await p.locator('[data-cookieproof-action="accept-all"]').first().click();
    await p.waitForFunction(() => (window as unknown as { tracked?: boolean }).tracked === true);
    expect(await violations()).toEqual([]);
    await p.close();
  });

  it.each([
    ['UI', /\/cookieproof-ui\./],
    ['view', /\/cookieproof-opt-in-en\./],
  ])('refuses a changed %s chunk: no banner, nothing gated runs', async (_which, chunk) => {
    tamper = chunk;
    try {
      const { page: p, firstRefusal } = await open('/');
      expect(await firstRefusal).toMatch(chunk);
      expect(await p.locator('[data-cookieproof="banner"]').count()).toBe(0);
      expect((await dataLayer(p))[0]).toEqual(['consent', 'default']);
      expect(await tracked(p)).toBeUndefined();
      await p.close();
    } finally {
      tamper = undefined;
    }
  });

  it("loads the SDK from the consent server's origin (serve --public), and the choice is recorded there", async () => {
    const snippet = readFileSync(join(dir, 'remote/snippet.web.html'), 'utf8');
    expect(snippet).toContain(`<script src="${consent.url}/sdk/cookieproof.web.`);
    const { page: p, violations, refused } = await open('/remote');
    await p.locator('[data-cookieproof="banner"]').waitFor();
    expect((await dataLayer(p))[0]).toEqual(['consent', 'default']);
    // The receipt is sent as soon as the visitor decides; wait for the server's answer to it.
    const recorded = p.waitForResponse((r) => r.url().startsWith(`${consent.url}/v1/consents`) && r.status() === 201);
    await p.locator('[data-cookieproof-action="accept-all"]').first().click();
    await p.waitForFunction(() => (window as unknown as { tracked?: boolean }).tracked === true);
    await recorded;
    const auth = { headers: { authorization: `Bearer ${ADMIN}` } };
    const verify = (await (await fetch(`${consent.url}/v1/audit/verify`, auth)).json()) as { checked: number };
    expect(verify.checked).toBeGreaterThanOrEqual(1);
    expect(await violations()).toEqual([]);
    expect(refused).toEqual([]);
    await p.close();
  });
});
