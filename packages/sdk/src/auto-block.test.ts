import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, launch, type Site, startSite, testConfig } from '../test/harness.ts';
import { gateHtml } from './gate-html.ts';

// Auto-blocking from the declaration: pages that load declared non-essential URLs without any Cookieproof markup.
// For each way of loading, the browser's requests are counted: none before consent, exactly one after.

let browser: Browser;
let site: Site;
let dispose: () => Promise<void>;
let context: BrowserContext | undefined;

/** Each path: markup in the body (its scripts run as the page's own), and what counts as "loaded" afterwards. */
const PATHS: Record<string, { body: (t: string) => string; file: string; again?: string }> = {
  'createElement + appendChild (script)': {
    body: (t) =>
      `<script>var s = document.createElement('script'); s.src = '${t}/t/analytics.js?via=append-child'; document.head.appendChild(s);</script>`,
    file: 'analytics.js?via=append-child',
  },
  'createElement + insertBefore (img)': {
    body: (t) =>
      `<p id="anchor">x</p><script>var i = document.createElement('img'); i.alt = ''; i.setAttribute('src', '${t}/t/pixel.gif?via=insert-before'); document.body.insertBefore(i, document.getElementById('anchor'));</script>`,
    file: 'pixel.gif?via=insert-before',
  },
  'createElement + append (iframe)': {
    body: (t) =>
      `<script>var f = document.createElement('iframe'); f.title = 'ad'; f.src = '${t}/t/frame.html?via=append'; document.body.append(f);</script>`,
    file: 'frame.html?via=append',
  },
  'createElement + replaceWith (script)': {
    body: (t) =>
      `<p id="old">x</p><script>var s = document.createElement('script'); s.src = '${t}/t/analytics.js?via=replace-with'; document.getElementById('old').replaceWith(s);</script>`,
    file: 'analytics.js?via=replace-with',
  },
  'innerHTML (img and iframe)': {
    body: (t) =>
      `<div id="box"></div><script>document.getElementById('box').innerHTML = '<img alt="" src="${t}/t/pixel.gif?via=inner-html"><iframe title="ad" src="${t}/t/frame.html?via=inner-html"></iframe>';</script>`,
    file: 'pixel.gif?via=inner-html',
    again: 'frame.html?via=inner-html',
  },
  'document.write (script)': {
    body: (t) =>
      `<script>document.write('<script src="${t}/t/analytics.js?via=write"><\\/script>');</script><p>after</p>`,
    file: 'analytics.js?via=write',
  },
  'a pixel never inserted (new Image)': {
    body: (t) => `<script>new Image().src = '${t}/t/pixel.gif?via=image';</script>`,
    file: 'pixel.gif?via=image',
  },
};

function pathPage(body: string): string {
  const config = JSON.stringify(testConfig(site.port)).replaceAll('</', '<\\/');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>auto-blocking</title>
<script type="application/json" id="cookieproof-config">${config}</script>
<script src="/cookieproof.js"></script>
</head><body><main><h1>Page</h1>${body}</main></body></html>`;
}

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  [browser, site] = await Promise.all([launch(), startSite(b.build)]);
  Object.values(PATHS).forEach((path, i) => {
    site.route(`/path-${i + 1}`, pathPage(path.body(site.tracker)));
  });
  site.route('/path-0', pathPage(`<script src="${site.tracker}/t/analytics.js?via=html"></script>`));
  // Markup-less tags in the HTML itself, as the operator's server sends the page after gateHtml().
  const markupless = pathPage(`<script src="${site.tracker}/t/analytics.js?via=gated-html"></script>
<img alt="" src="${site.tracker}/t/pixel.gif?via=gated-html">
<iframe title="ad" src="${site.tracker}/t/frame.html?via=gated-html"></iframe>`);
  site.route('/gated-html', gateHtml(markupless, testConfig(site.port), { url: `${site.origin}/gated-html` }));
  site.route('/plain', pathPage(''));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), dispose?.()]);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  site.requests.length = 0;
});

const hits = (file: string) => site.trackerHits().filter((h) => h.endsWith(`/t/${file}`)).length;

async function open(path: string): Promise<Page> {
  context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(site.origin + path, { waitUntil: 'networkidle' });
  return p;
}

describe('held until consent, loaded once after', () => {
  Object.entries(PATHS).forEach(([name, path], i) => {
    it(name, async () => {
      const p = await open(`/path-${i + 1}`);
      await p.waitForSelector('[data-cookieproof="banner"]');
      await p.waitForLoadState('networkidle');
      expect(site.trackerHits()).toEqual([]);
      await p.evaluate(() => window.cookieproof.acceptAll());
      await expect.poll(() => hits(path.file)).toBe(1);
      if (path.again) await expect.poll(() => hits(path.again!)).toBe(1);
      expect(site.trackerHits()).toHaveLength(path.again ? 2 : 1);
    });
  });

  // Chromium requests a <script src> or <img src> in the HTML (its preload scanner reads ahead while the parser waits
  // for the core) and an <iframe src> (it starts loading as the parser inserts it) before any script can see them:
  // the core keeps such a script from running, and gateHtml() on the server keeps all three from being requested.
  it('HTML without markup (script): does not run before consent, runs once after', async () => {
    const p = await open('/path-0');
    await p.waitForSelector('[data-cookieproof="banner"]');
    expect(await p.evaluate(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns)).toBeUndefined();
    expect(await p.locator('script[src*="via=html"]').getAttribute('type')).toBe('text/plain');
    await p.evaluate(() => window.cookieproof.acceptAll());
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    await p.waitForLoadState('networkidle');
    expect(await p.evaluate(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns)).toBe(1);
  });

  it('HTML without markup passed through gateHtml (script, image, iframe): no request before consent, one after', async () => {
    const p = await open('/gated-html');
    await p.waitForSelector('[data-cookieproof="banner"]');
    await p.waitForLoadState('networkidle');
    expect(site.trackerHits()).toEqual([]);
    await p.evaluate(() => window.cookieproof.acceptAll());
    for (const file of ['analytics.js', 'pixel.gif', 'frame.html'])
      await expect.poll(() => hits(`${file}?via=gated-html`)).toBe(1);
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    await p.waitForLoadState('networkidle');
    expect(site.trackerHits()).toHaveLength(3);
  });

  it('a single-page app inserting a tag after navigation', async () => {
    const p = await open('/plain');
    const insert = (via: string) =>
      p.evaluate(
        ([t, v]) => {
          history.pushState({}, '', `/route-${v}`);
          const s = document.createElement('script');
          s.src = `${t}/t/analytics.js?via=${v}`;
          document.body.lastElementChild!.append(s);
        },
        [site.tracker, via],
      );
    await insert('spa');
    await p.waitForLoadState('networkidle');
    expect(site.trackerHits()).toEqual([]);
    await p.evaluate(() => window.cookieproof.set({ analytics: true }));
    await expect.poll(() => hits('analytics.js?via=spa')).toBe(1);
    // Once allowed, a later route's tag loads at once.
    await insert('spa-later');
    await expect.poll(() => hits('analytics.js?via=spa-later')).toBe(1);
  });

  it('fetch, XMLHttpRequest and sendBeacon to a declared pixel are dropped before consent, sent after', async () => {
    const p = await open('/plain');
    const send = (via: string) =>
      p.evaluate(
        async ([t, v]) => {
          const url = `${t}/t/pixel.gif?via=${v}`;
          const fetched = await fetch(`${url}-fetch`, { mode: 'no-cors' }).then(
            () => 'sent',
            (e: Error) => e.name,
          );
          const xhr = new XMLHttpRequest();
          xhr.open('GET', `${url}-xhr`);
          xhr.send();
          return { fetched, beacon: navigator.sendBeacon(`${url}-beacon`, 'x') };
        },
        [site.tracker, via],
      );
    expect(await send('before')).toEqual({ fetched: 'TypeError', beacon: false });
    await p.waitForLoadState('networkidle');
    expect(site.trackerHits()).toEqual([]);
    await p.evaluate(() => window.cookieproof.acceptAll());
    expect(await send('after')).toEqual({ fetched: 'sent', beacon: true });
    for (const k of ['fetch', 'xhr', 'beacon']) await expect.poll(() => hits(`pixel.gif?via=after-${k}`)).toBe(1);
    expect(site.trackerHits().filter((h) => h.includes('before'))).toEqual([]);
  });

  it('leaves undeclared URLs and essential ones alone', async () => {
    const p = await open('/plain');
    await p.evaluate((t) => {
      const i = document.createElement('img');
      i.alt = '';
      i.src = `${t}/t/other.gif?via=undeclared`;
      document.body.append(i);
    }, site.tracker);
    await expect.poll(() => site.trackerHits().filter((h) => h.includes('via=undeclared')).length).toBe(1);
  });
});
