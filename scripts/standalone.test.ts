import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The repository stands alone: a clone in any folder passes its tests, so no tracked file names a folder of the
// machine it was written on or reaches outside the repository.

const root = fileURLToPath(new URL('..', import.meta.url));
const self = 'scripts/standalone.test.ts';
const FORBIDDEN: [RegExp, string][] = [
  [/\/work\/|\/home\/[a-z]|\/Users\/[A-Z]|C:\\\\Users/, 'a machine path'],
  [/(\.\.\/)+shared\//, 'a path to shared/ outside the repository'],
];

describe('the repository stands alone', () => {
  it('has no machine path and no path out of the repository in any tracked file', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f && f !== self && !/\.(png|jpe?g|gif|ico|woff2?)$/.test(f));
    const hits: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(`${root}${file}`, 'utf8');
      } catch {
        continue; // deleted in the work tree but still in the index
      }
      if (text.includes(root)) hits.push(`${file}: names this checkout's folder`);
      for (const [pattern, what] of FORBIDDEN) if (pattern.test(text)) hits.push(`${file}: ${what}`);
    }
    expect(hits).toEqual([]);
  });
});
