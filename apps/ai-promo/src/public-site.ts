import { policyCss, renderPolicyHtml } from '@cookieproof/policy';
import { acceptLanguages, chooseLocale, localePack, offeredLocales, policyPack, textFor } from '@cookieproof/schema';
import { Hono } from 'hono';
import { html } from './layout.ts';
import { escapeHtml } from './security.ts';
import type { SiteContext } from './site-context.ts';

// The public website: marketing pages, the cookie policy rendered from the declaration, the privacy policy.
// The Google tag is in the markup as inert `text/plain`; the SDK starts it only after analytics consent.

type Env = { Variables: { nonce: string } };

export function publicNav(ctx: SiteContext): string {
  return `<a href="/">Home</a><a href="/pricing">Pricing</a><a href="/cookie-policy">Cookie policy</a><a class="cta" href="${ctx.origins.app}/sign-in">Sign in</a>`;
}

function gaTags(ctx: SiteContext, nonce: string): string {
  const tag = `${ctx.gaTagUrl}?id=${encodeURIComponent(ctx.gaMeasurementId)}`;
  return `<meta name="aip-ga-id" content="${escapeHtml(ctx.gaMeasurementId)}">
<script type="text/plain" data-cookieproof-category="analytics" src="/assets/ga-init.js" nonce="${nonce}"></script>
<script type="text/plain" data-cookieproof-category="analytics" src="${escapeHtml(tag)}" nonce="${nonce}"></script>`;
}

export function createPublicSite(ctx: SiteContext) {
  const app = new Hono<Env>();
  const page = (nonce: string, title: string, body: string, status = 200, lang = 'en') =>
    html(ctx, { title, surface: 'public', nonce, body, nav: publicNav(ctx), head: gaTags(ctx, nonce), status, lang });
  const current = ctx.versions.at(-1)!.declaration;

  app.get('/', (c) =>
    page(
      c.get('nonce'),
      'Promotions that write themselves',
      `<section class="hero"><h1>Promotions that write themselves</h1>
<p>AI Promo Services drafts, schedules and measures your campaigns, using the data you already have.</p>
<p><a class="button" href="${ctx.origins.app}/sign-up">Start free</a> <a class="button secondary" href="/pricing">See pricing</a></p></section>
<section class="features"><article><h2>Connected data</h2><p>Connect DataHub and we keep your campaign records in sync.</p></article>
<article><h2>Workspaces</h2><p>Keep clients and projects apart, and switch between them in one click.</p></article>
<article><h2>Private by design</h2><p>Analytics only with your consent. Read our <a href="/cookie-policy">cookie policy</a>.</p></article></section>`,
    ),
  );

  app.get('/pricing', (c) =>
    page(
      c.get('nonce'),
      'Pricing',
      `<h1>Pricing</h1><div class="plans">
<article class="plan"><h2>Free</h2><p class="price">0 EUR</p><p>One workspace, manual imports.</p><a class="button secondary" href="${ctx.origins.app}/sign-up">Start free</a></article>
<article class="plan"><h2>Pro</h2><p class="price">29 EUR / month</p><p>Unlimited workspaces, DataHub sync every hour.</p>
<form method="get" action="${ctx.origins.app}/billing" data-cookieproof-requires="essential"><button type="submit">Buy Pro</button></form>
<p class="note">Checkout runs through our payment provider PayHost and needs essential cookies.</p></article></div>`,
    ),
  );

  // The policy in the visitor's language: `?lang=` when it names a declared locale (the language links use it),
  // else the first declared language the browser asks for, else the default, by the rule the banner follows.
  const offered = offeredLocales(current);
  const languages = Object.fromEntries(offered.map((l) => [l, `/cookie-policy?lang=${encodeURIComponent(l)}`]));
  app.get('/cookie-policy', (c) => {
    const asked = [c.req.query('lang') ?? '', ...acceptLanguages(c.req.header('accept-language'))];
    const locale = chooseLocale(asked, null, offered, current.site.defaultLocale);
    const rendered = renderPolicyHtml(ctx.versions, { locale, stylesheetHref: '/policy.css', languages });
    const nonce = c.get('nonce');
    return html(
      ctx,
      {
        title: policyPack(locale)?.messages.title ?? 'Cookie policy',
        surface: 'public',
        nonce,
        body: policyBody(rendered),
        nav: publicNav(ctx),
        head: `<link rel="stylesheet" href="/policy.css">${gaTags(ctx, nonce)}`,
        lang: locale,
        dir: localePack(locale)?.dir ?? 'ltr',
      },
      [
        ['content-language', locale],
        ['vary', 'Accept-Language'],
      ],
    );
  });
  app.get('/policy.css', (c) =>
    c.body(policyCss, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' }),
  );

  app.get('/privacy', (c) => {
    const providers = Object.values(current.providers)
      .filter((p) => p.party === 'third')
      .map(
        (p) =>
          `<li><strong>${escapeHtml(p.name)}</strong> (${escapeHtml(p.kind)}): <a href="${escapeHtml(p.privacyPolicyUrl)}">privacy policy</a>${
            p.optOutUrl ? ` · <a href="${escapeHtml(p.optOutUrl)}">opt-out</a>` : ''
          }</li>`,
      )
      .join('');
    return page(
      c.get('nonce'),
      'Privacy policy',
      `<article class="prose"><h1>Privacy policy</h1>
<p>${escapeHtml(current.site.name)} processes the personal data you give us (account, workspaces, imported records) to provide the service, and usage data only as our <a href="/cookie-policy">cookie policy</a> describes. The cookie policy supplements this privacy policy by explaining browser technologies in more detail.</p>
<h2>Do Not Track and Global Privacy Control</h2><p>${escapeHtml(signalsText(ctx))}</p>
<h2>Providers we use</h2><ul class="providers">${providers}</ul>
<h2>Connected integrations</h2><p>When you connect an integration, we pull records from it on a schedule. Disconnecting stops future pulls; records already imported stay in your workspace until you delete them, which you can do separately on the integrations page.</p>
<h2>Contact</h2><p>${escapeHtml(current.policy.contact.name ?? '')} · <a href="mailto:${escapeHtml(current.policy.contact.email)}">${escapeHtml(current.policy.contact.email)}</a></p></article>`,
    );
  });

  app.get('/providers/nimbus-edge/privacy', (c) =>
    page(
      c.get('nonce'),
      'Nimbus Edge privacy',
      `<article class="prose"><h1>Nimbus Edge: privacy information</h1><p>Nimbus Edge hosts AI Promo Services. At its edge it sets two essential cookies: <code>nimbus_route</code> (session) keeps your requests on the same server, and <code>__nimbus_bm</code> (30 minutes) tells people from automated abuse.</p></article>`,
    ),
  );
  return app;
}

export function signalsText(ctx: SiteContext): string {
  const p = ctx.versions.at(-1)!.declaration.policy;
  const honor = p.signals.gpc === 'honor' || p.signals.dnt === 'honor';
  const d = ctx.versions.at(-1)!.declaration;
  const shared = Object.entries(d.categories)
    .filter(([, c]) => c.saleOrShare)
    .map(([, c]) => textFor(c.title, 'en'));
  return honor
    ? `We honor Global Privacy Control and Do Not Track: when your browser sends them, ${shared.join(', ') || 'sale/share'} stays off and the preferences show the opt-out as honored. The signal is recorded with your choice.`
    : 'We do not currently sell personal information or knowingly share it for cross-context behavioral advertising, so Global Privacy Control and Do Not Track do not change that processing today. We detect both and record them with your cookie choices.';
}

/** The policy package renders a whole document; the site keeps its own shell and takes the document's body. */
function policyBody(rendered: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(rendered)?.[1] ?? rendered;
  // The page frame already has the skip link and the one <main id="main">.
  const inner = body
    .replace(/<a class="skip-link"[^>]*>[\s\S]*?<\/a>/, '')
    .replace(/<main id="main"[^>]*>/, '<div class="policy-main">')
    .replace('</main>', '</div>');
  return `<div class="policy" id="cookie-settings">${inner}</div>`;
}
