import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, launch, page, type Site, startSite, testConfig } from '../test/harness.ts';
import { encodeConsent } from './consent-cookie.ts';

// The work the core does on every page view, counted rather than timed (bench/sdk times it): a parsed page's
// elements are not searched one by one, and document.cookie, which waits for the browser's cookie store on every
// read, is read once. Counters are installed before any script of the page runs.

let browser: Browser;
let site: Site;
let dispose: () => Promise<void>;
let context: BrowserContext | undefined;

const ROWS = 2000;

// A string: tsx would wrap named inner functions in a helper the page does not have.
const COUNTERS = `(() => {
  window.calls = { querySelectorAll: 0, matches: 0, cookieReads: 0 };
  for (const proto of [Element.prototype, Document.prototype, DocumentFragment.prototype]) {
    const qsa = proto.querySelectorAll;
    proto.querySelectorAll = function (...a) { window.calls.querySelectorAll++; return qsa.apply(this, a); };
  }
  const matches = Element.prototype.matches;
  Element.prototype.matches = function (...a) { window.calls.matches++; return matches.apply(this, a); };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', { ...cookie, get() { window.calls.cookieReads++; return cookie.get.call(this); } });
})();`;

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  [browser, site] = await Promise.all([launch(), startSite(b.build)]);
  const rows = Array.from({ length: ROWS }, (_, i) => `<div><span>Item ${i}</span> <a href="#i${i}">more</a></div>`);
  site.route('/large', page(site.port, { body: rows.join('\n') }));
  site.route('/cookie-policy', '<!doctype html><html lang="en"><title>Policy</title><h1>Policy</h1></html>');
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), dispose?.()]);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** Opens the large page; `granted`: a returning visitor who allowed these categories. */
async function open(granted?: string[]): Promise<Page> {
  context = await browser.newContext();
  if (granted)
    await context.addCookies([
      {
        name: 'cookieproof_consent',
        value: encodeConsent({
          decidedAt: Math.floor(Date.now() / 1000) - 60,
          fp: testConfig(site.port).fingerprint,
          granted,
          subjectId: '',
          pending: '',
        }),
        url: site.origin,
      },
    ]);
  await context.addInitScript(COUNTERS);
  const p = await context.newPage();
  await p.goto(`${site.origin}/large`);
  await p.waitForLoadState('load');
  return p;
}

const calls = (p: Page) => p.evaluate(() => (window as unknown as { calls: Record<string, number> }).calls);

describe('work per page view', () => {
  it(`a page of ${ROWS * 3} parsed elements: no search per element, a match per script, iframe or image`, async () => {
    const p = await open(['analytics', 'preferences', 'marketing']);
    // The gated tags ran: the core did its work on this page.
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    const n = await calls(p);
    expect(n.querySelectorAll).toBeLessThanOrEqual(5);
    const loaders = await p.evaluate(() => document.querySelectorAll('script,iframe,img').length);
    expect(n.matches).toBeLessThanOrEqual(loaders * 3);
  });

  it('a returning visitor who allowed everything: document.cookie is read once', async () => {
    const p = await open(['analytics', 'preferences', 'marketing']);
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    // The tracker stand-in's tag writes its cookies but reads none.
    expect((await calls(p)).cookieReads).toBe(1);
  });

  it('a returning visitor who refused some: once more, to delete their declared cookies', async () => {
    const p = await open(['preferences']);
    await p.waitForLoadState('networkidle');
    expect((await calls(p)).cookieReads).toBe(2);
  });

  it('a first visit: once, once to check that cookies can be stored, once to delete refused ones', async () => {
    const p = await open();
    await p.waitForSelector('[data-cookieproof="banner"]');
    expect((await calls(p)).cookieReads).toBe(3);
  });
});
