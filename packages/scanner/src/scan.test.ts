import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeclaration, ScanReport } from '@cookieproof/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftDeclaration } from './draft-declaration.ts';
import {
  fixtureCookieDatabase as COOKIE_DB,
  type FixtureSite,
  fixtureDeclaration,
  startFixtureSite,
} from './fixtures/site.ts';
import { renderHtmlReport } from './render-html.ts';
import { renderJunit } from './render-junit.ts';
import { type CookieproofScanReport, scan } from './scan.ts';

// One real Chromium scan of the fixture shop (three passes, signed in first), then small ones: third-party
// cookies blocked, and a site with the Cookieproof API. Assertions are exact: every item and every violation.

// Other suites share this machine's two cores: page loads get a generous timeout so a busy machine is no failure.
const SLOW_MACHINE_MS = 60_000;

let site: FixtureSite;
let report: CookieproofScanReport;
let blocked: CookieproofScanReport;
let sdk: CookieproofScanReport;
let cmp: CookieproofScanReport;
let late: CookieproofScanReport;
const progress: string[] = [];

beforeAll(async () => {
  site = await startFixtureSite();
  const shop = site.origin('shop.localhost');
  report = await scan(`${shop}/`, {
    declaration: await fixtureDeclaration(site.port),
    settleMs: 50,
    pageTimeoutMs: SLOW_MACHINE_MS,
    cookieDb: COOKIE_DB,
    login: { url: `${shop}/login`, fields: { user: 'ada', password: 'secret' } },
    onProgress: (p) => progress.push(`${p.pass} ${p.phase}`),
  });
  blocked = await scan(`${shop}/`, {
    thirdPartyCookies: 'block',
    passes: ['none'],
    maxPages: 1,
    settleMs: 50,
    pageTimeoutMs: SLOW_MACHINE_MS,
    cookieDb: false,
    screenshots: false,
  });
  const state = join(mkdtempSync(join(tmpdir(), 'cookieproof-state-')), 'state.json');
  writeFileSync(
    state,
    JSON.stringify({
      cookies: [
        {
          name: 'remember_me',
          value: 'r1',
          domain: 'sdk.localhost',
          path: '/',
          expires: -1,
          httpOnly: true,
          secure: false,
          sameSite: 'Lax',
        },
      ],
      origins: [],
    }),
  );
  sdk = await scan(`${site.origin('sdk.localhost')}/`, {
    passes: ['reject', 'accept'],
    maxPages: 1,
    settleMs: 50,
    pageTimeoutMs: SLOW_MACHINE_MS,
    cookieDb: false,
    screenshots: false,
    login: { storageState: state },
    autoconsent: false,
  });
  cmp = await scan(`${site.origin('cmp.localhost')}/`, {
    passes: ['reject', 'accept'],
    maxPages: 1,
    settleMs: 50,
    pageTimeoutMs: SLOW_MACHINE_MS,
    cookieDb: false,
    screenshots: false,
  });
  late = await scan(`${site.origin('late.localhost')}/`, {
    passes: ['none'],
    maxPages: 2,
    settleMs: 50,
    pageTimeoutMs: SLOW_MACHINE_MS,
    cookieDb: false,
    screenshots: false,
  });
}, 600_000);

afterAll(async () => {
  await site?.close();
});

const strip = (s: string) => s.replaceAll(`:${site.port}`, '');
const findingsOf = (r: CookieproofScanReport, pass: string) =>
  r.findings
    .filter((f) => f.pass === pass)
    .map((f) =>
      strip(
        `${f.kind} ${f.name} @${f.origin} ${f.firstParty ? '1st' : '3rd'} ${new URL(f.page).pathname} ${f.technologyId ?? '-'} ${f.surface ?? '-'}${f.viaLogin ? ' login' : ''}`,
      ),
    )
    .sort();
const violationsOf = (r: CookieproofScanReport, pass: string) =>
  r.violations
    .filter((v) => v.pass === pass)
    .map((v) => strip(`${v.rule} ${v.kind} ${v.name}`))
    .sort();

const BEFORE_CONSENT = [
  'cookie auth_session @shop.localhost 1st /account/ auth account login',
  'cookie mystery @shop.localhost 1st /about - public',
  'cookie prefs_lang @shop.localhost 1st / language public',
  'cookie sid @shop.localhost 1st / session public',
  'cookie theme @shop.localhost 1st / theme public',
  'cookie trk_uid @tracker.localhost 3rd / tracker-cookie public',
  'cookie wdg_sess @widget.localhost 3rd / widget-session public',
  'iframe http://widget.localhost/embed @http://widget.localhost 3rd / widget-frame public',
  'localStorage cart @http://shop.localhost 1st /shop/cart cart public',
  'localStorage wdg_state @http://widget.localhost 3rd / widget-state public',
  'pixel http://tracker.localhost/px.gif @http://tracker.localhost 3rd / tracker-pixel public',
  'script http://cdn.shop.localhost/app.js @http://cdn.shop.localhost 1st / app-script public',
  'sessionStorage acct_tab @http://shop.localhost 1st /about - public',
  'sessionStorage acct_tab @http://shop.localhost 1st /account/ account-tab account login',
  'sessionStorage checkout_step @http://shop.localhost 1st /shop/cart checkout public',
  'sessionStorage wdg_tab @http://widget.localhost 3rd / widget-tab public',
];
const CONSENT_COOKIE = 'cookie site_consent @shop.localhost 1st / consent public';
const ALWAYS_WRONG = [
  'cookie-attributes cookie legacy_id',
  'cookie-attributes cookie sid',
  'duration-exceeds-declared cookie prefs_lang',
  'undeclared cookie mystery',
  'undeclared sessionStorage acct_tab',
];

describe('scan of the fixture shop, third-party cookies allowed', () => {
  it('is a valid contract report with three passes over the same crawl', () => {
    expect(ScanReport.safeParse(report).success).toBe(true);
    expect(report.passes.map((p) => p.consent)).toEqual(['none', 'reject', 'accept']);
    for (const p of report.passes) {
      expect(p.pages.map((u) => strip(u))).toEqual([
        'http://shop.localhost/',
        'http://shop.localhost/about',
        'http://shop.localhost/account/',
        'http://shop.localhost/shop/cart',
      ]);
    }
    expect(report.thirdPartyCookies).toBe('allow');
    expect(report.webdriverMasked).toBe(true);
    expect(report.browser.userAgent).not.toContain('Headless');
    expect(report.declaration).toMatch(/^[0-9a-f]{64}$/);
    expect(report.knownItems).toContain('Open Cookie Database');
    expect(report.warnings).toEqual([]);
    expect(progress).toContain('none login');
    expect(progress.filter((p) => p.endsWith(' done'))).toHaveLength(3);
  });

  it("gives consent through the site's own banner, which hides from webdriver browsers", () => {
    const [none, reject, accept] = report.passes;
    expect(none!.consentMethod).toBe('not-asked');
    expect(none!.bannerFound).toBe(true);
    expect(reject!.consentMethod).toBe('banner-click');
    expect(reject!.consentDetail).toBe('clicked "Reject all" (button#cb-reject)');
    expect(accept!.consentDetail).toBe('clicked "Accept all" (button#cb-accept)');
  });

  it('finds exactly the fixture items before consent', () => {
    expect(findingsOf(report, 'none')).toEqual(BEFORE_CONSENT);
  });

  it('finds the same plus the choice cookie after reject', () => {
    expect(findingsOf(report, 'reject')).toEqual([...BEFORE_CONSENT, CONSENT_COOKIE].sort());
  });

  it('finds the consented tags after accept, per surface', () => {
    expect(findingsOf(report, 'accept')).toEqual(
      [
        ...BEFORE_CONSENT,
        CONSENT_COOKIE,
        'cookie _ga @shop.localhost 1st / ga public',
        'cookie _gid @shop.localhost 1st / gid public',
        'script http://analytics.localhost/ga.js @http://analytics.localhost 3rd / stats-script public',
        'pixel http://analytics.localhost/g/collect @http://analytics.localhost 3rd / stats-beacon public',
        'pixel http://ads.localhost/p.gif @http://ads.localhost 3rd / ad-pixel public',
        'script http://analytics.localhost/ga.js @http://analytics.localhost 3rd /account/ stats-script account',
        'pixel http://analytics.localhost/g/collect @http://analytics.localhost 3rd /account/ stats-beacon account',
        'pixel http://ads.localhost/p.gif @http://ads.localhost 3rd /account/ ad-pixel account',
      ].sort(),
    );
  });

  it('tells beacons from tiny images and judges same-site scripts', () => {
    const accept = report.passes[2]!;
    const kinds = new Map(
      accept.requests.map((r) => [strip(r.url), `${r.kind}/${r.pixelReason ?? ''}/${r.thirdParty}`]),
    );
    expect(kinds.get('http://analytics.localhost/g/collect?v=2&t=pageview')).toBe('pixel/beacon/true');
    expect(kinds.get('http://tracker.localhost/px.gif')).toBe('pixel/tiny-image/true');
    expect(kinds.get('http://cdn.shop.localhost/app.js')).toBe('script//false');
    expect(accept.requests.find((r) => r.url.includes('/ga.js'))?.initiator).toBe(`${site.origin('shop.localhost')}/`);
  });

  it('reports refused cookies apart and never as stored', () => {
    const reasons = (pass: number) =>
      [
        ...new Set(
          report.passes[pass]!.blockedCookies.map((b) => `${b.name}@${strip(b.domain)}:${b.reasons.join('+')}`),
        ),
      ].sort();
    expect(reasons(0)).toEqual(['legacy_id@shop.localhost:SameSiteNoneInsecure']);
    expect(reasons(2)).toEqual([
      'ad_id@ads.localhost:SchemefulSameSiteUnspecifiedTreatedAsLax',
      'legacy_id@shop.localhost:SameSiteNoneInsecure',
    ]);
    for (const p of report.passes) expect(p.cookies.map((c) => c.name)).not.toContain('ad_id');
  });

  it('lists IndexedDB databases of every frame, the cross-site iframe included', () => {
    expect(report.passes[0]!.indexedDb.map((d) => strip(`${d.origin} ${d.name}`))).toEqual([
      'http://widget.localhost wdg_db',
    ]);
  });

  it('reports exactly the deliberate violations in each pass', () => {
    expect(violationsOf(report, 'none')).toEqual(
      [...ALWAYS_WRONG, 'before-consent cookie trk_uid', 'before-consent pixel http://tracker.localhost/px.gif'].sort(),
    );
    expect(violationsOf(report, 'reject')).toEqual(
      [...ALWAYS_WRONG, 'after-reject cookie trk_uid', 'after-reject pixel http://tracker.localhost/px.gif'].sort(),
    );
    expect(violationsOf(report, 'accept')).toEqual([...ALWAYS_WRONG, 'category-mismatch cookie _gid'].sort());
    const messages = report.violations.map((v) => v.message);
    expect(messages).toContain('sid: HttpOnly is missing, declared true.');
    expect(messages).toContain('prefs_lang lives 365 days but is declared for 30 days.');
    expect(messages.find((m) => m.startsWith('sessionStorage acct_tab'))).toContain(
      '"account-tab" is declared for surface account, not public',
    );
  });

  it('keeps one screenshot per pass and renders HTML with violations first', () => {
    for (const p of report.passes) expect(p.screenshot).toMatch(/^data:image\/jpeg;base64,/);
    const html = renderHtmlReport(report);
    expect(report.violations).toHaveLength(20);
    expect(html.indexOf('20 violations')).toBeGreaterThan(0);
    expect(html.indexOf('20 violations')).toBeLessThan(html.indexOf('Pass “none”'));
    expect(html.match(/<img src="data:image\/jpeg/g)).toHaveLength(3);
    expect(html).toContain('SameSiteNoneInsecure');
    expect(html).not.toContain('<script');
  });

  it('renders JUnit with one failing case per item with violations', () => {
    const xml = renderJunit(report);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml).toContain('<failure type="category-mismatch"');
    const totals = /<testsuites [^>]*tests="(\d+)" failures="(\d+)"/.exec(xml)!;
    // One case per distinct item and pass (an item on two surfaces is one case); legacy_id has only a violation.
    const items = new Set(
      [...report.findings, ...report.violations].map((f) => `${f.pass} ${f.kind} ${f.name} ${f.origin}`),
    );
    expect(Number(totals[1])).toBe(items.size);
    const failing = new Set(report.violations.map((f) => `${f.pass} ${f.kind} ${f.name} ${f.origin}`));
    expect(Number(totals[2])).toBe(failing.size);
    expect(failing.size).toBe(7 + 7 + 6);
  });

  it('drafts a declaration that validates and covers every item', () => {
    const draft = draftDeclaration(report);
    const { declaration, problems } = parseDeclaration(draft.yaml, 'draft.yaml');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const techs = Object.values(declaration!.technologies);
    expect(techs.find((t) => t.name === '_gid')?.category).toBe('analytics');
    // Unknown items present before consent are not essential by default: they wait for a person's review.
    expect(techs.find((t) => t.name === 'trk_uid')).toMatchObject({
      domain: 'tracker.localhost',
      category: 'needs-review',
    });
    expect(techs.find((t) => t.name === 'site_consent')?.category).toBe('needs-review');
    expect(declaration!.categories['needs-review']?.required).toBe(false);
    // Essential only where a cookie database says so; every entry says why it got its category.
    expect(techs.filter((t) => t.category === 'essential')).toEqual([]);
    expect(Object.keys(draft.reasons).sort()).toEqual(Object.keys(declaration!.technologies).sort());
    const gid = Object.entries(declaration!.technologies).find(([, t]) => t.name === '_gid')![0];
    expect(draft.reasons[gid]).toMatch(/^category analytics: analytics in .*\(Google Analytics\)/);
    expect(draft.yaml).toContain(`# ${draft.reasons[gid]}`);
    expect(techs.find((t) => t.name === 'sid')?.attributes).toEqual({
      httpOnly: false,
      secure: false,
      sameSite: 'lax',
    });
    expect(techs.find((t) => t.name === 'prefs_lang')?.duration).toBe('365 days');
    // Known only to the Open Cookie Database the scan read (the fixture's copy), not to the built-in list.
    const [mysteryId, mystery] = Object.entries(declaration!.technologies).find(([, t]) => t.name === 'mystery')!;
    expect(mystery.category).toBe('analytics');
    expect(draft.reasons[mysteryId]).toBe(
      'category analytics: analytics in the Open Cookie Database (Mystery Metrics); present before consent.',
    );
    const distinct = new Set(report.findings.map((f) => `${f.kind} ${f.name}`));
    expect(techs).toHaveLength(distinct.size);
  });
});

describe('scan with third-party cookies blocked', () => {
  it('records the mode, refuses the third-party cookies with reasons, and sees partitioned third-party storage', () => {
    expect(blocked.thirdPartyCookies).toBe('block');
    expect(blocked.declaration).toBeNull();
    expect(blocked.passes[0]!.cookies.map((c) => c.name).sort()).toEqual(['prefs_lang', 'sid', 'theme']);
    const refused = blocked.passes[0]!.blockedCookies.map((b) => b.name).sort();
    expect(refused).toEqual(['legacy_id', 'trk_uid', 'wdg_sess']);
    for (const b of blocked.passes[0]!.blockedCookies.filter((x) => x.name !== 'legacy_id'))
      expect(b.reasons.length).toBeGreaterThan(0);
    // As in Chrome, blocking third-party cookies leaves the cross-site frame its storage, partitioned under the
    // page's site; the scan finds what the frame writes there.
    expect(
      blocked.passes[0]!.storage.filter((s) => s.origin.startsWith('http://widget.localhost')).map((s) => s.key),
    ).toContain('wdg_state');
    expect(blocked.passes[0]!.notes.filter((n) => /not readable/.test(n))).toEqual([]);
    // Without a declaration nothing is judged but what is wrong in itself.
    expect(violationsOf(blocked, 'none')).toEqual(['cookie-attributes cookie legacy_id']);
  });
});

describe('scan of a site with the Cookieproof API, signed in by storage state', () => {
  it('uses window.cookieproof and attributes the stored session to the login', () => {
    expect(sdk.passes.map((p) => `${p.consent}:${p.consentMethod}:${p.consentDetail}`)).toEqual([
      'reject:cookieproof-api:window.cookieproof.rejectAll()',
      'accept:cookieproof-api:window.cookieproof.acceptAll()',
    ]);
    expect(findingsOf(sdk, 'accept')).toEqual([
      'cookie cookieproof_consent @sdk.localhost 1st / - -',
      'cookie remember_me @sdk.localhost 1st / - - login',
    ]);
    expect(sdk.login).toMatchObject({ kind: 'storage-state' });
  });
});

describe('scan of a site with a consent platform autoconsent knows', () => {
  it("opts out and in through the platform's rule, not the text heuristic", () => {
    expect(cmp.passes.map((p) => `${p.consent}:${p.consentMethod}:${p.consentDetail}`)).toEqual([
      'reject:autoconsent:autoconsent rule "WP Cookie Notice for GDPR"',
      'accept:autoconsent:autoconsent rule "WP Cookie Notice for GDPR"',
    ]);
    expect(cmp.passes[0]!.cookies.map((c) => c.name).sort()).toEqual(['cmp_rejected', 'wpl_viewed_cookie']);
    expect(cmp.passes[1]!.cookies.map((c) => c.name).sort()).toEqual(['cmp_accepted', 'wpl_viewed_cookie']);
  });
});

describe('scan of a page that sends a beacon as it is left', () => {
  it('attributes the request to the page that sent it, not to the page the scan went on to', () => {
    expect(late.passes[0]!.pages.map((u) => strip(u))).toEqual([
      'http://late.localhost/',
      'http://late.localhost/next',
    ]);
    expect(findingsOf(late, 'none')).toEqual(['pixel http://beacon.localhost/b @http://beacon.localhost 3rd / - -']);
  });
});
