// Few error classes, each with a code; the CLI maps them to exit codes and the server to HTTP statuses, each in
// one place.

export type ErrorCode =
  | 'invalid-declaration'
  | 'invalid-input'
  | 'not-found'
  | 'unauthorized'
  | 'rate-limited'
  | 'unknown-version'
  | 'unavailable'
  | 'usage'
  | 'browser-missing'
  | 'internal';

export class CookieproofError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'CookieproofError';
    this.code = code;
    this.details = details;
  }
}

/** One problem in a declaration, located like a compiler error. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Dotted path into the declaration, e.g. `technologies.ga.category`. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export class DeclarationError extends CookieproofError {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const first = problems[0];
    super(
      'invalid-declaration',
      first
        ? `${formatProblem(first)}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`
        : 'invalid declaration',
      problems,
    );
    this.name = 'DeclarationError';
    this.problems = problems;
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.path || '(root)'}  ${p.message}`;
}
