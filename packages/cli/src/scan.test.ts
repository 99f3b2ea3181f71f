import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureCookieDatabase } from '@cookieproof/scanner/fixtures';
import { parseDeclaration } from '@cookieproof/schema';
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

  it('refreshes the cookie database cache with update-cookie-db, which scan then reads', async () => {
    const env = { COOKIEPROOF_CACHE_DIR: join(dir, 'cache-2'), COOKIEPROOF_COOKIE_DB_URL: 'http://127.0.0.1:9/' };
    const failed = captureIo(dir, env);
    expect(await main(['update-cookie-db'], failed.io)).toBe(2);
    expect(failed.stderr()).toContain('cannot download the Open Cookie Database');

    const updated = captureIo(dir, env);
    expect(
      await main(['update-cookie-db', '--url', url.replace('cli.localhost', '127.0.0.1') + 'ocd.csv'], updated.io),
    ).toBe(0);
    expect(updated.stderr()).toBe(
      `updated ${join(dir, 'cache-2', 'open-cookie-database.csv')}: 9 known cookies and storage keys`,
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

  it('needs a URL and a valid third-party cookie mode', async () => {
    const c = captureIo(dir);
    expect(await main(['scan'], c.io)).toBe(2);
    expect(await main(['scan', url, '--third-party-cookies', 'maybe'], c.io)).toBe(2);
    expect(c.stderr()).toContain('--third-party-cookies is allow or block');
  });
});
