import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildSdk } from '@cookieproof/sdk/build';
import { buildConsole } from '@cookieproof/server/build';

// The part of `npm run build` that tsc does not do: the SDK's browser files (esbuild: the IIFE core, the UI
// chunk and the ES module build), the operator console's browser files, and the SQLite worker's plain-JS entry,
// which tsc does not copy.

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const sdk = await buildSdk(at('packages/sdk/dist/browser'));
await mkdir(at('packages/store/dist/sqlite'), { recursive: true });
await copyFile(
  at('packages/store/src/sqlite/sqlite-worker-boot.mjs'),
  at('packages/store/dist/sqlite/sqlite-worker-boot.mjs'),
);
const consoleFiles = await buildConsole();
await mkdir(at('packages/server/dist/console'), { recursive: true });
for (const [name, text] of Object.entries({
  'console.html': consoleFiles.html,
  'console.css': consoleFiles.css,
  'console.js': consoleFiles.js,
}))
  await writeFile(at(`packages/server/dist/console/${name}`), text);
process.stdout.write(`built the SDK's browser files (core ${sdk.core.gzip} B gzip, UI ${sdk.ui.gzip} B gzip)\n`);
