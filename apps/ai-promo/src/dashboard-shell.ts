import type { Context } from 'hono';
import { type Db, type User, type Workspace, workspacesOf } from './db.ts';
import { html } from './layout.ts';
import { escapeHtml, parseCookies, randomToken, safeEqual, serializeCookie, sha256 } from './security.ts';
import type { SiteContext } from './site-context.ts';

// Sessions, CSRF and the page frame of the dashboard.

export const SESSION_COOKIE = '__Host-aip_session';
export const CSRF_COOKIE = '__Host-aip_csrf';
export const CHECKOUT_COOKIE = '__Host-aip_checkout';
export const SESSION_SECONDS = 14 * 86_400;

export type DashEnv = { Variables: { nonce: string; user: User | undefined; csrf: string; newCsrf: boolean } };
export type DashContext = Context<DashEnv>;

export function userFromSession(db: Db, cookieHeader: string | undefined): User | undefined {
  const sid = parseCookies(cookieHeader)[SESSION_COOKIE];
  if (!sid) return undefined;
  const row = db
    .prepare('SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ? AND s.expires_at > ?')
    .get(sha256(sid), Date.now()) as User | undefined;
  return row;
}

export function startSession(db: Db, userId: string): string {
  const sid = randomToken();
  db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(Date.now());
  db.prepare('INSERT INTO sessions (id_hash, user_id, expires_at) VALUES (?, ?, ?)').run(
    sha256(sid),
    userId,
    Date.now() + SESSION_SECONDS * 1000,
  );
  return serializeCookie(SESSION_COOKIE, sid, { httpOnly: true, secure: true, maxAge: SESSION_SECONDS });
}

export function endSession(db: Db, cookieHeader: string | undefined): string {
  const sid = parseCookies(cookieHeader)[SESSION_COOKIE];
  if (sid) db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(sha256(sid));
  return serializeCookie(SESSION_COOKIE, '', { httpOnly: true, secure: true, maxAge: 0 });
}

/** Double-submit CSRF token: an HttpOnly session cookie echoed in a hidden form field. */
export function csrfCookie(token: string): string {
  return serializeCookie(CSRF_COOKIE, token, { httpOnly: true, secure: true });
}

export type CsrfResult = 'ok' | 'cookies-blocked' | 'mismatch';

export function checkCsrf(c: DashContext, ctx: SiteContext, field: unknown): CsrfResult {
  const origin = c.req.header('origin');
  if (origin && origin !== ctx.origins.app) return 'mismatch';
  const cookie = parseCookies(c.req.header('cookie'))[CSRF_COOKIE];
  if (!cookie) return 'cookies-blocked';
  return typeof field === 'string' && safeEqual(cookie, field) ? 'ok' : 'mismatch';
}

export const csrfField = (c: DashContext) => `<input type="hidden" name="_csrf" value="${escapeHtml(c.get('csrf'))}">`;

export interface WorkspaceView {
  all: Workspace[];
  current: Workspace | undefined;
  /** The workspace came from the URL (a choice made in this tab), not from the server-side default. */
  explicit: boolean;
}

export function workspaceView(c: DashContext, ctx: SiteContext, user: User): WorkspaceView {
  const all = workspacesOf(ctx.db, user.id);
  const asked = c.req.query('ws');
  const fromUrl = asked ? all.find((w) => w.id === asked) : undefined;
  const current = fromUrl ?? all.find((w) => w.id === user.default_workspace_id) ?? all[0];
  return { all, current, explicit: fromUrl !== undefined };
}

export const withWs = (path: string, ws: WorkspaceView) =>
  ws.explicit && ws.current ? `${path}${path.includes('?') ? '&' : '?'}ws=${encodeURIComponent(ws.current.id)}` : path;

export function dashNav(c: DashContext, ws?: WorkspaceView): string {
  const user = c.get('user');
  if (!user) return `<a href="/sign-in">Sign in</a><a href="/sign-up">Create account</a>`;
  const l = (p: string) => (ws ? withWs(p, ws) : p);
  return `<a href="${l('/dashboard')}">Dashboard</a><a href="${l('/onboarding')}">Onboarding</a><a href="${l('/integrations')}">Integrations</a><a href="${l('/billing')}">Billing</a><a href="${l('/settings')}">Settings</a>
<form method="post" action="/sign-out" class="inline">${csrfField(c)}<button type="submit" class="link">Sign out</button></form>`;
}

export function dashPage(
  c: DashContext,
  ctx: SiteContext,
  o: {
    title: string;
    body: string;
    status?: number;
    ws?: WorkspaceView;
    head?: string;
    bodyAttrs?: Record<string, string>;
  },
  extraHeaders: [string, string][] = [],
): Response {
  const headers: [string, string][] = [...extraHeaders];
  if (c.get('newCsrf')) headers.push(['set-cookie', csrfCookie(c.get('csrf'))]);
  const nonce = c.get('nonce');
  const ws = o.ws;
  return html(
    ctx,
    {
      title: o.title,
      surface: 'dashboard',
      nonce,
      nav: dashNav(c, ws),
      body: o.body,
      status: o.status ?? 200,
      head: `<script src="/assets/dashboard.js" nonce="${nonce}" defer></script>
<script type="text/plain" data-cookieproof-category="analytics" src="/assets/product-analytics.js" nonce="${nonce}"></script>${o.head ?? ''}`,
      bodyAttrs: {
        ...(ws?.current
          ? {
              'data-workspace': ws.current.id,
              'data-workspace-explicit': ws.explicit ? '1' : '0',
              'data-workspaces': ws.all.map((w) => w.id).join(' '),
            }
          : {}),
        ...o.bodyAttrs,
      },
    },
    headers,
  );
}

export const COOKIES_NEEDED = `<div class="cookies-needed" role="alert" data-testid="cookies-needed"><h2>Essential cookies are blocked</h2>
<p>Sign-in, checkout and onboarding need essential cookies: <code>__Host-aip_session</code> keeps you signed in and <code>__Host-aip_csrf</code> protects this form. Your browser did not send them back, so we could not continue.</p>
<p>Allow cookies for app.aipromo.localhost in your browser settings and try again. The public pages (home, pricing, cookie policy) work without cookies.</p></div>`;

export function cookiesNeededPage(c: DashContext, ctx: SiteContext, what: string): Response {
  return dashPage(c, ctx, {
    title: `${what} needs essential cookies`,
    status: 400,
    body: `<h1>${escapeHtml(what)} needs essential cookies</h1>${COOKIES_NEEDED}`,
  });
}

export function requireUser(c: DashContext): User | Response {
  const user = c.get('user');
  if (user) return user;
  const next = new URL(c.req.url).pathname;
  return c.redirect(`/sign-in?reason=signin&next=${encodeURIComponent(next)}`, 303);
}
