import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkImports } from './import-rules.ts';

let root: string;
function repo(files: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'imports-'));
  const all: Record<string, string> = {
    'package.json': JSON.stringify({ workspaces: ['packages/*'], devDependencies: { vitest: '1' } }),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
const pkg = (name: string, deps: string[] = []) =>
  JSON.stringify({ name, dependencies: Object.fromEntries(deps.map((d) => [d, '1'])) });

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('import rules', () => {
  it('accepts imports that follow the direction', () => {
    repo({
      'packages/schema/package.json': pkg('@cookieproof/schema', ['zod']),
      'packages/schema/src/index.ts':
        "import { z } from 'zod';\nimport { readFile } from 'node:fs';\nexport const a = 1;",
      'packages/server/package.json': pkg('@cookieproof/server', ['@cookieproof/schema']),
      'packages/server/src/index.ts': "export { a } from '@cookieproof/schema';\nimport './local.ts';",
      'packages/server/src/local.ts': '',
      'packages/server/src/app.test.ts': "import { it } from 'vitest';",
    });
    expect(checkImports(root)).toEqual([]);
  });

  it('reports every kind of violation', () => {
    repo({
      'packages/schema/package.json': pkg('@cookieproof/schema', ['@cookieproof/store', 'zod']),
      'packages/schema/src/index.ts': "import { x } from '@cookieproof/store';",
      'packages/store/package.json': pkg('@cookieproof/store'),
      'packages/store/src/index.ts': "import { y } from '../../schema/src/index.ts';\nimport 'lodash';",
      'packages/sdk/package.json': pkg('@cookieproof/sdk', ['@cookieproof/schema']),
      'packages/sdk/src/index.ts':
        "import { fingerprint } from '@cookieproof/schema';\nimport { readFile } from 'node:fs';",
      'packages/server/package.json': pkg('@cookieproof/server', ['@cookieproof/scanner']),
      'packages/server/src/index.ts': "const s = await import('@cookieproof/scanner');",
      'packages/scanner/package.json': pkg('@cookieproof/scanner'),
      'packages/scanner/src/index.ts': '',
    });
    expect(checkImports(root).sort()).toEqual(
      [
        'packages/schema/src/index.ts: @cookieproof/schema may not import @cookieproof/store (imports go schema → policy/sdk/store → server/scanner → cli → apps)',
        'packages/schema/package.json: declares zod but never imports it',
        'packages/store/src/index.ts: imports ../../schema/src/index.ts by relative path outside @cookieproof/store; import the package by name',
        'packages/store/src/index.ts: imports lodash, which @cookieproof/store does not declare in its dependencies',
        'packages/sdk/src/index.ts: the browser SDK may import only types (import type), /constants, /consent-cookie and /locale-pack from @cookieproof/schema',
        'packages/sdk/src/index.ts: the browser SDK must not import node:fs',
        'packages/server/src/index.ts: @cookieproof/server may not import @cookieproof/scanner (imports go schema → policy/sdk/store → server/scanner → cli → apps)',
      ].sort(),
    );
  });
});
