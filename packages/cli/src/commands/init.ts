import { access, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CookieproofError } from '@cookieproof/schema';
import { parse } from '../args.ts';
import type { Io } from '../io.ts';
import { STARTER_DECLARATION } from '../starter-declaration.ts';

export const initHelp = `cookieproof init [file] [--origin <url>] [--force]

Writes a commented starter declaration (default ./cookieproof.yaml). Refuses to overwrite an existing file
unless --force is given. --origin is your site's origin (default https://www.example.com), written as the
surface's origin and the base of the policy and privacy links.`;

export async function init(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('init', argv, { force: { type: 'boolean' }, origin: { type: 'string' } });
  const origin = values.origin?.replace(/\/$/, '');
  if (origin !== undefined && !/^https?:\/\/[^\s/]+$/.test(origin))
    throw new CookieproofError('usage', `init: --origin is an origin such as https://www.example.com, got "${origin}"`);
  const file = positionals[0] ?? 'cookieproof.yaml';
  const path = resolve(io.cwd, file);
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists && !values.force)
    throw new CookieproofError('usage', `${file} already exists; pass --force to overwrite it`);
  await writeFile(
    path,
    origin ? STARTER_DECLARATION.replaceAll('https://www.example.com', origin) : STARTER_DECLARATION,
  );
  io.out(`wrote ${file}; edit it, then run \`cookieproof validate ${file}\``);
  return 0;
}
