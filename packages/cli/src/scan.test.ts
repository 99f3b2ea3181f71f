import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type FixtureSite,
  fixtureCookieDatabase,
  fixtureDeclarationSource,
  startFixtureSite,
} from '@cookieproof/scanner/fixtures';
import { parseDeclaration } from '@cookieproof/schema';
import { jsonLogger, startServer } from '@cookieproof/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { captureIo } from './test-io.ts';

// One small page that sets a declared essential cookie and an undeclared one, scanned through the CLI.
let server: Server;
let dir: string;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cookieproof-scan-'));
  server = createServer((req, res) => {
    if (req.url === '/ocd.csv') {
      res.writeHead(200, { 'content-type': 'text/csv' }).end(readFileSync(fixtureCookieDatabase));
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'set-cookie': ['session_id=s1; Path=/; HttpOnly; SameSite=Lax', 'mystery=1; Path=/; Max-Age=600'],
    });
    res.end('<!doctype html><html lang="en"><title>Shop</title><h1>Shop</h1></html>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://cli.localhost:${(server.address() as AddressInfo).port}`;
  url = `${origin}/`;
  const minimal = readFileSync(new URL('../../schema/src/fixtures/minimal.yaml', import.meta.url), 'utf8')
    .replace('https://example.com', origin)
    .replace(
      'technologies:\n',
      'technologies:\n  session:\n    kind: cookie\n    name: session_id\n    category: essential\n    purposes: [service]\n    surfaces: [web]\n    duration: session\n    description: Session\n    attributes: { httpOnly: true }\n',
    );
  expect(parseDeclaration(minimal).problems.filter((p) => p.severity === 'error')).toEqual([]);
  writeFileSync(join(dir, 'cookieproof.yaml'), minimal);
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('cookieproof scan', () => {
  it('exits 1 on violations, writes JSON, HTML and JUnit reports and a draft declaration', async () => {
    const c = captureIo(dir);
    const code = await main(
      [
        'scan',
        url,
        '--declaration',
        'cookieproof.yaml',
        '--max-pages',
        '1',
        '--cookie-db',
        '/nonexistent.csv',
        '--out',
        'report',
      ],
      c.io,
    );
    // An explicit cookie database that cannot be read is an input error.
    expect(code).toBe(2);
    expect(c.stderr()).toContain('nonexistent.csv');

    // Offline (nothing listens on port 9): the built-in list, and the report says so.
    const offline = { COOKIEPROOF_CACHE_DIR: join(dir, 'cache'), COOKIEPROOF_COOKIE_DB_URL: 'http://127.0.0.1:9/' };
    const run = captureIo(dir, offline);
    expect(
      await main(
        [
          'scan',
          url,
          '--declaration',
          'cookieproof.yaml',
          '--max-pages',
          '1',
          '--out',
          'report',
          '--declaration-draft',
          'draft.yaml',
          '--json',
        ],
        run.io,
      ),
    ).toBe(1);
    const report = JSON.parse(run.stdout());
    expect(report.knownItems).toBe('built-in list');
    expect(report.warnings.join('\n')).toMatch(
      /cannot download the Open Cookie Database from http:\/\/127\.0\.0\.1:9\/.*Using the built-in list/,
    );
    expect(report.violations.map((v: { rule: string; name: string }) => `${v.rule}:${v.name}`)).toContain(
      'undeclared:mystery',
    );
    expect(report.violations.some((v: { name: string }) => v.name === 'session_id')).toBe(false);
    for (const f of ['report/report.json', 'report/report.html', 'report/junit.xml', 'draft.yaml'])
      expect(existsSync(join(dir, f))).toBe(true);
    expect(readFileSync(join(dir, 'report/junit.xml'), 'utf8')).toContain('<testsuite');
    const draft = parseDeclaration(readFileSync(join(dir, 'draft.yaml'), 'utf8'));
    expect(draft.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('--compare lists what appeared since an earlier report and fails only on a new violation', async () => {
    // The earlier report of the first test, as if "mystery" had not been there yet.
    const earlier = JSON.parse(readFileSync(join(dir, 'report/report.json'), 'utf8'));
    earlier.findings = earlier.findings.filter((f: { name: string }) => f.name !== 'mystery');
    earlier.violations = earlier.violations.filter((v: { name: string }) => v.name !== 'mystery');
    writeFileSync(join(dir, 'earlier.json'), JSON.stringify(earlier));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ target: 'x' }));
    const bad = captureIo(dir);
    expect(await main(['scan', url, '--compare', 'broken.json'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('broken.json: not a scan report');

    const run = captureIo(dir);
    const args = ['scan', url, '--declaration', 'cookieproof.yaml', '--max-pages', '1', '--cookie-db', 'none.csv'];
    writeFileSync(join(dir, 'none.csv'), 'ID,Platform,Category,Cookie / Data Key name\n');
    expect(await main([...args, '--compare', 'earlier.json'], run.io)).toBe(1);
    expect(run.stderr()).toMatch(/appeared +\[none\] cookie mystery/);
    expect(run.stderr()).toMatch(/new violation undeclared \[none\] cookie mystery/);
    // Against itself nothing is new: the violations it still has are known, so it passes.
    const same = captureIo(dir);
    expect(await main([...args, '--compare', 'report/report.json', '--json'], same.io)).toBe(0);
    const report = JSON.parse(same.stdout());
    expect(report.violations.length).toBeGreaterThan(0);
    expect(report.comparison).toMatchObject({ appeared: [], disappeared: [], newViolations: [] });
  });

  it('refreshes the cookie database cache with update-cookie-db, which scan then reads', async () => {
    const env = { COOKIEPROOF_CACHE_DIR: join(dir, 'cache-2'), COOKIEPROOF_COOKIE_DB_URL: 'http://127.0.0.1:9/' };
    const failed = captureIo(dir, env);
    expect(await main(['update-cookie-db'], failed.io)).toBe(2);
    expect(failed.stderr()).toContain('cannot download the Open Cookie Database');

    const updated = captureIo(dir, env);
    expect(
      await main(['update-cookie-db', '--url', `${url.replace('cli.localhost', '127.0.0.1')}ocd.csv`], updated.io),
    ).toBe(0);
    expect(updated.stderr()).toBe(
      `updated ${join(dir, 'cache-2', 'open-cookie-database.csv')}: 10 known cookies and storage keys`,
    );

    const run = captureIo(dir, env);
    const args = ['scan', url, '--max-pages', '1', '--declaration', 'cookieproof.yaml', '--out', 'cached'];
    expect(await main(args, run.io)).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'cached/report.json'), 'utf8')).knownItems).toBe(
      `Open Cookie Database (cached at ${join(dir, 'cache-2', 'open-cookie-database.csv')})`,
    );
    // Warnings are printed without --json too.
    expect(run.stderr()).not.toContain('cannot download');
    expect(run.stderr()).toContain('warning: reject pass: no consent banner');
  });

  it('--server stores the report in the consent server, which lists it and serves it back', async () => {
    const token = 'scan-operator-token-0123456789';
    writeFileSync(join(dir, 'none.csv'), 'ID,Platform,Category,Cookie / Data Key name\n');
    const consent = await startServer({
      declarationFile: join(dir, 'cookieproof.yaml'),
      port: 0,
      host: '127.0.0.1',
      dataDir: join(dir, 'consent-data'),
      adminToken: token,
      handleSignals: false,
      logger: jsonLogger('error', () => {}),
    });
    try {
      const args = ['scan', url, '--declaration', 'cookieproof.yaml', '--max-pages', '1', '--cookie-db', 'none.csv'];
      const run = captureIo(dir, { COOKIEPROOF_ADMIN_TOKEN: token });
      expect(await main([...args, '--server', consent.url, '--json'], run.io)).toBe(1);
      const report = JSON.parse(run.stdout());
      const id = /stored as scan (\S+):/.exec(run.stderr())?.[1];
      expect(id).toBeDefined();
      const auth = { headers: { Authorization: `Bearer ${token}` } };
      const list = await (await fetch(`${consent.url}/v1/scans`, auth)).json();
      expect(list.scans).toHaveLength(1);
      expect(list.scans[0]).toMatchObject({
        id,
        url: report.target,
        startedAt: report.startedAt,
        violations: report.violations.length,
      });
      expect(await (await fetch(`${consent.url}/v1/scans/${id}`, auth)).json()).toEqual(report);

      // A wrong token: exit 2, the reason on stderr, the report still on stdout and on disk, nothing stored.
      const refused = captureIo(dir, { COOKIEPROOF_ADMIN_TOKEN: 'wrong-token' });
      expect(await main([...args, '--server', consent.url, '--json', '--out', 'refused'], refused.io)).toBe(2);
      expect(refused.stderr()).toMatch(/not stored by .*: unauthorized: .*COOKIEPROOF_ADMIN_TOKEN/);
      expect(JSON.parse(refused.stdout()).target).toBe(report.target);
      expect(existsSync(join(dir, 'refused/report.json'))).toBe(true);
      expect((await (await fetch(`${consent.url}/v1/scans`, auth)).json()).scans).toHaveLength(1);
    } finally {
      await consent.close();
    }
    // The server down: exit 2 and says it could not reach it; the report is on disk.
    const down = captureIo(dir, { COOKIEPROOF_ADMIN_TOKEN: token });
    const args = ['scan', url, '--declaration', 'cookieproof.yaml', '--max-pages', '1', '--cookie-db', 'none.csv'];
    expect(await main([...args, '--server', consent.url, '--out', 'down'], down.io)).toBe(2);
    expect(down.stderr()).toMatch(/not stored: .* could not be reached \(ECONNREFUSED\)/);
    expect(existsSync(join(dir, 'down/report.json'))).toBe(true);
    // Without the token it stops before scanning.
    const tokenless = captureIo(dir);
    expect(await main([...args, '--server', consent.url], tokenless.io)).toBe(2);
    expect(tokenless.stderr()).toContain('set COOKIEPROOF_ADMIN_TOKEN');
  });

  it('needs a URL and a valid third-party cookie mode', async () => {
    const c = captureIo(dir);
    expect(await main(['scan'], c.io)).toBe(2);
    expect(await main(['scan', url, '--third-party-cookies', 'maybe'], c.io)).toBe(2);
    expect(c.stderr()).toContain('--third-party-cookies is allow or block');
  });
});

describe('cookieproof scan on the scanner fixtures', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite();
    for (const name of ['watch', 'region'] as const)
      writeFileSync(join(dir, `${name}.yaml`), await fixtureDeclarationSource(name, site.port));
    writeFileSync(join(dir, 'none.csv'), 'ID,Platform,Category,Cookie / Data Key name\n');
  });
  afterAll(() => site?.close());

  it('--gpc, --fail-on-not-observed, --tabs, --settle and --quiet-bound reach the scan', async () => {
    const run = captureIo(dir);
    const args = ['scan', `${site.origin('watch.localhost')}/`, '--declaration', 'watch.yaml', '--max-pages', '2'];
    const flags = ['--gpc', '--fail-on-not-observed', '--tabs', '2', '--settle', '200', '--quiet-bound', '4000'];
    expect(await main([...args, ...flags, '--cookie-db', 'none.csv', '--json'], run.io)).toBe(1);
    const report = JSON.parse(run.stdout());
    expect(report.tabs).toBe(2);
    expect(report.quiet).toEqual({ windowMs: 200, boundMs: 4000 });
    expect(report.passes.map((p: { consent: string; gpc?: boolean }) => `${p.consent}${p.gpc ? '+gpc' : ''}`)).toEqual([
      'none',
      'reject',
      'accept',
      'accept+gpc',
    ]);
    const rules = new Set(report.violations.map((v: { rule: string }) => v.rule));
    expect(rules.has('gpc-not-honored')).toBe(true);
    expect(report.violations.filter((v: { rule: string }) => v.rule === 'not-observed')).toHaveLength(1);

    const bad = captureIo(dir);
    expect(await main([...args, '--tabs', 'many'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('--tabs');
  });

  it('--region and --region-header run the passes as a visitor from there, judged by its regime', async () => {
    const run = captureIo(dir);
    const args = [
      'scan',
      `${site.origin('region-bad.localhost')}/`,
      '--declaration',
      'region.yaml',
      '--max-pages',
      '1',
    ];
    const region = ['--region', 'US-CA', '--region-header', 'CloudFront-Viewer-Country', '--cookie-db', 'none.csv'];
    expect(await main([...args, ...region], run.io)).toBe(1);
    expect(run.stderr()).toContain(
      '(US-CA none: 1 page(s), US-CA reject: 1 page(s), US-CA accept: 1 page(s), US-CA none+gpc: 1 page(s))',
    );
    expect(run.stderr()).toMatch(/gpc-not-honored +\[US-CA none\+gpc\] pixel http:\/\/ads\.localhost:\d+\/r\.gif/);
    expect(run.stderr()).toContain('1 violations');

    const group = captureIo(dir);
    expect(await main([...args, '--region', 'EEA'], group.io)).toBe(2);
    expect(group.stderr()).toContain('"EEA" is not a country or subdivision code');
  });
});
