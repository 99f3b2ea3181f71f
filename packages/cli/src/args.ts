import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CookieproofError } from '@cookieproof/schema';

export type Options = NonNullable<ParseArgsConfig['options']>;

export type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

/** Parses a command's arguments strictly; unknown flags are usage errors naming the command's help. */
export function parse<O extends Options>(command: string, argv: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CookieproofError('usage', `${command}: ${(err as Error).message}; see \`cookieproof ${command} --help\``);
  }
}

export function intOption(command: string, name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new CookieproofError('usage', `${command}: --${name} must be a whole number, got "${value}"`);
  return n;
}
