import { createHmac, randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { escapeHtml, parseCookies, serializeCookie } from '../security.ts';
import { serviceFetch } from '../service-fetch.ts';
import { privacyPage, standinCss, standinPage } from './page.ts';

// Stands in for a payment provider with a hosted payment page: the merchant creates a payment server-to-server,
// the visitor pays on PayHost's own origin, and PayHost tells the merchant with an HMAC-signed callback.

interface Payment {
  id: string;
  amount: number;
  currency: string;
  description: string;
  reference: string;
  returnUrl: string;
  cancelUrl: string;
  callbackUrl: string;
  status: 'open' | 'paid' | 'cancelled';
  browserSession?: string;
  callbackStatus?: number;
}

const DEVICE_MAX_AGE = 180 * 86_400;

export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function createPayHostStandin(opts: {
  merchantKey: string;
  signingSecret: string;
  allowedReturnOrigin: string;
}) {
  const payments = new Map<string, Payment>();
  const app = new Hono();
  const id = () => `pay_${randomBytes(12).toString('hex')}`;
  app.get('/style.css', () => standinCss('#5b2bd1'));
  app.get('/privacy', () =>
    privacyPage(
      'PayHost',
      'On its hosted payment page PayHost sets payhost_session to complete the payment and payhost_device (180 days) to recognise the device and prevent payment fraud.',
    ),
  );

  app.post('/v1/payments', async (c) => {
    if (c.req.header('authorization') !== `Bearer ${opts.merchantKey}`)
      return c.json({ error: { code: 'unauthorized', message: 'bad merchant key' } }, 401);
    const b = (await c.req.json().catch(() => null)) as Partial<Payment> | null;
    const urls = [b?.returnUrl, b?.cancelUrl, b?.callbackUrl];
    if (
      !b ||
      typeof b.amount !== 'number' ||
      !(b.amount > 0) ||
      typeof b.reference !== 'string' ||
      urls.some((u) => typeof u !== 'string' || !u.startsWith(`${opts.allowedReturnOrigin}/`))
    )
      return c.json(
        { error: { code: 'invalid-input', message: 'amount, reference and merchant URLs are required' } },
        422,
      );
    const p: Payment = {
      id: id(),
      amount: b.amount,
      currency: b.currency ?? 'EUR',
      description: String(b.description ?? ''),
      reference: b.reference,
      returnUrl: b.returnUrl!,
      cancelUrl: b.cancelUrl!,
      callbackUrl: b.callbackUrl!,
      status: 'open',
    };
    payments.set(p.id, p);
    return c.json({ id: p.id, url: `${new URL(c.req.url).origin}/pay/${p.id}` }, 201);
  });

  app.get('/pay/:id', (c) => {
    const p = payments.get(c.req.param('id'));
    if (!p) return standinPage('PayHost', 'Payment not found', '<p>This payment link is unknown or expired.</p>', 404);
    if (p.status !== 'open')
      return standinPage('PayHost', 'Payment closed', `<p>This payment is ${p.status}.</p>`, 409);
    const cookies = parseCookies(c.req.header('cookie'));
    p.browserSession =
      cookies.payhost_session && p.browserSession === cookies.payhost_session
        ? p.browserSession
        : randomBytes(16).toString('hex');
    const set: [string, string][] = [
      ['set-cookie', serializeCookie('payhost_session', p.browserSession, { httpOnly: true, secure: true })],
    ];
    if (!cookies.payhost_device)
      set.push([
        'set-cookie',
        serializeCookie('payhost_device', randomBytes(16).toString('hex'), {
          httpOnly: true,
          secure: true,
          maxAge: DEVICE_MAX_AGE,
        }),
      ]);
    const amount = (p.amount / 100).toFixed(2);
    return standinPage(
      'PayHost',
      'Pay securely',
      `<p>${escapeHtml(p.description)}</p><p><strong data-testid="amount">${amount} ${escapeHtml(p.currency)}</strong></p>
<form method="post" action="/pay/${p.id}/confirm">
<label for="card">Card number</label><input id="card" name="card" value="4242 4242 4242 4242" autocomplete="cc-number">
<p><button type="submit">Pay ${amount} ${escapeHtml(p.currency)}</button></p></form>
<form method="post" action="/pay/${p.id}/cancel"><button class="secondary" type="submit">Cancel and return</button></form>
<p class="note">PayHost sets payhost_session and payhost_device (fraud prevention). <a href="/privacy">Privacy</a></p>`,
      200,
      set,
    );
  });

  app.post('/pay/:id/cancel', (c) => {
    const p = payments.get(c.req.param('id'));
    if (!p) return c.text('not found', 404);
    if (p.status === 'open') p.status = 'cancelled';
    return c.redirect(p.cancelUrl, 303);
  });

  app.post('/pay/:id/confirm', async (c) => {
    const p = payments.get(c.req.param('id'));
    if (!p) return standinPage('PayHost', 'Payment not found', '<p>Unknown payment.</p>', 404);
    const cookies = parseCookies(c.req.header('cookie'));
    if (!cookies.payhost_session || cookies.payhost_session !== p.browserSession)
      return standinPage(
        'PayHost',
        'Cookies needed',
        '<p class="error">PayHost needs its essential cookie (payhost_session) to complete a payment. Allow cookies for pay.localhost and try again.</p>',
        400,
      );
    if (p.status === 'open') {
      p.status = 'paid';
      const body = JSON.stringify({
        type: 'payment.succeeded',
        paymentId: p.id,
        reference: p.reference,
        amount: p.amount,
        currency: p.currency,
        paidAt: new Date().toISOString(),
      });
      const t = Math.floor(Date.now() / 1000);
      try {
        const res = await serviceFetch(p.callbackUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'payhost-signature': `t=${t},v1=${signPayload(opts.signingSecret, t, body)}`,
          },
          body,
        });
        p.callbackStatus = res.status;
      } catch {
        p.callbackStatus = 0;
      }
    }
    return c.redirect(p.returnUrl, 303);
  });
  app.get('/', (c) => c.redirect('/privacy'));
  return { app, payments };
}
