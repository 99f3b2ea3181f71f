import { describe, expect, it } from 'vitest';
import { guideSteps } from './guide-runner.ts';

// The guide runner classifies every fence, so the guide cannot hold a block that the guide test does not run.

const md = (...blocks: string[]) => blocks.join('\n\ntext\n\n');

describe('guideSteps', () => {
  it('takes sh steps, background steps, files and insertions, in order', () => {
    expect(
      guideSteps(
        md(
          '```sh\nnpm test\n```',
          '```sh background port=8080\nnode server.mjs\n```',
          '```js file=site/a.js\nconsole.log(1);\n```',
          '~~~~yaml file=cookieproof.yaml after="technologies:"\nx: 1\n~~~~',
          '  ```sh\n  echo indented\n  ```',
        ),
      ),
    ).toEqual([
      { kind: 'sh', code: 'npm test\n' },
      { kind: 'sh', code: 'node server.mjs\n', background: 8080 },
      { kind: 'file', path: 'site/a.js', code: 'console.log(1);\n' },
      { kind: 'insert', path: 'cookieproof.yaml', after: 'technologies:', code: 'x: 1\n' },
      { kind: 'sh', code: 'echo indented\n' },
    ]);
  });

  it.each([
    ['a block of another language', '```js\nconsole.log(1);\n```'],
    ['a tilde fence', '~~~\nls\n~~~'],
    ['an indented fence', '   ```text\nsome output\n   ```'],
    ['an unknown attribute', '```sh once\nls\n```'],
    ['an insertion without a file', '```yaml after="x:"\ny: 1\n```'],
    ['a background step that is not sh', '```js background port=1\nx\n```'],
    ['a fence that is never closed', '```sh\nls\n'],
  ])('fails on %s', (_what, block) => {
    expect(() => guideSteps(md('```sh\nls\n```', block))).toThrow(/docs\/guide\.md:\d+/);
  });
});
