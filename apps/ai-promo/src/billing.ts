import { createHmac, randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import {
  CHECKOUT_COOKIE,
  checkCsrf,
  cookiesNeededPage,
  csrfField,
  type DashEnv,
  dashPage,
  requireUser,
  withWs,
  workspaceView,
} from './dashboard-shell.ts';
import { now } from './db.ts';
import { escapeHtml, parseCookies, safeEqual, serializeCookie } from './security.ts';
import { serviceFetch } from './service-fetch.ts';
import type { SiteContext } from './site-context.ts';

// Checkout through PayHost. The checkout cookie ties the browser that started a checkout to PayHost's signed
// confirmation; the plan changes only on a callback whose HMAC and timestamp check out.

const PRO_PRICE = 2900;
const CHECKOUT_SECONDS = 3600;
const CALLBACK_TOLERANCE_S = 300;

interface Checkout {
  id: string;
  user_id: string;
  workspace_id: string;
  status: string;
  amount: number;
  created_at: string;
  paid_at: string | null;
}

export function verifyPayHostSignature(
  secret: string,
  header: string | undefined,
  body: string,
  at = Date.now(),
): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!m) return false;
  const t = Number(m[1]);
  if (Math.abs(at / 1000 - t) > CALLBACK_TOLERANCE_S) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return safeEqual(expected, m[2]!);
}

export function registerBilling(app: Hono<DashEnv>, ctx: SiteContext) {
  app.get('/billing', (c) => {
    const user = requireUser(c);
    if (user instanceof Response) return user;
    const ws = workspaceView(c, ctx, user);
    const history = ctx.db
      .prepare('SELECT * FROM checkouts WHERE workspace_id = ? ORDER BY created_at DESC LIMIT 10')
      .all(ws.current?.id) as Checkout[];
    return dashPage(c, ctx, {
      title: 'Billing',
      ws,
      body: `<h1>Billing</h1><p>Workspace <strong>${escapeHtml(ws.current?.name)}</strong> is on the <strong data-testid="plan">${escapeHtml(ws.current?.plan)}</strong> plan.</p>
${
  ws.current?.plan === 'pro'
    ? ''
    : `<form method="post" action="${withWs('/billing/checkout', ws)}" data-cookieproof-requires="essential" data-testid="checkout-form">${csrfField(c)}
<input type="hidden" name="workspace" value="${escapeHtml(ws.current?.id)}"><button type="submit">Upgrade to Pro: 29.00 EUR / month</button></form>
<p class="note">You pay on PayHost's page (pay.localhost), which sets its own essential cookies. Checkout needs essential cookies.</p>`
}
<table class="data"><caption>Checkouts</caption><thead><tr><th>Started</th><th>Amount</th><th>Status</th></tr></thead><tbody>${history
        .map((h) => `<tr><td>${h.created_at}</td><td>${(h.amount / 100).toFixed(2)} EUR</td><td>${h.status}</td></tr>`)
        .join('')}</tbody></table>`,
    });
  });

  app.post('/billing/checkout', async (c) => {
    const f = await c.req.parseBody();
    const csrf = checkCsrf(c, ctx, f._csrf);
    if (csrf === 'cookies-blocked') return cookiesNeededPage(c, ctx, 'Checkout');
    const user = requireUser(c);
    if (user instanceof Response) return user;
    if (csrf !== 'ok') return c.redirect('/billing', 303);
    const ws = workspaceView(c, ctx, user).all.find((w) => w.id === f.workspace);
    if (!ws) return c.redirect('/billing', 303);
    const id = randomUUID();
    const app = ctx.origins.app;
    const res = await serviceFetch(`${ctx.origins.pay}/v1/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.secrets.payhostMerchantKey}` },
      body: JSON.stringify({
        amount: PRO_PRICE,
        currency: 'EUR',
        description: `AI Promo Services Pro for ${ws.name}`,
        reference: id,
        returnUrl: `${app}/billing/return?checkout=${id}`,
        cancelUrl: `${app}/billing?cancelled=1`,
        callbackUrl: `${app}/api/payhost/callback`,
      }),
    }).catch(() => undefined);
    if (res?.status !== 201)
      return dashPage(c, ctx, {
        title: 'Checkout',
        status: 502,
        body: '<h1>Checkout</h1><p class="error">The payment provider is not reachable. Nothing was charged; please try again later.</p>',
      });
    const payment = res.json<{ id: string; url: string }>();
    ctx.db
      .prepare(
        'INSERT INTO checkouts (id, user_id, workspace_id, plan, amount, status, payment_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, user.id, ws.id, 'pro', PRO_PRICE, 'pending', payment.id, now());
    return c.body(null, 303, {
      location: payment.url,
      'set-cookie': serializeCookie(CHECKOUT_COOKIE, id, { httpOnly: true, secure: true, maxAge: CHECKOUT_SECONDS }),
    });
  });

  app.post('/api/payhost/callback', async (c) => {
    const body = await c.req.text();
    if (!verifyPayHostSignature(ctx.secrets.payhostSigningSecret, c.req.header('payhost-signature'), body))
      return c.json({ error: { code: 'bad-signature', message: 'signature or timestamp invalid' } }, 400);
    const event = JSON.parse(body) as { type: string; reference: string; paymentId: string; amount: number };
    const checkout = ctx.db.prepare('SELECT * FROM checkouts WHERE id = ?').get(event.reference) as
      | Checkout
      | undefined;
    if (!checkout) return c.json({ error: { code: 'not-found', message: 'unknown checkout' } }, 404);
    if (event.type === 'payment.succeeded' && checkout.status === 'pending' && event.amount === checkout.amount) {
      ctx.db.transaction(() => {
        ctx.db.prepare("UPDATE checkouts SET status = 'paid', paid_at = ? WHERE id = ?").run(now(), checkout.id);
        ctx.db.prepare("UPDATE workspaces SET plan = 'pro' WHERE id = ?").run(checkout.workspace_id);
      })();
    }
    return c.json({ ok: true });
  });

  app.get('/billing/return', (c) => {
    const user = requireUser(c);
    if (user instanceof Response) return user;
    const id = c.req.query('checkout') ?? '';
    const cookie = parseCookies(c.req.header('cookie'))[CHECKOUT_COOKIE];
    const checkout = ctx.db.prepare('SELECT * FROM checkouts WHERE id = ? AND user_id = ?').get(id, user.id) as
      | Checkout
      | undefined;
    const clear: [string, string][] = [
      ['set-cookie', serializeCookie(CHECKOUT_COOKIE, '', { httpOnly: true, secure: true, maxAge: 0 })],
    ];
    if (!checkout || !cookie || !safeEqual(cookie, id))
      return dashPage(
        c,
        ctx,
        {
          title: 'Checkout',
          status: 400,
          body: `<h1>Checkout</h1><p class="error" data-testid="checkout-unknown">We could not match this return to a checkout started in this browser. If you paid, your plan updates as soon as PayHost confirms it.</p>`,
        },
        clear,
      );
    return dashPage(
      c,
      ctx,
      {
        title: 'Checkout',
        body: `<h1>Checkout</h1>${
          checkout.status === 'paid'
            ? '<p data-testid="checkout-paid">Payment confirmed by PayHost. Your workspace is now on Pro.</p>'
            : '<p data-testid="checkout-pending">Waiting for PayHost to confirm the payment. Refresh in a moment.</p>'
        }<p><a href="/billing">Back to billing</a></p>`,
      },
      checkout.status === 'paid' ? clear : [],
    );
  });
}
