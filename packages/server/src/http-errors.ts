import { CookieproofError, type ErrorCode } from '@cookieproof/schema';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

// The one place where error codes become HTTP statuses. Domain code throws CookieproofError; request-shape
// problems found before any domain code runs use the few extra wire codes below. A 5xx other than 503 is a bug.

export type WireCode =
  | ErrorCode
  | 'malformed-json'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'forbidden-origin'
  | 'method-not-allowed'
  | 'malformed-request'
  | 'request-timeout'
  | 'headers-too-large'
  | 'session-expired'
  | 'csrf-failed';

const STATUS: Record<WireCode, ContentfulStatusCode> = {
  'invalid-input': 422,
  'invalid-declaration': 422,
  usage: 400,
  'malformed-json': 400,
  'malformed-request': 400,
  unauthorized: 401,
  'session-expired': 401,
  'forbidden-origin': 403,
  'csrf-failed': 403,
  'not-found': 404,
  'method-not-allowed': 405,
  'request-timeout': 408,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'unknown-version': 409,
  'rate-limited': 429,
  'headers-too-large': 431,
  unavailable: 503,
  'browser-missing': 500,
  internal: 500,
};

/** On every response, errors included, whichever way it is sent. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-site',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Cache-Control': 'no-store',
};

/** The same as name, value, name, value…: written as they are (node:http takes such a list as the headers). */
export const SECURITY_HEADER_LIST: readonly string[] = Object.entries(SECURITY_HEADERS).flat();

/** Seconds a client should wait after a 503 before retrying. */
export const UNAVAILABLE_RETRY_SECONDS = 2;

export function statusOf(code: WireCode): ContentfulStatusCode {
  return STATUS[code];
}

/** A response independent of the framework, so the node:http fast path and Hono routes send the same bytes. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** headers: the answer's own, which it takes over (Content-Type is added to them). */
export function jsonAnswer(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  headers['Content-Type'] = 'application/json';
  return { status, headers, body: JSON.stringify(value) };
}

export function errorAnswer(
  code: WireCode,
  message: string,
  details?: unknown,
  headers: Record<string, string> = {},
): Answer {
  const status = STATUS[code];
  if (status === 503 && !headers['Retry-After']) headers['Retry-After'] = String(UNAVAILABLE_RETRY_SECONDS);
  return jsonAnswer(status, { error: details === undefined ? { code, message } : { code, message, details } }, headers);
}

/** Any thrown value as the error shape; unknown errors are logged by the caller and answered as internal. */
export function thrownAnswer(err: unknown): Answer {
  if (err instanceof CookieproofError) {
    const retryAfter = (err.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    const headers: Record<string, string> = typeof retryAfter === 'number' ? { 'Retry-After': String(retryAfter) } : {};
    // Storage and internal failures are logged in full by the caller; the client learns only what to do.
    if (err.code === 'unavailable')
      return errorAnswer('unavailable', 'storage unavailable; retry later', undefined, headers);
    if (STATUS[err.code] >= 500) return errorAnswer('internal', 'internal error');
    return errorAnswer(err.code, err.message, err.details, headers);
  }
  return errorAnswer('internal', 'internal error');
}

/** An Answer through Hono, keeping the headers already set on the context (security headers, CORS). */
export function respond(c: Context, answer: Answer): Response {
  for (const [k, v] of Object.entries(answer.headers)) c.header(k, v);
  return c.body(answer.body, answer.status as ContentfulStatusCode);
}

export function errorResponse(
  c: Context,
  code: WireCode,
  message: string,
  details?: unknown,
  headers: Record<string, string> = {},
): Response {
  return respond(c, errorAnswer(code, message, details, headers));
}

/** Zod issues as `{ path, message }`, the first one also as the message so it names the wrong field. */
export function invalidInput(error: z.ZodError): CookieproofError {
  const details = error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    const keys = i.code === 'unrecognized_keys' ? i.keys : undefined;
    return {
      path: keys ? keys.map((k) => (path ? `${path}.${k}` : k)).join(', ') : path,
      message: keys ? `not an accepted field (${keys.join(', ')})` : i.message,
    };
  });
  const first = details[0]!;
  return new CookieproofError('invalid-input', `${first.path || '(body)'}: ${first.message}`, details);
}
