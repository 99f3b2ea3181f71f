import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every published package's "prepack": npm runs it in the package's folder before `npm pack` and `npm publish`, so
// that a clean clone packs built files: the workspace is built (`tsc -b` is incremental, so packing eight packages
// builds once), and the repository's LICENSE is copied in (ignored by git), since npm packs only files inside the
// package's folder. Plain JavaScript, so that it runs before anything is built; output goes to stderr, since
// `npm pack --json` writes its answer on stdout.

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
copyFileSync(join(root, 'LICENSE'), 'LICENSE');
