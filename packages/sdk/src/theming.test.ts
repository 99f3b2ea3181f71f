import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  axe,
  buildOnce,
  imageDiff,
  launch,
  page,
  type Site,
  screenshotDiff,
  startSite,
  testConfig,
} from '../test/harness.ts';
import { CSS } from './styles.ts';

// Theming: the documented custom properties are the CSS's, they restyle the UI, light and dark follow the visitor,
// the three layouts look as their committed screenshots (test/screenshots/, UPDATE_SCREENSHOTS=1 rewrites them),
// and a page's own CSS, however hostile, does not reach inside.

const banner = '[data-cookieproof="banner"]';
/** Rules a careless or hostile page may have (AI Promo's own policy page leaked into the banner once). */
const HOSTILE = `<style>
h2{border-top:9px solid red;font-size:50px;margin:40px}
p{max-width:40px;color:red;margin:30px}
button{all:unset;background:red}
a{color:red;text-decoration:none}
*{letter-spacing:4px;font-family:serif!important;box-sizing:content-box}
body{font-size:30px;line-height:3;text-transform:uppercase;text-align:center}
section,dialog{display:none!important}
cookieproof-ui{font-size:40px;color:red}
</style>`;

let browser: Browser;
let site: Site;
let dispose: () => Promise<void>;
let context: BrowserContext | undefined;

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  [browser, site] = await Promise.all([launch(), startSite(b.build)]);
  for (const layout of ['bar', 'box', 'dialog'] as const)
    site.route(`/${layout}`, page(site.port, { config: testConfig(site.port, { layout }) }));
  site.route('/', page(site.port));
  site.route('/hostile', page(site.port, { head: HOSTILE }));
  site.route(
    '/themed',
    page(site.port, { head: '<style>cookieproof-ui{--cp-accent:rgb(1, 2, 3);--cp-button-radius:3px}</style>' }),
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

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 800, height: 600 }, reducedMotion: 'reduce', colorScheme });
  const p = await context.newPage();
  await p.goto(site.origin + path);
  await p.waitForSelector(banner);
  return p;
}

describe('custom properties', () => {
  it('documents every one the CSS reads, at least 20, and no other', async () => {
    const used = [...new Set([...CSS.matchAll(/var\((--cp-[a-z-]+)/g)].map((m) => m[1]!))].sort();
    const guide = await readFile(new URL('../../../docs/guide.md', import.meta.url), 'utf8');
    const section = guide.slice(
      guide.indexOf('### Theming'),
      guide.indexOf('\n### ', guide.indexOf('### Theming') + 1),
    );
    const documented = [...new Set([...section.matchAll(/^\| `(--cp-[a-z-]+)`/gm)].map((m) => m[1]!))].sort();
    expect(documented).toEqual(used);
    expect(used.length).toBeGreaterThanOrEqual(20);
  });

  it('restyles the UI when set on cookieproof-ui', async () => {
    const p = await open('/themed');
    const button = await p.$eval(`${banner} button`, (b) => {
      const s = getComputedStyle(b);
      return [s.backgroundColor, s.borderTopLeftRadius];
    });
    expect(button).toEqual(['rgb(1, 2, 3)', '3px']);
  });

  it("follows the visitor's light or dark preference, axe clean in both", async () => {
    const look = async (scheme: 'light' | 'dark') => {
      const p = await open('/', scheme);
      const colours = await p.$eval(banner, (b) => [
        getComputedStyle(b).backgroundColor,
        getComputedStyle(b.querySelector('button')!).backgroundColor,
      ]);
      // A focused button's outline stands out against the banner around it.
      await p.locator(`${banner} button`).first().focus();
      await p.keyboard.press('Shift+Tab');
      await p.keyboard.press('Tab');
      const outline = await p.$eval(`${banner} button`, (b) => getComputedStyle(b).outlineColor);
      expect(outline).not.toBe(colours[0]);
      expect(await axe(p, banner)).toEqual([]);
      await context?.close();
      return colours;
    };
    const light = await look('light');
    const dark = await look('dark');
    expect(light[0]).toBe('rgb(255, 255, 255)');
    expect(dark[0]).not.toBe(light[0]);
    expect(dark[1]).not.toBe(light[1]);
  });
});

describe('layouts', () => {
  it.each([
    ['bar', 'light'],
    ['box', 'light'],
    ['dialog', 'light'],
    ['bar', 'dark'],
  ] as const)('%s (%s) looks as its screenshot', async (layout, scheme) => {
    const p = await open(`/${layout}`, scheme);
    const box = await p.$eval(banner, (b) => {
      const r = b.getBoundingClientRect();
      return { left: r.left, right: innerWidth - r.right, bottom: innerHeight - r.bottom, modal: b.matches(':modal') };
    });
    // Bar: the whole width along the bottom; box: a corner; dialog: a centred modal dialog.
    if (layout === 'bar') expect(box).toMatchObject({ left: 0, right: 0, bottom: 0, modal: false });
    if (layout === 'box') expect(box.right).toBe(box.bottom);
    if (layout === 'box') expect(box.left).toBeGreaterThan(100);
    if (layout === 'dialog') expect(box.modal).toBe(true);
    if (layout === 'dialog') expect(Math.abs(box.left - box.right)).toBeLessThanOrEqual(1);
    const diff = await screenshotDiff(browser, await p.locator(banner).screenshot(), `${layout}-${scheme}`);
    expect(diff, 'no baseline yet: it was written, check and commit it').not.toBeNull();
    expect(diff).toBeLessThanOrEqual(0.01);
  });
});

describe("the page's own CSS", () => {
  it('does not restyle the banner or the dialog', async () => {
    const styles = async (path: string) => {
      const p = await open(path);
      const read = () =>
        p.$$eval(
          `${banner}, ${banner} *, [data-cookieproof="preferences"], [data-cookieproof="preferences"] *`,
          (els) =>
            els.map((e) => {
              const s = getComputedStyle(e);
              return [
                e.tagName,
                s.display,
                s.fontFamily,
                s.fontSize,
                s.letterSpacing,
                s.textTransform,
                s.color,
                s.backgroundColor,
                s.borderTopWidth,
                s.maxWidth,
                s.margin,
                s.padding,
              ].join(' ');
            }),
        );
      const first = await read();
      const shot = await p.locator(banner).screenshot();
      await p.click(`${banner} [data-cookieproof-action="preferences"]`);
      await p.waitForSelector('[data-cookieproof="preferences"][open]');
      const both = await read();
      await context?.close();
      return { first, both, shot };
    };
    const plain = await styles('/');
    const hostile = await styles('/hostile');
    expect(hostile.first).toEqual(plain.first);
    expect(hostile.both).toEqual(plain.both);
    expect(await imageDiff(browser, hostile.shot, plain.shot)).toBeLessThanOrEqual(0.001);
  });
});
