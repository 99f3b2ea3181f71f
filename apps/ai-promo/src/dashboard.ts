import { Hono } from 'hono';
import { registerBilling } from './billing.ts';
import { registerAuth } from './dashboard-auth.ts';
import {
  CSRF_COOKIE,
  checkCsrf,
  cookiesNeededPage,
  csrfField,
  type DashContext,
  type DashEnv,
  dashPage,
  requireUser,
  userFromSession,
  type WorkspaceView,
  withWs,
  workspaceView,
} from './dashboard-shell.ts';
import { createWorkspace, now } from './db.ts';
import { registerIntegrations } from './integrations.ts';
import { escapeHtml, parseCookies, randomToken } from './security.ts';
import type { SiteContext } from './site-context.ts';

// The signed-in product. Essential state (session, onboarding progress, workspaces, default workspace) lives on
// the server; remembered interface choices live in the browser only with preferences consent (dashboard.js).

export const NOTICES = [
  { id: 'datahub-launch', text: 'New: connect DataHub and keep your campaign records in sync.' },
  {
    id: 'policy-2026-2',
    text: 'We updated our cookie policy on 2026-11-15: performance diagnostics, DataHub and onboarding hints.',
  },
];

const ONBOARDING_STEPS = [
  { title: 'Name your brand', field: 'brand', label: 'Brand name' },
  { title: 'Describe your audience', field: 'audience', label: 'Who are your customers?' },
  { title: 'Set your first goal', field: 'goal', label: 'Campaign goal' },
];

function onboardingState(ctx: SiteContext, userId: string) {
  const row = ctx.db.prepare('SELECT * FROM onboarding WHERE user_id = ?').get(userId) as
    | { step: number; data: string; completed_at: string | null }
    | undefined;
  return {
    step: row?.step ?? 1,
    data: JSON.parse(row?.data ?? '{}') as Record<string, string>,
    done: Boolean(row?.completed_at),
  };
}

export function createDashboard(ctx: SiteContext) {
  const app = new Hono<DashEnv>();
  app.use(async (c, next) => {
    c.set('user', userFromSession(ctx.db, c.req.header('cookie')));
    const existing = parseCookies(c.req.header('cookie'))[CSRF_COOKIE];
    c.set('csrf', existing ?? randomToken());
    c.set('newCsrf', !existing);
    await next();
  });

  registerAuth(app, ctx);
  registerBilling(app, ctx);
  registerIntegrations(app, ctx);

  app.get('/', (c) => c.redirect(c.get('user') ? '/dashboard' : '/sign-in'));

  app.get('/dashboard', (c) => {
    const user = requireUser(c);
    if (user instanceof Response) return user;
    const ws = workspaceView(c, ctx, user);
    const ob = onboardingState(ctx, user.id);
    const records = ctx.db.prepare('SELECT COUNT(*) AS n FROM records WHERE workspace_id = ?').get(ws.current?.id) as {
      n: number;
    };
    const conn = ctx.db
      .prepare('SELECT status FROM connections WHERE workspace_id = ? ORDER BY connected_at DESC LIMIT 1')
      .get(ws.current?.id) as { status: string } | undefined;
    return dashPage(c, ctx, {
      title: 'Dashboard',
      ws,
      body: `<h1>Hello, ${escapeHtml(user.name)}</h1>
${switcher(c, ws)}
<section aria-label="Notices" class="notices">${NOTICES.map(
        (n) =>
          `<div class="notice" data-notice="${n.id}" data-testid="notice-${n.id}"><p>${escapeHtml(n.text)}</p><button type="button" data-dismiss aria-label="Dismiss notice">Dismiss</button></div>`,
      ).join('')}</section>
<p class="hint" data-hint="switch-workspace" data-testid="hint-switch-workspace">Tip: use the workspace switcher to move between clients. <button type="button" data-hint-done>Got it</button></p>
<div class="cards">
<article class="card"><h2>Onboarding</h2>${
        ob.done
          ? '<p data-testid="onboarding-status">Complete.</p>'
          : `<p data-testid="onboarding-status">Step ${ob.step} of ${ONBOARDING_STEPS.length}.</p><a class="button" href="${withWs('/onboarding', ws)}" data-track="resume-onboarding">Resume onboarding</a>`
      }</article>
<article class="card"><h2>DataHub</h2><p>${conn ? `Connection ${escapeHtml(conn.status)}.` : 'Not connected.'} ${records.n} imported records.</p><a href="${withWs('/integrations', ws)}" data-track="open-integrations">Manage integrations</a></article>
<article class="card"><h2>Plan</h2><p data-testid="plan">${escapeHtml(ws.current?.plan ?? 'free')}</p><a href="${withWs('/billing', ws)}" data-track="open-billing">Billing</a></article>
</div>
<table class="data"><caption>Recent records</caption><thead><tr><th>Title</th><th>Amount</th></tr></thead><tbody>${(
        ctx.db
          .prepare('SELECT title, amount FROM records WHERE workspace_id = ? ORDER BY id DESC LIMIT 5')
          .all(ws.current?.id) as { title: string; amount: number }[]
      )
        .map((r) => `<tr><td>${escapeHtml(r.title)}</td><td>${r.amount}</td></tr>`)
        .join('')}</tbody></table>`,
    });
  });

  app.get('/onboarding', (c) => {
    const user = requireUser(c);
    if (user instanceof Response) return user;
    const ws = workspaceView(c, ctx, user);
    const ob = onboardingState(ctx, user.id);
    if (ob.done)
      return dashPage(c, ctx, {
        title: 'Onboarding',
        ws,
        body: '<h1>Onboarding</h1><p data-testid="onboarding-done">You finished onboarding. <a href="/dashboard">Go to the dashboard</a></p>',
      });
    const step = ONBOARDING_STEPS[ob.step - 1]!;
    return dashPage(c, ctx, {
      title: 'Onboarding',
      ws,
      head: `<script src="/assets/onboarding.js" nonce="${c.get('nonce')}" defer></script>`,
      body: `<h1>Onboarding</h1><ol class="steps">${ONBOARDING_STEPS.map(
        (s, i) => `<li${i + 1 === ob.step ? ' aria-current="step"' : ''}>${escapeHtml(s.title)}</li>`,
      ).join('')}</ol>
<p class="hint" data-hint="onboarding-draft" data-testid="hint-onboarding">What you type is kept in this tab until you continue; your progress is saved on our servers. <button type="button" data-hint-done>Got it</button></p>
<form method="post" action="/onboarding" data-onboarding-step="${ob.step}" data-cookieproof-requires="essential" data-testid="onboarding-form">${csrfField(c)}
<h2>Step ${ob.step}: ${escapeHtml(step.title)}</h2><label for="${step.field}">${escapeHtml(step.label)}</label>
<input id="${step.field}" name="value" value="${escapeHtml(ob.data[step.field] ?? '')}" required maxlength="200">
<input type="hidden" name="step" value="${ob.step}"><p><button type="submit">Continue</button></p></form>`,
    });
  });
  app.post('/onboarding', async (c) => {
    const f = await c.req.parseBody();
    const csrf = checkCsrf(c, ctx, f._csrf);
    if (csrf === 'cookies-blocked') return cookiesNeededPage(c, ctx, 'Onboarding');
    const user = requireUser(c);
    if (user instanceof Response) return user;
    if (csrf !== 'ok') return c.redirect('/onboarding', 303);
    const ob = onboardingState(ctx, user.id);
    const step = ONBOARDING_STEPS[ob.step - 1];
    if (!ob.done && step && Number(f.step) === ob.step) {
      const data = { ...ob.data, [step.field]: String(f.value ?? '').slice(0, 200) };
      const last = ob.step >= ONBOARDING_STEPS.length;
      ctx.db
        .prepare('UPDATE onboarding SET step = ?, data = ?, completed_at = ? WHERE user_id = ?')
        .run(last ? ob.step : ob.step + 1, JSON.stringify(data), last ? now() : null, user.id);
    }
    return c.redirect('/onboarding', 303);
  });

  app.get('/settings', (c) => {
    const user = requireUser(c);
    if (user instanceof Response) return user;
    const ws = workspaceView(c, ctx, user);
    return dashPage(c, ctx, {
      title: 'Settings',
      ws,
      body: `<h1>Settings</h1>
<section><h2>Account</h2><form method="post" action="/settings">${csrfField(c)}
<label for="name">Name</label><input id="name" name="name" value="${escapeHtml(user.name)}" required maxlength="80">
<label for="default_ws">Default workspace (saved to your account)</label><select id="default_ws" name="default_workspace">${ws.all
        .map(
          (w) =>
            `<option value="${w.id}"${w.id === user.default_workspace_id ? ' selected' : ''}>${escapeHtml(w.name)}</option>`,
        )
        .join('')}</select><p><button type="submit">Save account settings</button></p></form></section>
<section><h2>New workspace</h2><form method="post" action="/workspaces">${csrfField(c)}<label for="ws_name">Workspace name</label>
<input id="ws_name" name="name" required maxlength="80"><p><button type="submit">Create workspace</button></p></form></section>
<section><h2>Interface (this browser)</h2><p class="note" data-pref-note>Remembered in this browser only if you allow preference cookies; otherwise the defaults apply on your next visit.</p>
<label class="check"><input type="checkbox" id="compact-tables" data-setting="compactTables"> Compact tables</label></section>
<section><h2>Cookies</h2><p><a href="${ctx.origins.site}/cookie-policy" data-cookieproof-action="preferences">Change cookie settings</a></p></section>`,
    });
  });
  app.post('/settings', async (c) => {
    const f = await c.req.parseBody();
    const user = requireUser(c);
    if (user instanceof Response) return user;
    if (checkCsrf(c, ctx, f._csrf) !== 'ok') return cookiesNeededPage(c, ctx, 'Settings');
    const ws = workspaceView(c, ctx, user);
    const target = ws.all.find((w) => w.id === f.default_workspace)?.id ?? user.default_workspace_id;
    const name =
      String(f.name ?? '')
        .trim()
        .slice(0, 80) || user.name;
    ctx.db.prepare('UPDATE users SET name = ?, default_workspace_id = ? WHERE id = ?').run(name, target, user.id);
    return c.redirect('/settings', 303);
  });
  app.post('/workspaces', async (c) => {
    const f = await c.req.parseBody();
    const user = requireUser(c);
    if (user instanceof Response) return user;
    if (checkCsrf(c, ctx, f._csrf) !== 'ok') return cookiesNeededPage(c, ctx, 'Workspaces');
    const name = String(f.name ?? '')
      .trim()
      .slice(0, 80);
    const id = `ws_${randomToken(8)}`;
    if (name) createWorkspace(ctx.db, user.id, id, name);
    return c.redirect(`/dashboard?ws=${id}`, 303);
  });

  // Product analytics and diagnostics. Only the gated script (analytics consent) sends here; the endpoint
  // keeps no cookie and no identifier beyond the random one the script sends.
  const collect = (kind: 'event' | 'vital') => async (c: DashContext) => {
    if (c.req.header('origin') && c.req.header('origin') !== ctx.origins.app) return c.body(null, 403);
    const text = await c.req.text();
    if (text.length > 8192) return c.body(null, 413);
    try {
      JSON.parse(text);
    } catch {
      return c.body(null, 400);
    }
    ctx.db.prepare('INSERT INTO analytics_events (kind, body, received_at) VALUES (?, ?, ?)').run(kind, text, now());
    return c.body(null, 204);
  };
  app.post('/api/analytics/events', collect('event'));
  app.post('/api/analytics/vitals', collect('vital'));
  return app;
}

function switcher(_c: DashContext, ws: WorkspaceView): string {
  return `<form method="get" action="/dashboard" class="switcher" data-testid="workspace-switcher"><label for="ws">Workspace</label>
<select id="ws" name="ws">${ws.all
    .map((w) => `<option value="${w.id}"${w.id === ws.current?.id ? ' selected' : ''}>${escapeHtml(w.name)}</option>`)
    .join('')}</select> <button type="submit" data-track="switch-workspace">Switch</button>
<span class="note" data-testid="current-workspace">${escapeHtml(ws.current?.name ?? '')}</span></form>`;
}
