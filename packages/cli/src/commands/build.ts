import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import {
  acceptedFingerprints,
  buildClientConfig,
  CookieproofError,
  canonicalJson,
  type Declaration,
  gpcSupport,
  loadVersions,
  sha256Hex,
} from '@cookieproof/schema';
import { parse } from '../args.ts';
import type { Io } from '../io.ts';

export const buildHelp = `cookieproof build [file] --out <dir> [--endpoint <url>] [--json]

Builds what a site publishes from its declaration (default ./cookieproof.yaml):
  cookie-policy.html, cookie-policy.md      the policy page in the default locale
  cookie-policy.<locale>.html / .md         one more pair per other locale the declaration has texts for
  cookieproof.<surface>.json                the SDK's client config for each surface
  .well-known/gpc.json                      the GPC support resource
  versions/index.json, versions/<fp>.json   every published version, for the consent server and for proof
  manifest.json                             every file with its size and SHA-256
--endpoint sets the consent server URL the SDK posts receipts to.`;

export interface BuiltFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** Locales the declaration has texts in, default first. */
export function localesOf(d: Declaration): string[] {
  const found = new Set<string>([d.site.defaultLocale]);
  const visit = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if ((k === 'title' || k === 'description' || k === 'summary') && x && typeof x === 'object' && !Array.isArray(x))
        for (const locale of Object.keys(x)) found.add(locale);
      else visit(x);
    }
  };
  visit(d);
  return [...found];
}

export async function buildSite(file: string, outDir: string, endpoint?: string): Promise<BuiltFile[]> {
  const { renderPolicyHtml, renderPolicyMarkdown } = await import('@cookieproof/policy');
  const versions = await loadVersions(file);
  const current = versions.at(-1)!;
  const d = current.declaration;
  const files: BuiltFile[] = [];
  const write = async (path: string, content: string) => {
    const target = join(outDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    files.push({ path, bytes: Buffer.byteLength(content), sha256: sha256Hex(content) });
  };
  const locales = localesOf(d);
  const policyHashes: Record<string, string> = {};
  for (const [i, locale] of locales.entries()) {
    const suffix = i === 0 ? '' : `.${locale}`;
    const html = renderPolicyHtml(versions, { locale });
    await write(`cookie-policy${suffix}.html`, html);
    await write(`cookie-policy${suffix}.md`, renderPolicyMarkdown(versions, { locale }));
    if (i === 0) policyHashes[current.fingerprint] = sha256Hex(html);
  }
  const accepts = acceptedFingerprints(versions);
  for (const surface of Object.keys(d.site.surfaces)) {
    const config = buildClientConfig(d, surface, { accepts, ...(endpoint ? { endpoint } : {}) });
    await write(`cookieproof.${surface}.json`, JSON.stringify(config));
  }
  await write('.well-known/gpc.json', `${JSON.stringify(gpcSupport(d))}\n`);
  for (const [i, v] of versions.entries()) {
    // Each version's page is rendered from the history as it stood then, so old receipts can be checked against it.
    const html = renderPolicyHtml(versions.slice(0, i + 1), { locale: v.declaration.site.defaultLocale });
    policyHashes[v.fingerprint] ??= sha256Hex(html);
    await write(`versions/${v.fingerprint}.json`, `${canonicalJson(v.declaration)}\n`);
  }
  await write(
    'versions/index.json',
    `${JSON.stringify(
      versions.map((v) => ({
        fingerprint: v.fingerprint,
        version: v.version,
        effectiveDate: v.effectiveDate,
        policySha256: policyHashes[v.fingerprint],
      })),
      null,
      2,
    )}\n`,
  );
  const manifest = { fingerprint: current.fingerprint, version: current.version, accepts, files: [...files] };
  await write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}

export async function build(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('build', argv, {
    out: { type: 'string', short: 'o' },
    endpoint: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (!values.out)
    throw new CookieproofError('usage', 'build: --out <dir> is required; see `cookieproof build --help`');
  if (values.endpoint && !/^https?:\/\/[^\s]+$/.test(values.endpoint))
    throw new CookieproofError('usage', `build: --endpoint must be an http(s) URL, got "${values.endpoint}"`);
  const file = resolve(io.cwd, positionals[0] ?? 'cookieproof.yaml');
  const out = resolve(io.cwd, values.out);
  const files = await buildSite(file, out, values.endpoint);
  if (values.json) io.out(JSON.stringify({ out, files }, null, 2));
  else {
    for (const f of files)
      io.out(`  ${relative(io.cwd, join(out, f.path)).padEnd(48)} ${String(f.bytes).padStart(8)} B`);
    io.out(`built ${files.length} files into ${relative(io.cwd, out) || '.'}`);
  }
  return 0;
}
