import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  clickConsent,
  cookieNames,
  type Harness,
  hostOf,
  newContext,
  recordCspViolations,
  recordRequests,
  signIn,
  startHarness,
  storageKeys,
} from './e2e-support.ts';

// The cookie policy's statements about the public site, checked in a real browser: what is in the cookie jar,
// in storage and on the network, never the app's own state.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ESSENTIAL_PUBLIC = ['__nimbus_bm', 'nimbus_route'];

describe('cookie policy: public site', () => {
  test('technologies per surface: before any choice only essential cookies, no storage, nothing third-party', async () => {
    const ctx = await newContext(h);
    const requests = recordRequests(ctx);
    const page = await ctx.newPage();
    for (const path of ['/', '/pricing', '/cookie-policy', '/privacy']) {
      const res = await page.goto(`${h.app.urls.site}${path}`);
      expect(res?.status()).toBe(200);
    }
    await page.locator('[data-cookieproof="banner"]').waitFor();
    expect(await cookieNames(ctx)).toEqual(ESSENTIAL_PUBLIC);
    expect(await storageKeys(page)).toEqual({ local: [], session: [] });
    const hosts = new Set(requests.map(hostOf));
    expect([...hosts]).toEqual([new URL(h.app.urls.site).host]);
    // The policy page lists each surface's technologies as the declaration says.
    await page.goto(h.app.urls.policy);
    const text = await page.locator('main').textContent();
    for (const name of [
      'cookieproof_consent',
      'nimbus_route',
      '__Host-aip_session',
      '_ga',
      'aip_workspace',
      'payhost_device',
    ])
      expect(text).toContain(name);
    await ctx.close();
  });

  test('purposes: the policy and the preferences dialog name every purpose and category', async () => {
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    await page.goto(h.app.urls.policy);
    const text = await page.locator('main').textContent();
    for (const p of [
      'Necessary service functions',
      'Security',
      'Fraud prevention',
      'Analytics',
      'Product improvement',
      'Diagnostics',
      'Preferences',
    ])
      expect(text).toContain(p);
    // The banner's own Preferences button and the footer's Cookie settings link open the same dialog.
    await page.click('[data-cookieproof="banner"] [data-cookieproof-action="preferences"]');
    const dialog = page.locator('[data-cookieproof="preferences"]');
    await dialog.waitFor();
    for (const c of ['Essential', 'Analytics and performance', 'Preferences'])
      await expect(dialog.textContent()).resolves.toContain(c);
    await ctx.close();
  });

  test('essential technologies are always present and cannot be switched off', async () => {
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    await page.goto(`${h.app.urls.site}/`);
    await clickConsent(page, 'reject-all');
    await page.click('[data-testid="cookie-settings"]');
    const essential = page.locator('[data-cookieproof="preferences"] input[name="essential"]');
    await expect(essential.isChecked()).resolves.toBe(true);
    await expect(essential.isDisabled()).resolves.toBe(true);
    await expect(page.locator('[data-cookieproof="preferences"] input[name="analytics"]').isChecked()).resolves.toBe(
      false,
    );
    await page.reload();
    const names = await cookieNames(ctx);
    expect(names).toEqual([...ESSENTIAL_PUBLIC, 'cookieproof_consent'].sort());
    await ctx.close();
  });

  test('analytics: the Google tag only on the public site and only after consent; Consent Mode in every hit', async () => {
    const ctx = await newContext(h);
    const requests = recordRequests(ctx);
    const csp = recordCspViolations(ctx);
    const page = await ctx.newPage();
    const analyticsHost = hostOf(h.app.urls.analytics);
    await page.goto(`${h.app.urls.site}/`);
    await page.locator('[data-cookieproof="banner"]').waitFor();
    await page.waitForTimeout(700);
    expect(requests.filter((r) => hostOf(r) === analyticsHost)).toHaveLength(0);

    const hit = page.waitForRequest((r) => r.url().startsWith(`${h.app.urls.analytics}/g/collect`));
    await clickConsent(page, 'accept-all');
    const collect = new URL((await hit).url());
    expect(collect.searchParams.get('en')).toBe('page_view');
    expect(collect.searchParams.get('gcs')).toBe('G101');
    expect(requests.some((r) => r.url().startsWith(`${h.app.urls.analytics}/gtag/js?id=G-`))).toBe(true);
    const gaCookies = (await ctx.cookies()).filter((c) => c.name.startsWith('_ga'));
    expect(gaCookies.map((c) => c.name).sort()).toEqual(['_ga', '_ga_AIPROMO1']);
    for (const c of gaCookies) {
      expect(c.domain).toBe('aipromo.localhost');
      expect(c.expires * 1000 - Date.now()).toBeLessThanOrEqual(390 * 86_400_000 + 60_000);
    }

    // Signed in, with analytics allowed, the dashboard never loads the Google tag.
    const before = requests.length;
    await signIn(page, h);
    for (const path of ['/dashboard', '/settings', '/integrations', '/billing'])
      await page.goto(`${h.app.urls.app}${path}`);
    expect(requests.slice(before).filter((r) => hostOf(r) === analyticsHost)).toHaveLength(0);
    expect((await ctx.cookies(h.app.urls.app)).filter((c) => c.name.startsWith('_ga'))).toHaveLength(0);

    // Withdrawing analytics deletes the cookies and stops hits without a reload.
    await page.goto(`${h.app.urls.site}/pricing`);
    await page.click('[data-testid="cookie-settings"]');
    await page.locator('[data-cookieproof="preferences"] input[name="analytics"]').uncheck();
    await page.click('[data-cookieproof="preferences"] [data-cookieproof-action="save"]');
    await page.waitForTimeout(300);
    expect((await ctx.cookies()).filter((c) => c.name.startsWith('_ga'))).toHaveLength(0);
    const count = requests.filter((r) => hostOf(r) === analyticsHost).length;
    await page.evaluate(() =>
      (window as unknown as { gtag: (...a: unknown[]) => void }).gtag('event', 'after_withdraw'),
    );
    await page.reload();
    await page.waitForTimeout(500);
    expect(requests.filter((r) => hostOf(r) === analyticsHost)).toHaveLength(count);
    // Everything above ran under the nonce-based CSP without a single violation.
    expect(csp).toEqual([]);
    await ctx.close();
  });

  test('reject all: nothing from analytics, on any page', async () => {
    const ctx = await newContext(h);
    const requests = recordRequests(ctx);
    const page = await ctx.newPage();
    await page.goto(`${h.app.urls.site}/`);
    await clickConsent(page, 'reject-all');
    for (const path of ['/pricing', '/cookie-policy', '/privacy']) await page.goto(`${h.app.urls.site}${path}`);
    await page.waitForTimeout(600);
    expect(requests.filter((r) => hostOf(r) === hostOf(h.app.urls.analytics))).toHaveLength(0);
    expect(await cookieNames(ctx)).toEqual([...ESSENTIAL_PUBLIC, 'cookieproof_consent'].sort());
    await ctx.close();
  });

  test('provider opt-out links: listed on the policy and privacy pages, and they work', async () => {
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    await page.goto(`${h.app.urls.site}/privacy`);
    const optOuts = await page
      .locator('.providers a', { hasText: 'opt-out' })
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(optOuts.sort()).toEqual([`${h.app.urls.analytics}/opt-out`, `${h.app.urls.datahub}/connections`].sort());
    await page.goto(h.app.urls.policy);
    const policyLinks = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of optOuts) expect(policyLinks).toContain(link);
    for (const link of optOuts) {
      const res = await page.goto(link);
      expect(res?.status()).toBe(200);
    }
    await expect(page.locator('main').textContent()).resolves.toContain('Revoking stops');
    // The Google opt-out add-on's switch is honoured by the tag: nothing is sent and no cookie is written.
    await ctx.addInitScript(() => {
      (window as unknown as Record<string, boolean>)['ga-disable-G-AIPROMO1'] = true;
    });
    const requests = recordRequests(ctx);
    const p2 = await ctx.newPage();
    await p2.goto(`${h.app.urls.site}/`);
    await clickConsent(p2, 'accept-all');
    await p2.waitForTimeout(700);
    expect(requests.some((r) => r.url().includes('/gtag/js'))).toBe(true);
    expect(requests.some((r) => r.url().includes('/g/collect'))).toBe(false);
    expect(await cookieNames(ctx, h.app.urls.site)).not.toContain('_ga');
    await ctx.close();
  });

  test('updates: the policy shows the current version with its effective date, and the history', async () => {
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    await page.goto(h.app.urls.policy);
    const text = await page.locator('main').textContent();
    expect(text).toMatch(/2026\.2/);
    expect(text).toMatch(/2026-11-15|15 November 2026|November 15, 2026/);
    expect(text).toMatch(/2026\.1/);
    expect(text).toMatch(/2026-05-01|1 May 2026|May 1, 2026/);
    await expect(page.locator('time[datetime="2026-11-15"]').count()).resolves.toBeGreaterThan(0);
    await ctx.close();
  });

  test('FAQ: the public site uses Google Analytics (after consent), and the cookie policy supplements the privacy policy', async () => {
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    await page.goto(h.app.urls.policy);
    const text = await page.locator('main').textContent();
    expect(text).toContain('Google Analytics');
    const privacyLink = page.locator(`main a[href="${h.app.urls.site}/privacy"], main a[href="/privacy"]`).first();
    await privacyLink.click();
    await page.waitForURL(`${h.app.urls.site}/privacy`);
    await expect(page.locator('main').textContent()).resolves.toContain('supplements this privacy policy');
    await ctx.close();
  });
});
