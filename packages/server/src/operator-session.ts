import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Operator sessions for the console: the operator token is exchanged once for a random session id carried in an
// HttpOnly, SameSite=Strict cookie, with a CSRF token bound to the session. Sessions live in this process's memory:
// a restart logs every operator out, and behind a load balancer an operator's requests must reach one instance
// (API clients keep using the bearer token, which every instance accepts).

export const SESSION_COOKIE = 'cookieproof_operator';
export const CSRF_HEADER = 'x-csrf-token';

export interface OperatorSessionOptions {
  /** A session unused this long ends (default 30 minutes). */
  idleTimeoutMs?: number;
  /** A session ends this long after login, used or not (default 12 hours). */
  absoluteTimeoutMs?: number;
  /** Milliseconds since the epoch; tests move it to expire sessions. */
  now?: () => number;
}

export interface OperatorSession {
  /** Who, as the audit list names them: a fingerprint of the session id, which itself is never shown. */
  actor: string;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
  /** When the session ends unless used again before (idle), and at the latest (absolute). */
  idleExpiresAt: number;
  expiresAt: number;
}

/** A fingerprint for the audit list: enough to tell two sessions or tokens apart, useless for logging in. */
export function fingerprintOf(kind: 'session' | 'token', secret: string): string {
  return `${kind}:${createHash('sha256').update(secret).digest('hex').slice(0, 12)}`;
}

export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Sessions ended by expiry are dropped when they are next looked up, and on every login. */
export class OperatorSessions {
  readonly #sessions = new Map<string, OperatorSession>();
  readonly #idle: number;
  readonly #absolute: number;
  readonly #now: () => number;

  constructor(options: OperatorSessionOptions = {}) {
    this.#idle = options.idleTimeoutMs ?? 30 * 60_000;
    this.#absolute = options.absoluteTimeoutMs ?? 12 * 60 * 60_000;
    this.#now = options.now ?? Date.now;
  }

  /** Longest a session cookie is kept by the browser, in seconds (the absolute expiry). */
  get maxAgeSeconds(): number {
    return Math.ceil(this.#absolute / 1000);
  }

  create(): { id: string; session: OperatorSession } {
    const now = this.#now();
    for (const [id, s] of this.#sessions) if (this.#ended(s, now)) this.#sessions.delete(id);
    const id = randomBytes(32).toString('base64url');
    const session: OperatorSession = {
      actor: fingerprintOf('session', id),
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
      idleExpiresAt: Math.min(now + this.#idle, now + this.#absolute),
      expiresAt: now + this.#absolute,
    };
    this.#sessions.set(id, session);
    return { id, session };
  }

  /** The live session with this id, its idle expiry pushed back; 'expired' once either expiry passed. */
  use(id: string): OperatorSession | 'expired' | null {
    const session = this.#sessions.get(id);
    if (!session) return null;
    const now = this.#now();
    if (this.#ended(session, now)) {
      this.#sessions.delete(id);
      return 'expired';
    }
    session.lastSeenAt = now;
    session.idleExpiresAt = Math.min(now + this.#idle, session.expiresAt);
    return session;
  }

  end(id: string): void {
    this.#sessions.delete(id);
  }

  #ended(s: OperatorSession, now: number): boolean {
    return now >= s.expiresAt || now >= s.lastSeenAt + this.#idle;
  }
}

/** The session cookie's value from a Cookie header, if any. */
export function sessionIdFrom(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/** Set-Cookie for a session; an empty id with maxAge 0 clears it. Secure where the console is served over https. */
export function sessionCookie(id: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}
