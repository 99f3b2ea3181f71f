import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, hostOf, newContext, receiptsOf, recordRequests, startHarness } from './e2e-support.ts';
import { serviceFetch } from './service-fetch.ts';

// "Do Not Track and Global Privacy Control ... those signals do not change that processing today" (record mode,
// the declaration as published), and "we will ... honor legally required signals" (honor mode: the declaration's
// policy.signals switched to honor, with Google Analytics marked as sale/share, the one category where honoring
// changes anything). Both modes detect the signals and record them in the consent receipt.

let record: Harness;
let honor: Harness;
beforeAll(async () => {
  record = await startHarness();
  honor = await startHarness({ signalsMode: 'honor' }, record.browser);
});
afterAll(async () => {
  await honor?.close();
  await record?.close();
});

/** Clicks "Accept all" in the banner (or in the preferences dialog) and returns the subject the server issued. */
async function acceptAll(page: Page, within: 'banner' | 'preferences' = 'banner'): Promise<string> {
  const receipt = page.waitForResponse(
    (r) => r.url().endsWith('/cookieproof/v1/consents') && r.request().method() === 'POST',
  );
  await page.locator(`[data-cookieproof="${within}"] [data-cookieproof-action="accept-all"]`).click();
  const res = await receipt;
  expect(res.status()).toBe(201);
  return ((await res.json()) as { subjectId: string }).subjectId;
}

async function analyticsTraffic(h: Harness, ctx: BrowserContext, page: Page) {
  const requests = recordRequests(ctx);
  await page.reload();
  await page.waitForTimeout(800);
  return {
    ga: requests.filter((r) => hostOf(r) === hostOf(h.app.urls.analytics)).length,
    cookies: (await ctx.cookies(h.app.urls.site)).filter((c) => c.name.startsWith('_ga')).length,
  };
}

describe('cookie policy: GPC and DNT in record mode (as published)', () => {
  test('GPC (header and navigator property) is detected and recorded, and changes nothing else', async () => {
    const ctx = await newContext(record, { gpc: true, dntHeader: true });
    const page = await ctx.newPage();
    await page.goto(`${record.app.urls.site}/`);
    const subject = await acceptAll(page);
    const traffic = await analyticsTraffic(record, ctx, page);
    expect(traffic.ga).toBeGreaterThan(0);
    expect(traffic.cookies).toBe(2);
    expect(await page.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(true);
    const [receipt] = await receiptsOf(record, subject);
    expect(receipt).toMatchObject({
      event: 'grant',
      choices: { essential: true, analytics: true, preferences: true },
      signals: { gpcHeader: true, dntHeader: true, gpc: true },
    });
    await ctx.close();
  });

  test('DNT (navigator property) is recorded and changes nothing else', async () => {
    const ctx = await newContext(record, { dntProperty: true });
    const page = await ctx.newPage();
    await page.goto(`${record.app.urls.site}/`);
    const subject = await acceptAll(page);
    expect((await analyticsTraffic(record, ctx, page)).ga).toBeGreaterThan(0);
    const [receipt] = await receiptsOf(record, subject);
    expect(receipt).toMatchObject({
      choices: { analytics: true },
      signals: { dnt: true, dntHeader: false, gpcHeader: false },
    });
    await ctx.close();
  });
});

describe('cookie policy: GPC and DNT in honor mode', () => {
  test('GPC turns analytics (Google Analytics, sale/share) off even after "Accept all", and says so', async () => {
    const ctx = await newContext(honor, { gpc: true });
    const requests = recordRequests(ctx);
    const page = await ctx.newPage();
    await page.goto(`${honor.app.urls.site}/`);
    const subject = await acceptAll(page);
    await page.waitForTimeout(800);
    expect(requests.filter((r) => hostOf(r) === hostOf(honor.app.urls.analytics))).toHaveLength(0);
    expect(await page.evaluate(() => window.cookieproof.status().signalHonored)).toBe(true);
    expect(await page.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(false);
    expect((await ctx.cookies()).filter((c) => c.name.startsWith('_ga'))).toHaveLength(0);
    await page.click('[data-testid="cookie-settings"]');
    const box = page.locator('[data-cookieproof="preferences"] input[name="analytics"]');
    await expect(box.isDisabled()).resolves.toBe(true);
    await expect(box.isChecked()).resolves.toBe(false);
    await expect(page.locator('[data-cookieproof="preferences"]').textContent()).resolves.toMatch(/honou?red/i);
    const [receipt] = await receiptsOf(honor, subject);
    expect(receipt).toMatchObject({
      choices: { analytics: false, preferences: true },
      signals: { gpc: true, gpcHeader: true },
    });
    // The privacy page states the honor behaviour.
    await page.goto(`${honor.app.urls.site}/privacy`);
    await expect(page.locator('main').textContent()).resolves.toContain(
      'We honor Global Privacy Control and Do Not Track',
    );
    await ctx.close();
  });

  test('records the jurisdiction: GPC from California is honored under its opt-out regime, from Germany under opt-in', async () => {
    for (const [region, jurisdiction, regime] of [
      ['US-CA', 'california', 'opt-out'],
      ['DE', 'europe', 'opt-in'],
    ] as const) {
      const ctx = await newContext(honor, { gpc: true, region });
      const page = await ctx.newPage();
      await page.goto(`${honor.app.urls.site}/`);
      if (regime === 'opt-out') {
        // No banner in California: the "Do not sell or share" entry point, which says the signal was honored and
        // opens the preferences.
        const entry = page.locator('[data-cookieproof="opt-out"]');
        await expect(entry.locator('[role="status"]').textContent()).resolves.toBe('Opt-out request honored');
        expect(await page.locator('[data-cookieproof="banner"]').count()).toBe(0);
        await entry.locator('button').click();
      }
      const subject = await acceptAll(page, regime === 'opt-out' ? 'preferences' : 'banner');
      const [receipt] = await receiptsOf(honor, subject);
      expect(receipt).toMatchObject({
        choices: { analytics: false },
        jurisdiction: { region, id: jurisdiction, regime, honored: ['gpc'] },
      });
      await ctx.close();
    }
    // gpc.json says the site abides by GPC, and the policy page states it per jurisdiction.
    const res = await serviceFetch(`${honor.app.urls.site}/.well-known/gpc.json`);
    expect(JSON.parse(res.body).gpc).toBe(true);
    const policy = (await serviceFetch(honor.app.urls.policy)).body;
    expect(policy).toContain('id="regions"');
    expect(policy).toMatch(/US-CA<\/strong>: optional categories may be on until you opt out/);
  });

  test('each region gets its regime before any tag: a banner in the EEA and by default, analytics until an opt-out in California, and Consent Mode defaults per region', async () => {
    for (const [region, regime] of [
      ['DE', 'opt-in'],
      ['GB', 'opt-in'],
      ['JP', 'opt-in'],
      ['US-CA', 'opt-out'],
    ] as const) {
      const ctx = await newContext(honor, { region });
      const requests = recordRequests(ctx);
      const page = await ctx.newPage();
      await page.goto(`${honor.app.urls.site}/`);
      // The page names the region the CDN gave it, so the SDK and the consent server apply the same regime.
      expect(await page.locator('html').getAttribute('data-cookieproof-region'), region).toBe(region);
      const view = regime === 'opt-in' ? 'banner' : 'opt-out';
      await page.locator(`[data-cookieproof="${view}"]`).waitFor();
      expect(await page.locator(`[data-cookieproof="${view === 'banner' ? 'opt-out' : 'banner'}"]`).count()).toBe(0);
      const analytics = () => requests.filter((r) => hostOf(r) === hostOf(honor.app.urls.analytics)).length;
      if (regime === 'opt-out') await expect.poll(analytics, { message: region }).toBeGreaterThan(0);
      else {
        await page.waitForLoadState('networkidle');
        expect(analytics(), region).toBe(0);
      }
      // Consent Mode: a default for each rule's regions (California granted, Europe denied), then the global one,
      // all before gtag.js loads.
      const defaults = await page.evaluate(() =>
        (window as unknown as { dataLayer: unknown[][] }).dataLayer
          .map((entry) => [...entry])
          .filter((entry) => entry[0] === 'consent' && entry[1] === 'default')
          .map((entry) => entry[2] as Record<string, unknown>),
      );
      const forRegion = (r: string) => defaults.find((d) => (d.region as string[] | undefined)?.includes(r));
      expect(forRegion('US-CA')?.analytics_storage, region).toBe('granted');
      expect(forRegion('DE')?.analytics_storage, region).toBe('denied');
      expect(forRegion('GB')?.analytics_storage, region).toBe('denied');
      expect(defaults.at(-1), region).toMatchObject({ analytics_storage: 'denied' });
      expect(defaults.at(-1)?.region, region).toBeUndefined();
      await ctx.close();
    }
  });

  test('DNT via navigator.doNotTrack is honored the same way; a DNT header alone is only recorded', async () => {
    const ctx = await newContext(honor, { dntProperty: true });
    const requests = recordRequests(ctx);
    const page = await ctx.newPage();
    await page.goto(`${honor.app.urls.site}/`);
    await acceptAll(page);
    await page.waitForTimeout(800);
    expect(requests.filter((r) => hostOf(r) === hostOf(honor.app.urls.analytics))).toHaveLength(0);
    await ctx.close();

    const headerOnly = await newContext(honor, { dntHeader: true });
    const p2 = await headerOnly.newPage();
    await p2.goto(`${honor.app.urls.site}/`);
    const subject = await acceptAll(p2);
    expect((await analyticsTraffic(honor, headerOnly, p2)).ga).toBeGreaterThan(0);
    const [receipt] = await receiptsOf(honor, subject);
    expect(receipt).toMatchObject({ choices: { analytics: true }, signals: { dntHeader: true } });
    await headerOnly.close();
  });

  test('without a signal, honor mode changes nothing: analytics runs after consent', async () => {
    const ctx = await newContext(honor);
    const page = await ctx.newPage();
    await page.goto(`${honor.app.urls.site}/`);
    await acceptAll(page);
    expect((await analyticsTraffic(honor, ctx, page)).ga).toBeGreaterThan(0);
    await ctx.close();
  });
});
