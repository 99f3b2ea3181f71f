import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import {
  acceptedFingerprints,
  buildClientConfig,
  CookieproofError,
  canonicalJson,
  changeNotice,
  type Declaration,
  gpcSupport,
  LOCALE_TAGS,
  loadVersions,
  sha256Hex,
} from '@cookieproof/schema';
import { parse } from '../args.ts';
import type { Io } from '../io.ts';

export const buildHelp = `cookieproof build [file] --out <dir> [--endpoint <url>] [--base-url <url>] [--json]

Builds what a site publishes from its declaration (default ./cookieproof.yaml):
  cookie-policy.html, cookie-policy.md      the policy page in the default locale
  cookie-policy.<locale>.html / .md         one more pair per other locale the declaration has texts for
  cookieproof.<surface>.json                the SDK's client config for each surface
  snippet.<surface>.html                    the tags to paste first into <head> on that surface's pages
  sdk/cookieproof.<hash>.js                 the SDK core (classic script), named by its content
  sdk/cookieproof-ui.<hash>.js              the banner and preferences chunk the core loads when needed
  sdk/cookieproof-<view>-<tag>.<hash>.js    each view (opt-in, opt-out, notice, blocked) per declared language:
                                            its strings and code; the UI loads the visitor's one
  .well-known/gpc.json                      the GPC support resource
  versions/index.json, versions/<fp>.json   every published version, for the consent server and for proof
  manifest.json                             every file with its size and SHA-256
--endpoint sets the consent server URL the SDK posts receipts to.
--base-url is where the output folder is published (default /cookieproof/): the snippets load the SDK from
<base-url>sdk/, which \`cookieproof serve --public <dir>\` also serves with immutable caching.`;

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

export interface BrowserFiles {
  core: Buffer;
  ui: Buffer;
  /** The UI's view chunks (one per view) by pack tag, then by file name. */
  locales: Record<string, Record<string, Buffer>>;
}

/** The SDK build's list of the UI's chunks (`chunks.json` beside the core). */
interface ChunkList {
  locales: Record<string, string[]>;
}

let fromSources: Promise<BrowserFiles> | undefined;

async function readChunks(list: ChunkList, read: (name: string) => Promise<Buffer>) {
  const locales: BrowserFiles['locales'] = {};
  for (const [tag, names] of Object.entries(list.locales)) {
    locales[tag] = {};
    for (const name of names) locales[tag][name] = await read(name);
  }
  return { locales };
}

/**
 * The SDK's browser files. Installed, they are the files the @cookieproof/sdk package ships; run from this
 * repository's sources they are built from the SDK's sources (once per process), so a stale dist/ is never used.
 */
export function sdkBrowserFiles(): Promise<BrowserFiles> {
  if (import.meta.url.endsWith('.ts')) {
    fromSources ??= (async () => {
      // Exported under the @cookieproof/source condition only: the package ships the built files instead.
      const sdkBuild = '@cookieproof/sdk/build';
      const { buildSdk } = (await import(sdkBuild)) as {
        buildSdk(outDir: string): Promise<{ outDir: string; core: { file: string }; ui: { file: string } }>;
      };
      const built = await buildSdk(await mkdtemp(join(tmpdir(), 'cookieproof-sdk-')));
      const read = (name: string) => readFile(join(built.outDir, name));
      const list = JSON.parse(await readFile(join(built.outDir, 'chunks.json'), 'utf8')) as ChunkList;
      return {
        core: await readFile(built.core.file),
        ui: await readFile(built.ui.file),
        ...(await readChunks(list, read)),
      };
    })();
    return fromSources;
  }
  // The UI's chunks are the core's siblings in the package's browser folder.
  const core = new URL(import.meta.resolve('@cookieproof/sdk/browser/cookieproof.js'));
  const read = (name: string) => readFile(new URL(name, core));
  return (async () => {
    const list = JSON.parse((await read('chunks.json')).toString('utf8')) as ChunkList;
    return {
      core: await read('cookieproof.js'),
      ui: await read('cookieproof-ui.js'),
      ...(await readChunks(list, read)),
    };
  })();
}

/** The locales the banner may show (as the client config's `locales`): the default and the declared ones. */
export function bannerLocales(d: Declaration): string[] {
  return [...new Set([d.site.defaultLocale, ...Object.keys(d.locales ?? {})])];
}

const contentName = (base: string, data: Buffer) =>
  `${base}.${createHash('sha256').update(data).digest('hex').slice(0, 12)}.js`;
export const sri = (data: Buffer | string) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The tags for <head>, in the order that makes them work: the config as a JSON data block (never executed, so no
 * CSP allowance), then the core as a synchronous classic script, which applies the stored choice, the Consent Mode
 * default and gating before any later tag in the document runs.
 */
export function snippet(
  surface: string,
  configJson: string,
  core: { src: string; integrity: string },
  uiSrc: string,
  chunks: Record<string, string> = {},
) {
  // `<` escaped so that no text in the config can close the data block.
  const data = configJson.replaceAll('<', '\\u003c');
  // The UI's chunks are named by content, so the UI finds them through this map (built file name to URL).
  const map = Object.keys(chunks).length ? ` data-chunks="${escapeAttr(JSON.stringify(chunks))}"` : '';
  return `<!-- Cookieproof for the "${surface}" surface: first in <head>, before any other script or tag. -->
<script type="application/json" id="cookieproof-config">${data}</script>
<script src="${escapeAttr(core.src)}" integrity="${core.integrity}" crossorigin="anonymous" data-ui="${escapeAttr(uiSrc)}"${map}></script>
`;
}

export interface BuildSiteOptions {
  endpoint?: string;
  /** Where the output folder is published; the snippets load the SDK from `<baseUrl>sdk/` (default `/cookieproof/`). */
  baseUrl?: string;
  /** Write the SDK's browser files and the snippets (default true). */
  browserFiles?: boolean;
}

export async function buildSite(
  file: string,
  outDir: string,
  endpointOrOptions?: string | BuildSiteOptions,
): Promise<BuiltFile[]> {
  const options = typeof endpointOrOptions === 'string' ? { endpoint: endpointOrOptions } : (endpointOrOptions ?? {});
  const { endpoint } = options;
  const baseUrl = options.baseUrl ?? '/cookieproof/';
  const { renderPolicyHtml, renderPolicyMarkdown } = await import('@cookieproof/policy');
  const versions = await loadVersions(file);
  const current = versions.at(-1)!;
  const d = current.declaration;
  const files: BuiltFile[] = [];
  const write = async (path: string, content: string | Buffer) => {
    const target = join(outDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    files.push({
      path,
      bytes: Buffer.byteLength(content),
      sha256: createHash('sha256').update(content).digest('hex'),
    });
  };
  let sdk: { core: string; ui: string; integrity: string; chunks: Record<string, string> } | undefined;
  if (options.browserFiles !== false) {
    const { core, ui, locales } = await sdkBrowserFiles();
    sdk = {
      core: `sdk/${contentName('cookieproof', core)}`,
      ui: `sdk/${contentName('cookieproof-ui', ui)}`,
      integrity: sri(core),
      chunks: {},
    };
    await write(sdk.core, core);
    await write(sdk.ui, ui);
    // Each view's chunk in the declared locales only.
    const chunks: Record<string, Buffer> = {};
    for (const tag of bannerLocales(d))
      Object.assign(chunks, locales[LOCALE_TAGS.find((t) => t.toLowerCase() === tag.toLowerCase()) ?? '']);
    for (const [name, data] of Object.entries(chunks)) {
      sdk.chunks[name] = `sdk/${contentName(name.slice(0, -3), data)}`;
      await write(sdk.chunks[name], data);
    }
  }
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
  const changed = changeNotice(versions);
  for (const surface of Object.keys(d.site.surfaces)) {
    const config = JSON.stringify(
      buildClientConfig(d, surface, { accepts, changed, ...(endpoint ? { endpoint } : {}) }),
    );
    await write(`cookieproof.${surface}.json`, config);
    if (sdk)
      await write(
        `snippet.${surface}.html`,
        snippet(
          surface,
          config,
          { src: `${baseUrl}${sdk.core}`, integrity: sdk.integrity },
          `${baseUrl}${sdk.ui}`,
          Object.fromEntries(Object.entries(sdk.chunks).map(([name, path]) => [name, `${baseUrl}${path}`])),
        ),
      );
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
  const manifest = {
    fingerprint: current.fingerprint,
    version: current.version,
    accepts,
    ...(sdk
      ? { sdk: { core: sdk.core, ui: sdk.ui, chunks: sdk.chunks, integrity: { [sdk.core]: sdk.integrity } } }
      : {}),
    files: [...files],
  };
  await write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}

export async function build(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('build', argv, {
    out: { type: 'string', short: 'o' },
    endpoint: { type: 'string' },
    'base-url': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (!values.out)
    throw new CookieproofError('usage', 'build: --out <dir> is required; see `cookieproof build --help`');
  if (values.endpoint && !/^https?:\/\/[^\s]+$/.test(values.endpoint))
    throw new CookieproofError('usage', `build: --endpoint must be an http(s) URL, got "${values.endpoint}"`);
  const file = resolve(io.cwd, positionals[0] ?? 'cookieproof.yaml');
  const out = resolve(io.cwd, values.out);
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !/^(https?:\/\/[^\s]+|\/[^\s]*)\/$/.test(baseUrl))
    throw new CookieproofError(
      'usage',
      `build: --base-url is an http(s) URL or a path starting with /, ending with /, got "${baseUrl}"`,
    );
  const files = await buildSite(file, out, {
    ...(values.endpoint ? { endpoint: values.endpoint } : {}),
    ...(baseUrl ? { baseUrl } : {}),
  });
  if (values.json) io.out(JSON.stringify({ out, files }, null, 2));
  else {
    for (const f of files)
      io.out(`  ${relative(io.cwd, join(out, f.path)).padEnd(48)} ${String(f.bytes).padStart(8)} B`);
    io.out(`built ${files.length} files into ${relative(io.cwd, out) || '.'}`);
  }
  return 0;
}
