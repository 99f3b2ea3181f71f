import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { captureIo } from './test-io.ts';

// The snippet `cookieproof build` writes, pasted into a page served under a strict CSP (no inline script allowed):
// the banner shows, the Consent Mode default is the first dataLayer entry, and a gated tag runs only after consent.

let dir: string;
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cookieproof-snippet-'));
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const csp = { 'content-security-policy': "script-src 'self'; object-src 'none'; base-uri 'none'" };
    if (path === '/') {
      const snippet = readFileSync(join(dir, 'out/snippet.web.html'), 'utf8');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...csp });
      res.end(`<!doctype html><html lang="en"><head><title>Shop</title>
${snippet}<script type="text/plain" data-cookieproof-category="analytics" src="/track.js"></script>
</head><body><h1>Shop</h1></body></html>`);
    } else if (path === '/track.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end('window.tracked = true;');
    } else if (path.startsWith('/cookieproof/')) {
      try {
        const body = readFileSync(join(dir, 'out', path.slice('/cookieproof/'.length)));
        res.writeHead(200, { 'content-type': 'text/javascript', ...csp }).end(body);
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
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the build's snippet", () => {
  it('works under a CSP without unsafe-inline: banner, Consent Mode default first, gating until accept', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(e.violatedDirective));
    });
    await page.goto(`${origin}/`);
    await page.locator('[data-cookieproof="banner"]').waitFor();
    const first = await page.evaluate(() =>
      Array.from((window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer[0] ?? []),
    );
    expect(first.slice(0, 2)).toEqual(['consent', 'default']);
    expect(await page.evaluate(() => (window as unknown as { tracked?: boolean }).tracked)).toBeUndefined();
    await page.locator('[data-cookieproof-action="accept-all"]').first().click();
    await page.waitForFunction(() => (window as unknown as { tracked?: boolean }).tracked === true);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await page.close();
  });
});
