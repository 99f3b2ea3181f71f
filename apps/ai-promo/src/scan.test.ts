import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CookieproofScanReport } from '@cookieproof/scanner';
import { fixtureCookieDatabase } from '@cookieproof/scanner/fixtures';
import { type Io, main } from 'cookieproof';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningAiPromo, startAiPromo } from './app.ts';
import { FREE_PORTS } from './e2e-support.ts';

// What CI runs on every change: `cookieproof scan`, signed in with the demo account, visits the public site and
// the dashboard in all three passes and must find nothing the declaration does not say (exit code 0).

// Suggestions come from the scanner's small cookie database fixture, never a download.
const COOKIE_DB = fixtureCookieDatabase;

let app: RunningAiPromo;
let dataDir: string;
let exitCode: number;
let stderr = '';
let report: CookieproofScanReport;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'aipromo-scan-'));
  app = await startAiPromo({ dataDir, ports: FREE_PORTS });
  const io: Io = {
    out: () => {},
    err: (t) => {
      stderr += `${t}\n`;
    },
    progress: () => {},
    isTTY: false,
    cwd: dataDir,
    env: { DEMO_EMAIL: app.demoAccount.email, DEMO_PASSWORD: app.demoAccount.password },
  };
  exitCode = await main(
    [
      'scan',
      `${app.urls.site}/`,
      '--declaration',
      app.declarationFile,
      '--login',
      `${app.urls.signIn} email=$DEMO_EMAIL password=$DEMO_PASSWORD`,
      '--page',
      `${app.urls.app}/`,
      '--page',
      `${app.urls.app}/settings`,
      '--max-pages',
      '12',
      '--cookie-db',
      COOKIE_DB,
      '--out',
      'scan',
    ],
    io,
  );
  report = JSON.parse(await readFile(join(dataDir, 'scan', 'report.json'), 'utf8'));
}, 240_000);

afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

// The "practices changed" variant (opt-in in the EEA and the UK, opt-out in California with analytics as sale/share,
// GPC honored), scanned from Germany and from California: each region's passes are judged by its own regime.
describe('cookieproof scan per region of the practices-changed variant', () => {
  let regional: RunningAiPromo;
  let dir: string;
  let code: number;
  let errors = '';
  let byRegion: CookieproofScanReport;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aipromo-scan-regions-'));
    regional = await startAiPromo({ dataDir: dir, ports: FREE_PORTS, signalsMode: 'honor' });
    code = await main(
      [
        'scan',
        `${regional.urls.site}/`,
        '--declaration',
        regional.declarationFile,
        '--region',
        'DE',
        '--region',
        'US-CA',
        '--max-pages',
        '4',
        '--cookie-db',
        COOKIE_DB,
        '--out',
        'scan',
      ],
      {
        out: () => {},
        err: (t) => {
          errors += `${t}\n`;
        },
        progress: () => {},
        isTTY: false,
        cwd: dir,
        env: {},
      },
    );
    byRegion = JSON.parse(await readFile(join(dir, 'scan', 'report.json'), 'utf8'));
  }, 240_000);

  afterAll(async () => {
    await regional?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reports zero violations in either region, each judged by its own regime', () => {
    expect(byRegion.violations).toEqual([]);
    expect(code, errors).toBe(0);
    const passes = byRegion.passes.map(
      (p) => `${p.region} ${p.consent}${p.gpc ? ' gpc' : ''} ${p.jurisdiction?.regime}`,
    );
    expect(passes).toEqual(
      expect.arrayContaining([
        'DE none opt-in',
        'DE reject opt-in',
        'DE accept opt-in',
        'US-CA none opt-out',
        'US-CA none gpc opt-out',
      ]),
    );
  });

  it('sees analytics before any choice in California only, and none of it after its GPC signal', () => {
    const analytics = (region: string, gpc: boolean) =>
      byRegion.findings.filter(
        (f) => f.region === region && f.pass === 'none' && !!f.gpc === gpc && f.category === 'analytics',
      );
    expect(analytics('DE', false)).toEqual([]);
    expect(analytics('US-CA', false).length).toBeGreaterThan(0);
    // The GPC pass saw the page (its essential items), and no analytics.
    expect(byRegion.findings.some((f) => f.region === 'US-CA' && f.gpc)).toBe(true);
    expect(analytics('US-CA', true)).toEqual([]);
  });
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
    expect(exitCode, stderr).toBe(0);
    expect(report.findings.filter((f) => f.technologyId === null)).toEqual([]);
  });

  it('visits both surfaces in all three passes and gives consent through the SDK', () => {
    expect(report.passes.map((p) => p.consent)).toEqual(['none', 'reject', 'accept']);
    for (const p of report.passes) {
      const hosts = new Set(p.pages.map((u) => new URL(u).hostname));
      expect(hosts, p.consent).toEqual(new Set(['aipromo.localhost', 'app.aipromo.localhost']));
      expect(p.pages.map((u) => new URL(u).pathname)).toEqual(expect.arrayContaining(['/dashboard', '/settings']));
    }
    // Both surfaces share one choice (the consent cookie is on aipromo.localhost), so the dashboard is not asked again.
    for (const p of report.passes.slice(1)) {
      expect(p.consentMethod).toBe('cookieproof-api');
      expect(p.consentElsewhere).toEqual([]);
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
    // The dashboard's own first-party pixels are judged too, and only seen after accept.
    expect(accepted).toEqual(expect.arrayContaining(['product-analytics-events', 'diagnostics-vitals']));
    expect(report.findings.find((f) => f.technologyId === 'product-analytics-events')?.firstParty).toBe(true);
    const tag = report.findings.filter((f) => f.technologyId === 'ga-tag');
    expect(new Set(tag.map((f) => f.surface)), JSON.stringify(tag)).toEqual(new Set(['public']));
  });
});
