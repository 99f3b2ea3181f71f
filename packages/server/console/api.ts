import { say } from './dom.ts';

// The operator API, relative to the page. The session is an HttpOnly cookie; requests that change something send
// the session's CSRF token, which is all the page keeps.

let csrf: string | null = null;
let onSignedOut: () => void = () => {};

export function setCsrf(token: string | null): void {
  csrf = token;
}

export function whenSignedOut(fn: () => void): void {
  onSignedOut = fn;
}

/** The answer's JSON, or null after saying what went wrong. */
export async function api<T>(path: string, method = 'GET', body?: unknown): Promise<T | null> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers['x-csrf-token'] = csrf ?? '';
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    say('The server did not answer.', true);
    return null;
  }
  const answer = (await res.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
  if (!res.ok) {
    if (res.status === 401 && csrf) onSignedOut();
    say(answer?.error?.message ?? `HTTP ${res.status}`, true);
    return null;
  }
  return answer;
}

/** A query string of the non-empty values. */
export function query(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `?${text}` : '';
}
