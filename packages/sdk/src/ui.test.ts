import { acceptedFingerprints, buildClientConfig, changeNotice, LOCALE_PACKS, loadVersions } from '@cookieproof/schema';
import { LOCALE_TAGS } from '@cookieproof/schema/locale-pack';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  axe,
  buildOnce,
  focusedWithin,
  launch,
  page,
  type Site,
  startSite,
  tabTo,
  testConfig,
} from '../test/harness.ts';

// The banner and the preferences dialog as people meet them: keyboard only, screen-reader semantics checked by
// axe-core, other languages and writing directions, dark mode and reduced motion, and a strict CSP.

let browser: Browser;
let site: Site;
let dispose: () => Promise<void>;
let context: BrowserContext | undefined;

const banner = '[data-cookieproof="banner"]';
const dialog = '[data-cookieproof="preferences"]';
const NONCE = 'r4nd0mN0nce';

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  [browser, site] = await Promise.all([launch(), startSite(b.build)]);
  site.route('/', page(site.port));
  site.route('/de', page(site.port, { lang: 'de' }));
  site.route(
    '/all-locales',
    page(site.port, { config: testConfig(site.port, { locales: ['en', ...LOCALE_TAGS.filter((t) => t !== 'en')] }) }),
  );
  site.route(
    '/ar',
    page(site.port, {
      lang: 'ar',
      dir: 'rtl',
      config: testConfig(site.port, {
        strings: { ar: { title: 'خيارات الخصوصية', accept: 'قبول الكل', reject: 'رفض الكل', prefsTitle: 'التفضيلات' } },
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

describe('keyboard only', () => {
  it('reaches the banner first, keeps focus off the page behind the dialog, Escape closes it without recording anything', async () => {
    const p = await open();
    await p.waitForSelector(banner);
    await p.keyboard.press('Tab');
    expect(await focusedWithin(p, banner)).toBe(true);
    await tabTo(p, `${banner} [data-cookieproof-action="preferences"]`);
    await p.keyboard.press('Enter');
    await p.waitForSelector(`${dialog}[open]`);
    expect(await focusedWithin(p, dialog)).toBe(true);
    // Tab and Shift+Tab stay in the modal dialog, or leave the page for the browser's own controls (where a page
    // without any other focusable element leaves focus on <body>): never on the page behind it.
    const inDialog = [];
    for (let i = 0; i < 20; i++) {
      await p.keyboard.press(i < 12 ? 'Tab' : 'Shift+Tab');
      const inside = await focusedWithin(p, dialog);
      inDialog.push(inside);
      if (!inside) expect(await p.evaluate(() => document.activeElement === document.body)).toBe(true);
    }
    expect(inDialog.filter(Boolean).length).toBeGreaterThan(15);
    await p.keyboard.press('Escape');
    await expect.poll(() => p.locator(dialog).count()).toBe(0);
    expect(await focusedWithin(p, `${banner} [data-cookieproof-action="preferences"]`)).toBe(true);
    expect(await consentCookie()).toBeUndefined();
    expect(await p.evaluate(() => window.cookieproof.getConsent())).toBeNull();
    expect(await p.locator(banner).count()).toBe(1);

    // Choose one category and save, keyboard only.
    await p.keyboard.press('Enter');
    await p.waitForSelector(`${dialog}[open]`);
    await tabTo(p, `${dialog} input[name="analytics"]`);
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
      // A modal <dialog>: its role and modality are the element's own.
      expect(await p.getByRole('dialog', { name: 'Cookie preferences' }).count()).toBe(1);
      expect(await p.$eval(dialog, (d) => d.matches(':modal'))).toBe(true);
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

  it("reads the banner's size only once the browser has laid it out, never forcing a layout right after inserting it", async () => {
    context = await browser.newContext();
    // Counts size reads made in the same task as an insertion into the UI's shadow root (before any microtask):
    // those force the browser to lay the page out at once.
    await context.addInitScript(() => {
      const w = window as unknown as { inserting: boolean; forced: number; reads: number };
      w.inserting = false;
      w.forced = 0;
      w.reads = 0;
      for (const name of ['prepend', 'append'] as const) {
        const original = ShadowRoot.prototype[name];
        ShadowRoot.prototype[name] = function (this: ShadowRoot, ...nodes: (Node | string)[]) {
          w.inserting = true;
          queueMicrotask(() => {
            w.inserting = false;
          });
          return original.apply(this, nodes);
        };
      }
      const count = () => {
        w.reads++;
        if (w.inserting) w.forced++;
      };
      for (const prop of ['offsetHeight', 'offsetTop', 'offsetWidth'] as const) {
        const d = Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop)!;
        Object.defineProperty(HTMLElement.prototype, prop, {
          get() {
            count();
            return d.get!.call(this);
          },
        });
      }
      const rect = Element.prototype.getBoundingClientRect;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        count();
        return rect.call(this);
      };
    });
    const p = await context.newPage();
    await p.goto(`${site.origin}/`);
    await p.waitForSelector(banner);
    await p.waitForFunction(() => document.documentElement.style.scrollPaddingBottom !== '');
    expect(await p.evaluate(() => (window as unknown as { forced: number; reads: number }).reads)).toBeGreaterThan(0);
    expect(await p.evaluate(() => (window as unknown as { forced: number }).forced)).toBe(0);
  });

  it('keeps focused content clear of the fixed banner (scroll padding = banner height, once it is laid out)', async () => {
    const p = await open();
    await p.waitForSelector(banner);
    // Set when the browser reports the banner's size (ResizeObserver), not read by forcing a layout: wait for it.
    await p.waitForFunction(() => document.documentElement.style.scrollPaddingBottom !== '', undefined, {
      polling: 'raf',
    });
    const [pad, height] = await p.$eval(banner, (b) => [
      getComputedStyle(document.documentElement).scrollPaddingBottom,
      `${(b as HTMLElement).offsetHeight}px`,
    ]);
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
    const locales = site.requests
      .slice(before)
      .filter((r) => /cookieproof-[a-z-]+\.js/.test(r) && !r.includes('cookieproof-ui.js'));
    expect(locales.map((r) => r.replace(/^.*\//, ''))).toEqual(['cookieproof-opt-in-he.js']);
  });

  it.each(LOCALE_PACKS.map((p) => [p.tag, p] as const))(
    'renders %s from its pack: lang, direction and buttons, and loads that one locale chunk',
    async (tag, pack) => {
      const before = site.requests.length;
      const p = await open('/all-locales', { locale: tag });
      await p.waitForSelector(banner);
      expect(await p.getAttribute(banner, 'lang')).toBe(tag);
      expect(await p.getAttribute(banner, 'dir')).toBe(pack.dir);
      expect(await p.$eval(banner, (b) => getComputedStyle(b).direction)).toBe(pack.dir);
      expect(await p.textContent(`${banner} h2`)).toBe(pack.strings.title);
      expect(await p.textContent(`${banner} [data-cookieproof-action="accept-all"]`)).toBe(pack.strings.accept);
      expect(await p.textContent(`${banner} [data-cookieproof-action="reject-all"]`)).toBe(pack.strings.reject);
      if (pack.dir === 'rtl') expect(await axe(p, banner)).toEqual([]);
      const chunks = site.requests
        .slice(before)
        .filter((r) => /cookieproof-[a-z-]+\.js/.test(r) && !r.includes('cookieproof-ui.js'));
      expect(chunks.map((r) => r.replace(/^.*\//, ''))).toEqual([`cookieproof-opt-in-${tag.toLowerCase()}.js`]);
    },
  );

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
  it('lists the categories, and the technologies by their declared names and purposes, of AI Promo in German', async () => {
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
    // Each technology: its name where it has one, what it is and what for, as declared, in the visitor's language.
    const items = await p.$$eval(`${dialog} li`, (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toContain(
      '__Host-aip_session: Hält Sie im Dashboard angemeldet. (Notwendige Dienstfunktionen, Sicherheit, AI Promo Services, 2 weeks)',
    );
    expect(items.find((i) => i.includes('Web Vitals'))).toBe(
      'Sendet Leistungsmessungen (Web Vitals) und Fehler. (Diagnose, AI Promo Services)',
    );
    // Never a matching pattern or URL.
    for (const i of items) expect(i).not.toMatch(/https?:|\*|\[A-Z/);
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

describe('a visitor asked again after a material change', () => {
  it('is told what changed and when, in their language; a first visit is not', async () => {
    const file = new URL('../../../apps/ai-promo/cookieproof.yaml', import.meta.url).pathname;
    const versions = await loadVersions(file);
    const d = versions.at(-1)!.declaration;
    const config = buildClientConfig({ ...d, locales: { en: {}, de: {}, fr: {}, it: {} } }, 'public', {
      accepts: acceptedFingerprints(versions),
      changed: changeNotice(versions),
    });
    site.route('/changed', page(site.port, { config }));
    // A choice made under the version before the change, a few months before it.
    const cookie = {
      name: 'cookieproof_consent',
      value: `1.${Date.parse('2026-06-01') / 1000}.${versions[0]!.fingerprint.slice(0, 16)}.analytics..`,
      url: site.origin,
    };
    const shown = async (locale: string, returning: boolean) => {
      context = await browser.newContext({ locale });
      if (returning) await context.addCookies([cookie]);
      const p = await context.newPage();
      await p.goto(`${site.origin}/changed`);
      await p.waitForSelector(banner);
      const text = (await p.textContent(`${banner} p`)) ?? '';
      await context.close();
      context = undefined;
      return text;
    };
    expect(await shown('de-DE', true)).toMatch(
      /^Wir haben unsere Cookie-Richtlinie am 15\. November 2026 aktualisiert: Leistungsdiagnose \(Web Vitals\) im Dashboard, die DataHub-Integration und Onboarding-Hinweise hinzugefügt\. Wir verwenden/,
    );
    expect(await shown('en-US', true)).toMatch(
      /^We updated our cookie policy on November 15, 2026: Added performance diagnostics \(Web Vitals\)/,
    );
    expect(await shown('fr-FR', true)).toMatch(
      /^Nous avons mis à jour notre politique relative aux cookies le 15 novembre 2026 : Ajout du diagnostic/,
    );
    // Italian has no summary of its own in the declaration: the frame and the date are Italian, the summary the
    // default locale's.
    expect(await shown('it-IT', true)).toMatch(
      /^Abbiamo aggiornato la nostra informativa sui cookie il 15 novembre 2026: Added performance diagnostics/,
    );
    expect(await shown('de-DE', false)).toMatch(/^Wir verwenden/);
  });
});

describe('the receipt of a decision', () => {
  it('is shown in the preferences dialog by its id, which the visitor can copy for a support request', async () => {
    const receiptId = 'rcpt_0123456789abcdef';
    site.route(
      '/v1/consents',
      JSON.stringify({
        receiptId,
        subjectId: 'subject_0123456789abcdef',
        recordedAt: '2026-12-01T00:00:00Z',
        hash: 'h',
      }),
    );
    site.route('/receipt', page(site.port, { config: testConfig(site.port, { endpoint: site.origin }) }));
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const p = await context.newPage();
    await p.goto(`${site.origin}/receipt`);
    await p.waitForSelector(banner);
    // No decision yet: no receipt to show.
    await p.click(`${banner} [data-cookieproof-action="preferences"]`);
    await p.waitForSelector(`${dialog}[open]`);
    expect(await p.locator(`${dialog} code`).count()).toBe(0);
    await p.click(`${dialog} [data-cookieproof-action="accept-all"]`);
    // The answer is in when the SDK has written the subject id it brought into the consent cookie.
    await expect
      .poll(async () => (await context!.cookies(site.origin)).map((c) => c.value).join())
      .toContain('subject_0123456789abcdef');
    await p.click('a[data-cookieproof-action="preferences"]');
    await p.waitForSelector(`${dialog}[open]`);
    expect(await p.textContent(`${dialog} p:has(code)`)).toBe(`Receipt ID: ${receiptId} Copy`);
    await p.click(`${dialog} [data-cookieproof-action="copy"]`);
    await expect.poll(() => p.evaluate(() => navigator.clipboard.readText())).toBe(receiptId);
    expect(await axe(p, dialog)).toEqual([]);
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
