import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, regionDeclaration, startFixtureSite } from './fixtures/site.ts';
import { renderHtmlReport } from './render-html.ts';
import { type CookieproofScanReport, scan } from './scan.ts';

// Passes per region (`--region`): the region travels in the header a CDN would set, the fixture site applies the
// regime region.yaml gives it, and each region's passes are judged by that regime.

const SLOW_MACHINE_MS = 60_000;

let site: FixtureSite;
let honest: CookieproofScanReport;
let bad: CookieproofScanReport;

beforeAll(async () => {
  site = await startFixtureSite();
  const declaration = await regionDeclaration(site.port);
  const options = {
    declaration,
    maxPages: 2,
    pageTimeoutMs: SLOW_MACHINE_MS,
    cookieDb: false,
    screenshots: false,
  } as const;
  honest = await scan(`${site.origin('region.localhost')}/`, { ...options, regions: ['DE', 'us-ca'] });
  bad = await scan(`${site.origin('region-bad.localhost')}/`, { ...options, regions: ['US-CA'] });
}, 600_000);

afterAll(async () => {
  await site?.close();
});

const strip = (s: string) => s.replaceAll(`:${site.port}`, '');
/** "US-CA none+gpc": a pass, or the pass of a finding or violation. */
const passName = (p: { consent?: string; pass?: string; gpc?: boolean; region?: string }) =>
  `${p.region} ${p.consent ?? p.pass}${p.gpc ? '+gpc' : ''}`;
const findingsOf = (r: CookieproofScanReport, pass: string) =>
  r.findings
    .filter((f) => passName(f) === pass)
    .map((f) => strip(`${f.kind} ${f.name} ${new URL(f.page).pathname} ${f.technologyId ?? '-'}`))
    .sort();

describe('passes per region', () => {
  it("runs every pass from each region, with the regime of the declaration's jurisdiction, and a GPC pass where it is an opt-out", () => {
    expect(honest.regionHeader).toBe('CF-IPCountry');
    expect(honest.passes.map((p) => `${passName(p)} ${p.jurisdiction?.id}/${p.jurisdiction?.regime}`)).toEqual([
      'DE none europe/opt-in',
      'DE reject europe/opt-in',
      'DE accept europe/opt-in',
      'US-CA none california/opt-out',
      'US-CA reject california/opt-out',
      'US-CA accept california/opt-out',
      'US-CA none+gpc california/opt-out',
    ]);
    for (const p of honest.passes)
      expect(p.pages.map(strip)).toEqual(['http://region.localhost/', 'http://region.localhost/more']);
    // Opting out in US-CA is the "Do not sell or share" link; there is nothing to accept there, and no warning.
    expect(honest.passes[4]!.consentDetail).toBe(
      'clicked "Do not sell or share my personal information" (button#optout)',
    );
    expect(honest.warnings).toEqual([]);
  });

  it('finds nothing wrong on a site that applies each regime', () => {
    expect(honest.violations).toEqual([]);
    // The site got the region: in Germany nothing optional before consent, in California everything until an opt-out.
    expect(findingsOf(honest, 'DE none')).toEqual([]);
    expect(findingsOf(honest, 'US-CA none')).toEqual([
      'pixel http://ads.localhost/r.gif / ad-pixel',
      'pixel http://stats.localhost/s.gif / stats-pixel',
    ]);
    // After the opt-out only what is not sold or shared goes on; the ad pixel of the page opted out on came before.
    const reject = honest.passes[4]!;
    expect(
      reject.requests.filter((r) => r.kind === 'pixel').map((r) => strip(`${r.url} ${r.beforeChoice ?? false}`)),
    ).toEqual([
      'http://stats.localhost/s.gif?p=/ true',
      'http://ads.localhost/r.gif?p=/ true',
      'http://stats.localhost/s.gif?p=/more false',
    ]);
    expect(findingsOf(honest, 'US-CA none+gpc')).toEqual(['pixel http://stats.localhost/s.gif / stats-pixel']);
    expect(findingsOf(honest, 'DE accept')).toContain('pixel http://ads.localhost/r.gif / ad-pixel');
  });

  it('catches a sale/share tag that loads in an opt-out region although the browser sent GPC', () => {
    expect(bad.violations.map((v) => strip(`${passName(v)} ${v.rule} ${v.kind} ${v.name}`))).toEqual([
      'US-CA none+gpc gpc-not-honored pixel http://ads.localhost/r.gif',
    ]);
    expect(bad.violations[0]!.message).toContain('the opt-out regime makes an opt-out');
    expect(bad.violations[0]!.message).toContain('From US-CA: opt-out regime, "california"');
    const html = renderHtmlReport(bad);
    expect(html).toContain('Pass “US-CA none + GPC”');
    expect(html).toContain(
      'Presented as a visitor from <strong>US-CA</strong> (CF-IPCountry), judged by the <strong>opt-out</strong> regime',
    );
    expect(html).toContain('<td>US-CA none + GPC</td>');
  });

  it('takes a country or a subdivision, not a group', async () => {
    await expect(scan(`${site.origin('region.localhost')}/`, { regions: ['EEA'] })).rejects.toThrow(
      /"EEA" is not a country or subdivision code/,
    );
  });
});
