import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  browserState,
  buildOnce,
  CONSENT_TYPES_MAP,
  FP,
  launch,
  OLD_FP,
  page,
  type Site,
  startSite,
  testConfig,
  unansweredEndpoint,
} from '../test/harness.ts';
import { decodeConsent, encodeConsent } from './consent-cookie.ts';

// Enforcement, signals, Consent Mode and the receipts each decision sends, checked on the built bundle in real
// Chromium. What the tests trust is the browser (its cookie jar, storage, and the requests it sent), never the SDK's
// own flags. Receipts go to an endpoint nobody answers: what the SDK sends is read off the browser's requests, and
// how the real consent server takes them (fetch, keepalive, beacon, retries) is tested with the server
// (packages/server/src/sdk-receipts.test.ts).

let browser: Browser;
let site: Site;
let endpoint: string;
let dispose: () => Promise<void>;
let context: BrowserContext | undefined;

// An ungated page script that tries to write declared and undeclared names before any choice.
const EAGER = `<script>
document.cookie = '_ga=early; path=/; max-age=3600';
document.cookie = 'mk_id=early; path=/; max-age=3600';
document.cookie = 'theme=dark; path=/; max-age=3600';
localStorage.setItem('aip_pa_id', 'early');
localStorage.setItem('undeclared_key', 'kept');
sessionStorage.setItem('aip_ui', 'early');
</script>`;

beforeAll(async () => {
  const b = await buildOnce();
  dispose = b.dispose;
  [browser, site, endpoint] = await Promise.all([launch(), startSite(b.build), unansweredEndpoint()]);
  site.route('/', page(site.port, { config: testConfig(site.port, { endpoint }), head: EAGER }));
  site.route('/no-endpoint', page(site.port));
  site.route('/cookie-policy', '<!doctype html><html lang="en"><title>Policy</title><h1>Policy</h1></html>');
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), dispose?.()]);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  sent.length = 0;
  site.requests.length = 0;
});

interface Sent {
  body: Record<string, unknown>;
  contentType: string;
}
/** Receipt requests the browser sent in the current context, first attempts only (unanswered, the SDK retries). */
const sent: Sent[] = [];

async function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  context = await browser.newContext(options);
  const seen = new Set<string>();
  context.on('request', (r) => {
    if (r.method() !== 'POST' || !r.url().startsWith(`${endpoint}/v1/consents`)) return;
    const text = r.postData() ?? '';
    if (seen.has(text)) return;
    seen.add(text);
    sent.push({ body: JSON.parse(text), contentType: r.headers()['content-type'] ?? '' });
  });
  return context;
}

async function open(path = '/', options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  context = await newContext(options);
  const p = await context.newPage();
  await p.goto(site.origin + path);
  return p;
}

const banner = '[data-cookieproof="banner"]';
const dialog = '[data-cookieproof="preferences"]';
const click = (p: Page, scope: string, action: string) => p.click(`${scope} [data-cookieproof-action="${action}"]`);
const consentCookie = async () =>
  decodeConsent((await context!.cookies(site.origin)).find((c) => c.name === 'cookieproof_consent')?.value);
const waitReceipts = (n: number) => expect.poll(() => sent.length, { timeout: 15_000 }).toBe(n);
const dataLayer = (p: Page) =>
  p.evaluate(() =>
    ((window as unknown as { dataLayer?: ArrayLike<unknown>[] }).dataLayer ?? []).map((e) => Array.from(e)),
  );

describe('before any choice', () => {
  it('loads nothing gated and keeps declared non-essential cookies and storage out', async () => {
    const p = await open();
    await p.waitForSelector(banner);
    await p.waitForTimeout(300);
    expect(site.trackerHits()).toEqual([]);
    const state = await browserState(context!, site.origin);
    expect(state.cookies).toEqual(['theme']);
    expect(state.local).toEqual(['undeclared_key']);
    expect(state.session).toEqual([]);
    expect(await p.evaluate(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns)).toBeUndefined();
    expect(await p.evaluate(() => window.cookieproof.getConsent())).toBeNull();
    expect(await p.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(false);
    expect(await p.evaluate(() => window.cookieproof.allowed('essential'))).toBe(true);
    expect(sent).toEqual([]);
  });

  it('pushes the Consent Mode default with all seven types as the first dataLayer entry', async () => {
    const p = await open();
    await p.waitForSelector(banner);
    const dl = await dataLayer(p);
    expect(dl[0]).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
      },
    ]);
    expect(dl).toHaveLength(1);
  });

  it('keeps every public call safe with bad input', async () => {
    const p = await open();
    await p.waitForSelector(banner);
    const results = await p.evaluate(() => {
      const cp = window.cookieproof as unknown as Record<string, (...a: unknown[]) => unknown>;
      return [
        cp.set!(null),
        cp.set!('x'),
        cp.allowed!(undefined),
        typeof cp.on!('other', 5),
        cp.on!('change', null),
        typeof cp.status,
      ].map(String);
    });
    expect(results[2]).toBe('false');
    expect(results[5]).toBe('function');
    // set() with something other than choices is not a decision.
    expect(await p.evaluate(() => window.cookieproof.getConsent())).toBeNull();
    await p.waitForTimeout(300);
    expect(sent).toEqual([]);
  });
});

describe('decisions', () => {
  it('accept all runs gated tags, stores the choice, sends a grant receipt and keeps it on return', async () => {
    const p = await open();
    await click(p, banner, 'accept-all');
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    await expect.poll(() => site.trackerHits().length).toBe(3);
    expect(site.trackerHits().map((h) => h.split('/t/')[1])).toEqual(
      expect.arrayContaining(['analytics.js', 'pixel.gif', 'frame.html']),
    );
    expect(await p.locator(banner).count()).toBe(0);
    await waitReceipts(1);
    const r = sent[0]!;
    expect(r.contentType).toContain('application/json');
    expect(r.body).toEqual({
      fingerprint: FP,
      event: 'grant',
      choices: { essential: true, analytics: true, preferences: true, marketing: true },
      consentMode: {
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
        analytics_storage: 'granted',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
        security_storage: 'granted',
      },
      surface: 'public',
      locale: 'en',
      signals: { gpc: null, dnt: null },
    });
    const stored = (await consentCookie())!;
    expect(stored.granted).toEqual(['analytics', 'preferences', 'marketing']);
    // Until a server records it (the server tests check that it then clears).
    expect(stored.pending).toBe('grant');
    expect(stored.fp).toBe(FP.slice(0, 16));
    expect((await browserState(context!, site.origin)).cookies).toEqual(
      expect.arrayContaining(['_ga', '_ga_ABC123', 'cookieproof_consent']),
    );

    // Returning visit: no banner, the stored choice applies before the gated tag sends anything.
    await p.reload();
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    expect(await p.locator(banner).count()).toBe(0);
    const dl = await dataLayer(p);
    expect(dl.map((e) => e.slice(0, 2).join(' '))).toEqual(['consent default', 'consent update', 'config G-TEST']);
    expect((dl[1]![2] as Record<string, string>).analytics_storage).toBe('granted');
    const consent = await p.evaluate(() => window.cookieproof.getConsent());
    expect(consent).toMatchObject({ version: '2026.2', choices: { analytics: true }, signals: { gpc: null } });
  });

  it('reject all loads nothing, remembers the refusal and sends a refuse receipt', async () => {
    const p = await open();
    await click(p, banner, 'reject-all');
    await waitReceipts(1);
    expect(sent[0]!.body).toMatchObject({
      event: 'refuse',
      choices: { essential: true, analytics: false, preferences: false, marketing: false },
    });
    expect((await consentCookie())!.granted).toEqual([]);
    const dl = await dataLayer(p);
    expect(dl.at(-1)).toEqual([
      'consent',
      'update',
      expect.objectContaining({ analytics_storage: 'denied', security_storage: 'granted' }),
    ]);
    await p.reload();
    await p.waitForTimeout(300);
    expect(await p.locator(banner).count()).toBe(0);
    expect(site.trackerHits()).toEqual([]);
    expect((await browserState(context!, site.origin)).cookies).toEqual(['cookieproof_consent', 'theme']);
  });

  it('a partial choice from the preferences dialog allows exactly the chosen category', async () => {
    const p = await open();
    await click(p, banner, 'preferences');
    await p.waitForSelector(`${dialog}[open]`);
    expect(await p.isChecked('[data-cookieproof="preferences"] [name="essential"]')).toBe(true);
    expect(await p.isDisabled('[data-cookieproof="preferences"] [name="essential"]')).toBe(true);
    for (const id of ['analytics', 'preferences', 'marketing'])
      expect(await p.isChecked(`[data-cookieproof="preferences"] [name="${id}"]`)).toBe(false);
    await p.check('[data-cookieproof="preferences"] [name="analytics"]');
    await click(p, dialog, 'save');
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    await waitReceipts(1);
    expect(sent[0]!.body).toMatchObject({
      event: 'partial',
      choices: { analytics: true, preferences: false, marketing: false },
    });
    await p.waitForTimeout(200);
    expect(site.trackerHits().some((h) => h.includes('frame.html'))).toBe(false);
    expect(await p.locator(dialog).count()).toBe(0);
    expect(await p.locator(banner).count()).toBe(0);
  });

  it('withdrawal takes effect without a reload: deletes the category cookies and storage, blocks new writes', async () => {
    const p = await open();
    await click(p, banner, 'accept-all');
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    // Page code writing through the real document.cookie (a string, as a site's own script would be).
    await p.evaluate(`localStorage.setItem('aip_workspace', 'w1');
      sessionStorage.setItem('aip_ui', 'compact');
      document.cookie = 'mk_id=m1; path=/; max-age=3600; domain=site.localhost';
      document.cookie = 'sess=s1; path=/';`);
    let state = await browserState(context!, site.origin);
    expect(state.cookies).toEqual(expect.arrayContaining(['_ga', '_ga_ABC123', 'mk_id', 'sess']));
    expect(state.local).toEqual(expect.arrayContaining(['aip_pa_id', 'aip_workspace']));
    // The footer link reopens the dialog, showing the stored state.
    await p.click('a[data-cookieproof-action="preferences"]');
    await p.waitForSelector(`${dialog}[open]`);
    expect(await p.isChecked('[data-cookieproof="preferences"] [name="analytics"]')).toBe(true);
    await click(p, dialog, 'reject-all');
    await expect
      .poll(async () => (await browserState(context!, site.origin)).cookies)
      .toEqual(['cookieproof_consent', 'sess', 'theme']);
    state = await browserState(context!, site.origin);
    expect(state.local).toEqual(['undeclared_key']);
    expect(state.session).toEqual([]);
    expect(await p.getAttribute('iframe', 'src')).toBe('about:blank');
    await p.evaluate(`document.cookie = '_ga=again; path=/';
      localStorage.setItem('aip_workspace', 'again');
      document.cookie = 'other=ok; path=/';
      localStorage.setItem('other_key', 'ok');`);
    state = await browserState(context!, site.origin);
    expect(state.cookies).toEqual(['cookieproof_consent', 'other', 'sess', 'theme']);
    expect(state.local).toEqual(['other_key', 'undeclared_key']);
    expect(await p.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(false);
  });

  it('on("change") reports each decision', async () => {
    const p = await open('/no-endpoint');
    await p.evaluate(() => {
      const w = window as unknown as { seen: unknown[] };
      w.seen = [];
      window.cookieproof.on('change', (c) => w.seen.push(c?.choices));
    });
    await p.evaluate(() => window.cookieproof.set({ preferences: true }));
    await p.evaluate(() => window.cookieproof.rejectAll());
    expect(await p.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([
      { essential: true, analytics: false, preferences: true, marketing: false },
      { essential: true, analytics: false, preferences: false, marketing: false },
    ]);
    // Without an endpoint nothing is pending.
    expect((await consentCookie())!.pending).toBe('');
  });
});

describe('late elements and config loading', () => {
  it('gates elements inserted after load and runs them once allowed', async () => {
    const p = await open('/no-endpoint');
    await p.waitForSelector(banner);
    await p.evaluate((tracker) => {
      const s = document.createElement('script');
      s.type = 'text/plain';
      s.dataset.cookieproofCategory = 'preferences';
      s.text = 'window.prefRuns = (window.prefRuns || 0) + 1;';
      document.body.append(s);
      const img = document.createElement('img');
      img.alt = '';
      img.dataset.cookieproofCategory = 'analytics';
      img.dataset.cookieproofSrc = `${tracker}/t/pixel.gif?late=1`;
      document.body.append(img);
    }, site.tracker);
    await p.waitForTimeout(200);
    expect(await p.evaluate(() => (window as unknown as { prefRuns?: number }).prefRuns)).toBeUndefined();
    expect(site.trackerHits()).toEqual([]);
    await p.evaluate(() => window.cookieproof.set({ preferences: true }));
    expect(await p.evaluate(() => (window as unknown as { prefRuns?: number }).prefRuns)).toBe(1);
    // Inserted after the grant: runs at once; analytics is still refused, so the pixel stays unloaded.
    await p.evaluate(() => {
      const s = document.createElement('script');
      s.type = 'text/plain';
      s.dataset.cookieproofCategory = 'preferences';
      s.text = 'window.prefRuns += 1;';
      document.body.append(s);
    });
    await expect.poll(() => p.evaluate(() => (window as unknown as { prefRuns?: number }).prefRuns)).toBe(2);
    expect(site.trackerHits()).toEqual([]);
  });

  it('loads the config from data-config and holds gated tags until it arrives', async () => {
    site.route('/config.json', JSON.stringify(testConfig(site.port)));
    site.route('/fetched', page(site.port, { configUrl: '/config.json' }));
    const p = await open('/fetched');
    await p.waitForSelector(banner);
    expect(site.trackerHits()).toEqual([]);
    expect((await dataLayer(p))[0]!.slice(0, 2)).toEqual(['consent', 'default']);
    await click(p, banner, 'accept-all');
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
  });

  it('applies calls made before the config arrived once it does', async () => {
    site.route('/config.json', JSON.stringify(testConfig(site.port)));
    site.route(
      '/early-call',
      page(site.port, {
        configUrl: '/config.json',
        head: '<script>window.early = window.cookieproof.allowed("analytics"); window.cookieproof.set({ analytics: true });</script>',
      }),
    );
    const p = await open('/early-call');
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    expect(await p.evaluate(() => (window as unknown as { early: boolean }).early)).toBe(false);
    await expect.poll(() => p.locator(banner).count()).toBe(0);
    expect((await consentCookie())!.granted).toEqual(['analytics']);
  });

  it('works as an ES module: init(config) applies the config and lazy-loads the UI chunk', async () => {
    const config = JSON.stringify(
      testConfig(site.port, {
        consentMode: { waitForUpdate: 300, adsDataRedaction: true, urlPassthrough: true, types: CONSENT_TYPES_MAP },
      }),
    ).replaceAll('</', '<\\/');
    site.route(
      '/module',
      `<!doctype html><html lang="en"><head><title>ESM</title>
<script type="module">import { init } from '/esm/cookieproof.js'; init(${config});</script>
<script type="text/plain" data-cookieproof-category="analytics" src="${site.tracker}/t/analytics.js"></script>
</head><body><main><h1>ESM</h1></main></body></html>`,
    );
    const p = await open('/module');
    await p.waitForSelector(banner);
    expect(site.trackerHits()).toEqual([]);
    await click(p, banner, 'accept-all');
    await p.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    expect(await p.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(true);
    // Redaction and URL passthrough are set only because this config enables them, right after the default.
    const dl = await dataLayer(p);
    expect(dl.map((e) => e.slice(0, 2).join(' '))).toEqual([
      'consent default',
      'set ads_data_redaction',
      'set url_passthrough',
      'consent update',
      'config G-TEST',
    ]);
    expect(dl[0]![2]).toMatchObject({ wait_for_update: 300 });
  });

  it('asks again when the stored fingerprint is no longer accepted or the choice is too old', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cookie = (fp: string, decidedAt: number) => ({
      name: 'cookieproof_consent',
      value: encodeConsent({ decidedAt, fp, granted: ['analytics'], subjectId: '', pending: '' }),
      url: site.origin,
    });
    const cases: [string, number, boolean][] = [
      [OLD_FP, now - 3600, false],
      ['0123456789abcdef', now - 3600, true],
      [FP, now - 183 * 86400, true],
    ];
    for (const [fp, at, asks] of cases) {
      context = await newContext();
      await context.addCookies([cookie(fp, at)]);
      const p = await context.newPage();
      await p.goto(`${site.origin}/no-endpoint`);
      await p.waitForTimeout(300);
      expect(await p.locator(banner).count()).toBe(asks ? 1 : 0);
      expect(await p.evaluate(() => window.cookieproof.allowed('analytics'))).toBe(!asks);
      if (asks) expect(site.trackerHits()).toEqual([]);
      await context.close();
      site.requests.length = 0;
    }
    context = undefined;
  });
});

describe('signals', () => {
  const gpcInit = () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });

  it('honor mode: GPC (header and navigator property) forces sale/share categories off and is shown', async () => {
    site.route(
      '/honor',
      page(site.port, {
        config: testConfig(site.port, { endpoint, signals: { gpc: 'honor', dnt: 'record' } }),
      }),
    );
    context = await newContext({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
    await context.addInitScript(gpcInit);
    const p = await context.newPage();
    const headers: (string | undefined)[] = [];
    p.on('request', (r) => headers.push(r.headers()['sec-gpc']));
    await p.goto(`${site.origin}/honor`);
    expect(headers[0]).toBe('1');
    await click(p, banner, 'accept-all');
    await waitReceipts(1);
    expect(sent[0]!.body).toMatchObject({
      event: 'partial',
      choices: { analytics: true, preferences: true, marketing: false },
      signals: { gpc: true, dnt: null },
    });
    expect((sent[0]!.body.consentMode as Record<string, string>).ad_storage).toBe('denied');
    await p.waitForTimeout(200);
    expect(site.trackerHits().some((h) => h.includes('frame.html'))).toBe(false);
    expect(await p.evaluate(() => window.cookieproof.status())).toMatchObject({
      signalHonored: true,
      signals: { gpc: true },
    });
    await p.click('a[data-cookieproof-action="preferences"]');
    await p.waitForSelector(`${dialog}[open]`);
    expect(await p.isDisabled('[data-cookieproof="preferences"] [name="marketing"]')).toBe(true);
    expect(await p.textContent(dialog)).toContain('Opt-out request honored');
  });

  it('honor mode overrides a stored grant of a sale/share category and records a signal receipt', async () => {
    site.route(
      '/honor2',
      page(site.port, {
        config: testConfig(site.port, { endpoint, signals: { gpc: 'honor', dnt: 'record' } }),
      }),
    );
    context = await newContext();
    await context.addInitScript(gpcInit);
    await context.addCookies([
      {
        name: 'cookieproof_consent',
        value: encodeConsent({
          decidedAt: Math.floor(Date.now() / 1000),
          fp: FP,
          granted: ['analytics', 'marketing'],
          subjectId: 'subject_0123456789abcdef',
          pending: '',
        }),
        url: site.origin,
      },
    ]);
    const p = await context.newPage();
    await p.goto(`${site.origin}/honor2`);
    await waitReceipts(1);
    expect(sent[0]!.body).toMatchObject({
      event: 'signal',
      subjectId: 'subject_0123456789abcdef',
      choices: { analytics: true, marketing: false },
    });
    expect(await p.locator(banner).count()).toBe(0);
    await expect.poll(async () => (await consentCookie())?.granted).toEqual(['analytics']);
  });

  it('record mode: GPC and DNT change nothing but are recorded and shown', async () => {
    context = await newContext();
    await context.addInitScript(gpcInit);
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' }));
    const p = await context.newPage();
    await p.goto(site.origin);
    await p.waitForSelector(banner);
    expect(await p.textContent(banner)).toContain('It is recorded with your choice');
    await click(p, banner, 'accept-all');
    await waitReceipts(1);
    expect(sent[0]!.body).toMatchObject({
      event: 'grant',
      choices: { marketing: true },
      signals: { gpc: true, dnt: true },
    });
  });
});

describe('links in a config', () => {
  const bad = [
    ['policyUrl', 'javascript:window.pwned=1'],
    ['policyUrl', ' JavaScript:window.pwned=1'],
    ['policyUrl', '\tjava\nscript:window.pwned=1'],
    ['policyUrl', 'data:text/html,<script>opener.pwned=1</script>'],
    ['policyUrl', 'vbscript:pwned'],
    ['endpoint', 'javascript:window.pwned=1//'],
  ] as const;
  for (const [field, link] of bad) {
    it(`refuses a config whose ${field} is ${JSON.stringify(link)}: nothing applies, nothing runs`, async () => {
      const path = `/bad-link-${bad.findIndex((b) => b[1] === link)}`;
      site.route(path, page(site.port, { config: testConfig(site.port, { endpoint, [field]: link }) }));
      const p = await open(path);
      await p.waitForLoadState('networkidle');
      for (const a of await p.locator('a[href]:not([href^="#"])').all())
        await a.click({ timeout: 2000 }).catch(() => {});
      expect(await p.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
      expect(await p.evaluate(() => window.cookieproof.status().ready)).toBe(false);
      expect(await p.locator(banner).count()).toBe(0);
      // Failing closed: nothing gated loads.
      expect(site.trackerHits()).toEqual([]);
    });
  }

  it('takes http(s) links, absolute or relative', async () => {
    const path = '/good-links';
    site.route(path, page(site.port, { config: testConfig(site.port, { policyUrl: 'https://example.com/cookies' }) }));
    const p = await open(path);
    await p.waitForSelector(banner);
    expect(await p.getAttribute(`${banner} a`, 'href')).toBe('https://example.com/cookies');
  });
});
