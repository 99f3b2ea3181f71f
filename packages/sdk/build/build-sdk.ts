import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// Builds the browser SDK: the synchronous core with auto-blocking as a classic script (cookieproof.js) and the UI
// as an ES module chunk (cookieproof-ui.js) that the core imports only when a banner, dialog or notice must show.

// Issue 14's budget: the core alone, and everything one visitor downloads (core with auto-blocking, UI).
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
  /** Every file to serve from `outDir`, by file name. */
  files: BuiltFile[];
  /** Gzip bytes of everything one visitor may download: core + UI (the CSS and strings live inside the UI chunk). */
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
  return { outDir, core, ui, files: [core, ui], totalGzip: core.gzip + ui.gzip, esm: esmFiles };
}
