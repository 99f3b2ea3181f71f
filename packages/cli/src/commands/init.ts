import { access, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CookieproofError } from '@cookieproof/schema';
import { parse } from '../args.ts';
import type { Io } from '../io.ts';
import { STARTER_DECLARATION } from '../starter-declaration.ts';

export const initHelp = `cookieproof init [file] [--force]

Writes a commented starter declaration (default ./cookieproof.yaml). Refuses to overwrite an existing file
unless --force is given.`;

export async function init(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('init', argv, { force: { type: 'boolean' } });
  const file = positionals[0] ?? 'cookieproof.yaml';
  const path = resolve(io.cwd, file);
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists && !values.force)
    throw new CookieproofError('usage', `${file} already exists; pass --force to overwrite it`);
  await writeFile(path, STARTER_DECLARATION);
  io.out(`wrote ${file}; edit it, then run \`cookieproof validate ${file}\``);
  return 0;
}
