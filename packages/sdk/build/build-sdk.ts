import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LOCALE_PACKS } from '@cookieproof/schema';
import { build } from 'esbuild';
import { minifySync } from 'rolldown/utils';
import { VIEW_CODE, VIEWS, type View, type ViewChunk, viewFile } from '../src/ui-views.ts';
import { VIEW_KEYS } from '../src/view-keys.ts';

// Builds the browser SDK: the synchronous core with auto-blocking as a classic script (cookieproof.js) and the UI
// as an ES module chunk (cookieproof-ui.js) that the core imports only when a banner, dialog or notice must show.
// Each view (opt-in, opt-out, notice, storage blocked) is one more chunk per locale pack
// (cookieproof-<view>-<tag>.js): its strings in that language and its first layer's code (the opt-in banner's is in
// the UI). A visitor downloads the core, the UI and one view chunk.

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
  /** One chunk per locale pack and view (its strings, and its code but opt-in's), by pack tag ("pt-BR"). */
  locales: Record<string, Record<View, BuiltFile>>;
  /** Every file to serve from `outDir`, by file name. */
  files: BuiltFile[];
  /** Gzip bytes of the UI's side of what one visitor downloads (UI and one view chunk), per locale: the largest. */
  visitor: Record<string, number>;
  /** Gzip bytes of everything one visitor may download: the core and the largest `visitor`. */
  totalGzip: number;
  /** The same SDK for `import { createCookieproof } from '.../esm/cookieproof.js'`, split into chunks. */
  esm: BuiltFile[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Minifies esbuild's output once more with oxc (Rolldown's minifier), which folds a little further: the UI chunks
 * it runs on are a visitor's bytes (the core is left as esbuild writes it).
 */
function squeeze(name: string, code: string): string {
  const out = minifySync(name, code, { module: true, compress: { target: 'es2023' }, mangle: { toplevel: true } });
  if (out.errors.length) throw new Error(`${name}: ${out.errors.map((e) => e.message).join('; ')}`);
  return out.code;
}

async function measure(path: string): Promise<BuiltFile> {
  const data = await readFile(path);
  return { file: path, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

export async function buildSdk(outDir = join(root, 'dist', 'browser')): Promise<SdkBuild> {
  const esmDir = join(outDir, 'esm');
  await mkdir(esmDir, { recursive: true });
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
  const ui = await build({ ...common, entryPoints: [join(root, 'src/ui.ts')], format: 'esm', write: false });
  await writeFile(join(outDir, 'cookieproof-ui.js'), squeeze('cookieproof-ui.js', ui.outputFiles[0]!.text));
  // Each view's first layer once, to go into each of its locale chunks (it exports `render`).
  const code: Partial<Record<View, string>> = {};
  for (const v of VIEW_CODE) {
    const out = await build({ ...common, entryPoints: [join(root, `src/ui-${v}.ts`)], format: 'esm', write: false });
    code[v] = squeeze(`ui-${v}.js`, out.outputFiles[0]!.text);
  }
  const locales: SdkBuild['locales'] = {};
  for (const p of LOCALE_PACKS) {
    locales[p.tag] = {} as Record<View, BuiltFile>;
    for (const v of VIEWS) {
      const pack: ViewChunk['default'] = {
        dir: p.dir,
        strings: Object.fromEntries(VIEW_KEYS[v].map((k) => [k, p.strings[k]])),
      };
      const text = `${code[v] ?? ''}export default ${JSON.stringify(pack)};`;
      // The ES module build's UI chunk imports the same files beside itself.
      await writeFile(join(esmDir, viewFile(v, p.tag)), text);
      await writeFile(join(outDir, viewFile(v, p.tag)), text);
      locales[p.tag]![v] = await measure(join(outDir, viewFile(v, p.tag)));
    }
  }
  const esm = await build({
    ...common,
    entryPoints: { cookieproof: join(root, 'src/index.ts') },
    format: 'esm',
    splitting: true,
    outdir: esmDir,
    metafile: true,
  });
  const core = await measure(join(outDir, 'cookieproof.js'));
  const uiFile = await measure(join(outDir, 'cookieproof-ui.js'));
  const esmFiles = await Promise.all(Object.keys(esm.metafile.outputs).map((f) => measure(resolve(f))));
  const copied = Object.values(locales).flatMap((l) => Object.values(l));
  // What `cookieproof build` copies: per locale pack, its view chunks.
  const list = {
    locales: Object.fromEntries(
      Object.entries(locales).map(([t, l]) => [t, Object.values(l).map((f) => basename(f.file))]),
    ),
  };
  await writeFile(join(outDir, 'chunks.json'), `${JSON.stringify(list, null, 2)}\n`);
  const visitor: Record<string, number> = {};
  for (const [tag, l] of Object.entries(locales)) visitor[tag] = Math.max(...VIEWS.map((v) => uiFile.gzip + l[v].gzip));
  return {
    outDir,
    core,
    ui: uiFile,
    locales,
    files: [core, uiFile, ...copied],
    visitor,
    totalGzip: core.gzip + Math.max(...Object.values(visitor)),
    esm: [...esmFiles, ...(await Promise.all(copied.map((f) => measure(join(esmDir, basename(f.file))))))],
  };
}
