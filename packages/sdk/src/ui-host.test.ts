import { localePack } from '@cookieproof/schema';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axe, buildOnce, hostPage, launch, type Site, startSite } from '../test/harness.ts';

// The UI chunk as the core drives it, through its one entry `show(host, action)`, with a Host the test page makes:
// the actions are named, so what the core asks for reads as what it means; and each regime's view (the core tells
// the regime in `host.regime`).

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
  const on = { essential: true, analytics: true, preferences: true, marketing: true };
  site.route('/opt-out', hostPage(site.port, { host: { regime: 'opt-out', choices: on } }));
  site.route(
    '/opt-out-gpc',
    hostPage(site.port, {
      host: {
        regime: 'opt-out',
        choices: { ...on, marketing: false },
        honored: true,
        signals: { gpc: true, dnt: null },
      },
    }),
  );
  site.route('/notice', hostPage(site.port, { host: { regime: 'notice', choices: on } }));
  site.route('/notice-ar', hostPage(site.port, { host: { regime: 'notice', choices: on } }));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), dispose?.()]);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(path: string, locale = 'en-US'): Promise<Page> {
  context = await browser.newContext({ locale });
  const p = await context.newPage();
  await p.goto(site.origin + path);
  return p;
}

/** The UI's chunks the page loaded, by file name. */
const chunks = (from: number) =>
  site.requests
    .slice(from)
    .map((r) => r.replace(/^.*\//, ''))
    .filter((f) => f.startsWith('cookieproof-'));

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

describe('opt-out regime', () => {
  const entry = '[data-cookieproof="opt-out"]';

  it('shows no banner but a "do not sell or share" entry point that opens the preferences and stays', async () => {
    const before = site.requests.length;
    const p = await open('/opt-out');
    await p.waitForSelector(entry);
    expect(await p.locator(banner).count()).toBe(0);
    const en = localePack('en')!.strings;
    expect(await p.textContent(`${entry} button`)).toBe(en.optOut);
    expect(await p.textContent(entry)).not.toContain(en.optOutHonored);
    expect(await axe(p, entry)).toEqual([]);
    await p.click(`${entry} button`);
    await p.waitForSelector(`${dialog}[open]`);
    expect(await axe(p, dialog)).toEqual([]);
    // The sale/share category is on, as the regime has it, and the visitor switches it off.
    const marketing = `${dialog} [name="marketing"]`;
    expect(await p.isChecked(marketing)).toBe(true);
    expect(await p.isEnabled(marketing)).toBe(true);
    await p.uncheck(marketing);
    await p.click(`${dialog} [data-cookieproof-action="save"]`);
    expect(await p.evaluate(() => window.ui.decisions)).toEqual([
      { essential: true, analytics: true, preferences: true, marketing: false },
    ]);
    await expect.poll(() => p.locator(dialog).count()).toBe(0);
    // Still there after the decision (the core shows it again on every page).
    expect(await p.locator(entry).count()).toBe(1);
    expect(chunks(before)).toEqual(['cookieproof-ui.js', 'cookieproof-opt-out-en.js']);
  });

  it('says "Opt-out request honored" when a GPC signal was honored, in the visitor\'s language', async () => {
    const p = await open('/opt-out-gpc', 'de-DE');
    await p.waitForSelector(entry);
    const de = localePack('de')!.strings;
    expect(await p.textContent(`${entry} button`)).toBe(de.optOut);
    expect(await p.textContent(`${entry} [role="status"]`)).toBe(de.optOutHonored);
    await p.click(`${entry} button`);
    await p.waitForSelector(`${dialog}[open]`);
    expect(await p.isChecked(`${dialog} [name="marketing"]`)).toBe(false);
    expect(await p.isDisabled(`${dialog} [name="marketing"]`)).toBe(true);
  });
});

describe('notice regime', () => {
  it('informs with one OK button, which keeps what the core applied; "preferences" shows the notice again', async () => {
    const before = site.requests.length;
    const p = await open('/notice');
    await p.waitForSelector(banner);
    const en = localePack('en')!.strings;
    const [lead, tail] = en.notice.split('{policy}');
    expect(await p.textContent(`${banner} p`)).toBe(`${lead}${en.policy}${tail}`);
    expect(await p.getAttribute(`${banner} p a`, 'href')).toBe('/cookie-policy');
    expect(await p.locator(`${banner} button`).allTextContents()).toEqual([en.ok]);
    expect(await axe(p, banner)).toEqual([]);
    await p.click(`${banner} button`);
    expect(await p.evaluate(() => window.ui.decisions)).toEqual([
      { essential: true, analytics: true, preferences: true, marketing: true },
    ]);
    await expect.poll(() => p.locator(banner).count()).toBe(0);
    await p.evaluate(() => window.ui.show('preferences'));
    await p.waitForSelector(banner);
    expect(await p.locator(dialog).count()).toBe(0);
    expect(chunks(before)).toEqual(['cookieproof-ui.js', 'cookieproof-notice-en.js']);
  });

  it('reads right to left in Arabic, axe clean', async () => {
    const p = await open('/notice-ar', 'ar');
    await p.waitForSelector(banner);
    expect(await p.getAttribute(banner, 'dir')).toBe('rtl');
    expect(await p.textContent(`${banner} button`)).toBe(localePack('ar')!.strings.ok);
    expect(await axe(p, banner)).toEqual([]);
  });
});
