import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LOCALE_PACKS } from '@cookieproof/schema';
import { build } from 'esbuild';
import { type LocaleChunk, UI_KEYS } from '../src/ui-strings.ts';

// Builds the browser SDK: the synchronous core with auto-blocking as a classic script (cookieproof.js) and the UI
// as an ES module chunk (cookieproof-ui.js) that the core imports only when a banner, dialog or notice must show,
// and one ES module per locale pack (cookieproof-locale-<tag>.js) of which the UI imports the visitor's only.

// The budget: the core alone, and everything one visitor downloads (core with auto-blocking, UI, one locale).
export const BUDGET = { core: 4000, total: 8000 } as const;

export interface BuiltFile {
  file: string;
  bytes: number;
  gzip: number;
}
export interface SdkBuild {
  outDir: string;
  core: BuiltFile;
  ui: BuiltFile;
  /** One chunk per locale pack, by pack tag ("pt-BR"). */
  locales: Record<string, BuiltFile>;
  /** Every file to serve from `outDir`, by file name. */
  files: BuiltFile[];
  /** Gzip bytes of everything one visitor may download with the largest locale: core + UI (with the CSS) + locale. */
  totalGzip: number;
  /** The same SDK for `import { createCookieproof } from '.../esm/cookieproof.js'`, split into chunks. */
  esm: BuiltFile[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The file name of a locale's chunk, beside the UI chunk (the UI imports it relative to itself). */
export const localeFile = (tag: string) => `cookieproof-locale-${tag.toLowerCase()}.js`;

async function measure(path: string): Promise<BuiltFile> {
  const data = await readFile(path);
  return { file: path, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

export async function buildSdk(outDir = join(root, 'dist', 'browser')): Promise<SdkBuild> {
  await mkdir(outDir, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    target: 'es2023',
    legalComments: 'none',
    logLevel: 'error',
    // The browser chunks need no "use strict" prologue (ES modules are strict; the core is written strict-safe).
    tsconfigRaw: '{}',
    // Our packages from their sources: their built dist/ may not exist yet (or be stale) when the SDK is built.
    conditions: ['@cookieproof/source'] as string[],
    outdir: outDir,
  } as const;
  await build({ ...common, entryPoints: { cookieproof: join(root, 'src/script.ts') }, format: 'iife' });
  await build({ ...common, entryPoints: { 'cookieproof-ui': join(root, 'src/ui.ts') }, format: 'esm' });
  const locales: Record<string, BuiltFile> = {};
  await mkdir(join(outDir, 'esm'), { recursive: true });
  for (const p of LOCALE_PACKS) {
    const chunk: LocaleChunk = {
      dir: p.dir,
      strings: Object.fromEntries(UI_KEYS.map((k) => [k, p.strings[k]])) as LocaleChunk['strings'],
    };
    const code = `export default ${JSON.stringify(chunk)};`;
    // The ES module build's UI chunk imports the same files beside itself.
    await writeFile(join(outDir, 'esm', localeFile(p.tag)), code);
    await writeFile(join(outDir, localeFile(p.tag)), code);
    locales[p.tag] = await measure(join(outDir, localeFile(p.tag)));
  }
  const esm = await build({
    ...common,
    entryPoints: { cookieproof: join(root, 'src/index.ts') },
    format: 'esm',
    splitting: true,
    outdir: join(outDir, 'esm'),
    metafile: true,
  });
  const core = await measure(join(outDir, 'cookieproof.js'));
  const ui = await measure(join(outDir, 'cookieproof-ui.js'));
  const esmFiles = await Promise.all(Object.keys(esm.metafile.outputs).map((f) => measure(resolve(f))));
  const esmLocales = await Promise.all(LOCALE_PACKS.map((p) => measure(join(outDir, 'esm', localeFile(p.tag)))));
  const largest = Math.max(...Object.values(locales).map((l) => l.gzip));
  return {
    outDir,
    core,
    ui,
    locales,
    files: [core, ui, ...Object.values(locales)],
    totalGzip: core.gzip + ui.gzip + largest,
    esm: [...esmFiles, ...esmLocales],
  };
}
