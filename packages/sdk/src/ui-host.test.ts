import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, hostPage, launch, type Site, startSite } from '../test/harness.ts';

// The UI chunk as the core drives it, through its one entry `show(host, action)`, with a Host the test page makes:
// the actions are named, so what the core asks for reads as what it means. Each regime's view, as the real core
// asks for it, is tested in regimes.test.ts.

let browser: Browser;
let site: Site;
let dispose: () => Promise<void>;
let context: BrowserContext | undefined;

const banner = '[data-cookieproof="banner"]';
const dialog = '[data-cookieproof="preferences"]';

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  [browser, site] = await Promise.all([launch(), startSite(b.build)]);
  site.route('/quiet', hostPage(site.port, { first: null }));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), dispose?.()]);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(path: string): Promise<Page> {
  context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(site.origin + path);
  return p;
}

describe('the UI interface: named actions', () => {
  it('shows the banner, the preferences dialog and the blocked notice, and hides them, by name', async () => {
    const p = await open('/quiet');
    await p.waitForFunction(() => !!window.ui);
    expect(await p.locator(banner).count()).toBe(0);
    await p.evaluate(() => window.ui.show('banner'));
    await p.waitForSelector(banner);
    await p.evaluate(() => window.ui.show('preferences'));
    await p.waitForSelector(`${dialog}[open]`);
    await p.evaluate(() => window.ui.show('hide'));
    await expect.poll(() => p.locator(`${banner}, ${dialog}`).count()).toBe(0);
    // A click on the UI's own buttons goes through the same entry.
    await p.evaluate(() => window.ui.show('banner'));
    await p.click(`${banner} [data-cookieproof-action="reject-all"]`);
    expect(await p.evaluate(() => window.ui.decisions)).toEqual([{}]);
    await expect.poll(() => p.locator(banner).count()).toBe(0);
    // An action the UI does not know does nothing and throws nothing into the page.
    await p.evaluate(() => window.ui.show('no-such-action' as never));
    expect(await p.locator(banner).count()).toBe(0);
    // Storage blocked: the notice, and "cookie settings" shows it again (no choice could be kept).
    await p.evaluate(() => window.ui.show('blocked'));
    await p.waitForSelector('[data-cookieproof="notice"]');
    await p.click('[data-cookieproof="notice"] button');
    await expect.poll(() => p.locator('[data-cookieproof="notice"]').count()).toBe(0);
    await p.evaluate(() => window.ui.show('preferences'));
    await p.waitForSelector('[data-cookieproof="notice"]');
    expect(await p.locator(dialog).count()).toBe(0);
  });
});
