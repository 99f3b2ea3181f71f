import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { escapeHtml, parseCookies, safeEqual, serializeCookie } from '../security.ts';
import { privacyPage, standinCss, standinPage } from './page.ts';

// Stands in for an external data source with OAuth-style authorization: one DataHub account whose records an
// app may read once the account owner allows it, until the owner or the app revokes the token.

interface DataRecord {
  seq: number;
  id: string;
  title: string;
  amount: number;
}

interface Grant {
  id: string;
  clientId: string;
  token: string;
  status: 'active' | 'revoked';
  grantedAt: string;
  revokedAt?: string;
  apiCalls: number;
  lastCallAt?: string;
}

interface Client {
  name: string;
  secret: string;
  redirectUri: string;
}

const AUTH_MAX_AGE = 600;
const rand = (n = 16) => randomBytes(n).toString('hex');

export function createDataHubStandin(clients: Record<string, Client>) {
  const records: DataRecord[] = [];
  const grants: Grant[] = [];
  const pending = new Map<string, { clientId: string; redirectUri: string; state: string; expires: number }>();
  const codes = new Map<string, { clientId: string; expires: number }>();
  const addRecord = (title: string, amount: number) => {
    const seq = records.length + 1;
    records.push({ seq, id: `dh_rec_${seq}`, title, amount });
  };
  addRecord('Spring campaign leads', 120);
  addRecord('Newsletter sign-ups', 340);
  addRecord('Webinar attendees', 58);

  const app = new Hono();
  app.get('/style.css', () => standinCss('#0f7b5f'));
  app.get('/privacy', () =>
    privacyPage(
      'DataHub',
      'While you authorize an app to read your records, DataHub sets datahub_auth for 10 minutes. You can see and revoke every app connection on the connections page.',
      '<p><a href="/connections">Manage connections</a></p>',
    ),
  );

  app.get('/', () =>
    standinPage(
      'DataHub',
      'Your records',
      `<table><thead><tr><th>ID</th><th>Title</th><th>Amount</th></tr></thead><tbody>${records
        .map((r) => `<tr><td>${r.id}</td><td>${escapeHtml(r.title)}</td><td>${r.amount}</td></tr>`)
        .join('')}</tbody></table>
<form method="post" action="/records"><label for="title">New record title</label><input id="title" name="title" required>
<label for="amount">Amount</label><input id="amount" name="amount" type="number" value="1">
<p><button type="submit">Add record</button></p></form><p><a href="/connections">Connected apps</a> · <a href="/privacy">Privacy</a></p>`,
    ),
  );
  app.post('/records', async (c) => {
    const f = await c.req.parseBody();
    const title = String(f.title ?? '')
      .trim()
      .slice(0, 200);
    if (title) addRecord(title, Math.max(0, Math.trunc(Number(f.amount) || 0)));
    return c.redirect('/', 303);
  });

  app.get('/connections', () =>
    standinPage(
      'DataHub',
      'Connected apps',
      (grants.length === 0
        ? '<p>No app has access to your DataHub records.</p>'
        : `<table><thead><tr><th>App</th><th>Status</th><th>Granted</th><th>Record reads</th><th>Last read</th><th></th></tr></thead><tbody>${grants
            .map(
              (
                g,
              ) => `<tr data-grant="${g.id}"><td>${escapeHtml(clients[g.clientId]?.name ?? g.clientId)}</td><td data-testid="status">${g.status}</td>
<td>${g.grantedAt}</td><td data-testid="api-calls">${g.apiCalls}</td><td>${g.lastCallAt ?? '—'}</td><td>${
                g.status === 'active'
                  ? `<form method="post" action="/connections/${g.id}/revoke"><button type="submit">Revoke access</button></form>`
                  : (g.revokedAt ?? '')
              }</td></tr>`,
            )
            .join('')}</tbody></table>`) +
        `<p class="note">Revoking stops the app's future reads. Records it already copied stay with the app until you ask it to delete them.</p>`,
    ),
  );
  app.post('/connections/:id/revoke', (c) => {
    const g = grants.find((x) => x.id === c.req.param('id'));
    if (g && g.status === 'active') Object.assign(g, { status: 'revoked', revokedAt: new Date().toISOString() });
    return c.redirect('/connections', 303);
  });

  app.get('/authorize', (c) => {
    const q = c.req.query();
    const client = clients[q.client_id ?? ''];
    if (!client || q.redirect_uri !== client.redirectUri || q.response_type !== 'code' || !q.state)
      return standinPage('DataHub', 'Invalid request', '<p class="error">Unknown app or redirect address.</p>', 400);
    const tx = rand();
    pending.set(tx, {
      clientId: q.client_id!,
      redirectUri: client.redirectUri,
      state: q.state,
      expires: Date.now() + AUTH_MAX_AGE * 1000,
    });
    return standinPage(
      'DataHub',
      `Allow ${client.name} to read your records?`,
      `<p><strong>${escapeHtml(client.name)}</strong> asks to read your DataHub records (scope: <code>records:read</code>) and to keep copying new ones on a schedule until you disconnect.</p>
<form method="post" action="/authorize"><input type="hidden" name="tx" value="${tx}">
<button type="submit" name="decision" value="allow">Allow</button> <button class="secondary" type="submit" name="decision" value="deny">Deny</button></form>
<p class="note">DataHub sets datahub_auth for 10 minutes while you decide.</p>`,
      200,
      [['set-cookie', serializeCookie('datahub_auth', tx, { httpOnly: true, secure: true, maxAge: AUTH_MAX_AGE })]],
    );
  });
  app.post('/authorize', async (c) => {
    const f = await c.req.parseBody();
    const tx = String(f.tx ?? '');
    const cookie = parseCookies(c.req.header('cookie')).datahub_auth ?? '';
    const p = pending.get(tx);
    if (!cookie || !safeEqual(cookie, tx) || !p || p.expires < Date.now())
      return standinPage(
        'DataHub',
        'Cookies needed',
        '<p class="error">DataHub needs its essential cookie (datahub_auth) to authorize a connection. Allow cookies and start again from the app.</p>',
        400,
      );
    pending.delete(tx);
    const clear = serializeCookie('datahub_auth', '', { httpOnly: true, secure: true, maxAge: 0 });
    const target = new URL(p.redirectUri);
    target.searchParams.set('state', p.state);
    if (f.decision !== 'allow') target.searchParams.set('error', 'access_denied');
    else {
      const code = rand();
      codes.set(code, { clientId: p.clientId, expires: Date.now() + 60_000 });
      target.searchParams.set('code', code);
    }
    return c.body(null, 303, { location: target.toString(), 'set-cookie': clear });
  });

  app.post('/oauth/token', async (c) => {
    const f = await c.req.parseBody();
    const client = clients[String(f.client_id ?? '')];
    const code = codes.get(String(f.code ?? ''));
    if (!client || !safeEqual(String(f.client_secret ?? ''), client.secret))
      return c.json({ error: 'invalid_client' }, 401);
    if (f.grant_type !== 'authorization_code' || !code || code.clientId !== f.client_id || code.expires < Date.now())
      return c.json({ error: 'invalid_grant' }, 400);
    codes.delete(String(f.code));
    const grant: Grant = {
      id: rand(6),
      clientId: String(f.client_id),
      token: rand(24),
      status: 'active',
      grantedAt: new Date().toISOString(),
      apiCalls: 0,
    };
    grants.push(grant);
    return c.json({ access_token: grant.token, token_type: 'Bearer', scope: 'records:read' });
  });
  app.post('/oauth/revoke', async (c) => {
    const f = await c.req.parseBody();
    const client = clients[String(f.client_id ?? '')];
    if (!client || !safeEqual(String(f.client_secret ?? ''), client.secret))
      return c.json({ error: 'invalid_client' }, 401);
    const g = grants.find((x) => x.token === f.token && x.clientId === f.client_id);
    if (g && g.status === 'active') Object.assign(g, { status: 'revoked', revokedAt: new Date().toISOString() });
    return c.body(null, 200);
  });

  app.get('/api/records', (c) => {
    const token = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    const g = grants.find((x) => x.token === token);
    if (g?.status !== 'active') return c.json({ error: 'invalid_token' }, 401);
    g.apiCalls++;
    g.lastCallAt = new Date().toISOString();
    const after = Number(c.req.query('after') ?? 0) || 0;
    const page = records.filter((r) => r.seq > after).slice(0, 100);
    return c.json({ records: page, cursor: page.at(-1)?.seq ?? after });
  });
  return { app, grants, records, addRecord };
}
