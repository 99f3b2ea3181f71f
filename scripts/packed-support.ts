import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
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

/**
 * Packs every publishable package into `dest` as `npm publish` would: each package's prepack builds it (so one
 * package's dist/ is removed first, as in a clean clone, to prove that it does). Returns each tarball with its size.
 */
export async function packAll(dest: string): Promise<{ name: string; file: string; bytes: number }[]> {
  await rm(join(root, 'packages/react/dist'), { recursive: true, force: true });
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

/**
 * Installs `direct` (default: the command and the SDK) from the tarballs into the project in `dir` (its
 * package.json is written when there is none, else kept, as `npm init` and the guide left it). Returns the time
 * the install took, in milliseconds.
 */
export async function installPacked(
  dir: string,
  tarballs: { name: string; file: string }[],
  direct = ['cookieproof', '@cookieproof/sdk'],
): Promise<number> {
  await mkdir(dir, { recursive: true });
  const file = (name: string) => `file:${tarballs.find((t) => t.name === name)!.file}`;
  const manifest = join(dir, 'package.json');
  const project = await readFile(manifest, 'utf8').then(JSON.parse, () => ({
    name: 'sample-site',
    private: true,
    type: 'module',
  }));
  // The tarballs stand in for the registry: every other @cookieproof package resolves to its packed file (those
  // installed directly, now or before, satisfy the others' dependencies on them).
  const installed = { ...project.dependencies, ...project.devDependencies };
  project.overrides = Object.fromEntries(
    tarballs.filter((t) => !direct.includes(t.name) && !(t.name in installed)).map((t) => [t.name, file(t.name)]),
  );
  await writeFile(manifest, JSON.stringify(project, null, 2));
  const started = Date.now();
  // better-sqlite3 is the only dependency with an install script: its native build. Compiling it again (minutes
  // on a loaded machine, after a prebuilt download that cannot succeed here) would test better-sqlite3, not us,
  // so the binary `npm ci` compiled for this Node in the repository is copied instead.
  const save = direct.includes('cookieproof') ? ['--save-dev'] : [];
  ok(await run('npm', ['install', ...save, '--no-audit', '--no-fund', '--ignore-scripts', ...direct.map(file)], dir));
  const binary = 'node_modules/better-sqlite3/build/Release';
  if (await exists(join(dir, 'node_modules/better-sqlite3'))) {
    await mkdir(join(dir, binary), { recursive: true });
    await copyFile(join(root, binary, 'better_sqlite3.node'), join(dir, binary, 'better_sqlite3.node'));
  }
  return Date.now() - started;
}

export const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Every file an installed package's `exports`, `bin` and `types` name, with the export each came from, as conditions
 * other than our source one resolve them (a `*` pattern names the files under its folder); and the subpaths
 * exported only to this repository's sources (a `null` target when installed).
 */
export function exportTargets(manifest: {
  exports?: Record<string, unknown>;
  bin?: Record<string, string>;
  types?: string;
}): { targets: { from: string; path: string }[]; devOnly: string[] } {
  const targets: { from: string; path: string }[] = [];
  const devOnly: string[] = [];
  const visit = (from: string, target: unknown) => {
    if (typeof target === 'string') targets.push({ from, path: target });
    else if (target && typeof target === 'object')
      for (const [condition, next] of Object.entries(target))
        if (condition !== '@cookieproof/source') visit(`${from} [${condition}]`, next);
  };
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const installed = target && typeof target === 'object' ? (target as Record<string, unknown>) : undefined;
    if (installed && Object.entries(installed).every(([c, t]) => c === '@cookieproof/source' || t === null))
      devOnly.push(subpath);
    else visit(subpath, target);
  }
  for (const [name, path] of Object.entries(manifest.bin ?? {})) targets.push({ from: `bin ${name}`, path });
  if (manifest.types) targets.push({ from: 'types', path: manifest.types });
  return { targets, devOnly };
}
