import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  CookieproofError,
  DeclarationError,
  fingerprint,
  loadVersions,
  type Problem,
  parseDeclaration,
} from '@cookieproof/schema';
import { parse } from '../args.ts';
import type { Io } from '../io.ts';
import { formatProblems } from '../problems.ts';

export const validateHelp = `cookieproof validate [file] [--json]

Checks a declaration (default ./cookieproof.yaml) and the earlier versions its history names. Prints every
problem as file:line:col  path  message. Exit 0 when valid, 1 when it has errors, 2 when it cannot be read.`;

export async function validate(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('validate', argv, { json: { type: 'boolean' } });
  const file = positionals[0] ?? 'cookieproof.yaml';
  const path = resolve(io.cwd, file);
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch {
    throw new CookieproofError('invalid-input', `${file}: cannot read the file; create one with \`cookieproof init\``);
  }
  const { declaration, problems } = parseDeclaration(source, file);
  const all: Problem[] = [...problems];
  if (declaration) {
    try {
      await loadVersions(path);
    } catch (err) {
      if (err instanceof DeclarationError) all.push(...err.problems);
      else if (err instanceof CookieproofError)
        all.push({ file, line: 1, column: 1, path: 'history', message: err.message, severity: 'error' });
      else throw err;
    }
  }
  const errors = all.filter((p) => p.severity === 'error');
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          file,
          valid: errors.length === 0,
          fingerprint: declaration && errors.length === 0 ? fingerprint(declaration) : null,
          problems: all,
        },
        null,
        2,
      ),
    );
  } else {
    if (all.length) io.err(formatProblems(all));
    if (errors.length === 0 && declaration)
      io.out(
        `${file} is valid: ${Object.keys(declaration.technologies).length} technologies, version ${declaration.policy.version}, fingerprint ${fingerprint(declaration).slice(0, 12)}`,
      );
  }
  return errors.length === 0 ? 0 : 1;
}
