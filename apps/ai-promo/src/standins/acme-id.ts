import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { escapeHtml, parseCookies, safeEqual, serializeCookie } from '../security.ts';
import { privacyPage, standinCss, standinPage } from './page.ts';

// Stands in for an SSO provider: its own sign-in (acmeid_session on id.localhost), then an authorization code
// the app exchanges server-to-server for the person's verified email and name.

export const ACME_DEMO = { email: 'demo@acme.example', password: 'acme-demo-password', name: 'Avery Acme' };

interface Client {
  secret: string;
  redirectUri: string;
}

export function createAcmeIdStandin(clients: Record<string, Client>) {
  const sessions = new Map<string, { email: string; name: string }>();
  const codes = new Map<string, { clientId: string; email: string; name: string; expires: number }>();
  const rand = () => randomBytes(16).toString('hex');
  const app = new Hono();
  app.get('/style.css', () => standinCss('#c2410c'));
  app.get('/privacy', () =>
    privacyPage(
      'Acme ID',
      'When you sign in with Acme ID, it sets acmeid_session on id.localhost for the browser session.',
    ),
  );

  const validRequest = (q: Record<string, string>) => {
    const client = clients[q.client_id ?? ''];
    return client && client.redirectUri === q.redirect_uri && q.state ? client : undefined;
  };
  const hidden = (q: Record<string, string>) =>
    ['client_id', 'redirect_uri', 'state']
      .map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(q[k])}">`)
      .join('');

  app.get('/authorize', (c) => {
    const q = c.req.query();
    if (!validRequest(q)) return standinPage('Acme ID', 'Invalid request', '<p class="error">Unknown app.</p>', 400);
    const who = sessions.get(parseCookies(c.req.header('cookie')).acmeid_session ?? '');
    if (!who)
      return standinPage(
        'Acme ID',
        'Sign in to Acme ID',
        `<form method="post" action="/login">${hidden(q)}<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<p><button type="submit">Sign in</button></p></form><p class="note">Demo: ${ACME_DEMO.email} / ${ACME_DEMO.password}. Acme ID sets acmeid_session. <a href="/privacy">Privacy</a></p>`,
      );
    return standinPage(
      'Acme ID',
      'Continue to AI Promo Services',
      `<p>Signed in as <strong>${escapeHtml(who.email)}</strong>. AI Promo Services will receive your name and email.</p>
<form method="post" action="/approve">${hidden(q)}<button type="submit">Continue</button></form>`,
    );
  });
  app.post('/login', async (c) => {
    const f = (await c.req.parseBody()) as Record<string, string>;
    const back = `/authorize?${new URLSearchParams({ client_id: f.client_id ?? '', redirect_uri: f.redirect_uri ?? '', state: f.state ?? '', response_type: 'code' })}`;
    if (f.email !== ACME_DEMO.email || !safeEqual(f.password ?? '', ACME_DEMO.password))
      return standinPage(
        'Acme ID',
        'Sign-in failed',
        `<p class="error">Wrong email or password.</p><p><a href="${escapeHtml(back)}">Try again</a></p>`,
        401,
      );
    const sid = rand();
    sessions.set(sid, { email: ACME_DEMO.email, name: ACME_DEMO.name });
    return c.body(null, 303, {
      location: back,
      'set-cookie': serializeCookie('acmeid_session', sid, { httpOnly: true, secure: true }),
    });
  });
  app.post('/approve', async (c) => {
    const f = (await c.req.parseBody()) as Record<string, string>;
    const client = validRequest(f);
    const who = sessions.get(parseCookies(c.req.header('cookie')).acmeid_session ?? '');
    if (!client || !who)
      return standinPage(
        'Acme ID',
        'Cookies needed',
        '<p class="error">Acme ID needs its session cookie (acmeid_session) to sign you in.</p>',
        400,
      );
    const code = rand();
    codes.set(code, { clientId: f.client_id!, ...who, expires: Date.now() + 60_000 });
    const target = new URL(client.redirectUri);
    target.searchParams.set('code', code);
    target.searchParams.set('state', f.state!);
    return c.redirect(target.toString(), 303);
  });
  app.post('/token', async (c) => {
    const f = (await c.req.parseBody()) as Record<string, string>;
    const client = clients[f.client_id ?? ''];
    const code = codes.get(f.code ?? '');
    if (!client || !safeEqual(f.client_secret ?? '', client.secret)) return c.json({ error: 'invalid_client' }, 401);
    if (!code || code.clientId !== f.client_id || code.expires < Date.now())
      return c.json({ error: 'invalid_grant' }, 400);
    codes.delete(f.code!);
    return c.json({ email: code.email, name: code.name, email_verified: true });
  });
  app.get('/', (c) => c.redirect('/privacy'));
  return { app };
}
