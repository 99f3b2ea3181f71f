import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG } from '../test/fixtures.ts';
import { App } from '../test/page/app.ts';

// React 19 in Chromium on a Vite-built page: the server renders the app with react-dom/server, the page hydrates
// it with the SDK created from the same config. Hydration must not mismatch, first visit or return. (The SDK's
// package must be built: the page imports it as an application would.)

let browser: Browser;
let server: Server;
let origin: string;
let out: string;
const sdkFiles = new URL('./', import.meta.resolve('@cookieproof/sdk/browser/esm/cookieproof.js'));

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8' };

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'cookieproof-react-'));
  await build({
    root: fileURLToPath(new URL('../test/page/', import.meta.url)),
    configFile: false,
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true },
  });
  const template = await readFile(join(out, 'index.html'), 'utf8');
  const html = template
    .replace(
      '<!--config-->',
      `<script type="application/json" id="cookieproof-config">${JSON.stringify(CONFIG).replaceAll('<', '\\u003c')}</script>`,
    )
    .replace('<!--app-->', renderToString(createElement(App)));
  server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    // The SDK's view chunks, which a bundler does not see: served as the package ships them, at `chunks`.
    const body =
      path === '/'
        ? html
        : await readFile(path.startsWith('/sdk/') ? new URL(path.slice(5), sdkFiles) : join(out, path)).catch(
            () => null,
          );
    res.writeHead(body === null ? 404 : 200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html']! });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  origin = `http://react.localhost:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
  await rm(out, { recursive: true, force: true });
});

async function load(p: Page, errors: string[]) {
  await p.goto(origin);
  await p.waitForFunction(() => (window as unknown as { hydrated?: boolean }).hydrated);
  errors.push(...(await p.evaluate(() => (window as unknown as { hydrationErrors: string[] }).hydrationErrors)));
}

describe('@cookieproof/react on a server-rendered page', () => {
  it('hydrates without a mismatch, gates until allowed, and keeps the choice on return', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await load(p, errors);
    await p.waitForSelector('[data-cookieproof="banner"]');
    expect(await p.locator('#fallback').count()).toBe(1);
    expect(await p.textContent('#status')).toBe('undecided');

    await p.evaluate(() => window.cookieproof.acceptAll());
    await p.waitForSelector('#video');
    expect(await p.locator('#fallback').count()).toBe(0);
    expect(await p.textContent('#status')).toBe('decided 2026.2');

    // Returning visitor: the server still renders the fallback; after hydration the stored choice shows the video.
    await load(p, errors);
    await p.waitForSelector('#video');
    expect(await p.locator('[data-cookieproof="banner"]').count()).toBe(0);

    await p.click('#settings');
    await p.waitForSelector('[data-cookieproof="preferences"]');
    expect(errors).toEqual([]);
    await context.close();
  });
});
