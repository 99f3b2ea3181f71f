import { execFile } from 'node:child_process';
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

// Test support for the tests of what a user installs: build and pack the packages, install the tarballs into a
// folder outside the repository.

export const root = fileURLToPath(new URL('..', import.meta.url));
export const PUBLISHED = ['schema', 'policy', 'sdk', 'react', 'store', 'server', 'scanner', 'cli'] as const;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
export const ok = (r: Run) => {
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
};

/** Packs every publishable package (after a build) into `dest`; returns each tarball with its size. */
export async function packAll(dest: string): Promise<{ name: string; file: string; bytes: number }[]> {
  ok(await run('npm', ['run', 'build'], root));
  await mkdir(dest, { recursive: true });
  const args = ['pack', '--json', '--pack-destination', dest, ...PUBLISHED.flatMap((p) => ['-w', `packages/${p}`])];
  const out = JSON.parse(ok(await run('npm', args, root)).stdout) as { name: string; filename: string }[];
  return Promise.all(
    out.map(async (p) => ({
      name: p.name,
      file: join(dest, p.filename),
      bytes: (await stat(join(dest, p.filename))).size,
    })),
  );
}

const DIRECT = ['cookieproof', '@cookieproof/sdk'];

/** A fresh project in `dir` with `cookieproof` as a dev dependency, every package from the tarballs. */
export async function installPacked(dir: string, tarballs: { name: string; file: string }[]): Promise<number> {
  await mkdir(dir, { recursive: true });
  const file = (name: string) => `file:${tarballs.find((t) => t.name === name)!.file}`;
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'sample-site',
      private: true,
      type: 'module',
      // The tarballs stand in for the registry: every @cookieproof package resolves to its packed file (the two
      // installed directly satisfy the others' dependencies on them).
      overrides: Object.fromEntries(
        tarballs.filter((t) => !DIRECT.includes(t.name)).map((t) => [t.name, file(t.name)]),
      ),
      allowScripts: { 'better-sqlite3': true },
    }),
  );
  const started = Date.now();
  // better-sqlite3 is the only dependency with an install script: its native build. Compiling it again (minutes
  // on a loaded machine, after a prebuilt download that cannot succeed here) would test better-sqlite3, not us,
  // so the binary `npm ci` compiled for this Node in the repository is copied instead.
  ok(
    await run(
      'npm',
      ['install', '--save-dev', '--no-audit', '--no-fund', '--ignore-scripts', ...DIRECT.map(file)],
      dir,
    ),
  );
  const binary = 'node_modules/better-sqlite3/build/Release';
  await mkdir(join(dir, binary), { recursive: true });
  await copyFile(join(root, binary, 'better_sqlite3.node'), join(dir, binary, 'better_sqlite3.node'));
  return Date.now() - started;
}
