import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Builds the operator console's browser files from packages/server/console: the TypeScript bundled by esbuild into
// one ES module, the stylesheet and the page as they are. `npm run build` writes them to dist/console, where the
// built server reads them; run from the sources, the server builds them in memory on first use (console-assets.ts).

export interface ConsoleFiles {
  /** The page, with {{site}} where the site's name goes. */
  html: string;
  css: string;
  js: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'console');

export async function buildConsole(): Promise<ConsoleFiles> {
  const result = await build({
    entryPoints: [join(root, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'error',
    conditions: ['@cookieproof/source'],
  });
  return {
    html: await readFile(join(root, 'console.html'), 'utf8'),
    css: await readFile(join(root, 'console.css'), 'utf8'),
    js: result.outputFiles[0]!.text,
  };
}
