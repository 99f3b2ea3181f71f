import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientConfig, parseDeclaration, sha256Hex } from '@cookieproof/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { captureIo } from './test-io.ts';

const aiPromo = new URL('../../../apps/ai-promo/', import.meta.url).pathname;
let out: string;
let code: number;
let stdout: string;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'cookieproof-build-'));
  const c = captureIo(aiPromo);
  code = await main(
    ['build', 'cookieproof.yaml', '--out', out, '--endpoint', 'http://aipromo.localhost:4000/cookieproof', '--json'],
    c.io,
  );
  stdout = c.stdout();
});
afterAll(() => rmSync(out, { recursive: true, force: true }));
const read = (path: string) => readFileSync(join(out, path), 'utf8');

describe('cookieproof build (AI Promo)', () => {
  it('writes every published file and lists it with its hash', () => {
    expect(code).toBe(0);
    const { files } = JSON.parse(stdout) as { files: { path: string; sha256: string }[] };
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => !p.startsWith('versions/')).sort()).toEqual([
      '.well-known/gpc.json',
      'cookie-policy.de.html',
      'cookie-policy.de.md',
      'cookie-policy.html',
      'cookie-policy.md',
      'cookieproof.dashboard.json',
      'cookieproof.public.json',
      'manifest.json',
      // Each view's chunk in the declaration's one banner locale (it declares no others), named by content like the
      // rest.
      expect.stringMatching(/^sdk\/cookieproof-blocked-en\.[0-9a-f]{12}\.js$/),
      expect.stringMatching(/^sdk\/cookieproof-notice-en\.[0-9a-f]{12}\.js$/),
      expect.stringMatching(/^sdk\/cookieproof-opt-in-en\.[0-9a-f]{12}\.js$/),
      expect.stringMatching(/^sdk\/cookieproof-opt-out-en\.[0-9a-f]{12}\.js$/),
      expect.stringMatching(/^sdk\/cookieproof-ui\.[0-9a-f]{12}\.js$/),
      expect.stringMatching(/^sdk\/cookieproof\.[0-9a-f]{12}\.js$/),
      'snippet.dashboard.html',
      'snippet.public.html',
    ]);
    expect(paths.filter((p) => p.startsWith('versions/')).sort()).toEqual([
      expect.stringMatching(/^versions\/[0-9a-f]{64}\.json$/),
      expect.stringMatching(/^versions\/[0-9a-f]{64}\.json$/),
      'versions/index.json',
    ]);
    for (const f of files) expect(sha256Hex(read(f.path))).toBe(f.sha256);
  });

  it('names the SDK files by their content and writes per surface the tags for <head>, config first', () => {
    const manifest = JSON.parse(read('manifest.json')) as {
      sdk: { core: string; ui: string; chunks: Record<string, string>; integrity: Record<string, string> };
    };
    const core = readFileSync(join(out, manifest.sdk.core));
    expect(manifest.sdk.core).toBe(`sdk/cookieproof.${sha256Hex(core).slice(0, 12)}.js`);
    const ui = readFileSync(join(out, manifest.sdk.ui));
    expect(manifest.sdk.ui).toBe(`sdk/cookieproof-ui.${sha256Hex(ui).slice(0, 12)}.js`);
    const integrity = `sha384-${createHash('sha384').update(core).digest('base64')}`;
    expect(manifest.sdk.integrity).toEqual({ [manifest.sdk.core]: integrity });
    // The UI's chunks by their built name: each named by its content.
    const names = ['opt-in', 'opt-out', 'notice', 'blocked'].map((v) => `cookieproof-${v}-en.js`);
    expect(Object.keys(manifest.sdk.chunks).sort()).toEqual(names.sort());
    for (const [name, path] of Object.entries(manifest.sdk.chunks))
      expect(path).toBe(`sdk/${name.slice(0, -3)}.${sha256Hex(readFileSync(join(out, path))).slice(0, 12)}.js`);

    const snippet = read('snippet.public.html');
    const tags = snippet.split('\n').filter((l) => l.startsWith('<script'));
    expect(tags).toHaveLength(2);
    // The config is a JSON data block, never executed, so no CSP allowance is needed; its text is the surface's file.
    const data = /^<script type="application\/json" id="cookieproof-config">(.*)<\/script>$/.exec(tags[0]!)?.[1];
    expect(JSON.parse(data!)).toEqual(JSON.parse(read('cookieproof.public.json')));
    expect(data).not.toContain('<');
    // Then the core: synchronous (no async or defer), with its integrity, loading the UI chunk by its hashed name
    // and telling the UI where each of its chunks is.
    const chunks = Object.fromEntries(Object.entries(manifest.sdk.chunks).map(([n, p]) => [n, `/cookieproof/${p}`]));
    const map = JSON.stringify(chunks).replaceAll('"', '&quot;');
    expect(tags[1]).toBe(
      `<script src="/cookieproof/${manifest.sdk.core}" integrity="${integrity}" crossorigin="anonymous" data-ui="/cookieproof/${manifest.sdk.ui}" data-chunks="${map}"></script>`,
    );
    expect(read('snippet.dashboard.html')).toContain(read('cookieproof.dashboard.json').replaceAll('<', '\\u003c'));
  });

  it('takes where the output is published from --base-url', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookieproof-build-'));
    try {
      const c = captureIo(aiPromo);
      const args = ['build', 'cookieproof.yaml', '--out', dir, '--base-url', 'https://cdn.example/cp/'];
      expect(await main(args, c.io)).toBe(0);
      expect(readFileSync(join(dir, 'snippet.public.html'), 'utf8')).toMatch(
        /<script src="https:\/\/cdn\.example\/cp\/sdk\/cookieproof\.[0-9a-f]{12}\.js"/,
      );
      const bad = captureIo(aiPromo);
      expect(await main(['build', 'cookieproof.yaml', '--out', dir, '--base-url', 'cdn/'], bad.io)).toBe(2);
      expect(bad.stderr()).toContain('--base-url is an http(s) URL or a path starting with /');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('publishes gpc.json from the declared record mode', () => {
    expect(JSON.parse(read('.well-known/gpc.json'))).toEqual({ gpc: false, lastUpdate: '2026-11-15' });
  });

  it('writes one valid client config per surface with only that surface’s technologies', () => {
    const pub = ClientConfig.parse(JSON.parse(read('cookieproof.public.json')));
    const dash = ClientConfig.parse(JSON.parse(read('cookieproof.dashboard.json')));
    const ids = (c: typeof pub) => c.categories.flatMap((cat) => cat.technologies.map((t) => t.id));
    expect(ids(pub)).toContain('ga-tag');
    expect(ids(pub)).not.toContain('selected-workspace');
    expect(ids(dash)).toContain('selected-workspace');
    expect(ids(dash)).not.toContain('ga-tag');
    expect(pub.endpoint).toBe('http://aipromo.localhost:4000/cookieproof');
    expect(pub.accepts).toEqual([pub.fingerprint]);
  });

  it('keeps every published version, each with the hash of its policy page', () => {
    const index = JSON.parse(read('versions/index.json')) as {
      fingerprint: string;
      version: string;
      policySha256: string;
    }[];
    expect(index.map((v) => v.version)).toEqual(['2026.1', '2026.2']);
    for (const v of index) {
      expect(v.policySha256).toMatch(/^[0-9a-f]{64}$/);
      const stored = parseDeclaration(read(`versions/${v.fingerprint}.json`));
      expect(stored.problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
    expect(index[1]!.policySha256).toBe(sha256Hex(read('cookie-policy.html')));
  });

  it('renders the policy page in each locale', () => {
    expect(read('cookie-policy.html')).toContain('lang="en"');
    expect(read('cookie-policy.de.html')).toContain('lang="de"');
    expect(read('cookie-policy.md')).toContain('__Host-aip_session');
  });

  it('needs --out and a readable declaration', async () => {
    const c = captureIo(aiPromo);
    expect(await main(['build'], c.io)).toBe(2);
    expect(c.stderr()).toContain('--out <dir> is required');
    const d = captureIo(aiPromo);
    expect(await main(['build', 'nope.yaml', '--out', out], d.io)).toBe(2);
    expect(d.stderr()).toContain('nope.yaml: no such file');
  });
});
