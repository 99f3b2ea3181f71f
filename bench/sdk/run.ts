// Cookieproof's browser SDK against vanilla-cookieconsent 3.1.0 (the most used open-source banner), on the same
// test page in headless Chromium: bytes shipped (gzip), time from navigation start to banner visible, main-thread
// time (CDP Performance metrics) and layout shift, median over several alternating runs. Prints ratios.
//
//   node --import tsx bench/sdk/run.ts [runs]

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSdk } from '@cookieproof/sdk/build';
import { chromium } from 'playwright-core';

const RUNS = Number(process.argv[2] ?? 9);
const require = createRequire(import.meta.url);
const ccDir = dirname(require.resolve('vanilla-cookieconsent/dist/cookieconsent.umd.js'));

const sdk = await buildSdk();
const files: Record<string, Buffer> = {
  // The core, the UI and its chunks (views and locales).
  ...Object.fromEntries(
    await Promise.all(sdk.files.map(async (f) => [`/${basename(f.file)}`, await readFile(f.file)])),
  ),
  '/cc/cookieconsent.umd.js': await readFile(join(ccDir, 'cookieconsent.umd.js')),
  '/cc/cookieconsent.css': await readFile(join(ccDir, 'cookieconsent.css')),
};

const categories = [
  ['essential', 'Essential', 'Needed for the site to work.', true],
  ['analytics', 'Analytics', 'Counting visits and page views.', false],
  ['preferences', 'Preferences', 'Remembering choices you made.', false],
  ['marketing', 'Marketing', 'Advertising measurement.', false],
] as const;

const cookieproofConfig = {
  v: 1,
  site: 'Bench',
  surface: 'public',
  fingerprint: 'ab'.repeat(32),
  accepts: ['ab'.repeat(32)],
  version: '1',
  effectiveDate: '2026-11-15',
  policyUrl: '/cookie-policy',
  lifetimeDays: 182,
  defaultLocale: 'en',
  signals: { gpc: 'record', dnt: 'record' },
  categories: categories.map(([id, title, description, required]) => ({
    id,
    required,
    saleOrShare: false,
    title,
    description,
    consentTypes: [],
    technologies: [{ id: `${id}-c`, kind: 'cookie', name: `${id}_id`, provider: 'Bench', duration: '1 year' }],
  })),
  consentMode: null,
};

// The same banner content for vanilla-cookieconsent, in its own configuration format.
const ccInit = `CookieConsent.run({
  guiOptions: { consentModal: { layout: 'bar', position: 'bottom' } },
  categories: { essential: { enabled: true, readOnly: true }, analytics: {}, preferences: {}, marketing: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'Your privacy choices', description: 'We use essential cookies to run this site. With your consent we also use optional cookies and similar technologies. You can change your choice at any time.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Preferences' },
    preferencesModal: { title: 'Cookie preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save choices', sections: ${JSON.stringify(
      categories.map(([id, title, description]) => ({ title, description, linkedCategory: id })),
    )} }
  } } }
});`;
files['/cc/init.js'] = Buffer.from(ccInit);

const body = `<main><h1>Bench page</h1>${'<p>Some content worth reading, repeated to give the page a body.</p>'.repeat(20)}
<script type="text/plain" data-cookieproof-category="analytics" data-category="analytics">window.ran = 1;</script></main>`;
const pages: Record<string, string> = {
  '/cookieproof': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title>
<script type="application/json" id="cookieproof-config">${JSON.stringify(cookieproofConfig)}</script>
<script src="/cookieproof.js"></script></head><body>${body}</body></html>`,
  '/vanilla': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title>
<link rel="stylesheet" href="/cc/cookieconsent.css"><script src="/cc/cookieconsent.umd.js"></script>
<script src="/cc/init.js" defer></script></head><body>${body}</body></html>`,
  '/none': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body>${body}</body></html>`,
};

const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0]!;
  const file = files[path];
  const html = pages[path];
  if (file) {
    // Served gzip-compressed, as a CDN would, so that transfer sizes are what visitors download.
    res.writeHead(200, {
      'content-type': path.endsWith('.css') ? 'text/css' : 'text/javascript',
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    res.end(gzipSync(file, { level: 9 }));
  } else if (html) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  } else {
    res.writeHead(404);
    res.end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync'],
});

const BANNER = { cookieproof: '[data-cookieproof="banner"]', vanilla: '#cc-main .cm', none: '' } as const;
type Variant = keyof typeof BANNER;

interface Sample {
  bytes: number;
  visibleMs: number;
  mainThreadMs: number;
  cls: number;
}

async function measure(variant: Variant): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  await context.addInitScript(`(() => {
    // vanilla-cookieconsent hides from automation (navigator.webdriver); visitors see it, so the bench must too.
    Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false });
    const selector = ${JSON.stringify(BANNER[variant])};
    window.cls = 0;
    window.visibleAt = -1;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const check = () => {
      const el = selector ? document.querySelector(selector) : document.body;
      const r = el && el.getBoundingClientRect();
      // Rendered and not hidden; entrance animations (both banners have one) are not counted.
      if (el && r.height > 0 && getComputedStyle(el).visibility !== 'hidden') {
        window.visibleAt = performance.now();
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let bytes = 0;
  page.on('response', async (r) => {
    if (!r.url().endsWith('.js') && !r.url().endsWith('.css')) return;
    const size = await r.request().sizes();
    bytes += size.responseBodySize;
  });
  await page.goto(`${origin}/${variant}`);
  await page.waitForFunction('window.visibleAt >= 0');
  await page.waitForTimeout(400);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const result = (await page.evaluate('({ visibleMs: window.visibleAt, cls: window.cls })')) as {
    visibleMs: number;
    cls: number;
  };
  await context.close();
  return { bytes, mainThreadMs: metric('TaskDuration') * 1000, ...result };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const samples: Record<Variant, Sample[]> = { cookieproof: [], vanilla: [], none: [] };
await measure('cookieproof');
await measure('vanilla');
for (let i = 0; i < RUNS; i++)
  for (const v of ['none', 'cookieproof', 'vanilla'] as const) samples[v].push(await measure(v));
await browser.close();
server.close();

const summary = Object.fromEntries(
  (Object.keys(samples) as Variant[]).map((v) => [
    v,
    {
      bytes: median(samples[v].map((s) => s.bytes)),
      visibleMs: median(samples[v].map((s) => s.visibleMs)),
      mainThreadMs: median(samples[v].map((s) => s.mainThreadMs)),
      cls: median(samples[v].map((s) => s.cls)),
    },
  ]),
) as Record<Variant, Sample>;

const fmt = (n: number, d = 1) => n.toFixed(d);
console.log(`SDK bench, ${RUNS} runs each, medians (headless Chromium, loopback; "none" = same page without a banner)`);
console.log('variant       JS+CSS gzip B  banner visible ms  main-thread ms  layout shift');
for (const v of ['cookieproof', 'vanilla', 'none'] as const) {
  const s = summary[v];
  console.log(
    `${v.padEnd(13)} ${String(s.bytes).padStart(13)}  ${fmt(s.visibleMs).padStart(17)}  ${fmt(s.mainThreadMs).padStart(14)}  ${fmt(s.cls, 4).padStart(12)}`,
  );
}
const c = summary.cookieproof;
const b = summary.vanilla;
const n = summary.none;
console.log('ratios cookieproof / vanilla-cookieconsent (lower is better):');
console.log(`  bytes            ${fmt(c.bytes / b.bytes, 2)}`);
console.log(`  banner visible   ${fmt(c.visibleMs / b.visibleMs, 2)}`);
console.log(
  `  main thread      ${fmt(c.mainThreadMs / b.mainThreadMs, 2)} (above the no-banner page: ${fmt(c.mainThreadMs - n.mainThreadMs)} ms vs ${fmt(b.mainThreadMs - n.mainThreadMs)} ms)`,
);
console.log(`  layout shift     ${fmt(c.cls, 4)} vs ${fmt(b.cls, 4)}`);
