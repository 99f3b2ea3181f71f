import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSdk } from '@cookieproof/sdk/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSERTION_PATHS, type InsertionSite, startInsertionSite } from './fixtures/insertion-site.ts';
import { type CookieproofScanReport, scan } from './scan.ts';

// The scanner as the judge of the SDK's auto-blocking: a page loads declared analytics by every way page script can,
// without any Cookieproof markup. Without the SDK each way is a violation before consent; with it there is none, and
// after "accept all" everything the page asked for loads.

const SLOW_MACHINE_MS = 60_000;

let dir: string;
let site: InsertionSite;
let bare: CookieproofScanReport;
let guarded: CookieproofScanReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cookieproof-scan-sdk-'));
  await buildSdk(dir);
  site = await startInsertionSite(dir);
  const options = {
    declaration: site.declaration,
    pageTimeoutMs: SLOW_MACHINE_MS,
    cookieDb: false,
    screenshots: false,
    maxRoutes: 0,
  } as const;
  bare = await scan(`${site.origin('insert.localhost')}/`, { ...options, passes: ['none'], maxPages: 1 });
  // Two pages: what was dropped on the page where consent was given (fetch, XHR, a beacon) is sent on the next.
  guarded = await scan(`${site.origin('sdk.insert.localhost')}/`, { ...options, maxPages: 2 });
}, 600_000);

afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const trk = (path: string) => `${site.origin('trk.localhost')}${path}`;

describe('every insertion path without markup', () => {
  it('is a violation before consent per path without the SDK', () => {
    const before = bare.violations
      .filter((v) => v.rule === 'before-consent')
      .map((v) => v.name)
      .sort();
    expect(before).toEqual(Object.values(INSERTION_PATHS).map(trk).sort());
    expect(bare.violations.filter((v) => v.rule !== 'before-consent')).toEqual([]);
  });

  it('is held by the SDK until consent: no violation in any pass, and all of it after "accept all"', () => {
    expect(guarded.passes.map((p) => `${p.consent}:${p.consentMethod}`)).toEqual([
      'none:not-asked',
      'reject:cookieproof-api',
      'accept:cookieproof-api',
    ]);
    expect(guarded.violations).toEqual([]);
    for (const pass of ['none', 'reject'])
      expect(guarded.findings.filter((f) => f.pass === pass && f.technologyId !== 'consent')).toEqual([]);
    const accepted = guarded.findings.filter((f) => f.pass === 'accept' && f.technologyId !== 'consent');
    expect(accepted.map((f) => f.name).sort()).toEqual(Object.values(INSERTION_PATHS).map(trk).sort());
    expect(guarded.notObserved).toEqual([]);
  });
});
