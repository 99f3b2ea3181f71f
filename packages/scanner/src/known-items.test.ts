import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CookieproofError } from '@cookieproof/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinKnownItems, loadKnownItems, parseOpenCookieDatabase, refreshCookieDatabase } from './known-items.ts';

// A small file in the Open Cookie Database's column format, written for these tests (not a copy of the database).
const COOKIE_DB = fileURLToPath(new URL('./fixtures/open-cookie-database.csv', import.meta.url));

describe('known items', () => {
  it('has a built-in list that works offline', () => {
    const known = builtinKnownItems();
    expect(known.lookup('_gid')).toMatchObject({
      category: 'analytics',
      platform: 'Google Analytics',
      source: 'cookieproof',
    });
    expect(known.lookup('_ga_ABC123')).toMatchObject({ category: 'analytics', wildcard: true });
    expect(known.lookup('_fbp')?.category).toBe('marketing');
    expect(known.lookup('sid')).toBeUndefined();
  });

  it('parses the Open Cookie Database with quoted fields', () => {
    const items = parseOpenCookieDatabase(readFileSync(COOKIE_DB, 'utf8'));
    // 12 rows, of which one has an unknown category and one no name.
    expect(items.map((i) => i.name)).toEqual([
      'CookieConsent',
      '_hjid',
      '_gid',
      '_s',
      'acme_id',
      'PHPSESSID',
      '_pk_ref.',
      '__edge_bm',
      'shop_currency',
      'mystery',
    ]);
    expect(items.find((i) => i.name === 'CookieConsent')).toMatchObject({
      platform: 'Cookiebot',
      category: 'functional',
    });
    expect(items.find((i) => i.name === 'acme_id')).toMatchObject({ platform: 'Acme, Inc.', category: 'marketing' });
    expect(items.map((i) => i.category)).toEqual([
      'functional',
      'analytics',
      'analytics',
      'analytics',
      'marketing',
      'essential',
      'analytics',
      'security',
      'preferences',
      'analytics',
    ]);
    expect(
      parseOpenCookieDatabase(
        'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match\nx,"Acme, Inc.",Marketing,acme_id,,"says ""hi""",1 year,Acme,,0\n',
      ),
    ).toEqual([
      {
        name: 'acme_id',
        wildcard: false,
        category: 'marketing',
        platform: 'Acme, Inc.',
        description: 'says "hi"',
        retention: '1 year',
        source: 'open-cookie-database',
      },
    ]);
    expect(() => parseOpenCookieDatabase('a,b\n1,2\n')).toThrow(/not an Open Cookie Database CSV/);
  });

  it('prefers our list, and ignores short wildcard prefixes when judging', async () => {
    const known = await loadKnownItems({ path: COOKIE_DB });
    expect(known.source).toContain('Open Cookie Database');
    expect(known.lookup('_gid')?.source).toBe('cookieproof');
    expect(known.lookup('_hjid')?.source).toBe('open-cookie-database');
    const short = known.lookup('_session_x');
    expect(short?.name.length).toBeLessThan(4);
    expect(known.lookup('_session_x', true)).toBeUndefined();
  });

  it('fails clearly for a cookie database path that cannot be read', async () => {
    await expect(loadKnownItems({ path: '/nonexistent/ocd.csv' })).rejects.toThrow(
      /\/nonexistent\/ocd.csv: cannot read/,
    );
  });
});

describe('downloaded and cached Open Cookie Database', () => {
  let server: Server;
  let base = '';
  let hits = 0;
  beforeAll(async () => {
    const csv = readFileSync(COOKIE_DB);
    server = createServer((req, res) => {
      hits++;
      if (req.url === '/ocd.csv') res.writeHead(200, { 'content-type': 'text/csv' }).end(csv);
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<html>captive portal</html>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('downloads once, then reads the cache', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cookieproof-cache-'));
    const first = await loadKnownItems({ cacheDir, url: `${base}/ocd.csv` });
    expect(first.lookup('_hjid')).toBeDefined();
    const before = hits;
    const second = await loadKnownItems({ cacheDir, url: `${base}/ocd.csv` });
    expect(hits).toBe(before);
    expect(second.size).toBe(first.size);
  });

  it('refreshes the cached copy on request, and keeps it when the download is not the database', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cookieproof-cache-'));
    writeFileSync(join(cacheDir, 'open-cookie-database.csv'), readFileSync(COOKIE_DB, 'utf8').split('\n')[0] ?? '');
    expect((await loadKnownItems({ cacheDir })).lookup('_hjid')).toBeUndefined();
    const before = hits;
    expect(await refreshCookieDatabase({ cacheDir, url: `${base}/ocd.csv` })).toEqual({
      file: join(cacheDir, 'open-cookie-database.csv'),
      items: 10,
    });
    expect(hits).toBe(before + 1);
    expect((await loadKnownItems({ cacheDir })).lookup('_hjid')?.platform).toBe('Hotjar');
    await expect(refreshCookieDatabase({ cacheDir, url: `${base}/portal` })).rejects.toThrow(
      /not an Open Cookie Database CSV/,
    );
    expect((await loadKnownItems({ cacheDir })).lookup('_hjid')?.platform).toBe('Hotjar');
  });

  it('never caches something that is not the database', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cookieproof-cache-'));
    await expect(loadKnownItems({ cacheDir, url: `${base}/portal` })).rejects.toThrow(
      /not an Open Cookie Database CSV/,
    );
    await expect(loadKnownItems({ cacheDir, url: `${base}/portal` })).rejects.toThrow();
  });

  it('says what to do when offline', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cookieproof-cache-'));
    writeFileSync(join(cacheDir, 'unrelated'), '');
    const err = await loadKnownItems({ cacheDir, url: 'http://127.0.0.1:9/ocd.csv' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CookieproofError);
    expect((err as CookieproofError).code).toBe('unavailable');
    expect((err as Error).message).toMatch(/cannot download the Open Cookie Database.*Pass --cookie-db FILE/);
  });
});
