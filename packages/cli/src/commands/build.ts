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
  offeredLocales,
  sha256Hex,
} from '@cookieproof/schema';
import { parse } from '../args.ts';
import type { Io } from '../io.ts';
import { type SurfaceChunks, surfaceScript } from '../surface-script.ts';

export const buildHelp = `cookieproof build [file] --out <dir> [--endpoint <url>] [--base-url <url>] [--json]

Builds what a site publishes from its declaration (default ./cookieproof.yaml):
  cookie-policy.html, cookie-policy.md      the policy page in the default locale
  cookie-policy.<locale>.html / .md         one more pair per other declared locale (locales:), each linking
                                            to the others; a locale without policy texts is an error
  cookieproof.<surface>.json                the SDK's client config for each surface
  snippet.<surface>.html                    the one tag to paste first into <head> on that surface's pages
  sdk/cookieproof.<surface>.<hash>.js       what that tag loads: the surface's config, then the SDK core
  sdk/cookieproof.<hash>.js                 the SDK core alone (classic script), named by its content
  sdk/cookieproof-ui.<hash>.js              the banner and preferences chunk the core loads when needed
  sdk/cookieproof-<view>-<tag>.<hash>.js    each view (opt-in, opt-out, notice, blocked) per declared language:
                                            its strings and code; the UI loads the visitor's one
  .well-known/gpc.json                      the GPC support resource
  versions/index.json, versions/<fp>.json   every published version, for the consent server and for proof,
                                            with the SHA-256 of its page in the default locale as the consent
                                            server's proof bundle names it (without the links to other languages)
  manifest.json                             every file with its size and SHA-256
--endpoint sets the consent server URL the SDK posts receipts to.
--base-url is where the output folder is published (default /cookieproof/): the snippets load the SDK from
<base-url>sdk/, which \`cookieproof serve --public <dir>\` also serves with immutable caching.
Every file a page loads from sdk/ is checked by its Subresource Integrity hash: the snippet's tag carries the
surface file's, and that file carries the UI and view chunks', which it loads through module scripts.`;

export interface BuiltFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** The locales build writes the policy page and a banner locale chunk for: the default, then each declared one. */
export function localesOf(d: Declaration): string[] {
  return offeredLocales(d);
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

const contentName = (base: string, data: Buffer) =>
  `${base}.${createHash('sha256').update(data).digest('hex').slice(0, 12)}.js`;
export const sri = (data: Buffer | string) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The one tag for <head>: a synchronous classic script, with its integrity, that carries the surface's config and
 * the SDK core, so it applies the stored choice, the Consent Mode default and gating before any later tag in the
 * document runs. Nothing inline: a strict CSP (script-src 'self', or the server it is loaded from) needs no allowance.
 */
export function snippet(surface: string, file: { src: string; integrity: string }) {
  return `<!-- Cookieproof for the "${surface}" surface: first in <head>, before any other script or tag. -->
<script src="${escapeAttr(file.src)}" integrity="${file.integrity}" crossorigin="anonymous"></script>
`;
}

/** The surface's file (config, chunk hashes, core) with its content-named path under sdk/ and its integrity. */
export function surfaceFile(
  surface: string,
  configJson: string,
  sdk: { core: Buffer; ui: string; chunks: Record<string, string>; integrity: Record<string, string> },
) {
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const chunks: SurfaceChunks = {
    ui: name(sdk.ui),
    chunks: Object.fromEntries(Object.entries(sdk.chunks).map(([file, path]) => [file, name(path)])),
    integrity: Object.fromEntries(
      [sdk.ui, ...Object.values(sdk.chunks)].map((path) => [name(path), sdk.integrity[path]!]),
    ),
  };
  const content = Buffer.from(surfaceScript(surface, configJson, chunks, sdk.core));
  return { path: `sdk/${contentName(`cookieproof.${surface}`, content)}`, content, integrity: sri(content) };
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
  let sdk:
    | {
        core: string;
        coreData: Buffer;
        ui: string;
        /** Each view chunk's content-named path by its built file name (cookieproof-<view>-<tag>.js). */
        chunks: Record<string, string>;
        surfaces: Record<string, string>;
        integrity: Record<string, string>;
      }
    | undefined;
  if (options.browserFiles !== false) {
    const { core, ui, locales } = await sdkBrowserFiles();
    sdk = {
      core: `sdk/${contentName('cookieproof', core)}`,
      coreData: core,
      ui: `sdk/${contentName('cookieproof-ui', ui)}`,
      chunks: {},
      surfaces: {},
      integrity: {},
    };
    await write(sdk.core, core);
    await write(sdk.ui, ui);
    // Each view's chunk in the declared locales only.
    const chunks: Record<string, Buffer> = {};
    for (const tag of localesOf(d))
      Object.assign(chunks, locales[LOCALE_TAGS.find((t) => t.toLowerCase() === tag.toLowerCase()) ?? '']);
    for (const [name, data] of Object.entries(chunks)) {
      sdk.chunks[name] = `sdk/${contentName(name.slice(0, -3), data)}`;
      await write(sdk.chunks[name], data);
    }
  }
  // Every file under sdk/ gets its Subresource Integrity hash.
  if (sdk)
    for (const f of files)
      if (f.path.startsWith('sdk/')) sdk.integrity[f.path] = sri(await readFile(join(outDir, f.path)));
  const locales = localesOf(d);
  // Each language version links to the others, as files beside it.
  const pageFile = (locale: string, ext: string) =>
    locale === locales[0] ? `cookie-policy.${ext}` : `cookie-policy.${locale}.${ext}`;
  const pages = (ext: string) => Object.fromEntries(locales.map((l) => [l, pageFile(l, ext)]));
  for (const locale of locales) {
    const html = renderPolicyHtml(versions, { locale, languages: pages('html') });
    await write(pageFile(locale, 'html'), html);
    await write(pageFile(locale, 'md'), renderPolicyMarkdown(versions, { locale, languages: pages('md') }));
  }
  const accepts = acceptedFingerprints(versions);
  const changed = changeNotice(versions);
  for (const surface of Object.keys(d.site.surfaces)) {
    const config = JSON.stringify(
      buildClientConfig(d, surface, { accepts, changed, ...(endpoint ? { endpoint } : {}) }),
    );
    await write(`cookieproof.${surface}.json`, config);
    if (sdk) {
      const file = surfaceFile(surface, config, { ...sdk, core: sdk.coreData });
      await write(file.path, file.content);
      sdk.integrity[file.path] = file.integrity;
      sdk.surfaces[surface] = file.path;
      await write(
        `snippet.${surface}.html`,
        snippet(surface, { src: `${baseUrl}${file.path}`, integrity: file.integrity }),
      );
    }
  }
  await write('.well-known/gpc.json', `${JSON.stringify(gpcSupport(d))}\n`);
  const policyHashes: Record<string, string> = {};
  for (const [i, v] of versions.entries()) {
    // Each version's page is rendered from the history as it stood then, so old receipts can be checked against it:
    // in the default locale and without the links to other languages, as the consent server's proof bundle has it.
    const html = renderPolicyHtml(versions.slice(0, i + 1), { locale: v.declaration.site.defaultLocale });
    policyHashes[v.fingerprint] = sha256Hex(html);
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
      ? {
          sdk: {
            core: sdk.core,
            ui: sdk.ui,
            chunks: sdk.chunks,
            surfaces: sdk.surfaces,
            integrity: sdk.integrity,
          },
        }
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
