import type { Page } from 'playwright-core';
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
  signInWithAcme,
  startHarness,
  storageKeys,
  waitFor,
} from './e2e-support.ts';

// The cookie policy's statements about the dashboard and its providers, checked in a real browser.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const PREF_KEYS = ['aip_dismissed_notices', 'aip_onboarding_hints', 'aip_settings', 'aip_workspace'];
const recordCount = async (page: Page) =>
  Number(/(\d+) imported records/.exec((await page.locator('[data-testid="record-count"]').textContent()) ?? '')?.[1]);

describe('cookie policy: dashboard', () => {
  test('essential: session and CSRF cookies are __Host-, HttpOnly, Secure, SameSite=Lax, and stay after reject all', async () => {
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    await signIn(page, h);
    await clickConsent(page, 'reject-all');
    const jar = await ctx.cookies(h.app.urls.app);
    for (const name of ['__Host-aip_session', '__Host-aip_csrf']) {
      const c = jar.find((x) => x.name === name);
      expect(c, name).toMatchObject({
        httpOnly: true,
        secure: true,
        sameSite: 'Lax',
        path: '/',
        domain: 'app.aipromo.localhost',
      });
    }
    const session = jar.find((c) => c.name === '__Host-aip_session')!;
    expect(session.expires * 1000 - Date.now()).toBeLessThanOrEqual(14 * 86_400_000 + 60_000);
    expect(jar.find((c) => c.name === '__Host-aip_csrf')!.expires).toBe(-1);
    expect(await page.evaluate(() => document.cookie.includes('aip_session'))).toBe(false);
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toContain('Hello');
    expect(await cookieNames(ctx, h.app.urls.app)).toEqual(
      ['__Host-aip_csrf', '__Host-aip_session', '__nimbus_bm', 'cookieproof_consent', 'nimbus_route'].sort(),
    );
    await ctx.close();
  });

  test('analytics: product analytics and diagnostics only in the dashboard and only after consent', async () => {
    const ctx = await newContext(h);
    const requests = recordRequests(ctx);
    const csp = recordCspViolations(ctx);
    const page = await ctx.newPage();
    const beacons = () => requests.filter((r) => r.url().startsWith(`${h.app.urls.app}/api/analytics/`));
    await signIn(page, h);
    await page.locator('[data-cookieproof="banner"]').waitFor();
    await page.goto(`${h.app.urls.app}/settings`);
    await page.waitForTimeout(500);
    expect(beacons()).toHaveLength(0);
    expect(await storageKeys(page)).toEqual({ local: [], session: [] });

    await clickConsent(page, 'accept-all');
    await waitFor(
      async () =>
        beacons().some((r) => r.url().endsWith('/events')) && beacons().some((r) => r.url().endsWith('/vitals')),
      'beacons',
    );
    const event = JSON.parse(
      beacons()
        .find((r) => r.url().endsWith('/events'))!
        .postData() ?? '{}',
    );
    expect(event.type).toBe('page_view');
    const keys = await storageKeys(page);
    expect(keys.local).toContain('aip_pa_id');
    expect(keys.session).toContain('aip_diag_session');
    expect(requests.some((r) => hostOf(r) === hostOf(h.app.urls.analytics))).toBe(false);

    // The public site never sends product analytics.
    const before = requests.length;
    await page.goto(`${h.app.urls.site}/`);
    await page.waitForTimeout(300);
    expect(requests.slice(before).some((r) => r.url().includes('/api/analytics/'))).toBe(false);

    // Withdrawing stops the beacons and deletes their storage.
    await page.goto(`${h.app.urls.app}/dashboard`);
    await page.click('[data-testid="cookie-settings"]');
    await page.locator('[data-cookieproof="preferences"] input[name="analytics"]').uncheck();
    await page.click('[data-cookieproof="preferences"] [data-cookieproof-action="save"]');
    // Count from the moment the withdrawal is in force; beacons the page issued before it may still be arriving.
    await page.waitForFunction(
      () =>
        (window as unknown as { cookieproof?: { allowed(c: string): boolean } }).cookieproof?.allowed('analytics') ===
        false,
    );
    await page.waitForTimeout(500);
    const sent = beacons().length;
    await page.goto(`${h.app.urls.app}/dashboard`);
    await page.click('a[data-track="open-integrations"]');
    await page.waitForURL(/integrations/);
    await page.waitForTimeout(500);
    expect(beacons()).toHaveLength(sent);
    const after = await storageKeys(page);
    expect(after.local).not.toContain('aip_pa_id');
    expect(after.session).not.toContain('aip_diag_session');
    expect(csp).toEqual([]);
    await ctx.close();
  });

  test('preferences: remembered in the browser only with consent, server defaults otherwise', async () => {
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    await signIn(page, h);
    await clickConsent(page, 'reject-all');
    const defaultWs = await page.locator('[data-testid="current-workspace"]').textContent();
    await page.selectOption('#ws', { label: 'Launch campaign' });
    await Promise.all([page.waitForURL(/ws=/), page.click('[data-testid="workspace-switcher"] button')]);
    await page.locator('body[data-prefs-applied]').waitFor({ state: 'attached' });
    await expect(page.locator('[data-testid="current-workspace"]').textContent()).resolves.toBe('Launch campaign');
    await page.click('[data-testid="notice-datahub-launch"] [data-dismiss]');
    await page.click('[data-testid="hint-switch-workspace"] [data-hint-done]');
    expect((await storageKeys(page)).local).toEqual([]);
    await page.goto(`${h.app.urls.app}/dashboard`);
    await expect(page.locator('[data-testid="current-workspace"]').textContent()).resolves.toBe(defaultWs);
    await page.locator('body[data-prefs-applied]').waitFor({ state: 'attached' });
    await expect(page.locator('[data-testid="notice-datahub-launch"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-testid="hint-switch-workspace"]').isVisible()).resolves.toBe(true);

    // With preferences allowed, the same choices are kept in localStorage and survive a new visit.
    await page.click('[data-testid="cookie-settings"]');
    await page.locator('[data-cookieproof="preferences"] input[name="preferences"]').check();
    await page.click('[data-cookieproof="preferences"] [data-cookieproof-action="save"]');
    await page.selectOption('#ws', { label: 'Launch campaign' });
    await Promise.all([page.waitForURL(/ws=/), page.click('[data-testid="workspace-switcher"] button')]);
    await page.locator('body[data-prefs-applied]').waitFor({ state: 'attached' });
    await page.click('[data-testid="notice-datahub-launch"] [data-dismiss]');
    await page.click('[data-testid="hint-switch-workspace"] [data-hint-done]');
    await page.goto(`${h.app.urls.app}/settings`);
    await page.check('#compact-tables');
    expect((await storageKeys(page)).local).toEqual(PREF_KEYS);
    await page.goto(`${h.app.urls.app}/dashboard`);
    await page.waitForURL(/ws=/);
    await expect(page.locator('[data-testid="current-workspace"]').textContent()).resolves.toBe('Launch campaign');
    await page.locator('body[data-prefs-applied]').waitFor({ state: 'attached' });
    await expect(page.locator('[data-testid="notice-datahub-launch"]').isVisible()).resolves.toBe(false);
    await expect(page.locator('body.compact').count()).resolves.toBe(1);

    // Withdrawing preferences deletes every remembered choice.
    await page.click('[data-testid="cookie-settings"]');
    await page.locator('[data-cookieproof="preferences"] input[name="preferences"]').uncheck();
    await page.click('[data-cookieproof="preferences"] [data-cookieproof-action="save"]');
    await waitFor(async () => (await storageKeys(page)).local.length === 0, 'preference keys deleted');
    await ctx.close();
  });

  test('third parties: PayHost, DataHub and Acme ID set only their own declared cookies on their own hosts', async () => {
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    await signIn(page, h);
    await clickConsent(page, 'reject-all');
    // Checkout: our checkout cookie, then PayHost's hosted page with its two cookies, then the signed callback.
    await page.goto(`${h.app.urls.app}/billing`);
    await page.click('[data-testid="checkout-form"] button');
    await page.waitForURL(`${h.app.urls.pay}/pay/**`);
    const checkout = (await ctx.cookies(h.app.urls.app)).find((c) => c.name === '__Host-aip_checkout');
    expect(checkout).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
    expect(checkout!.expires * 1000 - Date.now()).toBeLessThanOrEqual(3_600_000 + 60_000);
    const pay = await ctx.cookies(h.app.urls.pay);
    expect(pay.map((c) => c.name).sort()).toEqual(['payhost_device', 'payhost_session']);
    for (const c of pay)
      expect(c).toMatchObject({ domain: 'pay.localhost', httpOnly: true, secure: true, sameSite: 'Lax' });
    expect(pay.find((c) => c.name === 'payhost_session')!.expires).toBe(-1);
    expect(pay.find((c) => c.name === 'payhost_device')!.expires * 1000 - Date.now()).toBeLessThanOrEqual(
      180 * 86_400_000 + 60_000,
    );
    await page.click('button[type=submit]:has-text("Pay")');
    await page.waitForURL(`${h.app.urls.app}/billing/return**`);
    await page.locator('[data-testid="checkout-paid"]').waitFor();
    expect((await ctx.cookies(h.app.urls.app)).some((c) => c.name === '__Host-aip_checkout')).toBe(false);

    // DataHub authorization sets datahub_auth for 10 minutes while the visitor decides.
    await page.goto(`${h.app.urls.app}/integrations`);
    await page.click('button:has-text("Connect DataHub")');
    await page.waitForURL(`${h.app.urls.datahub}/authorize**`);
    const auth = (await ctx.cookies(h.app.urls.datahub)).find((c) => c.name === 'datahub_auth');
    expect(auth).toMatchObject({ domain: 'datahub.localhost', httpOnly: true, secure: true, sameSite: 'Lax' });
    expect(auth!.expires * 1000 - Date.now()).toBeLessThanOrEqual(600_000 + 60_000);
    await page.click('button[value="deny"]');
    await page.waitForURL(`${h.app.urls.app}/integrations**`);

    // Acme ID sets acmeid_session on its own host when the visitor chooses it.
    const sso = await newContext(h);
    const p2 = await sso.newPage();
    await signInWithAcme(p2, h);
    const acme = await sso.cookies(h.app.urls.id);
    expect(acme.map((c) => c.name)).toEqual(['acmeid_session']);
    expect(acme[0]).toMatchObject({
      domain: 'id.localhost',
      httpOnly: true,
      secure: true,
      sameSite: 'Lax',
      expires: -1,
    });
    // Nothing undeclared anywhere: every cookie in both jars is one the declaration names.
    const declared = new Set([
      '__Host-aip_session',
      '__Host-aip_csrf',
      '__Host-aip_checkout',
      'cookieproof_consent',
      'nimbus_route',
      '__nimbus_bm',
      'payhost_session',
      'payhost_device',
      'datahub_auth',
      'acmeid_session',
    ]);
    for (const c of [...(await ctx.cookies()), ...(await sso.cookies())])
      expect(declared.has(c.name), c.name).toBe(true);
    await sso.close();
    await ctx.close();
  });

  test('integration disconnect: stops future pulls, keeps imported records and says so, deletion is separate', async () => {
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    await signIn(page, h);
    await clickConsent(page, 'reject-all');
    await page.goto(`${h.app.urls.app}/integrations`);
    await page.click('button:has-text("Connect DataHub")');
    await page.click('button[value="allow"]');
    await page.waitForURL(`${h.app.urls.app}/integrations**`);
    expect(await recordCount(page)).toBe(3);

    // A record added on DataHub arrives through the scheduler.
    const hub = await ctx.newPage();
    await hub.goto(`${h.app.urls.datahub}/`);
    await hub.fill('#title', 'Autumn promo results');
    await hub.click('button:has-text("Add record")');
    await waitFor(async () => {
      await page.reload();
      return (await recordCount(page)) === 4;
    }, 'scheduled pull');

    await page.click('[data-testid="disconnect-form"] button');
    await expect(page.locator('[data-testid="datahub-status"]').textContent()).resolves.toContain('no longer pull');
    await expect(page.locator('[data-testid="records-kept"]').textContent()).resolves.toContain(
      'did not delete the 4 records',
    );
    await hub.goto(`${h.app.urls.datahub}/connections`);
    const row = hub.locator('tr[data-grant]').last();
    await expect(row.locator('[data-testid="status"]').textContent()).resolves.toBe('revoked');
    const reads = await row.locator('[data-testid="api-calls"]').textContent();

    // New records on DataHub no longer arrive, and DataHub sees no more reads.
    await hub.goto(`${h.app.urls.datahub}/`);
    await hub.fill('#title', 'After disconnect');
    await hub.click('button:has-text("Add record")');
    await page.waitForTimeout(1500);
    await page.reload();
    expect(await recordCount(page)).toBe(4);
    await hub.goto(`${h.app.urls.datahub}/connections`);
    await expect(hub.locator('tr[data-grant]').last().locator('[data-testid="api-calls"]').textContent()).resolves.toBe(
      reads,
    );

    // Deleting the imported records is a separate, explicit action.
    await page.click('button:has-text("Delete imported DataHub records")');
    expect(await recordCount(page)).toBe(0);
    await ctx.close();
  });
});
