import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GeneratedSite, startGeneratedSite } from './fixtures/site.ts';
import { type CookieproofScanReport, scan } from './scan.ts';

// Pages of a pass visited by several tabs at once find exactly what one tab finds, page by page.

const PAGES = 16;
let site: GeneratedSite;
let one: CookieproofScanReport;
let four: CookieproofScanReport;
let peaks: number[];

beforeAll(async () => {
  // Each page answers slowly enough that tabs handed pages together are still loading them at the same time,
  // however fast the machine is (at 20 ms a quiet machine finished each load before the next tab asked).
  site = await startGeneratedSite(PAGES, 500);
  const run = async (tabs: number) => {
    site.resetPeak();
    const report = await scan(`${site.origin}/`, {
      tabs,
      passes: ['accept'],
      maxPages: PAGES,
      depth: site.depth,
      pageTimeoutMs: 60_000,
      cookieDb: false,
      screenshots: false,
    });
    return { report, peak: site.peakConcurrentPages() };
  };
  const a = await run(1);
  const b = await run(4);
  [one, four, peaks] = [a.report, b.report, [a.peak, b.peak]];
}, 600_000);

afterAll(async () => {
  await site?.close();
});

const items = (r: CookieproofScanReport) =>
  r.findings.map((f) => `${f.kind} ${f.name.replace(/\?.*$/, '')} ${new URL(f.page).pathname}`).sort();

describe('visiting pages with several tabs', () => {
  it('loads pages at once, no more than the tabs given', () => {
    expect(peaks[0]).toBe(1);
    expect(peaks[1]).toBeGreaterThan(1);
    expect(peaks[1]).toBeLessThanOrEqual(4);
  });

  it('visits the same pages in the same order and finds the same items on the same pages', () => {
    expect(four.passes[0]!.pages).toHaveLength(PAGES);
    expect(four.passes[0]!.pages).toEqual(one.passes[0]!.pages);
    expect(items(four)).toEqual(items(one));
    // Each page's own localStorage key and pixel are credited to it, not to a page another tab had open.
    expect(items(four)).toContain('localStorage seen_7 /p/7');
    const pixels = four.passes[0]!.requests.filter((r) => r.kind === 'pixel').map(
      (r) => `${new URL(r.url).searchParams.get('page')} ${new URL(r.page).pathname}`,
    );
    expect(pixels).toHaveLength(PAGES);
    for (const p of pixels) expect(p).toMatch(/^(0 \/|(\d+) \/p\/\2)$/);
  });
});
