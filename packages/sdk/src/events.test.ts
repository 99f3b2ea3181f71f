import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, launch, page, type Site, startSite, testConfig } from '../test/harness.ts';
import { encodeConsent } from './consent-cookie.ts';

// What a tag manager or the page's own scripts hear on every page load, with the script-tag build: the stored
// choice of a returning visitor as DOM events, with an inline config and with a fetched one.

let browser: Browser;
let site: Site;
let dispose: () => Promise<void>;
let context: BrowserContext | undefined;

// A page script after the snippet, as a tag manager's: it listens on document and through the API.
const LISTENER = `<script>
window.heard = [];
for (const e of ['consent', 'change', 'grant', 'first-decision'])
  document.addEventListener('cookieproof:' + e, (ev) =>
    heard.push(e + ' ' + (typeof ev.detail === 'string' ? ev.detail : Object.keys(ev.detail.choices).filter((k) => ev.detail.choices[k]).join(','))));
window.cookieproof.subscribe(() => heard.push('subscribe ' + (window.cookieproof.getConsent() ? 'consent' : 'null')));
window.cookieproof.on('grant:analytics', (id) => heard.push('grant:analytics ' + id));
</script>`;

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  [browser, site] = await Promise.all([launch(), startSite(b.build)]);
  site.route('/inline', page(site.port, { head: LISTENER }));
  site.route('/config.json', JSON.stringify(testConfig(site.port)));
  site.route('/fetched', page(site.port, { configUrl: '/config.json', head: LISTENER }));
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

/** A returning visitor who allowed analytics only. */
async function returning(): Promise<BrowserContext> {
  context = await browser.newContext();
  await context.addCookies([
    {
      name: 'cookieproof_consent',
      value: encodeConsent({
        decidedAt: Math.floor(Date.now() / 1000) - 60,
        fp: testConfig(site.port).fingerprint,
        granted: ['analytics'],
        subjectId: '',
        pending: '',
      }),
      url: site.origin,
    },
  ]);
  return context;
}

const heard = (p: Page) => p.evaluate(() => (window as unknown as { heard: string[] }).heard);
const loaded = (p: Page) =>
  p.waitForFunction(() => document.readyState !== 'loading' && (window as unknown as { heard?: string[] }).heard);

describe('a returning visitor', () => {
  it('gets cookieproof:consent with the stored choice on every page load, after the page scripts that listen', async () => {
    const ctx = await returning();
    const p = await ctx.newPage();
    for (let load = 0; load < 2; load++) {
      await p.goto(`${site.origin}/inline`);
      await loaded(p);
      await expect.poll(() => heard(p)).toContain('consent essential,analytics');
      // Callbacks first, then the DOM event, for each; the grant callback added before DOMContentLoaded runs once.
      expect(await heard(p)).toEqual([
        'grant:analytics analytics',
        'grant analytics',
        'subscribe consent',
        'change essential,analytics',
        'consent essential,analytics',
      ]);
    }
  });

  it('with a fetched config: subscribers and grant callbacks from before it arrived learn the stored choice', async () => {
    const ctx = await returning();
    const p = await ctx.newPage();
    await p.goto(`${site.origin}/fetched`);
    await p.waitForFunction(() => window.cookieproof.status().ready);
    await expect.poll(() => heard(p)).toContain('consent essential,analytics');
    expect(await heard(p)).toEqual([
      'grant:analytics analytics',
      'grant analytics',
      'subscribe consent',
      'change essential,analytics',
      'consent essential,analytics',
    ]);
  });
});

describe('a first visit', () => {
  it('hears nothing on load, then the decision with cookieproof:consent after it', async () => {
    context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`${site.origin}/inline`);
    await loaded(p);
    await p.waitForSelector('[data-cookieproof="banner"]');
    expect(await heard(p)).toEqual([]);
    await p.evaluate(() => window.cookieproof.set({ analytics: true }));
    expect(await heard(p)).toEqual([
      'grant:analytics analytics',
      'grant analytics',
      'first-decision essential,analytics',
      'subscribe consent',
      'change essential,analytics',
      'consent essential,analytics',
    ]);
  });
});
