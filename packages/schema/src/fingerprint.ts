import { hash } from 'node:crypto';
import type { Declaration } from './declaration.ts';

/** JSON with object keys sorted at every level, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

export function sha256Hex(text: string | Uint8Array): string {
  // One-shot: no Hash object per call, which the receipt chain (two hashes per receipt) notices.
  return hash('sha256', text, 'hex');
}

/**
 * The declaration's identity: SHA-256 of its canonical JSON after defaults are applied. Key order, comments,
 * quoting and YAML-vs-JSON do not change it; editor hints ($schema) and where history files live do not either.
 */
export function fingerprint(declaration: Declaration): string {
  const { $schema: _schema, history, ...rest } = declaration;
  return sha256Hex(canonicalJson({ ...rest, history: history.map(({ file: _file, ...h }) => h) }));
}
