import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  axeViolations,
  clickConsent,
  type Harness,
  newContext,
  signIn,
  signInWithAcme,
  startHarness,
  storageKeys,
} from './e2e-support.ts';

// The dashboard's essential server state (onboarding progress), the login rate limit, and accessibility of the
// pages every visitor sees, in a real browser against the running app.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('dashboard account', () => {
  test('onboarding progress is essential server state: kept across browsers, with every optional category refused', async () => {
    const first = await newContext(h);
    const page = await first.newPage();
    await signIn(page, h);
    await clickConsent(page, 'reject-all');
    await page.goto(`${h.app.urls.app}/onboarding`);
    const form = page.locator('[data-testid="onboarding-form"]');
    const step = Number(await form.getAttribute('data-onboarding-step'));
    expect(step).toBeLessThan(3);
    await form.locator('input[name="value"]').fill('Promo Pals');
    await Promise.all([page.waitForURL(/\/onboarding$/), form.locator('button').click()]);
    await expect(form.getAttribute('data-onboarding-step')).resolves.toBe(String(step + 1));
    // Nothing of the progress lives in this browser's persistent storage.
    expect((await storageKeys(page)).local).toEqual([]);
    await first.close();

    // Another browser with an empty jar and empty storage continues where the first one stopped.
    const second = await newContext(h);
    const again = await second.newPage();
    await signIn(again, h);
    await expect(again.locator('[data-testid="onboarding-status"]').textContent()).resolves.toContain(
      `Step ${step + 1} of 3`,
    );
    await again.goto(`${h.app.urls.app}/onboarding`);
    await expect(again.locator('[data-testid="onboarding-form"]').getAttribute('data-onboarding-step')).resolves.toBe(
      String(step + 1),
    );
    await second.close();
  });

  test('public pages, sign-in and the dashboard have no WCAG 2.2 AA violations, banner and dialog included', async () => {
    // axe is injected as an inline script, which the site's CSP rightly forbids; only this test bypasses it.
    const ctx = await h.browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    const pages = ['/', '/pricing', '/privacy', '/cookie-policy'].map((p) => `${h.app.urls.site}${p}`);
    for (const url of [...pages, `${h.app.urls.app}/sign-in`]) {
      await page.goto(url);
      await page.locator('[data-cookieproof="banner"]').waitFor();
      expect(await axeViolations(page), url).toEqual([]);
    }
    await page.locator('[data-cookieproof="banner"] [data-cookieproof-action="preferences"]').click();
    await page.locator('[data-cookieproof="preferences"]').waitFor();
    expect(await axeViolations(page), 'preferences dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await signIn(page, h);
    for (const path of ['/dashboard', '/settings', '/integrations', '/billing']) {
      await page.goto(`${h.app.urls.app}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await ctx.close();
  });

  test('starting Acme ID sign-ins is limited per address: 20 unfinished starts, then 429 with Retry-After', async () => {
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    // A finished sign-in gives its start back, so it does not count towards the 20 below.
    await signInWithAcme(page, h);

    const outcomes: (string | number)[] = [];
    let limited: Response | null = null;
    for (let i = 0; i < 21; i++) {
      const res = (await page.goto(`${h.app.urls.app}/sso/acme`))!;
      outcomes.push(res.request().redirectedFrom() ? `to ${new URL(res.url()).origin}` : res.status());
      limited = res;
    }
    expect(outcomes).toEqual([...Array(20).fill(`to ${h.app.urls.id}`), 429]);
    expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="rate-limited"]').textContent()).resolves.toContain('Too many attempts');
    await ctx.close();
  });

  // Last: it locks the demo account out for the rest of this app's run.
  test('login is rate limited per account: the sixth attempt gets 429 with Retry-After, even with the right password', async () => {
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    const statuses: number[] = [];
    page.on('response', (r) => {
      if (r.request().method() === 'POST' && r.url().endsWith('/sign-in')) statuses.push(r.status());
    });
    await page.goto(`${h.app.urls.app}/sign-in`);
    for (let i = 0; i < 5; i++) {
      await page.fill('#email', h.app.demoAccount.email);
      await page.fill('#password', `wrong-${i}`);
      await Promise.all([
        page.waitForLoadState('load'),
        page.click('[data-testid="sign-in-form"] button[type=submit]'),
      ]);
      await page.locator('[data-testid="auth-error"]').waitFor();
    }
    await page.fill('#email', h.app.demoAccount.email);
    await page.fill('#password', h.app.demoAccount.password);
    const [limited] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/sign-in')),
      page.click('[data-testid="sign-in-form"] button[type=submit]'),
    ]);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="rate-limited"]').textContent()).resolves.toContain('Too many attempts');
    expect((await ctx.cookies(h.app.urls.app)).map((c) => c.name)).not.toContain('__Host-aip_session');
    await ctx.close();
  });
});
