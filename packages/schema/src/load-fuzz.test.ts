import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseDeclaration } from './load.ts';

// Generated inputs: text-level mutations of YAML and JSON, and structure-level mutations of the parsed
// document. Whatever comes in, the loader must either load it or explain it; it must never throw.

const minimal = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');
const aiPromo = readFileSync(new URL('../../../apps/ai-promo/cookieproof.yaml', import.meta.url), 'utf8');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  '[',
  ']',
  '{',
  '}',
  ':',
  '- ',
  '&a ',
  '*a',
  '!!binary ',
  '~',
  '"',
  "'",
  '\t',
  '\n',
  '#',
  '|',
  '>',
  '%YAML 1.1\n',
  '---\n',
  '\u0000',
  '\uFFFF',
  '😀',
  '1e999',
  '-0',
  '0x10',
  'null',
  'true',
  '<<: *a',
];
const VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  '',
  'x'.repeat(10_000),
  [],
  {},
  [[[[[]]]]],
  { a: { b: { c: {} } } },
  '(((((',
  '[a-',
  'P',
  'session',
  'persistent',
];

function mutateText(text: string, r: () => number): string {
  let out = text;
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * out.length);
    const op = Math.floor(r() * 6);
    if (op === 0) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(r() * 20));
    else if (op === 1) out = out.slice(0, at) + TOKENS[Math.floor(r() * TOKENS.length)] + out.slice(at);
    else if (op === 2) out = out.slice(0, at);
    else if (op === 3) {
      const lines = out.split('\n');
      const a = Math.floor(r() * lines.length);
      const b = Math.floor(r() * lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      out = lines.join('\n');
    } else if (op === 4) {
      const lines = out.split('\n');
      const a = Math.floor(r() * lines.length);
      lines.splice(a, 0, lines[a] ?? '');
      out = lines.join('\n');
    } else out = out.replace(/ {2}/, ' ');
  }
  return out;
}

function mutateValue(value: unknown, r: () => number, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 6 || r() < 0.08) {
    return r() < 0.5 ? VALUES[Math.floor(r() * VALUES.length)] : value;
  }
  if (Array.isArray(value)) {
    const copy = value.map((v) => (r() < 0.3 ? mutateValue(v, r, depth + 1) : v));
    if (r() < 0.2) copy.push(VALUES[Math.floor(r() * VALUES.length)]);
    if (r() < 0.2) copy.splice(Math.floor(r() * copy.length), 1);
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const roll = r();
    if (roll < 0.05) continue;
    copy[roll < 0.08 ? `${k}x` : k] = roll < 0.4 ? mutateValue(v, r, depth + 1) : v;
  }
  if (r() < 0.1) copy[`extra${depth}`] = VALUES[Math.floor(r() * VALUES.length)];
  return copy;
}

function assertHandled(text: string) {
  let result: ReturnType<typeof parseDeclaration> | undefined;
  expect(() => {
    result = parseDeclaration(text, 'fuzz.yaml');
  }).not.toThrow();
  const errors = result!.problems.filter((p) => p.severity === 'error');
  if (result!.declaration) expect(errors).toEqual([]);
  else expect(errors.length).toBeGreaterThan(0);
  for (const p of result!.problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

describe('loader fuzz', () => {
  it('survives 2,000 text mutations of YAML and JSON', { timeout: 300_000 }, () => {
    const r = rng(20261129);
    const json = JSON.stringify(parse(aiPromo), null, 2);
    for (let i = 0; i < 2000; i++) {
      const source = i % 3 === 0 ? json : i % 3 === 1 ? aiPromo : minimal;
      assertHandled(mutateText(source, r));
    }
  });

  it('survives 2,000 structural mutations', { timeout: 300_000 }, () => {
    const r = rng(7);
    const docs = [parse(minimal), parse(aiPromo)];
    for (let i = 0; i < 2000; i++) {
      const mutated = mutateValue(docs[i % 2], r);
      assertHandled(i % 2 ? JSON.stringify(mutated) : stringify(mutated));
    }
  });

  it('refuses alias bombs and deep nesting without running away', () => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`;
    assertHandled(bomb);
    assertHandled(`${'['.repeat(5000)}${']'.repeat(5000)}`);
    assertHandled(`site: ${'{a: '.repeat(2000)}1${'}'.repeat(2000)}`);
  });
});
