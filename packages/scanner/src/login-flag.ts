import { existsSync } from 'node:fs';
import { CookieproofError } from '@cookieproof/schema';
import type { LoginStep } from './options.ts';

/**
 * The `--login` flag: a Playwright storage-state JSON file, or a sign-in page followed by its fields,
 * `"https://example.com/login user=ada password=$LOGIN_PASSWORD [submit=#sign-in]"`. A value written `$NAME` is
 * read from the environment, so passwords stay out of shell history and CI logs.
 */
export function loginStepFromFlag(spec: string, env: Record<string, string | undefined> = process.env): LoginStep {
  const [first, ...rest] = spec.trim().split(/\s+/);
  if (!first) throw new CookieproofError('usage', '--login needs a storage-state file or "URL field=value ..."');
  if (rest.length === 0 && (first.endsWith('.json') || existsSync(first))) return { storageState: first };
  try {
    const url = new URL(first);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    throw new CookieproofError(
      'usage',
      `--login ${JSON.stringify(first)}: give a storage-state .json file, or a sign-in URL followed by field=value pairs`,
    );
  }
  const fields: Record<string, string> = {};
  let submit: string | undefined;
  for (const pair of rest) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new CookieproofError('usage', `--login: "${pair}" is not field=value`);
    const name = pair.slice(0, eq);
    let value = pair.slice(eq + 1);
    if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
      const fromEnv = env[value.slice(1)];
      if (fromEnv === undefined)
        throw new CookieproofError('usage', `--login: environment variable ${value.slice(1)} is not set`);
      value = fromEnv;
    }
    if (name === 'submit') submit = value;
    else fields[name] = value;
  }
  if (Object.keys(fields).length === 0)
    throw new CookieproofError('usage', '--login: give at least one field=value for the form');
  return { url: first, fields, ...(submit ? { submit } : {}) };
}
