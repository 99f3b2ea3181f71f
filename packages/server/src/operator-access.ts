import { CookieproofError } from '@cookieproof/schema';
import type { ConsentStore, NewOperatorAction } from '@cookieproof/store';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { errorAnswer, errorResponse, invalidInput, respond } from './http-errors.ts';
import {
  CSRF_HEADER,
  fingerprintOf,
  type OperatorSession,
  type OperatorSessions,
  sameSecret,
  sessionCookie,
  sessionIdFrom,
} from './operator-session.ts';
import { readJsonBody } from './read-json-body.ts';

// Who may use the operator API, and the record of what they did. Two ways in: the bearer token (API clients,
// scripts) and the console's session cookie. Only a cookie is sent by the browser on its own, so a request
// authenticated by one must also carry the session's CSRF token when it changes anything; that is checked here,
// in the one middleware every operator route goes through.

export const LoginRequest = z.strictObject({ token: z.string().min(1).max(1024) });

const AUDIT_SHOWN = 200;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface OperatorAccessOptions {
  store: ConsentStore;
  adminToken: string | undefined;
  sessions: OperatorSessions;
  trustProxy: boolean;
  maxBodyBytes: number;
  header(c: Context, name: string): string | undefined;
}

export interface OperatorAccess {
  /** Admits bearer-token and session requests (CSRF checked on state-changing ones); answers 401/403 otherwise. */
  require: MiddlewareHandler;
  /** Records an action of the operator behind this request. */
  audit(c: Context, entry: Omit<NewOperatorAction, 'actor'>): Promise<void>;
  /** Who is behind this request, as the audit list names them. */
  actorOf(c: Context): string;
}

export function operatorAccess(app: Hono, options: OperatorAccessOptions): OperatorAccess {
  const { store, adminToken, header } = options;
  const { sessions } = options;
  const actors = new WeakMap<Context, { actor: string; sessionId: string | null }>();

  const secure = (c: Context) =>
    new URL(c.req.url).protocol === 'https:' ||
    (options.trustProxy && header(c, 'x-forwarded-proto')?.split(',').at(-1)?.trim() === 'https');
  const sessionBody = (s: OperatorSession) => ({
    actor: s.actor,
    csrfToken: s.csrfToken,
    idleExpiresAt: new Date(s.idleExpiresAt).toISOString(),
    expiresAt: new Date(s.expiresAt).toISOString(),
  });
  const unauthorized = (c: Context, message: string) => {
    c.header('WWW-Authenticate', 'Bearer realm="cookieproof"');
    return errorResponse(c, 'unauthorized', adminToken ? message : 'operator API disabled: no token configured');
  };

  const require: MiddlewareHandler = async (c, next) => {
    const auth = header(c, 'authorization');
    if (auth !== undefined) {
      const token = /^Bearer (\S+)$/i.exec(auth)?.[1];
      if (!adminToken || !token || !sameSecret(token, adminToken))
        return unauthorized(c, 'send Authorization: Bearer <operator token>');
      actors.set(c, { actor: fingerprintOf('token', token), sessionId: null });
      return next();
    }
    const id = sessionIdFrom(header(c, 'cookie'));
    const session = id ? sessions.use(id) : null;
    if (session === 'expired') {
      c.header('Set-Cookie', sessionCookie('', 0, secure(c)));
      return errorResponse(c, 'session-expired', 'the console session expired: log in again with the operator token');
    }
    if (!id || !session)
      return unauthorized(c, 'send Authorization: Bearer <operator token>, or log in at POST /v1/console/session');
    if (!SAFE_METHODS.has(c.req.method)) {
      const given = header(c, CSRF_HEADER);
      if (!given || !sameSecret(given, session.csrfToken))
        return errorResponse(
          c,
          'csrf-failed',
          `a console request that changes something must send the session's CSRF token in ${CSRF_HEADER}`,
        );
    }
    actors.set(c, { actor: session.actor, sessionId: id });
    return next();
  };

  const actorOf: OperatorAccess['actorOf'] = (c) => {
    const who = actors.get(c);
    if (!who) throw new CookieproofError('internal', 'an operator action outside the operator middleware');
    return who.actor;
  };
  const audit: OperatorAccess['audit'] = async (c, entry) => {
    await store.recordOperatorAction({ ...entry, actor: actorOf(c) });
  };

  // Login: the token, once, for a session cookie. The answer carries the CSRF token the page sends back.
  app.post('/v1/console/session', async (c) => {
    const body = await readJsonBody(
      c.req.raw,
      header(c, 'content-type'),
      header(c, 'content-length'),
      options.maxBodyBytes,
    );
    if (!body.ok) return respond(c, errorAnswer(body.code, body.message));
    const parsed = LoginRequest.safeParse(body.value);
    if (!parsed.success) throw invalidInput(parsed.error);
    if (!adminToken || !sameSecret(parsed.data.token, adminToken))
      return errorResponse(
        c,
        'unauthorized',
        adminToken ? 'wrong operator token' : 'operator API disabled: no token configured',
      );
    const { id, session } = sessions.create();
    await store.recordOperatorAction({
      action: 'login',
      actor: session.actor,
      detail: `with ${fingerprintOf('token', parsed.data.token)}`,
    });
    c.header('Set-Cookie', sessionCookie(id, sessions.maxAgeSeconds, secure(c)));
    return c.json(sessionBody(session), 201);
  });
  app.use('/v1/console/*', require);
  app.get('/v1/console/session', (c) => {
    const who = actors.get(c);
    const session = who?.sessionId ? sessions.use(who.sessionId) : null;
    if (!session || session === 'expired')
      throw new CookieproofError('not-found', 'no console session: this request came with the bearer token');
    return c.json(sessionBody(session));
  });
  app.delete('/v1/console/session', async (c) => {
    const who = actors.get(c);
    if (!who?.sessionId)
      throw new CookieproofError('not-found', 'no console session to end: this request came with the bearer token');
    await audit(c, { action: 'logout' });
    sessions.end(who.sessionId);
    c.header('Set-Cookie', sessionCookie('', 0, secure(c)));
    return c.json({ loggedOut: true });
  });
  app.get('/v1/console/audit', async (c) => c.json({ entries: await store.operatorActions(AUDIT_SHOWN) }));
  return { require, audit, actorOf };
}
