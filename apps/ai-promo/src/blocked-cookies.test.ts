import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { blockedCookiesContext, type Harness, startHarness } from './e2e-support.ts';

// "You can block or delete cookies through your browser settings ... Blocking essential technologies may prevent
// sign-in, checkout, onboarding, or dashboard features from working." and the FAQ "Can I use the dashboard with
// cookies blocked?": public pages load; sign-in, checkout and onboarding say why they cannot work.

let h: Harness;
let blocked: Awaited<ReturnType<typeof blockedCookiesContext>>;
beforeAll(async () => {
  h = await startHarness();
  blocked = await blockedCookiesContext();
});
afterAll(async () => {
  await blocked?.close();
  await h?.close();
});

describe('cookie policy: blocking cookies in the browser', () => {
  test('the browser really blocks: nothing lands in the jar and storage throws', async () => {
    const page = await blocked.context.newPage();
    await page.goto(`${h.app.urls.site}/`);
    expect(await blocked.context.cookies()).toEqual([]);
    const storage = await page.evaluate(() => {
      try {
        localStorage.setItem('x', '1');
        return 'writable';
      } catch {
        return 'blocked';
      }
    });
    expect(storage).toBe('blocked');
    await page.close();
  });

  test('public pages still work', async () => {
    const page = await blocked.context.newPage();
    for (const [path, heading] of [
      ['/', 'Promotions that write themselves'],
      ['/pricing', 'Pricing'],
      ['/cookie-policy', 'Cookie'],
      ['/privacy', 'Privacy policy'],
    ] as const) {
      const res = await page.goto(`${h.app.urls.site}${path}`);
      expect(res?.status()).toBe(200);
      await expect(page.locator('h1').first().textContent()).resolves.toContain(heading);
    }
    await page.close();
  });

  test('sign-in explains that it needs essential cookies, before and after submitting', async () => {
    const page = await blocked.context.newPage();
    await page.goto(`${h.app.urls.app}/sign-in`);
    await expect(page.locator('[data-testid="essential-cookies-note"]').first().textContent()).resolves.toContain(
      'need essential cookies',
    );
    await page.fill('#email', h.app.demoAccount.email);
    await page.fill('#password', h.app.demoAccount.password);
    // The SDK stops the submit and points at its note instead of letting the form fail.
    await page.press('#password', 'Enter');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${h.app.urls.app}/sign-in`);
    // One note for both ways to sign in (password and Acme ID), not one per form.
    await page.locator('[data-testid="sign-in-forms"] .cp-req').waitFor();
    expect(await page.locator('.cp-req').count()).toBe(1);
    expect(await page.locator('[data-testid="essential-cookies-note"]').count()).toBe(1);
    // Without the SDK's help (form.submit() skips submit handlers), the server notices the missing cookies.
    const [res] = await Promise.all([
      page.waitForResponse(`${h.app.urls.app}/sign-in`),
      page.evaluate(() => (document.querySelector('[data-testid="sign-in-form"]') as HTMLFormElement).submit()),
    ]);
    expect(res.status()).toBe(400);
    await expect(page.locator('[data-testid="cookies-needed"]').textContent()).resolves.toContain(
      'Sign-in, checkout and onboarding need essential cookies',
    );
    expect(await blocked.context.cookies()).toEqual([]);
    await page.close();
  });

  test('checkout and onboarding explain it too instead of failing silently', async () => {
    const page = await blocked.context.newPage();
    await page.goto(`${h.app.urls.site}/pricing`);
    await page.locator('[data-testid="essential-cookies-note"]').first().waitFor();
    for (const path of ['/billing', '/onboarding']) {
      await page.goto(`${h.app.urls.app}${path}`);
      await page.locator('[data-testid="signin-needed"]').waitFor();
      await expect(page.locator('[data-testid="essential-cookies-note"]').first().textContent()).resolves.toContain(
        'checkout and onboarding',
      );
    }
    // A checkout or onboarding form posted without cookies gets the explanation, not a silent redirect.
    for (const path of ['/billing/checkout', '/onboarding']) {
      const [res] = await Promise.all([
        page.waitForResponse(`${h.app.urls.app}${path}`),
        page.evaluate((action) => {
          const form = document.createElement('form');
          form.method = 'post';
          form.action = action;
          for (const [k, v] of [
            ['_csrf', 'x'],
            ['step', '1'],
            ['value', 'x'],
          ]) {
            const input = document.createElement('input');
            input.type = 'hidden';
            input.name = k!;
            input.value = v!;
            form.append(input);
          }
          document.body.append(form);
          form.submit();
        }, path),
      ]);
      expect(res.status()).toBe(400);
      await page.locator('[data-testid="cookies-needed"]').waitFor();
    }
    await page.close();
  });
});
