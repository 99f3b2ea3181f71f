import { type JurisdictionsConfig, localePack } from '@cookieproof/schema';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axe, browserState, buildOnce, launch, page, type Site, startSite, testConfig } from '../test/harness.ts';

// The regime of the visitor's region, applied by the core before any tag runs, and the view the core then asks the
// UI for: the opt-in banner, the opt-out regime's "do not sell or share" entry point, or the notice. The region is
// what the operator's server renders on <html data-cookieproof-region>; the config's jurisdictions are built from
// the consent model as `cookieproof build` builds them. What counts is what the browser loaded, stored, pushed to
// the dataLayer and showed.

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

async function open(path: string, o: { gpc?: boolean; locale?: string } = {}): Promise<Page> {
  context = await browser.newContext({
    locale: o.locale ?? 'en-US',
    ...(o.gpc ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {}),
  });
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
const analyticsRan = (p: Page) =>
  p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
/** The UI's chunks the page loaded since request `from`, by file name. */
const chunks = (from: number) =>
  site.requests
    .slice(from)
    .map((r) => r.replace(/^.*\//, ''))
    .filter((f) => f.startsWith('cookieproof-'));

const banner = '[data-cookieproof="banner"]';
const dialog = '[data-cookieproof="preferences"]';
const entry = '[data-cookieproof="opt-out"]';
const en = localePack('en')!.strings;

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

  it('shows the banner, with "reject all" beside "accept all", and no opt-out entry point', async () => {
    const p = await open('/DE');
    await p.waitForSelector(banner);
    expect(
      await p.locator(`${banner} [data-cookieproof-action]`).evaluateAll((b) => b.map((x) => x.textContent)),
    ).toEqual([en.accept, en.reject, en.prefsTitle]);
    expect(await p.locator(entry).count()).toBe(0);
    await p.click(`${banner} [data-cookieproof-action="accept-all"]`);
    await analyticsRan(p);
    await expect.poll(() => p.locator(banner).count()).toBe(0);
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

  it('shows no banner but a "do not sell or share" entry point, which opens the preferences and stays on every page', async () => {
    const before = site.requests.length;
    const p = await open('/US-CA');
    await p.waitForSelector(entry);
    // The declared categories ran before any choice, the sale/share one (marketing's iframe) included.
    await analyticsRan(p);
    await expect.poll(loaded).toContain('frame.html');
    expect(await p.locator(banner).count()).toBe(0);
    expect(await p.textContent(`${entry} button`)).toBe(en.optOut);
    expect(await p.textContent(entry)).not.toContain(en.optOutHonored);
    expect(await axe(p, entry)).toEqual([]);
    // The visitor downloads the UI and the opt-out view in their language, nothing else.
    expect(chunks(before)).toEqual(['cookieproof-ui.js', 'cookieproof-opt-out-en.js']);

    await p.click(`${entry} button`);
    await p.waitForSelector(`${dialog}[open]`);
    expect(await axe(p, dialog)).toEqual([]);
    const marketing = `${dialog} [name="marketing"]`;
    expect(await p.isChecked(marketing)).toBe(true);
    expect(await p.isEnabled(marketing)).toBe(true);
    await p.uncheck(marketing);
    await p.click(`${dialog} [data-cookieproof-action="save"]`);
    await expect.poll(() => p.locator(dialog).count()).toBe(0);
    expect(await p.evaluate(() => window.cookieproof.getConsent()?.choices)).toEqual({
      essential: true,
      analytics: true,
      preferences: true,
      marketing: false,
    });
    expect(await p.locator(entry).count()).toBe(1);
    expect((await browserState(context!, site.origin)).cookies).not.toContain('mk_id');

    // The next page: the choice holds, and the entry point is there again.
    site.requests.length = 0;
    await p.reload();
    await p.waitForSelector(entry);
    await analyticsRan(p);
    await settled(p);
    expect(loaded()).not.toContain('frame.html');
    expect(await p.locator(banner).count()).toBe(0);
  });

  it('says "Opt-out request honored" when GPC turned the sale/share category off, in the visitor\'s language', async () => {
    const p = await open('/US-CA', { gpc: true, locale: 'de-DE' });
    await p.waitForSelector(entry);
    const de = localePack('de')!.strings;
    expect(await p.textContent(`${entry} button`)).toBe(de.optOut);
    expect(await p.textContent(`${entry} [role="status"]`)).toBe(de.optOutHonored);
    // What it says is what happened: the sale/share category's iframe stayed away, the others ran.
    await analyticsRan(p);
    await settled(p);
    expect(loaded()).not.toContain('frame.html');
    await p.click(`${entry} button`);
    await p.waitForSelector(`${dialog}[open]`);
    expect(await p.isChecked(`${dialog} [name="marketing"]`)).toBe(false);
    expect(await p.isDisabled(`${dialog} [name="marketing"]`)).toBe(true);
    expect(await p.isChecked(`${dialog} [name="analytics"]`)).toBe(true);
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

  it('shows the notice: what runs and where the policy is, with one OK that keeps it from coming back', async () => {
    const before = site.requests.length;
    const p = await open('/US-TX');
    await p.waitForSelector(banner);
    await analyticsRan(p);
    const [lead, tail] = en.notice.split('{policy}');
    expect(await p.textContent(`${banner} p`)).toBe(`${lead}${en.policy}${tail}`);
    expect(await p.getAttribute(`${banner} p a`, 'href')).toBe('/cookie-policy');
    expect(await p.locator(`${banner} button`).allTextContents()).toEqual([en.ok]);
    expect(await axe(p, banner)).toEqual([]);
    expect(chunks(before)).toEqual(['cookieproof-ui.js', 'cookieproof-notice-en.js']);
    await p.click(`${banner} button`);
    await expect.poll(() => p.locator(banner).count()).toBe(0);
    // Acknowledged: what the core applied is kept as the visitor's choice.
    expect(await p.evaluate(() => window.cookieproof.getConsent()?.choices)).toEqual({
      essential: true,
      analytics: true,
      preferences: true,
      marketing: true,
    });
    // "Cookie settings" shows the notice again (it offers no choices); the next page shows nothing.
    await p.click('[data-cookieproof-action="preferences"]');
    await p.waitForSelector(banner);
    expect(await p.locator(dialog).count()).toBe(0);
    await p.reload();
    await analyticsRan(p);
    await settled(p);
    expect(await p.locator(banner).count()).toBe(0);
  });

  it('reads right to left in Arabic, axe clean', async () => {
    const p = await open('/BR', { locale: 'ar' });
    await p.waitForSelector(banner);
    expect(await p.getAttribute(banner, 'dir')).toBe('rtl');
    expect(await p.textContent(`${banner} button`)).toBe(localePack('ar')!.strings.ok);
    expect(await axe(p, banner)).toEqual([]);
  });
});
