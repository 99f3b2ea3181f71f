// Cookieproof's browser SDK against vanilla-cookieconsent 3.1.0 (the most used open-source banner), on the same
// pages in headless Chromium, each load in a fresh browser context (cold: no cache, no code cache):
//
//   CPU 1× and 4× (CDP Emulation.setCPUThrottlingRate) × first visit (banner) and returning visitor (each tool's
//   own consent cookie, captured from a real "accept all" before the runs) × a small page and an 8,000-element page.
//
// Per load: script time (CDP ScriptDuration) and main-thread time (TaskDuration) from navigation to idle, long tasks
// (PerformanceObserver "longtask") and time to banner (navigation start to the banner rendered). The bare page (the
// same page without any consent tool) is measured in the same runs: the table shows medians above it, the ratios
// Cookieproof / vanilla, and whether each target of issue 14 is met. Then the cost of each interception technique
// of the core, per operation, against the bare page.
//
//   npm run bench -- sdk        BENCH_RUNS (default 15) loads per cell, BENCH_OPS (default 2000, 0: none) per technique;
//   BENCH_CPUS=4, BENCH_VISITS=returning, BENCH_SIZES=large measure only those rows (a quick look while optimising).

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveBrowser } from '@cookieproof/scanner';
import { type ClientConfig, clientJurisdictions, matchSource } from '@cookieproof/schema';
import { buildSdk } from '@cookieproof/sdk/build';
import { type BrowserContext, type CDPSession, type Cookie, chromium, type Page } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const OPS = Number(process.env.BENCH_OPS ?? 2000);
const only = <T extends string | number>(all: readonly T[], env: string | undefined): T[] =>
  env ? all.filter((x) => env.split(',').includes(String(x))) : [...all];
const CPUS = only([1, 4] as const, process.env.BENCH_CPUS);
const VISITS = only(['first', 'returning'] as const, process.env.BENCH_VISITS);
const SIZES = only(['small', 'large'] as const, process.env.BENCH_SIZES);
const TOOLS = ['cookieproof', 'vanilla'] as const;
type Cpu = 1 | 4;
type Visit = 'first' | 'returning';
type Size = 'small' | 'large';
type Tool = (typeof TOOLS)[number] | 'bare';

const require = createRequire(import.meta.url);
const ccDir = dirname(require.resolve('vanilla-cookieconsent/dist/cookieconsent.umd.js'));
const sdk = await buildSdk();

// ---- the pages ---------------------------------------------------------------------------------------------------

const categories = [
  ['essential', 'Essential', 'Needed for the site to work.', true],
  ['analytics', 'Analytics', 'Counting visits and page views.', false],
  ['preferences', 'Preferences', 'Remembering choices you made.', false],
  ['marketing', 'Marketing', 'Advertising measurement.', false],
] as const;

const technology = (id: string, t: { kind: 'cookie' | 'script'; name?: string; url?: string }) => ({
  id,
  ...t,
  match: matchSource(t),
  provider: 'Bench',
  duration: '1 year',
});

function cookieproofConfig(origin: string): ClientConfig {
  const cats = categories.map(([id, title, description, required]) => ({
    id,
    required,
    saleOrShare: false,
    title,
    description,
    technologies: [
      technology(`${id}-c`, { kind: 'cookie', name: `${id}_id` }),
      // A declared tag URL, so that auto-blocking is on as on a real site (the page never loads it).
      ...(required ? [] : [technology(`${id}-s`, { kind: 'script', url: `${origin}/t/${id}.js*` })]),
    ],
  }));
  const signals = { gpc: 'record', dnt: 'record' } as const;
  return {
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
    signals,
    categories: cats,
    jurisdictions: clientJurisdictions(undefined, signals, cats),
    consentMode: null,
  };
}

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

/** Both tools' markup on the same gated tag: each reads its own attributes. */
const gated =
  '<script type="text/plain" data-cookieproof-category="analytics" data-category="analytics">window.ran = 1;</script>';
const small = `<main><h1>Bench page</h1>${'<p>Some content worth reading, repeated to give the page a body.</p>'.repeat(20)}
${gated}</main>`;
// 2,000 rows of four elements: the size of a long article or a product list.
const rows = Array.from(
  { length: 2000 },
  (_, i) => `<div class="r"><span>Item ${i}</span> <a href="#i${i}">more</a> <em>note</em></div>`,
).join('\n');
const large = `<main>${rows}\n${gated}</main>`;

function html(tool: Tool, size: Size, origin: string): string {
  const head =
    tool === 'cookieproof'
      ? `<script type="application/json" id="cookieproof-config">${JSON.stringify(cookieproofConfig(origin))}</script>
<script src="/cookieproof.js"></script>`
      : tool === 'vanilla'
        ? `<link rel="stylesheet" href="/cc/cookieconsent.css"><script src="/cc/cookieconsent.umd.js"></script>
<script src="/cc/init.js" defer></script>`
        : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title>
${head}</head><body>${size === 'small' ? small : large}</body></html>`;
}

const files: Record<string, Buffer> = {
  '/cc/cookieconsent.umd.js': await readFile(join(ccDir, 'cookieconsent.umd.js')),
  '/cc/cookieconsent.css': await readFile(join(ccDir, 'cookieconsent.css')),
  '/cc/init.js': Buffer.from(ccInit),
};
for (const f of sdk.files) files[`/${basename(f.file)}`] = await readFile(f.file);
const gzipped = Object.fromEntries(Object.entries(files).map(([p, b]) => [p, gzipSync(b, { level: 9 })]));

const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0]!;
  const [, tool, size] = path.split('/') as [string, Tool, Size];
  if (gzipped[path]) {
    // Served gzip-compressed, as a CDN would, so that transfer sizes are what visitors download.
    res.writeHead(200, {
      'content-type': path.endsWith('.css') ? 'text/css' : 'text/javascript',
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    res.end(gzipped[path]);
  } else if (['bare', ...TOOLS].includes(tool) && ['small', 'large'].includes(size)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html(tool, size, origin));
  } else {
    res.writeHead(404);
    res.end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// ---- one cold load -------------------------------------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: resolveBrowser(undefined),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync'],
});

const BANNER: Record<Tool, string> = {
  cookieproof: '[data-cookieproof="banner"]',
  vanilla: '#cc-main .cm',
  bare: '',
};

interface Sample {
  scriptMs: number;
  taskMs: number;
  longTasks: number;
  /** Navigation start to the banner rendered; -1 without a banner. */
  bannerMs: number;
}

// A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
const probe = (banner: string) => `(() => {
  // vanilla-cookieconsent hides from automation (navigator.webdriver); visitors see it, so the bench must too.
  Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false });
  window.benchLong = 0;
  window.benchBanner = -1;
  new PerformanceObserver((l) => { window.benchLong += l.getEntries().length; }).observe({ type: 'longtask' });
  const idle = () => requestIdleCallback(() => { window.benchDone = true; }, { timeout: 3000 });
  const selector = ${JSON.stringify(banner)};
  if (!selector) addEventListener('load', idle);
  else {
    const check = () => {
      // Cookieproof's banner is in the open shadow root of <cookieproof-ui>.
      const el = document.querySelector(selector) ?? document.querySelector('cookieproof-ui')?.shadowRoot?.querySelector(selector);
      const r = el && el.getBoundingClientRect();
      // Rendered and not hidden; entrance animations (both banners have one) are not counted.
      if (el && r.height > 0 && getComputedStyle(el).visibility !== 'hidden') {
        window.benchBanner = performance.now();
        if (document.readyState === 'complete') idle();
        else addEventListener('load', idle);
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }
})();`;

async function coldPage(
  cpu: Cpu,
  cookies: Cookie[],
  banner: string,
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (cookies.length) await context.addCookies(cookies);
  await context.addInitScript(probe(banner));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { context, page, cdp };
}

/** The consent cookie each tool writes on "accept all", taken from a real run. */
const stored: Record<Tool, Cookie[]> = { bare: [], cookieproof: [], vanilla: [] };

async function measure(cpu: Cpu, visit: Visit, size: Size, tool: Tool): Promise<Sample> {
  const banner = visit === 'first' ? BANNER[tool] : '';
  const { context, page, cdp } = await coldPage(cpu, visit === 'returning' ? stored[tool] : [], banner);
  await page.goto(`${origin}/${tool}/${size}`);
  await page.waitForFunction('window.benchDone === true', undefined, { timeout: 60_000 });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const probeValues = (await page.evaluate('({ longTasks: window.benchLong, bannerMs: window.benchBanner })')) as {
    longTasks: number;
    bannerMs: number;
  };
  if (visit === 'returning' && tool !== 'bare' && (await page.locator(BANNER[tool]).count()) > 0)
    throw new Error(`${tool} showed its banner to a returning visitor: the preset cookie is not accepted`);
  await context.close();
  return { scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration'), ...probeValues };
}

async function captureConsent(tool: (typeof TOOLS)[number]): Promise<void> {
  const { context, page } = await coldPage(1, [], BANNER[tool]);
  await page.goto(`${origin}/${tool}/small`);
  await page.waitForFunction('window.benchDone === true');
  await page.click(tool === 'cookieproof' ? '[data-cookieproof-action="accept-all"]' : '[data-role="all"]');
  const name = tool === 'cookieproof' ? 'cookieproof_consent' : 'cc_cookie';
  await page.waitForFunction(`document.cookie.includes(${JSON.stringify(`${name}=`)})`);
  stored[tool] = (await context.cookies()).filter((c) => c.name === name);
  await context.close();
}

// ---- the runs ------------------------------------------------------------------------------------------------------

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const cell = (cpu: Cpu, visit: Visit | 'any', size: Size, tool: Tool) => `${cpu}|${visit}|${size}|${tool}`;
const samples = new Map<string, Sample[]>();
const add = (key: string, s: Sample) => samples.set(key, [...(samples.get(key) ?? []), s]);

await captureConsent('cookieproof');
await captureConsent('vanilla');
// One warm-up load of each, not counted: the first loads of a fresh browser pay for its own start-up.
for (const tool of ['bare', ...TOOLS] as const) await measure(1, 'first', 'small', tool);

const started = Date.now();
for (let run = 0; run < RUNS; run++) {
  for (const cpu of CPUS)
    for (const size of SIZES) {
      // Interleaved, so that a machine whose speed drifts (a shared VM) skews every tool alike.
      add(cell(cpu, 'any', size, 'bare'), await measure(cpu, 'first', size, 'bare'));
      for (const visit of VISITS)
        for (const tool of TOOLS) add(cell(cpu, visit, size, tool), await measure(cpu, visit, size, tool));
    }
  process.stderr.write(`run ${run + 1}/${RUNS} (${Math.round((Date.now() - started) / 1000)} s)\n`);
}

// ---- the table -----------------------------------------------------------------------------------------------------

const med = (key: string, f: (s: Sample) => number) => median((samples.get(key) ?? []).map(f));
const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
  return ok ? 'met' : 'NOT met';
};

console.log(
  `SDK bench: ${RUNS} cold loads per cell, medians, headless Chromium on loopback. "above bare" subtracts the same page without a consent tool.`,
);
console.log(
  `bytes gzip: cookieproof core ${sdk.core.gzip} B, + UI ${sdk.ui.gzip} B + largest view chunk of one locale = ${sdk.totalGzip} B; vanilla-cookieconsent JS+CSS ${gzipped['/cc/cookieconsent.umd.js']!.length + gzipped['/cc/cookieconsent.css']!.length + gzipped['/cc/init.js']!.length} B`,
);
console.log(
  'cpu visit     page  | script above bare ms (cp / van = ratio) | main thread above bare ms (cp / van = ratio) | long tasks cp / van / bare | banner ms (cp / van = ratio)',
);
for (const cpu of CPUS)
  for (const visit of VISITS)
    for (const size of SIZES) {
      const bare = cell(cpu, 'any', size, 'bare');
      const cp = cell(cpu, visit, size, 'cookieproof');
      const van = cell(cpu, visit, size, 'vanilla');
      const script = [cp, van].map((k) => med(k, (s) => s.scriptMs) - med(bare, (s) => s.scriptMs));
      const task = [cp, van].map((k) => med(k, (s) => s.taskMs) - med(bare, (s) => s.taskMs));
      const long = [cp, van, bare].map((k) => med(k, (s) => s.longTasks));
      const banner = [cp, van].map((k) => med(k, (s) => s.bannerMs));
      const row = `${cpu}×  ${visit.padEnd(9)} ${size.padEnd(5)}`;
      console.log(
        `${row} | ${fmt(script[0]!).padStart(7)} / ${fmt(script[1]!).padStart(7)} = ${fmt(ratio(script[0]!, script[1]!), 2).padStart(5)}          | ${fmt(task[0]!).padStart(7)} / ${fmt(task[1]!).padStart(7)} = ${fmt(ratio(task[0]!, task[1]!), 2).padStart(5)}               | ${long
          .map((n) => fmt(n, 0))
          .join(' / ')
          .padStart(
            10,
          )}                 | ${visit === 'first' ? `${fmt(banner[0]!)} / ${fmt(banner[1]!)} = ${fmt(ratio(banner[0]!, banner[1]!), 2)}` : ''}`,
      );
      check(ratio(script[0]!, script[1]!) <= 0.5, `${row}: script above bare ≤ 0.5× vanilla's`);
      check(ratio(task[0]!, task[1]!) <= 0.5, `${row}: main thread above bare ≤ 0.5× vanilla's`);
      if (cpu === 4) check(long[0]! <= long[2]!, `${row}: no long task above the bare page's at 4× CPU`);
      if (cpu === 4 && visit === 'first')
        check(ratio(banner[0]!, banner[1]!) <= 0.5, `${row}: time to banner ≤ 0.5× vanilla's at 4× CPU`);
    }
console.log(
  failures.length
    ? `targets NOT met (${failures.length}):\n  ${failures.join('\n  ')}`
    : 'every target met: script and main thread above bare ≤ 0.5× vanilla in every row, no long task at 4×, banner ≤ 0.5× at 4×',
);

// ---- what each interception technique costs ------------------------------------------------------------------------

// Per operation, on a page with the core installed for a returning visitor (everything allowed, so nothing is held and
// only the interception itself is paid for) against the bare page; the median of several pages. The MutationObserver's
// share of a parsed page is the large page's returning-visitor row above minus the small page's.
const OPERATIONS: Record<string, string> = {
  'setAttribute (not src)': `const e = document.createElement('div'); for (let i = 0; i < N; i++) e.setAttribute('title', 'x' + i);`,
  'img.src = (property setter)': `for (let i = 0; i < N; i++) new Image().src = 'data:,' + i;`,
  "img.setAttribute('src')": `for (let i = 0; i < N; i++) document.createElement('img').setAttribute('src', 'data:,' + i);`,
  'innerHTML, no script/iframe/img': `const e = document.createElement('div'); for (let i = 0; i < N; i++) e.innerHTML = '<p>x' + i + '</p>';`,
  'innerHTML with an img': `const e = document.createElement('div'); for (let i = 0; i < N; i++) e.innerHTML = '<img src="data:,' + i + '">';`,
  'appendChild a subtree of 20 elements': `const host = document.createElement('div'); document.body.append(host); const html = '<div><span>a</span><em>b</em></div>'.repeat(7); for (let i = 0; i < N; i++) { const f = document.createRange().createContextualFragment(html); host.append(f); } await Promise.resolve(); host.remove();`,
  'document.cookie = (guard)': `for (let i = 0; i < N; i++) document.cookie = 'bench_' + (i % 20) + '=' + i + '; path=/';`,
  'localStorage.setItem (guard)': `for (let i = 0; i < N; i++) localStorage.setItem('bench_' + (i % 20), String(i));`,
  'fetch() call (data: URL)': `const p = []; for (let i = 0; i < N; i++) p.push(fetch('data:,' + i)); await Promise.all(p);`,
};

async function costs(tool: 'bare' | 'cookieproof'): Promise<Record<string, number>> {
  const { context, page } = await coldPage(1, tool === 'bare' ? [] : stored.cookieproof, '');
  await page.goto(`${origin}/${tool}/small`);
  await page.waitForFunction('window.benchDone === true');
  const out: Record<string, number> = {};
  for (const [name, code] of Object.entries(OPERATIONS))
    out[name] = (await page.evaluate(
      `(async () => { const N = ${OPS}; const t = performance.now(); ${code} return performance.now() - t; })()`,
    )) as number;
  await context.close();
  return out;
}

const opSamples: Record<'bare' | 'cookieproof', Record<string, number>[]> = { bare: [], cookieproof: [] };
for (let i = 0; i < (OPS ? 5 : 0); i++)
  for (const tool of ['bare', 'cookieproof'] as const) opSamples[tool].push(await costs(tool));
if (OPS)
  console.log(
    `\ninterception cost per operation at 1× CPU (${OPS} operations, median of 5 pages): core minus bare page`,
  );
for (const name of OPS ? Object.keys(OPERATIONS) : []) {
  const [withCore, bare] = (['cookieproof', 'bare'] as const).map((t) => median(opSamples[t].map((s) => s[name]!)));
  console.log(
    `  ${name.padEnd(38)} ${fmt(((withCore! - bare!) * 1000) / OPS, 2).padStart(7)} µs  (bare ${fmt((bare! * 1000) / OPS, 2)} µs)`,
  );
}

await browser.close();
server.close();
