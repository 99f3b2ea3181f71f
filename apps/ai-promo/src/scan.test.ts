import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CookieproofScanReport, scan } from '@cookieproof/scanner';
import { loadDeclaration } from '@cookieproof/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningAiPromo, startAiPromo } from './app.ts';
import { FREE_PORTS } from './e2e-support.ts';

// The check CI runs on every change: the scanner, signed in with the demo account, visits the public site and
// the dashboard in all three passes and must find nothing the declaration does not say.

let app: RunningAiPromo;
let dataDir: string;
let report: CookieproofScanReport;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'aipromo-scan-'));
  app = await startAiPromo({ dataDir, ports: FREE_PORTS });
  const declaration = await loadDeclaration(app.declarationFile);
  const started = Date.now();
  report = await scan(`${app.urls.site}/`, {
    declaration,
    login: { url: app.urls.signIn, fields: { email: app.demoAccount.email, password: app.demoAccount.password } },
    pages: [`${app.urls.app}/`, `${app.urls.app}/settings`],
    maxPages: 12,
    cookieDb: false,
    screenshots: false,
    onProgress: (p) => {
      if (process.env.SCAN_PROGRESS)
        console.error(
          `${((Date.now() - started) / 1000).toFixed(1)}s ${p.pass} ${p.phase} ${p.page ?? ''} ${p.done}/${p.total}`,
        );
    },
  });
}, 240_000);

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const ids = (pass: string, category?: string) =>
  [
    ...new Set(
      report.findings
        .filter((f) => f.pass === pass && (!category || f.category === category))
        .map((f) => f.technologyId),
    ),
  ].sort();

describe('cookieproof scan of the running AI Promo site, signed in', () => {
  it('reports zero violations against the declaration', () => {
    expect(report.violations).toEqual([]);
    expect(report.findings.filter((f) => f.technologyId === null)).toEqual([]);
  });

  it('visits both surfaces in all three passes and gives consent through the SDK', () => {
    expect(report.passes.map((p) => p.consent)).toEqual(['none', 'reject', 'accept']);
    for (const p of report.passes) {
      const hosts = new Set(p.pages.map((u) => new URL(u).hostname));
      expect(hosts, p.consent).toEqual(new Set(['aipromo.localhost', 'app.aipromo.localhost']));
      expect(p.pages.map((u) => new URL(u).pathname)).toEqual(expect.arrayContaining(['/dashboard', '/settings']));
    }
    // Each surface has its own banner, so the dashboard is asked again.
    for (const p of report.passes.slice(1)) {
      expect(p.consentMethod).toBe('cookieproof-api');
      expect(p.consentElsewhere.map((c) => [new URL(c.page).hostname, c.method])).toEqual([
        ['app.aipromo.localhost', 'cookieproof-api'],
      ]);
    }
    expect(report.login).toEqual({ kind: 'form', source: app.urls.signIn });
  });

  it('sees only essential technologies without consent and after reject', () => {
    expect(ids('none', 'analytics')).toEqual([]);
    expect(ids('reject', 'analytics')).toEqual([]);
    expect(ids('none', 'preferences')).toEqual([]);
    expect(ids('reject', 'preferences')).toEqual([]);
    expect(ids('reject')).toContain('consent-state');
  });

  it('sees the GA-style tag on the public site and product analytics in the dashboard after accept only', () => {
    const accepted = ids('accept', 'analytics');
    expect(accepted).toEqual(expect.arrayContaining(['ga-tag', 'ga-collect', 'ga-client', 'product-analytics-id']));
    const tagPages = report.findings.filter((f) => f.technologyId === 'ga-tag').map((f) => f.surface);
    expect(new Set(tagPages)).toEqual(new Set(['public']));
  });
});
