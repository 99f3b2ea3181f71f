import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { canonicalJson, fingerprint } from './fingerprint.ts';
import { parseDeclaration } from './load.ts';

const minimal = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');

function reorder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorder);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reorder(v)]),
    );
  return value;
}

describe('fingerprint', () => {
  const base = parseDeclaration(minimal).declaration!;

  it('is stable across key order, formatting, comments and YAML vs JSON', () => {
    const reordered = stringify(reorder(parse(minimal)), { indent: 4 });
    const commented = `# a comment\n${minimal.replaceAll('\n', '  # trailing\n')}`;
    const json = JSON.stringify(parse(minimal));
    for (const text of [reordered, commented, json]) {
      const { declaration, problems } = parseDeclaration(text);
      expect(problems).toEqual([]);
      expect(fingerprint(declaration!)).toBe(fingerprint(base));
    }
  });

  it('treats written defaults like omitted ones', () => {
    const explicit = minimal.replace(
      '  sharesPersonalInformation: false',
      '  sharesPersonalInformation: false\n  consentLifetimeDays: 182',
    );
    expect(fingerprint(parseDeclaration(explicit).declaration!)).toBe(fingerprint(base));
  });

  it('changes with any content change', () => {
    const changed = parseDeclaration(minimal.replace('Counts visits', 'Counts all visits')).declaration!;
    expect(fingerprint(changed)).not.toBe(fingerprint(base));
    expect(fingerprint(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes canonical JSON with sorted keys and no undefined members', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }] })).toBe('{"a":[{"c":"x"}],"b":1}');
  });
});
