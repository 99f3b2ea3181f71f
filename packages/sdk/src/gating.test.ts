import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, launch, type Site, startSite, testConfig } from '../test/harness.ts';

// Each gated kind (script, iframe, img) must load on every page load: after the decision on a first visit, and
// straight from the stored choice on every return. What counts is what the browser fetched and rendered.

let browser: Browser;
let site: Site;
let dispose: () => Promise<void>;
let context: BrowserContext | undefined;

const KINDS = {
  script: (t: string) =>
    `<script type="text/plain" data-cookieproof-category="analytics" src="${t}/t/analytics.js"></script>`,
  iframe: (t: string) =>
    `<iframe data-cookieproof-src="${t}/t/frame.html" data-cookieproof-category="marketing" title="Advert"></iframe>`,
  img: (t: string) => `<img data-cookieproof-src="${t}/t/pixel.gif" data-cookieproof-category="analytics" alt="">`,
} as const;
type Kind = keyof typeof KINDS;
const FILE: Record<Kind, string> = { script: 'analytics.js', iframe: 'frame.html', img: 'pixel.gif' };

function kindPage(kind: Kind): string {
  const config = JSON.stringify(testConfig(site.port)).replaceAll('</', '<\\/');
  // The gated element sits in the body, parsed after the core ran, with more markup after it, as on a real page.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${kind}</title>
<script type="application/json" id="cookieproof-config">${config}</script>
<script src="/cookieproof.js"></script>
</head><body><main><h1>${kind}</h1><p>Text before.</p>
${KINDS[kind](site.tracker)}
<p>Text after.</p></main></body></html>`;
}

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  [browser, site] = await Promise.all([launch(), startSite(b.build)]);
  for (const kind of Object.keys(KINDS)) site.route(`/${kind}`, kindPage(kind as Kind));
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

const hits = (kind: Kind) => site.trackerHits().filter((h) => h.includes(`/t/${FILE[kind]}`)).length;

/** Resolves once the gated element has really loaded in the page (not only been requested). */
async function loaded(p: Page, kind: Kind) {
  if (kind === 'iframe') {
    // Cross-origin: the frame's own document must have rendered the ad.
    await expect
      .poll(async () => {
        const f = p.frames().find((x) => x.url().includes('/t/frame.html'));
        return f ? f.evaluate(() => document.title).catch(() => '') : '';
      })
      .toBe('ad');
    return;
  }
  await p.waitForFunction((k) => {
    if (k === 'script') return (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1;
    const img = document.querySelector('img');
    return !!img?.getAttribute('src') && img.complete;
  }, kind);
}

describe.each(Object.keys(KINDS) as Kind[])('gated %s', (kind) => {
  it('loads after the decision on a first visit and from the stored choice on every return', async () => {
    context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`${site.origin}/${kind}`);
    await p.waitForSelector('[data-cookieproof="banner"]');
    expect(hits(kind)).toBe(0);
    await p.click('[data-cookieproof="banner"] [data-cookieproof-action="accept-all"]');
    await loaded(p, kind);
    expect(hits(kind)).toBe(1);

    for (const visit of [1, 2]) {
      site.requests.length = 0;
      await p.goto(`${site.origin}/${kind}?return=${visit}`);
      await loaded(p, kind);
      // A tracker request is seen; an iframe's frame is really rendered (checked by loaded()).
      await expect.poll(() => hits(kind)).toBe(1);
      expect(await p.locator('[data-cookieproof="banner"]').count()).toBe(0);
    }
  });
});
