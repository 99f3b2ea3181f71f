import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, launchOptions, page, type Site, startSite } from '../test/harness.ts';

// A visitor whose browser blocks all cookies and site storage (a real Chromium profile setting, under which
// navigator.cookieEnabled still says true): the page keeps working, the SDK says so, and forms that need
// essential cookies explain themselves.

let context: BrowserContext;
let site: Site;
let profile: string;
let dispose: () => Promise<void>;

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  site = await startSite(b.build);
  site.route('/', page(site.port));
  profile = await mkdtemp(join(tmpdir(), 'cookieproof-blocked-'));
  await mkdir(join(profile, 'Default'));
  await writeFile(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
  );
  context = await chromium.launchPersistentContext(profile, launchOptions);
});

afterAll(async () => {
  await context?.close();
  await Promise.all([site?.close(), dispose?.(), profile && rm(profile, { recursive: true, force: true })]);
});

describe('cookies and storage blocked by the browser', () => {
  it('detects it, shows its own notice instead of the banner, and lets forms explain themselves', async () => {
    const p = context.pages()[0] ?? (await context.newPage());
    await p.goto(site.origin);
    await p.waitForSelector('[data-cookieproof="notice"]');
    // The notice's own chunk and strings, never the banner's.
    const chunks = site.requests.map((r) => r.replace(/^.*\//, '')).filter((r) => r.startsWith('cookieproof'));
    expect(chunks).toEqual(['cookieproof.js', 'cookieproof-ui.js', 'cookieproof-blocked-en.js']);
    expect(await p.evaluate(() => navigator.cookieEnabled)).toBe(true);
    expect(await p.evaluate(() => window.cookieproof.status())).toMatchObject({
      ready: true,
      decided: false,
      storageBlocked: true,
    });
    expect(await p.locator('[data-cookieproof="banner"]').count()).toBe(0);
    expect(await p.textContent('[data-cookieproof="notice"]')).toContain('Your browser blocks cookies');

    const form = 'form[data-cookieproof-requires="essential"]';
    expect(await p.getAttribute(form, 'data-cookieproof-blocked')).toBe('');
    const note = await p.getAttribute(form, 'aria-describedby');
    expect(await p.textContent(`#${note}`)).toContain('need essential cookies');
    // Submitting does not fail silently: it stays on the page and moves focus to the explanation.
    await p.click(`${form} button`);
    expect(p.url()).toBe(`${site.origin}/`);
    expect(await p.evaluate(() => document.activeElement?.id)).toBe(note);

    // The notice can be dismissed.
    await p.click('[data-cookieproof="notice"] button');
    expect(await p.locator('[data-cookieproof="notice"]').count()).toBe(0);

    // Gated content stays off; a choice made through the API still applies to this page.
    expect(site.trackerHits()).toEqual([]);
    await p.evaluate(() => window.cookieproof.acceptAll());
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    expect(await context.cookies(site.origin)).toEqual([]);
  });
});
