import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, launch, page, type Site, startSite, testConfig } from '../test/harness.ts';

// One choice on every surface of a site that shares a registrable domain (AI Promo's aipromo.localhost and
// app.aipromo.localhost): asked once, and a withdrawal on one holds on all. That each receipt names the surface it
// was made on is tested with the real consent server (packages/server/src/sdk-receipts.test.ts).

let browser: Browser;
let site: Site;
let dispose: () => Promise<void>;
let context: BrowserContext | undefined;

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  [browser, site] = await Promise.all([launch(), startSite(b.build)]);
  for (const surface of ['public', 'dashboard'])
    site.route(
      `/${surface}`,
      page(site.port, { config: testConfig(site.port, { surface, cookieDomain: 'aipromo.localhost' }) }),
    );
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), dispose?.()]);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

const publicUrl = () => `http://aipromo.localhost:${site.port}/public`;
const dashboardUrl = () => `http://app.aipromo.localhost:${site.port}/dashboard`;
const banner = '[data-cookieproof="banner"]';

async function visit(p: Page, url: string) {
  await p.goto(url);
  await p.waitForFunction(() => window.cookieproof.status().ready);
}

describe('surfaces sharing a registrable domain', () => {
  it('ask once, and a withdrawal on one surface withdraws on all', async () => {
    context = await browser.newContext();
    const p = await context.newPage();
    await visit(p, publicUrl());
    await p.click(`${banner} [data-cookieproof-action="accept-all"]`);

    await visit(p, dashboardUrl());
    expect(await p.locator(banner).count()).toBe(0);
    expect(await p.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(true);
    await p.evaluate(() => window.cookieproof.set({ analytics: false }));

    await visit(p, publicUrl());
    expect(await p.locator(banner).count()).toBe(0);
    expect(await p.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(false);
    expect(await p.evaluate(() => window.cookieproof.allowed('marketing'))).toBe(true);
    // One consent cookie, on the shared domain.
    const cookies = (await context.cookies(publicUrl())).filter((c) => c.name === 'cookieproof_consent');
    expect(cookies.map((c) => c.domain)).toEqual(['.aipromo.localhost']);
  });

  it('a host outside the shared domain (a staging copy) keeps its own host-only choice', async () => {
    context = await browser.newContext();
    const p = await context.newPage();
    await visit(p, `${site.origin}/public`);
    await p.evaluate(() => window.cookieproof.acceptAll());
    await visit(p, `${site.origin}/public`);
    expect(await p.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(true);
    const cookies = (await context.cookies(site.origin)).filter((c) => c.name === 'cookieproof_consent');
    expect(cookies.map((c) => c.domain)).toEqual(['site.localhost']);
  });
});
