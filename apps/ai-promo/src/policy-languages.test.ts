import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type Harness, startHarness } from './e2e-support.ts';

// AI Promo's policy page follows the visitor's browser language among the five it declares, with ?lang= as the
// visitor's own override and links between the versions. Run on the "practices changed" variant, whose page also
// states per jurisdiction what is on by default and how to opt out, so that section is checked in each language.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ signalsMode: 'honor' });
});
afterAll(async () => {
  await h?.close();
});

/** A browser whose languages are `locale` (navigator.languages and the Accept-Language header). */
const browserIn = (locale: string, options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> =>
  h.browser.newContext({ locale, ...options });

describe('the policy page in the visitor’s language', () => {
  test('a French browser gets the French page, per-region section included, and a French banner', async () => {
    const ctx = await browserIn('fr-FR');
    const page = await ctx.newPage();
    const res = await page.goto(h.app.urls.policy);
    expect(res?.headers()['content-language']).toBe('fr');
    expect(res?.headers().vary).toMatch(/Accept-Language/i);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('html', 'dir')).toBeNull();
    await expect(page.locator('main h1').textContent()).resolves.toBe('Politique relative aux cookies');
    const regions = await page.locator('#regions').textContent();
    expect(regions).toContain(
      'US-CA : les catégories facultatives peuvent être actives jusqu’à ce que vous vous y opposiez.',
    );
    expect(regions).toContain('« Ne pas vendre ni partager mes informations personnelles »');
    expect(regions).not.toMatch(/opt out|choose/);
    await expect(page.title()).resolves.toBe('Politique relative aux cookies · AI Promo Services');
    // The banner follows the same rule on the same page.
    await expect(page.locator('[data-cookieproof="banner"]').textContent()).resolves.toContain(
      'Vos choix de confidentialité',
    );
    await ctx.close();
  });

  test('an Arabic browser gets the page right to left, axe clean with the banner open', async () => {
    const ctx = await browserIn('ar-EG', { bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(h.app.urls.policy);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await expect(page.locator('main h1').textContent()).resolves.toBe('سياسة ملفات تعريف الارتباط');
    await expect(page.locator('#regions').textContent()).resolves.toContain(
      'US-CA: قد تكون الفئات الاختيارية مفعّلة إلى أن تلغي اشتراكك.',
    );
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).direction)).toBe('rtl');
    // Right to left must not push anything off the start of the page, where it would scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.locator('[data-cookieproof="banner"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });

  test('?lang= overrides the browser, the language links lead to each version, and the default is English', async () => {
    const ctx = await browserIn('fr-FR');
    const page = await ctx.newPage();
    await page.goto(`${h.app.urls.policy}?lang=es`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    // A language the site does not declare is no override: the browser's language stands.
    await page.goto(`${h.app.urls.policy}?lang=ja`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    const links = page.locator('nav.languages a');
    expect(await links.allTextContents()).toEqual(['English', 'Deutsch', 'Français', 'Español', 'العربية']);
    await expect(page.locator('nav.languages a[aria-current="page"]').textContent()).resolves.toBe('Français');
    await Promise.all([page.waitForURL(/lang=de$/), links.filter({ hasText: 'Deutsch' }).click()]);
    await expect(page.locator('main h1').textContent()).resolves.toBe('Cookie-Richtlinie');
    await ctx.close();

    const japanese = await browserIn('ja-JP');
    const other = await japanese.newPage();
    await other.goto(h.app.urls.policy);
    expect(await other.getAttribute('html', 'lang')).toBe('en');
    await expect(other.locator('main h1').textContent()).resolves.toBe('Cookie Policy');
    await japanese.close();
  });
});
