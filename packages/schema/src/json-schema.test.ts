import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declarationJsonSchema } from './json-schema.ts';

// The committed file is what editors load through `# yaml-language-server: $schema=…`. Regenerate it with
// `npm run schema` after changing the model; this test fails until the file matches the model again.
const file = new URL('../cookieproof.schema.json', import.meta.url);

describe('declaration JSON Schema', () => {
  it('matches the committed cookieproof.schema.json', () => {
    const committed = JSON.parse(readFileSync(file, 'utf8'));
    expect(declarationJsonSchema()).toEqual(committed);
  });

  it('describes every top-level section and the technology kinds', () => {
    const schema = declarationJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['site', 'policy', 'purposes', 'categories', 'providers', 'technologies', 'consentMode']),
    );
    expect(schema.required).toEqual(
      expect.arrayContaining(['cookieproof', 'site', 'policy', 'purposes', 'categories', 'providers', 'technologies']),
    );
    const text = JSON.stringify(schema);
    for (const kind of ['cookie', 'localStorage', 'sessionStorage', 'pixel', 'script', 'iframe'])
      expect(text).toContain(`"${kind}"`);
  });
});
