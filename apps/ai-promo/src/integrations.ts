import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import {
  checkCsrf,
  cookiesNeededPage,
  csrfField,
  type DashContext,
  type DashEnv,
  dashPage,
  requireUser,
  withWs,
  workspaceView,
} from './dashboard-shell.ts';
import { type Connection, type Db, issueOAuthState, now, takeOAuthState } from './db.ts';
import { escapeHtml, randomToken } from './security.ts';
import { formBody, serviceFetch } from './service-fetch.ts';
import { DATAHUB_CLIENT_ID, type SiteContext } from './site-context.ts';

// DataHub: OAuth-style connect, a scheduler that pulls new records into the workspace, and a disconnect that
// revokes the token and stops future pulls while keeping what was imported (deleting that is a separate act).

export class RecordPuller {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  constructor(
    readonly ctx: SiteContext,
    readonly intervalMs: number,
  ) {}

  start(): void {
    this.#timer = setInterval(() => void this.pullAll(), this.intervalMs);
    this.#timer.unref();
  }

  /** One pass over every active connection; passes never overlap. */
  pullAll(): Promise<void> {
    this.#running ??= this.#pass().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #pass(): Promise<void> {
    const active = this.ctx.db.prepare("SELECT * FROM connections WHERE status = 'active'").all() as Connection[];
    for (const conn of active) await pullConnection(this.ctx, conn).catch(() => undefined);
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#running;
  }
}

export async function pullConnection(ctx: SiteContext, conn: Connection): Promise<number> {
  const { db } = ctx;
  let imported = 0;
  for (let page = 0; page < 20; page++) {
    // Re-read before each call: a disconnect between pages must stop the pull.
    const fresh = db.prepare('SELECT * FROM connections WHERE id = ?').get(conn.id) as Connection | undefined;
    if (fresh?.status !== 'active' || !fresh.access_token) return imported;
    const res = await serviceFetch(`${ctx.origins.datahub}/api/records?after=${fresh.cursor}`, {
      headers: { authorization: `Bearer ${fresh.access_token}` },
    });
    if (res.status === 401) {
      // Revoked at DataHub (e.g. from its connections page): treat as disconnected.
      markRevoked(db, conn.id, 'DataHub revoked the access');
      return imported;
    }
    if (res.status !== 200) {
      db.prepare('UPDATE connections SET last_error = ? WHERE id = ?').run(`DataHub answered ${res.status}`, conn.id);
      return imported;
    }
    const body = res.json<{ records: { id: string; title: string; amount: number }[]; cursor: number }>();
    const insert = db.prepare(
      'INSERT OR IGNORE INTO records (workspace_id, connection_id, external_id, title, amount, imported_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    db.transaction(() => {
      for (const r of body.records)
        imported += insert.run(fresh.workspace_id, conn.id, r.id, r.title, r.amount, now()).changes;
      db.prepare(
        "UPDATE connections SET cursor = ?, last_pull_at = ?, last_error = NULL WHERE id = ? AND status = 'active'",
      ).run(body.cursor, now(), conn.id);
    })();
    if (body.records.length < 100) return imported;
  }
  return imported;
}

function markRevoked(db: Db, id: string, reason: string | null): void {
  db.prepare(
    "UPDATE connections SET status = 'revoked', access_token = NULL, revoked_at = ?, last_error = ? WHERE id = ?",
  ).run(now(), reason, id);
}

export function registerIntegrations(app: Hono<DashEnv>, ctx: SiteContext) {
  const { db } = ctx;
  const redirectUri = `${ctx.origins.app}/integrations/datahub/callback`;
  const latest = (wsId: string | undefined) =>
    db.prepare('SELECT * FROM connections WHERE workspace_id = ? ORDER BY connected_at DESC LIMIT 1').get(wsId) as
      | Connection
      | undefined;

  app.get('/integrations', (c) => {
    const user = requireUser(c);
    if (user instanceof Response) return user;
    const ws = workspaceView(c, ctx, user);
    const conn = latest(ws.current?.id);
    const count = (
      db.prepare('SELECT COUNT(*) AS n FROM records WHERE workspace_id = ?').get(ws.current?.id) as { n: number }
    ).n;
    const active = conn?.status === 'active';
    const wsField = `<input type="hidden" name="workspace" value="${escapeHtml(ws.current?.id)}">`;
    return dashPage(c, ctx, {
      title: 'Integrations',
      ws,
      body: `<h1>Integrations</h1><article class="card integration" data-testid="datahub">
<h2>DataHub</h2><p data-testid="datahub-status">${
        active
          ? `Connected since ${escapeHtml(conn.connected_at)}. We pull new records on a schedule${conn.last_pull_at ? `; last pull ${escapeHtml(conn.last_pull_at)}` : ''}.`
          : conn
            ? `Disconnected on ${escapeHtml(conn.revoked_at ?? '')}. We no longer pull records from DataHub; the access token was revoked.`
            : 'Not connected.'
      }</p>
<p data-testid="record-count">${count} imported records in this workspace.</p>
${
  active
    ? `<form method="post" action="${withWs('/integrations/datahub/sync', ws)}">${csrfField(c)}${wsField}<button type="submit" class="secondary">Pull now</button></form>
<form method="post" action="${withWs('/integrations/datahub/disconnect', ws)}" data-testid="disconnect-form">${csrfField(c)}${wsField}
<p class="note">Disconnecting revokes our access and stops future pulls. Records already imported stay in this workspace until you delete them.</p>
<button type="submit">Disconnect DataHub</button></form>`
    : `<form method="post" action="${withWs('/integrations/datahub/connect', ws)}" data-cookieproof-requires="essential">${csrfField(c)}${wsField}<button type="submit">Connect DataHub</button></form>`
}
${
  !active && count > 0
    ? `<div class="kept" data-testid="records-kept"><p>Disconnecting did not delete the ${count} records already imported from DataHub. They stay in this workspace until you delete them.</p>
<form method="post" action="${withWs('/integrations/datahub/records/delete', ws)}">${csrfField(c)}${wsField}<button type="submit" class="danger">Delete imported DataHub records</button></form></div>`
    : ''
}
<p class="note">Manage the connection on DataHub's side too: <a href="${ctx.origins.datahub}/connections">DataHub connections</a>.</p></article>`,
    });
  });

  const guarded = async (c: DashContext, what: string) => {
    const f = await c.req.parseBody();
    const csrf = checkCsrf(c, ctx, f._csrf);
    if (csrf === 'cookies-blocked') return cookiesNeededPage(c, ctx, what);
    const user = requireUser(c);
    if (user instanceof Response) return user;
    const ws = workspaceView(c, ctx, user).all.find((w) => w.id === f.workspace);
    if (csrf !== 'ok' || !ws) return c.redirect('/integrations', 303);
    return { user, ws };
  };

  app.post('/integrations/datahub/connect', async (c) => {
    const g = await guarded(c, 'Connecting an integration');
    if (g instanceof Response) return g;
    const state = randomToken(16);
    issueOAuthState(db, state, { userId: g.user.id, workspaceId: g.ws.id, purpose: 'datahub' });
    const url = new URL('/authorize', ctx.origins.datahub);
    url.search = new URLSearchParams({
      client_id: DATAHUB_CLIENT_ID,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'records:read',
      state,
    }).toString();
    return c.redirect(url.toString(), 303);
  });

  app.get('/integrations/datahub/callback', async (c) => {
    const user = requireUser(c);
    if (user instanceof Response) return user;
    const state = c.req.query('state') ?? '';
    const row = takeOAuthState(db, state, 'datahub');
    const back = `/integrations?ws=${encodeURIComponent(row?.workspaceId ?? '')}`;
    if (!row?.workspaceId || row.userId !== user.id || c.req.query('error') || !c.req.query('code'))
      return c.redirect(back, 303);
    const res = await serviceFetch(`${ctx.origins.datahub}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody({
        grant_type: 'authorization_code',
        code: c.req.query('code')!,
        client_id: DATAHUB_CLIENT_ID,
        client_secret: ctx.secrets.datahubClientSecret,
        redirect_uri: redirectUri,
      }),
    }).catch(() => undefined);
    if (res?.status !== 200) return c.redirect(back, 303);
    const id = randomUUID();
    // A reconnect continues after the records already imported instead of importing them twice.
    const prev = latest(row.workspaceId);
    db.prepare(
      "INSERT INTO connections (id, workspace_id, provider, access_token, status, cursor, connected_at) VALUES (?, ?, 'datahub', ?, 'active', ?, ?)",
    ).run(id, row.workspaceId, res.json<{ access_token: string }>().access_token, prev?.cursor ?? 0, now());
    const conn = db.prepare('SELECT * FROM connections WHERE id = ?').get(id) as Connection;
    await pullConnection(ctx, conn).catch(() => undefined);
    return c.redirect(back, 303);
  });

  app.post('/integrations/datahub/sync', async (c) => {
    const g = await guarded(c, 'Pulling records');
    if (g instanceof Response) return g;
    const conn = latest(g.ws.id);
    if (conn?.status === 'active') await pullConnection(ctx, conn).catch(() => undefined);
    return c.redirect(`/integrations?ws=${g.ws.id}`, 303);
  });

  app.post('/integrations/datahub/disconnect', async (c) => {
    const g = await guarded(c, 'Disconnecting an integration');
    if (g instanceof Response) return g;
    const conn = latest(g.ws.id);
    if (conn?.status === 'active') {
      const token = conn.access_token;
      markRevoked(db, conn.id, null);
      if (token)
        await serviceFetch(`${ctx.origins.datahub}/oauth/revoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: formBody({ token, client_id: DATAHUB_CLIENT_ID, client_secret: ctx.secrets.datahubClientSecret }),
        }).catch(() => undefined);
    }
    return c.redirect(`/integrations?ws=${g.ws.id}`, 303);
  });

  app.post('/integrations/datahub/records/delete', async (c) => {
    const g = await guarded(c, 'Deleting records');
    if (g instanceof Response) return g;
    db.prepare(
      "DELETE FROM records WHERE workspace_id = ? AND connection_id IN (SELECT id FROM connections WHERE provider = 'datahub')",
    ).run(g.ws.id);
    return c.redirect(`/integrations?ws=${g.ws.id}`, 303);
  });
}
