import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { acceptedFingerprints, buildClientConfig, loadVersions } from '@cookieproof/schema';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, launch, page, type Site, startSite, testConfig } from '../test/harness.ts';

// The banner and the preferences dialog as people meet them: keyboard only, screen-reader semantics checked by
// axe-core, other languages and writing directions, dark mode and reduced motion, and a strict CSP.

let browser: Browser;
let site: Site;
let dispose: () => Promise<void>;
let context: BrowserContext | undefined;
let axeSource: string;

const banner = '[data-cookieproof="banner"]';
const dialog = '[data-cookieproof="preferences"]';
const NONCE = 'r4nd0mN0nce';

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  [browser, site] = await Promise.all([launch(), startSite(b.build)]);
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  site.route('/', page(site.port));
  site.route('/de', page(site.port, { lang: 'de' }));
  site.route(
    '/ar',
    page(site.port, {
      lang: 'ar',
      dir: 'rtl',
      config: testConfig(site.port, {
        strings: { ar: { title: 'خيارات الخصوصية', accept: 'قبول الكل', reject: 'رفض الكل', prefs: 'التفضيلات' } },
      }),
    }),
  );
  site.route(
    '/csp',
    page(site.port, {
      nonce: NONCE,
      body: `<script type="text/plain" data-cookieproof-category="preferences" nonce="${NONCE}">window.inlineRuns = 1;</script>`,
    }),
    {
      'content-security-policy': `default-src 'none'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self'; img-src ${site.tracker}; frame-src ${site.tracker}; connect-src 'self'; form-action 'self'`,
    },
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

async function open(path = '/', options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  context = await browser.newContext(options);
  const p = await context.newPage();
  await p.goto(site.origin + path);
  return p;
}

const consentCookie = async () =>
  (await context!.cookies(site.origin)).find((c) => c.name === 'cookieproof_consent')?.value;

/** Presses Tab until the focused element matches `selector`; fails if it never does. */
async function tabTo(p: Page, selector: string, max = 25) {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    if (await p.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function axe(p: Page, selector: string) {
  await p.addScriptTag({ content: axeSource });
  return p.evaluate(async (sel) => {
    const a = (window as unknown as { axe: { run: (c: Element, o: object) => Promise<{ violations: unknown[] }> } })
      .axe;
    const r = await a.run(document.querySelector(sel)!, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v) => {
      const x = v as { id: string; nodes: { html: string; failureSummary: string }[] };
      return `${x.id}: ${x.nodes.map((n) => `${n.html} ${n.failureSummary}`).join(' | ')}`;
    });
  }, selector);
}

describe('keyboard only', () => {
  it('reaches the banner first, traps focus in the dialog, Escape closes it without recording anything', async () => {
    const p = await open();
    await p.waitForSelector(banner);
    await p.keyboard.press('Tab');
    expect(await p.evaluate((b) => !!document.activeElement?.closest(b), banner)).toBe(true);
    await tabTo(p, `${banner} [data-cookieproof-action="preferences"]`);
    await p.keyboard.press('Enter');
    await p.waitForSelector(`${dialog}[open]`);
    expect(await p.evaluate((d) => !!document.activeElement?.closest(d), dialog)).toBe(true);
    // Tab and Shift+Tab never leave the dialog.
    for (let i = 0; i < 20; i++) {
      await p.keyboard.press(i < 12 ? 'Tab' : 'Shift+Tab');
      expect(await p.evaluate((d) => !!document.activeElement?.closest(d), dialog)).toBe(true);
    }
    await p.keyboard.press('Escape');
    await expect.poll(() => p.locator(dialog).count()).toBe(0);
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-cookieproof-action') ?? 'none')).toBe(
      'preferences',
    );
    expect(await consentCookie()).toBeUndefined();
    expect(await p.evaluate(() => window.cookieproof.getConsent())).toBeNull();
    expect(await p.locator(banner).count()).toBe(1);

    // Choose one category and save, keyboard only.
    await p.keyboard.press('Enter');
    await p.waitForSelector(`${dialog}[open]`);
    await tabTo(p, '#cp-c-analytics');
    await p.keyboard.press('Space');
    await tabTo(p, `${dialog} [data-cookieproof-action="save"]`);
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    expect(await p.evaluate(() => window.cookieproof.getConsent()?.choices)).toEqual({
      essential: true,
      analytics: true,
      preferences: false,
      marketing: false,
    });
    expect(await p.locator(banner).count()).toBe(0);
  });

  it('Reject all is one key press, like Accept all', async () => {
    const p = await open();
    await p.waitForSelector(banner);
    await tabTo(p, `${banner} [data-cookieproof-action="reject-all"]`);
    await p.keyboard.press('Enter');
    await expect.poll(() => p.locator(banner).count()).toBe(0);
    expect(await consentCookie()).toMatch(/^1\.\d+\.[0-9a-f]{16}\.\.\.$/);
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA tags)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`banner and dialog have no violations in ${scheme} mode`, async () => {
      const p = await open('/', { colorScheme: scheme });
      await p.waitForSelector(banner);
      expect(await axe(p, banner)).toEqual([]);
      await p.click(`${banner} [data-cookieproof-action="preferences"]`);
      await p.waitForSelector(`${dialog}[open]`);
      await p.click(`${dialog} details summary`);
      expect(await axe(p, dialog)).toEqual([]);
      expect(await p.getAttribute(dialog, 'role')).toBe('dialog');
      expect(await p.getAttribute(dialog, 'aria-modal')).toBe('true');
      const label = await p.getAttribute(dialog, 'aria-labelledby');
      expect(await p.textContent(`#${label}`)).toBe('Cookie preferences');
    });
  }

  it('Accept all and Reject all look the same', async () => {
    const p = await open();
    await p.waitForSelector(banner);
    const look = (action: string) =>
      p.$eval(`${banner} [data-cookieproof-action="${action}"]`, (b) => {
        const s = getComputedStyle(b);
        return [s.fontSize, s.fontWeight, s.backgroundColor, s.color, Math.round(b.getBoundingClientRect().height)];
      });
    expect(await look('reject-all')).toEqual(await look('accept-all'));
  });

  it('keeps focused content clear of the fixed banner (scroll padding = banner height)', async () => {
    const p = await open();
    await p.waitForSelector(banner);
    const [pad, height] = await p.evaluate((b) => {
      return [
        getComputedStyle(document.documentElement).scrollPaddingBottom,
        `${(document.querySelector(b) as HTMLElement).offsetHeight}px`,
      ];
    }, banner);
    expect(pad).toBe(height);
  });
});

describe('languages, direction, motion', () => {
  it('shows German strings and category titles to a German browser', async () => {
    const p = await open('/de', { locale: 'de-DE' });
    await p.waitForSelector(banner);
    expect(await p.getAttribute(banner, 'lang')).toBe('de');
    expect(await p.textContent(`${banner} [data-cookieproof-action="accept-all"]`)).toBe('Alle akzeptieren');
    expect(await p.textContent(`${banner} [data-cookieproof-action="reject-all"]`)).toBe('Alle ablehnen');
    await p.click(`${banner} [data-cookieproof-action="preferences"]`);
    await p.waitForSelector(`${dialog}[open]`);
    expect(await p.textContent(dialog)).toContain('Statistik');
    expect(await axe(p, dialog)).toEqual([]);
  });

  it('lays out right to left with strings from the config', async () => {
    const p = await open('/ar', { locale: 'ar' });
    await p.waitForSelector(banner);
    expect(await p.getAttribute(banner, 'dir')).toBe('rtl');
    expect(await p.getAttribute(banner, 'lang')).toBe('ar');
    expect(await p.textContent(`${banner} [data-cookieproof-action="accept-all"]`)).toBe('قبول الكل');
    expect(await p.$eval(banner, (b) => getComputedStyle(b).direction)).toBe('rtl');
  });

  it("follows the browser's languages over the page's lang, downloads that locale only, and is axe clean in Hebrew", async () => {
    context = await browser.newContext();
    // French is not declared, so the second language is the one shown.
    await context.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['fr-FR', 'he-IL'] }));
    const p = await context.newPage();
    const before = site.requests.length;
    await p.goto(`${site.origin}/`);
    await p.waitForSelector(banner);
    expect(await p.getAttribute(banner, 'lang')).toBe('he');
    expect(await p.getAttribute(banner, 'dir')).toBe('rtl');
    expect(await p.textContent(`${banner} [data-cookieproof-action="accept-all"]`)).toBe('לקבל הכול');
    expect(await axe(p, banner)).toEqual([]);
    await p.click(`${banner} [data-cookieproof-action="preferences"]`);
    await p.waitForSelector(`${dialog}[open]`);
    expect(await p.getAttribute(dialog, 'dir')).toBe('rtl');
    expect(await axe(p, dialog)).toEqual([]);
    const locales = site.requests.slice(before).filter((r) => r.includes('cookieproof-locale-'));
    expect(locales.map((r) => r.replace(/^.*\//, ''))).toEqual(['cookieproof-locale-he.js']);
  });

  it('falls back to the page lang, then the default, when no browser language is declared', async () => {
    const p = await open('/de', { locale: 'fr-FR' });
    await p.waitForSelector(banner);
    expect(await p.getAttribute(banner, 'lang')).toBe('de');
    await context!.close();
    const q = await open('/', { locale: 'fr-FR' });
    await q.waitForSelector(banner);
    expect(await q.getAttribute(banner, 'lang')).toBe('en');
    expect(await q.getAttribute(banner, 'dir')).toBe('ltr');
  });

  it('animates the banner only when motion is not reduced', async () => {
    const moving = await open('/');
    await moving.waitForSelector(banner);
    expect(await moving.$eval(banner, (b) => getComputedStyle(b).animationName)).toBe('cp-in');
    await context!.close();
    const still = await open('/', { reducedMotion: 'reduce' });
    await still.waitForSelector(banner);
    expect(await still.$eval(banner, (b) => getComputedStyle(b).animationName)).toBe('none');
  });
});

describe('the reference site declaration', () => {
  it('lists the categories, technologies and providers of AI Promo in German', async () => {
    const file = new URL('../../../apps/ai-promo/cookieproof.yaml', import.meta.url).pathname;
    const versions = await loadVersions(file);
    const config = buildClientConfig(versions.at(-1)!.declaration, 'dashboard', {
      accepts: acceptedFingerprints(versions),
    });
    // Its texts are in English and German; the declaration does not list its locales yet.
    site.route('/ai-promo', page(site.port, { lang: 'de', config: { ...config, locales: ['en', 'de'] } }));
    const p = await open('/ai-promo', { locale: 'de-DE' });
    await p.waitForSelector(banner);
    await p.click(`${banner} [data-cookieproof-action="preferences"]`);
    await p.waitForSelector(`${dialog}[open]`);
    const text = (await p.textContent(dialog)) ?? '';
    for (const s of ['Notwendig (immer aktiv)', 'Statistik und Leistung', 'Präferenzen', 'aip_workspace', 'PayHost'])
      expect(text).toContain(s);
    expect(await p.getAttribute(`${dialog} a`, 'href')).toBe('http://aipromo.localhost:4000/cookie-policy');
    expect(await axe(p, dialog)).toEqual([]);
    await p.click(`${dialog} [data-cookieproof-action="reject-all"]`);
    expect(await p.evaluate(() => window.cookieproof.getConsent()?.choices)).toEqual({
      essential: true,
      analytics: false,
      preferences: false,
    });
  });
});

describe('strict CSP', () => {
  it('works with a nonce, no inline styles and no violations', async () => {
    context = await browser.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const p = await context.newPage();
    await p.goto(`${site.origin}/csp`);
    await p.waitForSelector(banner);
    expect(await p.$eval(banner, (b) => getComputedStyle(b).position)).toBe('fixed');
    await p.click(`${banner} [data-cookieproof-action="preferences"]`);
    await p.waitForSelector(`${dialog}[open]`);
    await p.click(`${dialog} [data-cookieproof-action="accept-all"]`);
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    await p.waitForFunction(() => (window as unknown as { inlineRuns?: number }).inlineRuns === 1);
    expect(await p.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});
