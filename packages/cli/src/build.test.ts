import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policyPageHash, renderPolicyHtml } from '@cookieproof/policy';
import { ClientConfig, loadVersions, localePack, POLICY_PACKS, parseDeclaration, sha256Hex } from '@cookieproof/schema';
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
    // Files under sdk/ are named by their content: <name>.<12 hex digits>.js.
    const named = paths
      .filter((p) => !p.startsWith('versions/'))
      .map((p) => p.replace(/\.[0-9a-f]{12}\.js$/, '.<hash>.js'));
    expect(named.sort()).toEqual([
      '.well-known/gpc.json',
      // The policy page in each declared locale: the default as cookie-policy.html, the others by tag.
      'cookie-policy.ar.html',
      'cookie-policy.ar.md',
      'cookie-policy.de.html',
      'cookie-policy.de.md',
      'cookie-policy.es.html',
      'cookie-policy.es.md',
      'cookie-policy.fr.html',
      'cookie-policy.fr.md',
      'cookie-policy.html',
      'cookie-policy.md',
      'cookieproof.dashboard.json',
      'cookieproof.public.json',
      'manifest.json',
      // Each view's chunk in each declared locale.
      ...['blocked', 'notice', 'opt-in', 'opt-out'].flatMap((view) =>
        ['ar', 'de', 'en', 'es', 'fr'].map((tag) => `sdk/cookieproof-${view}-${tag}.<hash>.js`),
      ),
      'sdk/cookieproof-ui.<hash>.js',
      'sdk/cookieproof.<hash>.js',
      'sdk/cookieproof.dashboard.<hash>.js',
      'sdk/cookieproof.public.<hash>.js',
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

  it('names the SDK files by their content, hashes each, and writes per surface one tag that carries its config', () => {
    const manifest = JSON.parse(read('manifest.json')) as {
      sdk: {
        core: string;
        ui: string;
        chunks: Record<string, string>;
        surfaces: Record<string, string>;
        integrity: Record<string, string>;
      };
    };
    const sha384 = (data: Buffer) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
    const core = readFileSync(join(out, manifest.sdk.core));
    expect(manifest.sdk.core).toBe(`sdk/cookieproof.${sha256Hex(core).slice(0, 12)}.js`);
    const ui = readFileSync(join(out, manifest.sdk.ui));
    expect(manifest.sdk.ui).toBe(`sdk/cookieproof-ui.${sha256Hex(ui).slice(0, 12)}.js`);
    // The UI's chunks by their built name: each view in each declared locale, named by its content.
    const names = ['en', 'de', 'fr', 'es', 'ar'].flatMap((tag) =>
      ['opt-in', 'opt-out', 'notice', 'blocked'].map((v) => `cookieproof-${v}-${tag}.js`),
    );
    expect(Object.keys(manifest.sdk.chunks).sort()).toEqual(names.sort());
    for (const [name, path] of Object.entries(manifest.sdk.chunks))
      expect(path).toBe(`sdk/${name.slice(0, -3)}.${sha256Hex(readFileSync(join(out, path))).slice(0, 12)}.js`);
    const surface = readFileSync(join(out, manifest.sdk.surfaces.public!));
    expect(manifest.sdk.surfaces.public).toBe(`sdk/cookieproof.public.${sha256Hex(surface).slice(0, 12)}.js`);
    // Every file under sdk/ with its integrity.
    const sdkFiles = [
      manifest.sdk.core,
      manifest.sdk.ui,
      ...Object.values(manifest.sdk.chunks),
      ...Object.values(manifest.sdk.surfaces),
    ];
    expect(Object.keys(manifest.sdk.integrity).sort()).toEqual(sdkFiles.sort());
    for (const path of sdkFiles) expect(manifest.sdk.integrity[path]).toBe(sha384(readFileSync(join(out, path))));

    // One tag: synchronous (no async or defer), with the surface file's integrity; no config in the page.
    const tags = read('snippet.public.html')
      .split('\n')
      .filter((l) => l.startsWith('<'));
    expect(tags).toEqual([
      '<!-- Cookieproof for the "public" surface: first in <head>, before any other script or tag. -->',
      `<script src="/cookieproof/${manifest.sdk.surfaces.public}" integrity="${sha384(surface)}" crossorigin="anonymous"></script>`,
    ]);
    // The surface file carries the surface's config, the chunks' names (the UI's map from built name to file) with
    // their integrity, then the core.
    const text = surface.toString();
    expect(text).toContain(`const config = ${read('cookieproof.public.json')};`);
    expect(text).toContain(`"integrity":{"${manifest.sdk.ui.slice(4)}":"${sha384(ui)}"`);
    const optIn = manifest.sdk.chunks['cookieproof-opt-in-de.js']!;
    expect(text).toContain(`"cookieproof-opt-in-de.js":"${optIn.slice(4)}"`);
    expect(text).toContain(`"${optIn.slice(4)}":"${sha384(readFileSync(join(out, optIn)))}"`);
    expect(text.endsWith(core.toString())).toBe(true);
    expect(readFileSync(join(out, manifest.sdk.surfaces.dashboard!), 'utf8')).toContain(
      `const config = ${read('cookieproof.dashboard.json')};`,
    );
  });

  it('takes where the output is published from --base-url', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookieproof-build-'));
    try {
      const c = captureIo(aiPromo);
      const args = ['build', 'cookieproof.yaml', '--out', dir, '--base-url', 'https://cdn.example/cp/'];
      expect(await main(args, c.io)).toBe(0);
      expect(readFileSync(join(dir, 'snippet.public.html'), 'utf8')).toMatch(
        /<script src="https:\/\/cdn\.example\/cp\/sdk\/cookieproof\.public\.[0-9a-f]{12}\.js"/,
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

  it('keeps every published version, each with the hash of its policy page as the proof bundle names it', async () => {
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
    // The page in the default locale, without the links to the other languages (the consent server renders it so).
    const versions = await loadVersions(join(aiPromo, 'cookieproof.yaml'));
    expect(index[1]!.policySha256).toBe(policyPageHash(renderPolicyHtml(versions)));
    expect(
      read('cookie-policy.html').replace(/<link rel="alternate"[^>]*>\n|<nav class="languages"[\s\S]*?<\/nav>\n/g, ''),
    ).toBe(renderPolicyHtml(versions));
  });

  it('renders the policy page in each declared locale, each linking to the others', () => {
    expect(read('cookie-policy.html')).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(read('cookie-policy.de.html')).toMatch(
      /^<!doctype html>\n<html lang="de">[\s\S]*<h1>Cookie-Richtlinie<\/h1>/,
    );
    expect(read('cookie-policy.fr.html')).toContain('<h1>Politique relative aux cookies</h1>');
    expect(read('cookie-policy.es.html')).toContain('<h1>Política de cookies</h1>');
    expect(read('cookie-policy.ar.html')).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(read('cookie-policy.md')).toContain('__Host-aip_session');
    expect(read('cookie-policy.es.html')).toContain(
      '<a href="cookie-policy.ar.html" hreflang="ar" lang="ar">العربية</a>',
    );
    expect(read('cookie-policy.ar.html')).toContain('<a href="cookie-policy.html" hreflang="en" lang="en">English</a>');
    expect(read('cookie-policy.fr.md')).toContain(
      'Langues: [English](<cookie-policy.md>) · [Deutsch](<cookie-policy.de.md>) · Français',
    );
  });

  it('refuses a declared locale it cannot write the policy page in, saying where and what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookieproof-build-'));
    try {
      const source = readFileSync(join(aiPromo, 'history/2026.1.yaml'), 'utf8').replace(/^history:[\s\S]*$/m, '');
      // Esperanto with banner strings of its own: the banner could speak it, the policy page could not.
      const eo = `  eo:\n    strings: ${JSON.stringify(localePack('en')!.strings)}\n`;
      writeFileSync(join(dir, 'site.yaml'), `${source}\nlocales:\n  en: {}\n  de: {}\n${eo}`);
      const line = source.split('\n').length + 4;
      const c = captureIo(dir);
      expect(await main(['build', 'site.yaml', '--out', join(dir, 'out')], c.io)).toBe(2);
      expect(c.stderr()).toContain(
        `site.yaml:${line}:3  locales.eo  no cookie policy page can be written in "eo" (its texts exist in ${POLICY_PACKS.map((p) => p.tag).join(', ')}); remove the locale, rather than publish an English copy labelled "eo"`,
      );
      expect(existsSync(join(dir, 'out', 'cookie-policy.eo.html'))).toBe(false);
      const v = captureIo(dir);
      expect(await main(['validate', 'site.yaml'], v.io)).toBe(1);
      expect(v.stderr()).toContain(`site.yaml:${line}:3  locales.eo  no cookie policy page`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
