import type { ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, newContext, signIn, startHarness } from './e2e-support.ts';
import { serviceFetch } from './service-fetch.ts';

// Every page a visitor opens, AI Promo's and the stand-in providers', names an icon that loads, so Chromium never
// asks for a missing /favicon.ico and never logs a 404 for it (or for anything else).

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('favicons', () => {
  test('no page of AI Promo or of the stand-in providers logs a failed load in Chromium', async () => {
    const u = h.app.urls;
    const pages = [
      `${u.site}/`,
      `${u.site}/pricing`,
      `${u.site}/cookie-policy`,
      `${u.site}/privacy`,
      `${u.site}/providers/nimbus-edge/privacy`,
      `${u.app}/sign-in`,
      `${u.app}/dashboard`,
      `${u.id}/privacy`,
      `${u.analytics}/privacy`,
      `${u.analytics}/opt-out`,
      `${u.pay}/privacy`,
      `${u.datahub}/`,
      `${u.datahub}/privacy`,
    ];
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    const failed: string[] = [];
    const onConsole = (m: ConsoleMessage) => {
      if (m.type() === 'error' && m.text().startsWith('Failed to load resource'))
        failed.push(`${page.url()}: ${m.text()}`);
    };
    page.on('console', onConsole);
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.url()}: ${r.status()}`);
    });
    await signIn(page, h);
    for (const url of pages) {
      await page.goto(url);
      // The icon Chromium will load for this page: one is named, and it is there.
      const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '');
      expect(icon, url).not.toBe('');
      if (!icon.startsWith('data:')) expect((await serviceFetch(icon)).status, icon).toBe(200);
    }
    // Whatever the last page still loads has finished once the next navigation does.
    await page.goto('about:blank');
    expect(failed).toEqual([]);
    await ctx.close();
  });
});
