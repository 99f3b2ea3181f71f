import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Hono } from 'hono';
import {
  checkCsrf,
  cookiesNeededPage,
  csrfField,
  type DashContext,
  type DashEnv,
  dashPage,
  endSession,
  startSession,
} from './dashboard-shell.ts';
import { createWorkspace, issueOAuthState, now, takeOAuthState, type User } from './db.ts';
import { hashPassword, RateLimiter, randomToken, verifyPassword } from './security.ts';
import { formBody, serviceFetch } from './service-fetch.ts';
import { ACME_CLIENT_ID, type SiteContext } from './site-context.ts';

// Sign-up, sign-in (password or Acme ID), sign-out. Login is rate limited per address and per account.

const safeNext = (next: unknown) =>
  typeof next === 'string' && /^\/[A-Za-z0-9/_?=&%-]*$/.test(next) && !next.startsWith('//') ? next : '/dashboard';

export async function createUser(
  ctx: SiteContext,
  email: string,
  name: string,
  password: string | null,
): Promise<User> {
  const id = randomUUID();
  const hash = password ? await hashPassword(password) : null;
  const wsId = `ws_${randomToken(8)}`;
  const tx = ctx.db.transaction(() => {
    ctx.db
      .prepare(
        'INSERT INTO users (id, email, name, password_hash, default_workspace_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(id, email, name, hash, wsId, now());
    createWorkspace(ctx.db, id, wsId, `${name.split(' ')[0]}'s workspace`);
    ctx.db.prepare('INSERT INTO onboarding (user_id, step, data) VALUES (?, 1, ?)').run(id, '{}');
  });
  tx();
  return ctx.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as User;
}

function authForm(c: DashContext, ctx: SiteContext, kind: 'sign-in' | 'sign-up', message = '', status = 200): Response {
  const next = safeNext(c.req.query('next'));
  const reason =
    c.req.query('reason') === 'signin' ? '<p class="notice" data-testid="signin-needed">Please sign in first.</p>' : '';
  const fields =
    kind === 'sign-up'
      ? `<label for="name">Name</label><input id="name" name="name" autocomplete="name" required maxlength="80">`
      : '';
  return dashPage(c, ctx, {
    title: kind === 'sign-in' ? 'Sign in' : 'Create your account',
    status,
    body: `<section class="auth"><h1>${kind === 'sign-in' ? 'Sign in' : 'Create your account'}</h1>${reason}${message}
<div data-cookieproof-requires="essential" data-testid="${kind}-forms">
<form method="post" action="/${kind}" data-testid="${kind}-form">${csrfField(c)}
<input type="hidden" name="next" value="${next}">${fields}
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required maxlength="200">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="${kind === 'sign-in' ? 'current-password' : 'new-password'}" required minlength="${kind === 'sign-up' ? 10 : 1}">
<p><button type="submit">${kind === 'sign-in' ? 'Sign in' : 'Create account'}</button></p></form>
<form method="get" action="/sso/acme"><button type="submit" class="secondary">Sign in with Acme ID</button></form></div>
<p class="note">Signing in needs essential cookies (${'__Host-aip_session'}, ${'__Host-aip_csrf'}). ${
      kind === 'sign-in'
        ? '<a href="/sign-up">Create an account</a>'
        : '<a href="/sign-in">I already have an account</a>'
    }</p></section>`,
  });
}

/** The socket's address, never a request header a client could choose to dodge a limit. */
function clientIp(c: DashContext): string {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket.remoteAddress ?? 'unknown';
}

export function registerAuth(app: Hono<DashEnv>, ctx: SiteContext) {
  const byIp = new RateLimiter(20, 15 * 60_000);
  const byAccount = new RateLimiter(5, 15 * 60_000);
  // Starting an Acme ID sign-in needs no account and stores a state row, so it is limited per address too.
  const ssoByIp = new RateLimiter(20, 15 * 60_000);
  const tooManyAttempts = (c: DashContext, wait: number) => {
    const res = authForm(
      c,
      ctx,
      'sign-in',
      `<p class="error" data-testid="rate-limited">Too many attempts. Try again in ${Math.ceil(wait / 60)} minutes.</p>`,
      429,
    );
    res.headers.set('retry-after', String(wait));
    return res;
  };
  const dummyHash = hashPassword(randomToken());

  app.get('/sign-in', (c) => (c.get('user') ? c.redirect('/dashboard') : authForm(c, ctx, 'sign-in')));
  app.get('/sign-up', (c) => (c.get('user') ? c.redirect('/dashboard') : authForm(c, ctx, 'sign-up')));

  app.post('/sign-in', async (c) => {
    const f = await c.req.parseBody();
    const csrf = checkCsrf(c, ctx, f._csrf);
    if (csrf === 'cookies-blocked') return cookiesNeededPage(c, ctx, 'Sign-in');
    if (csrf !== 'ok')
      return authForm(c, ctx, 'sign-in', '<p class="error">The form expired. Please try again.</p>', 403);
    const email = String(f.email ?? '')
      .trim()
      .toLowerCase();
    const ip = clientIp(c);
    const wait = Math.max(byIp.hit(ip), byAccount.hit(email));
    if (wait > 0) return tooManyAttempts(c, wait);
    const user = ctx.db.prepare('SELECT * FROM users WHERE email = ?').get(email) as User | undefined;
    // Hash anyway when the account does not exist, so timing does not tell which emails are registered.
    const ok = await verifyPassword(String(f.password ?? ''), user?.password_hash ?? (await dummyHash));
    if (!user?.password_hash) {
      return authForm(c, ctx, 'sign-in', '<p class="error" data-testid="auth-error">Wrong email or password.</p>', 401);
    }
    if (!user || !ok)
      return authForm(c, ctx, 'sign-in', '<p class="error" data-testid="auth-error">Wrong email or password.</p>', 401);
    byAccount.reset(email);
    // Everyone behind one address (an office, a school) may sign in; only wrong passwords count against it.
    byIp.refund(ip);
    return c.body(null, 303, { location: safeNext(f.next), 'set-cookie': startSession(ctx.db, user.id) });
  });

  app.post('/sign-up', async (c) => {
    const f = await c.req.parseBody();
    const csrf = checkCsrf(c, ctx, f._csrf);
    if (csrf === 'cookies-blocked') return cookiesNeededPage(c, ctx, 'Sign-up');
    if (csrf !== 'ok')
      return authForm(c, ctx, 'sign-up', '<p class="error">The form expired. Please try again.</p>', 403);
    const email = String(f.email ?? '')
      .trim()
      .toLowerCase();
    const name = String(f.name ?? '')
      .trim()
      .slice(0, 80);
    const password = String(f.password ?? '');
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !name || password.length < 10)
      return authForm(
        c,
        ctx,
        'sign-up',
        '<p class="error">Enter your name, a valid email and a password of at least 10 characters.</p>',
        422,
      );
    if (ctx.db.prepare('SELECT 1 FROM users WHERE email = ?').get(email))
      return authForm(
        c,
        ctx,
        'sign-up',
        '<p class="error">An account with this email exists. Sign in instead.</p>',
        409,
      );
    const user = await createUser(ctx, email, name, password);
    return c.body(null, 303, { location: '/onboarding', 'set-cookie': startSession(ctx.db, user.id) });
  });

  app.post('/sign-out', async (c) => {
    const f = await c.req.parseBody();
    if (checkCsrf(c, ctx, f._csrf) !== 'ok') return c.redirect('/dashboard', 303);
    return c.body(null, 303, {
      location: `${ctx.origins.site}/`,
      'set-cookie': endSession(ctx.db, c.req.header('cookie')),
    });
  });

  // Acme ID: the state ties the callback to this browser through the CSRF cookie it already holds.
  app.get('/sso/acme', (c) => {
    if (!c.get('csrf') || c.get('newCsrf')) {
      const res = cookiesNeededPage(c, ctx, 'Sign-in with Acme ID');
      return res;
    }
    const wait = ssoByIp.hit(clientIp(c));
    if (wait > 0) return tooManyAttempts(c, wait);
    const state = randomToken(16);
    issueOAuthState(ctx.db, state, { userId: c.get('csrf')!, purpose: 'acme' });
    const url = new URL('/authorize', ctx.origins.id);
    url.search = new URLSearchParams({
      client_id: ACME_CLIENT_ID,
      redirect_uri: `${ctx.origins.app}/sso/acme/callback`,
      state,
      response_type: 'code',
    }).toString();
    return c.redirect(url.toString(), 303);
  });
  app.get('/sso/acme/callback', async (c) => {
    const state = c.req.query('state') ?? '';
    const row = takeOAuthState(ctx.db, state, 'acme');
    if (!row || row.userId !== c.get('csrf')) return cookiesNeededPage(c, ctx, 'Sign-in with Acme ID');
    const res = await serviceFetch(`${ctx.origins.id}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody({
        client_id: ACME_CLIENT_ID,
        client_secret: ctx.secrets.acmeClientSecret,
        code: c.req.query('code') ?? '',
      }),
    });
    if (res.status !== 200)
      return authForm(c, ctx, 'sign-in', '<p class="error">Acme ID sign-in failed. Try again.</p>', 502);
    const info = res.json<{ email: string; name: string }>();
    const user =
      (ctx.db.prepare('SELECT * FROM users WHERE email = ?').get(info.email.toLowerCase()) as User | undefined) ??
      (await createUser(ctx, info.email.toLowerCase(), info.name, null));
    // As with passwords: only sign-ins that were started and never finished count against the address.
    ssoByIp.refund(clientIp(c));
    return c.body(null, 303, { location: '/dashboard', 'set-cookie': startSession(ctx.db, user.id) });
  });
}
