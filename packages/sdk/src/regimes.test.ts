import type { JurisdictionsConfig } from '@cookieproof/schema';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserState, buildOnce, launch, page, type Site, startSite, testConfig } from '../test/harness.ts';

// The regime of the visitor's region, applied by the core before any tag runs. The region is what the operator's
// server renders on <html data-cookieproof-region>; the config's jurisdictions are built from the consent model as
// `cookieproof build` builds them. What counts is what the browser loaded, stored and pushed to the dataLayer.

const JURISDICTIONS: JurisdictionsConfig = {
  default: { regime: 'notice' },
  rules: {
    europe: { regions: ['EEA', 'UK'], regime: 'opt-in' },
    us: { regions: ['US'], regime: 'opt-out' },
    texas: { regions: ['US-TX'], regime: 'notice' },
  },
};

// Ungated page code writing a declared sale/share cookie (marketing) and an analytics one.
const EAGER = `<script>
document.cookie = 'mk_id=early; path=/; max-age=3600';
document.cookie = '_ga=early; path=/; max-age=3600';
</script>`;

let browser: Browser;
let site: Site;
let dispose: () => Promise<void>;
let context: BrowserContext | undefined;

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  [browser, site] = await Promise.all([launch(), startSite(b.build)]);
  const config = testConfig(site.port, {}, JURISDICTIONS);
  for (const region of ['DE', 'GB', 'US-CA', 'US-TX', 'BR', 'us-ca', ''])
    site.route(`/${region || 'none'}`, page(site.port, { config, region, head: EAGER }));
  site.route('/no-attribute', page(site.port, { config, head: EAGER }));
  site.route('/cookie-policy', '<!doctype html><html lang="en"><title>Policy</title><h1>Policy</h1></html>');
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

const gpc = () =>
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });

async function open(path: string, o: { gpc?: boolean } = {}): Promise<Page> {
  context = await browser.newContext(o.gpc ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {});
  if (o.gpc) await context.addInitScript(gpc);
  const p = await context.newPage();
  await p.goto(site.origin + path);
  return p;
}

const loaded = () => site.trackerHits().map((h) => h.split('/t/')[1]);
const analyticsRuns = (p: Page) => p.evaluate(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns);
const dataLayer = (p: Page) =>
  p.evaluate(() =>
    ((window as unknown as { dataLayer?: ArrayLike<unknown>[] }).dataLayer ?? []).map((e) => Array.from(e)),
  );
/** Waits until the page and everything it may load are done, so that an absent request really stayed away. */
const settled = (p: Page) => p.waitForLoadState('networkidle');

describe('opt-in (EEA, UK), and the strictest regime where the page names no region', () => {
  for (const path of ['/DE', '/GB', '/none', '/no-attribute'])
    it(`${path}: nothing optional loads or is stored before a choice`, async () => {
      const p = await open(path);
      await settled(p);
      expect(loaded()).toEqual([]);
      expect(await analyticsRuns(p)).toBeUndefined();
      expect((await browserState(context!, site.origin)).cookies).toEqual([]);
      expect(await p.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(false);
    });
});

describe('opt-out (US, its subdivisions included)', () => {
  it('declared categories are on before any choice, and no choice is recorded for the visitor', async () => {
    const p = await open('/US-CA');
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    await expect.poll(loaded).toEqual(expect.arrayContaining(['analytics.js', 'pixel.gif', 'frame.html']));
    expect((await browserState(context!, site.origin)).cookies).toEqual(
      expect.arrayContaining(['_ga', '_ga_ABC123', 'mk_id']),
    );
    expect(await p.evaluate(() => window.cookieproof.getConsent())).toBeNull();
    expect(await p.evaluate(() => window.cookieproof.status().decided)).toBe(false);
  });

  it('a region code in lower case is the same region', async () => {
    const p = await open('/us-ca');
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
  });

  it('GPC opts out of the sale/share category although the declaration only records signals', async () => {
    expect(testConfig(site.port).signals).toEqual({ gpc: 'record', dnt: 'record' });
    const p = await open('/US-CA', { gpc: true });
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    await settled(p);
    expect(loaded()).not.toContain('frame.html');
    expect(loaded()).toContain('analytics.js');
    const { cookies } = await browserState(context!, site.origin);
    expect(cookies).toContain('_ga');
    expect(cookies).not.toContain('mk_id');
    expect(await p.evaluate(() => window.cookieproof.status().signalHonored)).toBe(true);
    // An explicit "accept all" cannot turn it back on while the signal is sent.
    await p.evaluate(() => window.cookieproof.acceptAll());
    expect(await p.evaluate(() => window.cookieproof.getConsent()?.choices)).toMatchObject({
      analytics: true,
      marketing: false,
    });
    await settled(p);
    expect(loaded()).not.toContain('frame.html');
  });

  it('Consent Mode: one default per rule with its regions, then the global default, before any tag', async () => {
    const p = await open('/US-CA', { gpc: true });
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    const dl = await dataLayer(p);
    const denied = 'denied';
    const granted = 'granted';
    const values = (ads: string, analytics: string, prefs: string) => ({
      ad_storage: ads,
      ad_user_data: ads,
      ad_personalization: ads,
      analytics_storage: analytics,
      functionality_storage: prefs,
      personalization_storage: prefs,
      security_storage: granted,
    });
    const europe = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV'];
    expect(dl[0]).toEqual([
      'consent',
      'default',
      {
        ...values(denied, denied, denied),
        region: expect.arrayContaining([...europe, 'NO', 'GB']),
        wait_for_update: 500,
      },
    ]);
    // GPC opts out of sale/share in the opt-out US, not in Texas, where the declaration's record mode applies.
    expect(dl[1]).toEqual([
      'consent',
      'default',
      { ...values(denied, granted, granted), region: ['US'], wait_for_update: 500 },
    ]);
    expect(dl[2]).toEqual([
      'consent',
      'default',
      { ...values(granted, granted, granted), region: ['US-TX'], wait_for_update: 500 },
    ]);
    expect(dl[3]).toEqual(['consent', 'default', { ...values(granted, granted, granted), wait_for_update: 500 }]);
    // The visitor's own regime differs from the global default's: stated at once, then the tag runs.
    expect(dl[4]).toEqual(['consent', 'update', values(denied, granted, granted)]);
    expect(dl.slice(5).map((e) => e.slice(0, 2).join(' '))).toEqual(['config G-TEST']);
  });
});

describe('notice (a more specific rule, and the default for a region no rule names)', () => {
  for (const path of ['/US-TX', '/BR'])
    it(`${path}: everything declared runs, and GPC changes nothing where signals are only recorded`, async () => {
      const p = await open(path, { gpc: true });
      await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
      await expect.poll(loaded).toEqual(expect.arrayContaining(['analytics.js', 'pixel.gif', 'frame.html']));
      expect((await browserState(context!, site.origin)).cookies).toContain('mk_id');
      expect(await p.evaluate(() => window.cookieproof.status().signalHonored)).toBe(false);
    });
});
