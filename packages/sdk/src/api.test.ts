import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, launch, type Site, startSite, testConfig } from '../test/harness.ts';

// The application API on the ES module build in Chromium: createCookieproof(config), a stable getConsent()
// snapshot, subscribe() as useSyncExternalStore wants it, and the events (callbacks and DOM CustomEvents).

let browser: Browser;
let site: Site;
let dispose: () => Promise<void>;
let context: BrowserContext | undefined;

type Log = { log: string[]; same: boolean[] };

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  [browser, site] = await Promise.all([launch(), startSite(b.build)]);
  const config = JSON.stringify(testConfig(site.port)).replaceAll('</', '<\\/');
  site.route(
    '/app',
    `<!doctype html><html lang="en"><head><title>App</title>
<script>
window.log = [];
for (const e of ['change', 'first-decision', 'grant', 'revoke'])
  document.addEventListener('cookieproof:' + e, (ev) => log.push('dom ' + e + ' ' + (typeof ev.detail === 'string' ? ev.detail : '')));
</script>
<script type="module">import { createCookieproof } from '/esm/cookieproof.js';
const cp = createCookieproof(${config});
window.cp = cp;
window.isGlobal = cp === window.cookieproof;
cp.subscribe(() => log.push('subscribe'));
cp.on('first-decision', (c) => log.push('first-decision ' + Object.keys(c.choices).filter((k) => c.choices[k]).join(',')));
cp.on('grant:analytics', (id) => log.push('grant:analytics ' + id));
cp.on('revoke:analytics', (id) => log.push('revoke:analytics ' + id));
cp.on('grant', (id) => log.push('grant ' + id));
window.ready = true;
</script>
</head><body><main><h1>App</h1></main></body></html>`,
  );
  // The same call with a config whose policy link is not http(s): refused whole, as a script-tag config is.
  const bad = JSON.stringify(testConfig(site.port, { policyUrl: 'javascript:window.pwned=1' }));
  site.route(
    '/bad-link',
    `<!doctype html><html lang="en"><head><title>App</title>
<script type="module">import { createCookieproof } from '/esm/cookieproof.js';
window.cp = createCookieproof(${bad.replaceAll('</', '<\\/')});
window.ready = true;
</script></head><body><main><h1>App</h1><a href="#top">top</a></main></body></html>`,
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

async function open(): Promise<Page> {
  context ??= await browser.newContext();
  const p = context.pages()[0] ?? (await context.newPage());
  await p.goto(`${site.origin}/app`);
  await p.waitForFunction(() => (window as unknown as { ready?: boolean }).ready);
  return p;
}

const take = (p: Page) =>
  p.evaluate(() => {
    const w = window as unknown as { log: string[] };
    return w.log.splice(0);
  });

describe('createCookieproof(config)', () => {
  it('returns the instance that is also window.cookieproof', async () => {
    const p = await open();
    expect(await p.evaluate(() => (window as unknown as { isGlobal: boolean }).isGlobal)).toBe(true);
  });

  it('getConsent() returns the same snapshot until the consent changes, and subscribe() is told of each change', async () => {
    const p = await open();
    const result = await p.evaluate(() => {
      const cp = window.cookieproof;
      const none = cp.getConsent();
      const same: boolean[] = [none === null && none === cp.getConsent()];
      cp.acceptAll();
      const a = cp.getConsent();
      same.push(a !== null && a === cp.getConsent());
      cp.set({ analytics: false });
      const b = cp.getConsent();
      same.push(b !== a && b === cp.getConsent() && b?.choices.analytics === false);
      return same;
    });
    expect(result).toEqual([true, true, true]);
    const log = await take(p);
    expect(log.filter((l) => l === 'subscribe')).toHaveLength(2);
  });

  it('calls grant and revoke per category, the first decision once, and dispatches DOM events', async () => {
    const p = await open();
    expect(await take(p)).toEqual([]);
    await p.evaluate(() => window.cookieproof.set({ analytics: true }));
    expect(await take(p)).toEqual([
      'grant analytics',
      'grant:analytics analytics',
      'dom grant analytics',
      'first-decision essential,analytics',
      'dom first-decision ',
      'subscribe',
      'dom change ',
    ]);
    await p.evaluate(() => window.cookieproof.rejectAll());
    expect(await take(p)).toEqual(['revoke:analytics analytics', 'dom revoke analytics', 'subscribe', 'dom change ']);

    // A returning visitor: the stored choice applies inside createCookieproof, before the module's own handlers
    // exist, so only the page's DOM listeners hear it then; a grant handler registered after runs at once.
    await p.evaluate(() => window.cookieproof.acceptAll());
    await take(p);
    await open();
    const log = await p.evaluate(() => (window as unknown as Log).log);
    expect(log).toEqual([
      'dom grant analytics',
      'dom grant preferences',
      'dom grant marketing',
      'dom change ',
      'grant:analytics analytics',
    ]);
    expect(log.filter((l) => l.includes('first-decision'))).toEqual([]);
  });
});

describe('createCookieproof with a bad link in its config', () => {
  it('applies nothing and shows no link that could run script', async () => {
    context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`${site.origin}/bad-link`);
    await p.waitForFunction(() => (window as unknown as { ready?: boolean }).ready);
    await p.evaluate(() => window.cookieproof.showPreferences());
    expect(await p.evaluate(() => window.cookieproof.status().ready)).toBe(false);
    await p.evaluate(() => window.cookieproof.acceptAll());
    expect(await p.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(false);
    expect(await p.locator('[data-cookieproof] a[href^="javascript:" i]').count()).toBe(0);
    expect(await p.locator('[data-cookieproof]').count()).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(site.trackerHits()).toEqual([]);
  });
});
