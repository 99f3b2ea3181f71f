import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

// The import direction of DESIGN.md: a package may import only packages of a lower layer.
// schema → policy, sdk, store → server, scanner, react → cli → apps (react imports sdk only).
export const LAYERS: Record<string, number> = {
  '@cookieproof/schema': 0,
  '@cookieproof/policy': 1,
  '@cookieproof/sdk': 1,
  '@cookieproof/store': 1,
  '@cookieproof/server': 2,
  '@cookieproof/scanner': 2,
  cookieproof: 3,
  '@cookieproof/react': 2,
};
const APP_LAYER = 4;

interface Workspace {
  name: string;
  dir: string;
  layer: number;
  dependencies: string[];
  devDependencies: string[];
}

// Static and dynamic imports, and import.meta.resolve (a package's file read by path is a dependency too).
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]|(?:import|import\.meta\.resolve)\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|mts|js|mjs)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function workspaces(root: string): Workspace[] {
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
  const out: Workspace[] = [];
  for (const pattern of rootPkg.workspaces) {
    const base = join(root, pattern.replace(/\/\*$/, ''));
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base)) {
      const dir = join(base, entry);
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
        name: string;
        dependencies?: Record<string, string>;
        optionalDependencies?: Record<string, string>;
        peerDependencies?: Record<string, string>;
        devDependencies?: Record<string, string>;
      };
      out.push({
        name: pkg.name,
        dir,
        layer: LAYERS[pkg.name] ?? APP_LAYER,
        // A driver the user installs when needed (optional or peer) is declared as well as a plain dependency.
        dependencies: Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies }),
        devDependencies: Object.keys(pkg.devDependencies ?? {}),
      });
    }
  }
  return out;
}

/** Every violation of the import rules in the repository at `root`, as readable lines. */
export function checkImports(root: string): string[] {
  const problems: string[] = [];
  const all = workspaces(root);
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const rootDev = Object.keys(
    (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> })
      .devDependencies ?? {},
  );
  for (const ws of all) {
    const used = new Set<string>();
    for (const file of sourceFiles(ws.dir)) {
      const rel = relative(root, file);
      // Tests, their support files, fixtures, benchmarks and build tooling may use development dependencies.
      const inner = relative(ws.dir, file);
      const isTest =
        /\.test\.ts$|(^|[/-])(test|e2e)-support\.ts$|-for-test\.ts$|process-support\.ts$/.test(inner) ||
        /^(test|testing|bench|build)\//.test(inner) ||
        inner.includes(`${sep}fixtures${sep}`) ||
        inner.includes(`${sep}testing${sep}`);
      const isBrowserSdk = ws.name === '@cookieproof/sdk' && file.startsWith(join(ws.dir, 'src')) && !isTest;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(SPECIFIER)) {
        const typeOnly = Boolean(m[1]);
        const spec = m[2] ?? m[3];
        if (!spec) continue;
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(ws.dir + sep))
            problems.push(`${rel}: imports ${spec} by relative path outside ${ws.name}; import the package by name`);
          continue;
        }
        if (builtins.has(spec) || builtins.has(spec.split('/')[0]!)) {
          if (isBrowserSdk) problems.push(`${rel}: the browser SDK must not import ${spec}`);
          continue;
        }
        const pkg = packageOf(spec);
        used.add(pkg);
        const target = all.find((w) => w.name === pkg);
        if (target) {
          if (target.name === ws.name) continue;
          if (target.layer >= ws.layer)
            problems.push(
              `${rel}: ${ws.name} may not import ${pkg} (imports go schema → policy/sdk/store → server/scanner → cli → apps)`,
            );
          // Beside types, only the dependency-free subpaths: the constant tables, the consent cookie's codec and the
          // locale rule.
          if (
            isBrowserSdk &&
            !typeOnly &&
            pkg === '@cookieproof/schema' &&
            !/\/(constants|consent-cookie|locale-pack)$/.test(spec)
          )
            problems.push(
              `${rel}: the browser SDK may import only types (import type), /constants, /consent-cookie and /locale-pack from ${pkg}`,
            );
        }
        const testOnly = isTest && (rootDev.includes(pkg) || ws.devDependencies.includes(pkg) || target !== undefined);
        if (!ws.dependencies.includes(pkg) && !testOnly)
          problems.push(`${rel}: imports ${pkg}, which ${ws.name} does not declare in its dependencies`);
      }
    }
    for (const dep of ws.dependencies)
      if (!used.has(dep)) problems.push(`${relative(root, ws.dir)}/package.json: declares ${dep} but never imports it`);
  }
  return problems;
}
