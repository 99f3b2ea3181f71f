import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PublishedVersion } from '@cookieproof/schema';
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyCss, renderPolicyHtml } from './index.ts';
import { loadAiPromo, published, withCurrent } from './test-support.ts';

// The rendered page in real Chromium: axe-core finds no accessibility violations in light or dark mode, the
// external-stylesheet variant works under a CSP without 'unsafe-inline', and payloads stay inert in the DOM.

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
let versions: PublishedVersion[];
/** AI Promo with Hebrew declared beside its languages (its texts then read their English, left to right inside). */
let withHebrew: PublishedVersion[];
let server: Server;
let origin: string;
const pages = new Map<string, { body: string; type: string; csp?: string }>();

beforeAll(async () => {
  versions = await loadAiPromo();
  withHebrew = withCurrent(versions, (d) => {
    d.locales = { ...d.locales, he: {} };
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  server = createServer((req, res) => {
    const page = pages.get(req.url ?? '');
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': page.type, ...(page.csp ? { 'content-security-policy': page.csp } : {}) });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function runAxe(page: Page) {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      })),
      // Contrast that axe could not decide would hide problems: it must be decided for every text node.
      undecidedContrast: result.incomplete.filter((r) => r.id === 'color-contrast').length,
      contrastChecked: result.passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0,
    };
  }, AXE_TAGS);
}

async function axeViolations(page: Page) {
  return (await runAxe(page)).violations;
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

describe('policy page in Chromium', () => {
  for (const [locale, colorScheme] of [
    ['en', 'light'],
    ['en', 'dark'],
  ] as const)
    it(`has no axe violations (${locale}, ${colorScheme})`, async () => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.setContent(renderPolicyHtml(versions, { locale }));
      // The dark scheme really applies: the body background is dark.
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(colorScheme === 'dark' ? 'rgb(18, 20, 24)' : 'rgb(255, 255, 255)');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });

  for (const [locale, colorScheme] of [
    ['ar', 'light'],
    ['ar', 'dark'],
    ['he', 'light'],
    ['he', 'dark'],
    ['fr', 'light'],
    ['es', 'light'],
  ] as const)
    it(`has no axe violations in ${locale} (${colorScheme}), with the language links`, async () => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const languages = { en: '/en', de: '/de', fr: '/fr', es: '/es', ar: '/ar', he: '/he' };
      await page.setContent(renderPolicyHtml(withHebrew, { locale, languages }));
      expect(await page.locator('nav.languages a').count()).toBe(6);
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe(
        locale === 'ar' || locale === 'he' ? 'rtl' : 'ltr',
      );
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });

  it.each(['ar', 'he'])(
    'lays the %s page out right to left: headings, tables and lists start at the right',
    async (locale) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.setContent(renderPolicyHtml(withHebrew, { locale }));
      const layout = await page.evaluate(() => {
        const main = document.querySelector('main')!.getBoundingClientRect();
        const textBox = (el: Element) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return range.getBoundingClientRect();
        };
        const th = document.querySelector('thead th')!;
        return {
          direction: getComputedStyle(document.body).direction,
          // Distance of the text from the main column's right and left edges.
          h1: {
            right: main.right - textBox(document.querySelector('h1')!).right,
            left: textBox(document.querySelector('h1')!).left - main.left,
          },
          th: {
            right: th.getBoundingClientRect().right - textBox(th).right,
            left: textBox(th).left - th.getBoundingClientRect().left,
          },
          firstColumnIsRightmost:
            th.getBoundingClientRect().right >=
            Math.max(
              ...[...document.querySelectorAll('thead th')].slice(0, 3).map((c) => c.getBoundingClientRect().right),
            ),
        };
      });
      expect(layout.direction).toBe('rtl');
      expect(layout.h1.right).toBeLessThan(layout.h1.left);
      expect(layout.th.right).toBeLessThan(layout.th.left);
      expect(layout.firstColumnIsRightmost).toBe(true);
      await context.close();
    },
  );

  it('axe as run here does report violations on a broken page', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html><title>x</title><main><h1>x</h1><h3>y</h3><img src="data:,"><p style="color:#aaa">This sentence is too light to read comfortably.</p></main></html>',
    );
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'heading-order', 'image-alt', 'color-contrast']));
    await page.close();
  });

  it('has no axe violations in German on a narrow screen, where tables scroll', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.setContent(renderPolicyHtml(versions, { locale: 'de' }));
    const overflowing = await page.evaluate(
      () => [...document.querySelectorAll('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth).length,
    );
    expect(overflowing).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('prints without navigation, in black on white', async () => {
    const page = await browser.newPage();
    await page.setContent(renderPolicyHtml(versions));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const styles = await page.evaluate(() => ({
      nav: getComputedStyle(document.querySelector('nav')!).display,
      color: getComputedStyle(document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(styles).toEqual({ nav: 'none', color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('works with an external stylesheet under a CSP without unsafe-inline', async () => {
    const csp = "default-src 'none'; style-src 'self'";
    pages.set('/cookie-policy', {
      body: renderPolicyHtml(versions, { stylesheetHref: '/cookie-policy.css' }),
      type: 'text/html; charset=utf-8',
      csp,
    });
    pages.set('/cookie-policy.css', { body: policyCss, type: 'text/css' });
    const page = await browser.newPage({ colorScheme: 'dark' });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    const response = await page.goto(`${origin}/cookie-policy`);
    expect(response?.headers()['content-security-policy']).toBe(csp);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 24)');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position)).toBe(
      'absolute',
    );
    expect(violations).toEqual([]);
    await page.close();
  });

  it('keeps script and markup payloads in every field inert in the DOM', async () => {
    const payloads = [
      '<script>window.__pwned=1</script>',
      '"><img src=x onerror="window.__pwned=1">',
      '\'><svg onload="window.__pwned=1">',
      'javascript:window.__pwned=1',
    ];
    const strings = (value: unknown, set: (s: string) => string): unknown => {
      if (typeof value === 'string') return set(value);
      if (Array.isArray(value)) return value.map((v) => strings(v, set));
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strings(v, set)]));
      return value;
    };
    for (const payload of payloads) {
      const vs = versions.map((v) =>
        published(strings(v.declaration, () => payload) as PublishedVersion['declaration']),
      );
      const page = await browser.newPage();
      let dialogs = 0;
      page.on('dialog', async (d) => {
        dialogs++;
        await d.dismiss();
      });
      // The default locale is a payload too (the schema never lets one through); English is declared under locales.
      await page.setContent(renderPolicyHtml(vs, { locale: 'en' }));
      const dom = await page.evaluate(() => ({
        pwned: (window as { __pwned?: number }).__pwned ?? 0,
        scripts: document.scripts.length,
        images: document.images.length,
        svgs: document.querySelectorAll('svg, iframe, object, embed').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
        ),
        badLinks: [...document.querySelectorAll('a')].filter(
          (a) => !a.getAttribute('href')!.startsWith('#') && !/^(https?|mailto):$/.test(a.protocol),
        ).length,
        text: document.body.textContent ?? '',
      }));
      expect(dom).toMatchObject({ pwned: 0, scripts: 0, images: 0, svgs: 0, handlers: [], badLinks: 0 });
      expect(dom.text).toContain(payload);
      expect(dialogs).toBe(0);
      await page.close();
    }
  });
});
