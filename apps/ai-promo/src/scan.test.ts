import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CookieproofScanReport, scan } from '@cookieproof/scanner';
import { loadDeclaration } from '@cookieproof/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningAiPromo, startAiPromo } from './app.ts';

// The promise of the whole product: the scanner, pointed at the running AI Promo site (public pages and the
// signed-in dashboard), finds nothing that the declaration does not say, with no consent, after "reject all"
// and after "accept all".

let site: RunningAiPromo;
let dataDir: string;
let report: CookieproofScanReport;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ai-promo-scan-'));
  site = await startAiPromo({ dataDir, ports: { site: 0, analytics: 0, pay: 0, datahub: 0, id: 0 } });
  const declaration = await loadDeclaration(site.declarationFile);
  report = await scan(`${site.urls.site}/`, {
    declaration,
    maxPages: 12,
    depth: 2,
    pages: [`${site.urls.app}/dashboard`, `${site.urls.app}/settings`],
    login: { url: site.urls.signIn, fields: { email: site.demoAccount.email, password: site.demoAccount.password } },
    cookieDb: false,
    screenshots: false,
  });
}, 240_000);

afterAll(async () => {
  await site?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('cookieproof scan against the running AI Promo site', () => {
  it('reports zero violations in every pass', () => {
    expect(
      report.violations.map((v) => `${v.rule} [${v.pass}] ${v.kind} ${v.name} on ${v.page}: ${v.message}`),
    ).toEqual([]);
  });

  it('visited the public site and the signed-in dashboard in all three passes', () => {
    expect(report.passes.map((p) => p.consent)).toEqual(['none', 'reject', 'accept']);
    for (const pass of report.passes) {
      expect(pass.pages.some((p) => p.startsWith(site.urls.site))).toBe(true);
      expect(pass.pages.some((p) => p.startsWith(`${site.urls.app}/dashboard`))).toBe(true);
    }
  });

  it('saw analytics only after consent, and every finding matched a declared technology', () => {
    const ids = (pass: string) => new Set(report.findings.filter((f) => f.pass === pass).map((f) => f.technologyId));
    expect(ids('none').has('ga-tag')).toBe(false);
    expect(ids('reject').has('ga-tag')).toBe(false);
    expect(ids('accept').has('ga-tag')).toBe(true);
    expect(ids('accept').has('session')).toBe(true);
    expect(report.findings.filter((f) => f.technologyId === null)).toEqual([]);
  });
});
