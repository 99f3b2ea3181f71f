import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, startFixtureSite, watchDeclaration } from './fixtures/site.ts';
import { renderHtmlReport } from './render-html.ts';
import { type CookieproofScanReport, scan } from './scan.ts';

// One real Chromium scan of the watch fixture (site.ts, watch.yaml): a single-page app that hides things from a
// scan that only judges third parties, leaves a page early or only loads pages.

const SLOW_MACHINE_MS = 60_000;

let site: FixtureSite;
let report: CookieproofScanReport;

beforeAll(async () => {
  site = await startFixtureSite();
  report = await scan(`${site.origin('watch.localhost')}/`, {
    declaration: await watchDeclaration(site.port),
    maxPages: 3,
    pageTimeoutMs: SLOW_MACHINE_MS,
    cookieDb: false,
    screenshots: false,
  });
}, 600_000);

afterAll(async () => {
  await site?.close();
});

const strip = (s: string) => s.replaceAll(`:${site.port}`, '');
const findingsOf = (pass: string) =>
  report.findings
    .filter((f) => f.pass === pass)
    .map((f) =>
      strip(`${f.kind} ${f.name} ${f.firstParty ? '1st' : '3rd'} ${new URL(f.page).pathname} ${f.technologyId ?? '-'}`),
    )
    .sort();
const violationsOf = (pass: string) =>
  report.violations
    .filter((v) => v.pass === pass)
    .map((v) => strip(`${v.rule} ${v.kind} ${v.name}`))
    .sort();

describe('first-party requests', () => {
  it('judges a same-site beacon sent before consent and after reject', () => {
    expect(findingsOf('none')).toContain('pixel http://metrics.watch.localhost/collect 1st / metrics-beacon');
    expect(violationsOf('none')).toContain('before-consent pixel http://metrics.watch.localhost/collect');
    expect(violationsOf('reject')).toContain('after-reject pixel http://metrics.watch.localhost/collect');
  });

  it("matches the declared first-party pixel after accept, and leaves out the site's own code, styles and API", () => {
    expect(findingsOf('accept')).toContain('pixel http://watch.localhost/px.gif 1st / own-pixel');
    expect(findingsOf('none').some((f) => f.includes('/px.gif'))).toBe(false);
    for (const own of ['/app.js', '/style.css', '/api/data'])
      expect(report.findings.some((f) => f.name.endsWith(own))).toBe(false);
    expect(report.requestRule).toContain("the site's own API calls");
  });

  it("leaves out the site's own JSON API at a path that looks like a collection endpoint", () => {
    const seen = report.passes[0]!.requests.find((r) => r.url.endsWith('/api/events'));
    expect(seen).toMatchObject({ resourceType: 'fetch', kind: null, thirdParty: false });
    expect(report.findings.filter((f) => f.name.endsWith('/api/events'))).toEqual([]);
    expect(report.violations.filter((v) => v.name.endsWith('/api/events'))).toEqual([]);
    expect(report.requestRule).toContain('answered with JSON');
  });
});

describe('waiting for quiet', () => {
  it('sees a write made 1.2 s after consent and a tag inserted late by another tag', () => {
    const accept = findingsOf('accept');
    expect(accept).toContain('localStorage late_pref 1st / late-pref');
    expect(accept).toContain('script http://tags.localhost/tm.js 3rd / tag-manager');
    expect(accept).toContain('pixel http://tags.localhost/late.gif 3rd / late-pixel');
    expect(report.quiet).toEqual({ windowMs: 300, boundMs: 5000 });
    for (const p of report.passes) expect(p.quietBoundReached).toEqual([]);
  });

  it('says where each pass spent its time: loading, waiting for quiet (at least one window per page), reading', () => {
    for (const p of report.passes) {
      expect(p.timing.loadMs).toBeGreaterThan(0);
      expect(p.timing.quietMs).toBeGreaterThanOrEqual(report.quiet.windowMs * p.pages.length);
      expect(p.timing.snapshotMs).toBeGreaterThan(0);
    }
  });

  it('waits for an iframe that writes storage a while after it loads', async () => {
    // One page, no routes and nothing after it: the page is left once it and its frames are quiet.
    const one = await scan(`${site.origin('watch.localhost')}/`, {
      declaration: await watchDeclaration(site.port),
      passes: ['none'],
      maxPages: 1,
      maxRoutes: 0,
      pageTimeoutMs: SLOW_MACHINE_MS,
      cookieDb: false,
      screenshots: false,
    });
    expect(one.passes[0]!.storage.map((s) => strip(`${s.key} ${s.origin} ${s.page}`))).toEqual([
      'frame_late http://metrics.watch.localhost http://watch.localhost/',
    ]);
    expect(one.passes[0]!.quietBoundReached).toEqual([]);
  }, 120_000);
});

describe('in-app navigation', () => {
  it('follows a link the page handles with pushState and attributes what the route writes to it', () => {
    for (const p of report.passes)
      expect(p.routes.map((r) => strip(`${new URL(r.from).pathname} -> ${r.url}`))).toEqual([
        '/ -> http://watch.localhost/app/settings',
      ]);
    expect(findingsOf('none')).toContain('sessionStorage spa_route 1st /app/settings -');
    expect(violationsOf('none')).toContain('undeclared sessionStorage spa_route');
  });

  it('attributes a tag the router fires to the route, not to the page it was reached from', () => {
    expect(findingsOf('accept')).toContain('pixel http://tags.localhost/route.gif 3rd /app/settings route-pixel');
    const fired = report.passes[2]!.requests.filter((r) => r.url.includes('/route.gif'));
    expect(fired.map((r) => strip(r.page))).toEqual(['http://watch.localhost/app/settings']);
    // Only after consent: the router checks the choice first.
    expect(findingsOf('none').some((f) => f.includes('route.gif'))).toBe(false);
  });
});

describe('what should appear but does not', () => {
  it('warns about the declared video iframe the accept pass never saw, and fails on it when asked', async () => {
    expect(report.notObserved.map((n) => strip(`${n.technologyId} ${n.kind} ${n.name} ${n.surfaces}`))).toEqual([
      'video-embed iframe http://video.localhost/embed* public',
    ]);
    expect(report.violations.some((v) => v.rule === 'not-observed')).toBe(false);
    const strict = await scan(`${site.origin('watch.localhost')}/`, {
      declaration: await watchDeclaration(site.port),
      passes: ['accept'],
      maxPages: 1,
      failOnNotObserved: true,
      pageTimeoutMs: SLOW_MACHINE_MS,
      cookieDb: false,
      screenshots: false,
    });
    expect(strict.violations.filter((v) => v.rule === 'not-observed').map((v) => v.name)).toEqual([
      `${site.origin('video.localhost')}/embed*`,
    ]);
  }, 120_000);
});

describe('the HTML report', () => {
  it('shows the quiet window and bound, the routes followed, the pages that hit the bound and what was not seen', () => {
    const html = strip(renderHtmlReport(report));
    expect(html).toContain('quiet for 300 ms, or after 5000 ms at the latest (the quiet bound); 4 tabs per pass');
    expect(html).toContain('<code>http://watch.localhost/</code> → <code>http://watch.localhost/app/settings</code>');
    expect(html).toContain('Every page and route went quiet within the bound.');
    expect(html).toContain('Declared but not seen after “accept all” (1 warning)');
    expect(html).toContain('<td>video-embed</td>');
    const busy = { ...report.passes[0]!, quietBoundReached: [`${site.origin('watch.localhost')}/slow`] };
    expect(strip(renderHtmlReport({ ...report, passes: [busy] }))).toContain(
      'Still busy when the quiet bound (5000 ms) passed, so anything later was not watched: <code>http://watch.localhost/slow</code>',
    );
  });
});

describe('the GPC pass', () => {
  it('sends the signal and reports the sale/share tags that load although the declaration honors GPC', async () => {
    const before = site.gpcRequests();
    const gpc = await scan(`${site.origin('watch.localhost')}/`, {
      declaration: await watchDeclaration(site.port),
      passes: ['accept'],
      gpc: true,
      maxPages: 1,
      maxRoutes: 0,
      pageTimeoutMs: SLOW_MACHINE_MS,
      cookieDb: false,
      screenshots: false,
    });
    expect(gpc.passes.map((p) => `${p.consent}${p.gpc ? '+gpc' : ''}`)).toEqual(['accept', 'accept+gpc']);
    expect(gpc.passes[1]!.gpcSignal).toEqual({ header: 'Sec-GPC: 1', navigator: true });
    expect(gpc.passes[0]!.gpcSignal).toBeUndefined();
    expect(site.gpcRequests()).toBeGreaterThan(before);
    const notHonored = gpc.violations
      .filter((v) => v.rule === 'gpc-not-honored')
      .map((v) => strip(`${v.pass} ${(v as { gpc?: boolean }).gpc} ${v.kind} ${v.name}`))
      .sort();
    expect(notHonored).toEqual([
      'accept true pixel http://tags.localhost/late.gif',
      'accept true script http://tags.localhost/tm.js',
    ]);
    // Nothing else is judged twice: the GPC pass adds only what the signal changes.
    expect(gpc.violations.filter((v) => (v as { gpc?: boolean }).gpc && v.rule !== 'gpc-not-honored')).toEqual([]);
  }, 120_000);

  it('finds nothing sold or shared on a site that honors the signal, and still sees what it keeps loading', async () => {
    const gpc = await scan(`${site.origin('gpc.watch.localhost')}/`, {
      declaration: await watchDeclaration(site.port),
      passes: ['accept'],
      gpc: true,
      maxPages: 1,
      pageTimeoutMs: SLOW_MACHINE_MS,
      cookieDb: false,
      screenshots: false,
    });
    const signalled = gpc.findings.filter((f) => f.gpc).map((f) => strip(`${f.kind} ${f.name}`));
    expect(signalled).toContain('pixel http://gpc.watch.localhost/px.gif');
    expect(signalled.filter((f) => f.includes('tags.localhost'))).toEqual([]);
    // Without the signal the same site loads its marketing tags, the router's included.
    const plain = gpc.findings.filter((f) => f.pass === 'accept' && !f.gpc).map((f) => f.technologyId);
    expect(plain).toEqual(expect.arrayContaining(['tag-manager', 'late-pixel', 'route-pixel']));
    expect(gpc.violations.filter((v) => v.rule === 'gpc-not-honored')).toEqual([]);
  }, 120_000);
});
