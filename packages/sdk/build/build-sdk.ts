import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LOCALE_PACKS } from '@cookieproof/schema';
import { build } from 'esbuild';
import { type LocaleChunk, localeFile, VIEW_CHUNKS, VIEWS, type View, viewFile } from '../src/ui-views.ts';
import { VIEW_KEYS } from '../src/view-keys.ts';

// Builds the browser SDK: the synchronous core with auto-blocking as a classic script (cookieproof.js) and the UI
// as an ES module chunk (cookieproof-ui.js) that the core imports only when a banner, dialog or notice must show.
// The UI holds the opt-in banner and the preferences dialog; every other view (the storage-blocked notice) is a
// chunk of its own (cookieproof-ui-<view>.js), and each view's strings in each locale pack are one more
// (cookieproof-locale-<tag>-<view>.js). A visitor downloads the core, the UI, their view's chunk and one locale chunk.

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
  /** The chunk of each view but opt-in's (whose code is in the UI chunk). */
  views: Partial<Record<View, BuiltFile>>;
  /** One chunk per locale pack and view, by pack tag ("pt-BR"). */
  locales: Record<string, Record<View, BuiltFile>>;
  /** Every file to serve from `outDir`, by file name. */
  files: BuiltFile[];
  /** Gzip bytes of the UI's side of what one visitor downloads, per locale: the largest over the views. */
  visitor: Record<string, number>;
  /** Gzip bytes of everything one visitor may download: the core and the largest `visitor`. */
  totalGzip: number;
  /** The same SDK for `import { createCookieproof } from '.../esm/cookieproof.js'`, split into chunks. */
  esm: BuiltFile[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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
  const chunks = VIEW_CHUNKS;
  await build({ ...common, entryPoints: { cookieproof: join(root, 'src/script.ts') }, format: 'iife' });
  const ui = { 'cookieproof-ui': join(root, 'src/ui.ts') } as Record<string, string>;
  for (const v of chunks) ui[viewFile(v).slice(0, -3)] = join(root, `src/ui-${v}.ts`);
  await build({ ...common, entryPoints: ui, format: 'esm' });
  const views: SdkBuild['views'] = {};
  for (const v of chunks) {
    views[v] = await measure(join(outDir, viewFile(v)));
    // The ES module build's UI chunk imports the same files beside itself.
    await writeFile(join(esmDir, viewFile(v)), await readFile(join(outDir, viewFile(v))));
  }
  const locales: SdkBuild['locales'] = {};
  for (const p of LOCALE_PACKS) {
    locales[p.tag] = {} as Record<View, BuiltFile>;
    for (const v of VIEWS) {
      const chunk: LocaleChunk = {
        dir: p.dir,
        strings: Object.fromEntries(VIEW_KEYS[v].map((k) => [k, p.strings[k]])),
      };
      const code = `export default ${JSON.stringify(chunk)};`;
      await writeFile(join(esmDir, localeFile(p.tag, v)), code);
      await writeFile(join(outDir, localeFile(p.tag, v)), code);
      locales[p.tag]![v] = await measure(join(outDir, localeFile(p.tag, v)));
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
  const copied = [...Object.values(views), ...Object.values(locales).flatMap((l) => Object.values(l))];
  // What `cookieproof build` copies: the view chunks, and per locale pack its view chunks.
  const list = {
    views: Object.values(views).map((f) => basename(f.file)),
    locales: Object.fromEntries(
      Object.entries(locales).map(([t, l]) => [t, Object.values(l).map((f) => basename(f.file))]),
    ),
  };
  await writeFile(join(outDir, 'chunks.json'), `${JSON.stringify(list, null, 2)}\n`);
  const visitor: Record<string, number> = {};
  for (const [tag, l] of Object.entries(locales))
    visitor[tag] = Math.max(...VIEWS.map((v) => uiFile.gzip + (views[v]?.gzip ?? 0) + l[v].gzip));
  return {
    outDir,
    core,
    ui: uiFile,
    views,
    locales,
    files: [core, uiFile, ...copied],
    visitor,
    totalGzip: core.gzip + Math.max(...Object.values(visitor)),
    esm: [...esmFiles, ...(await Promise.all(copied.map((f) => measure(join(esmDir, basename(f.file))))))],
  };
}
