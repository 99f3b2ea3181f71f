import { escapeHtml, securityHeaders } from './security.ts';
import type { SiteContext } from './site-context.ts';

// The page shell shared by the public site and the dashboard: the SDK first, then the product's own scripts,
// every script carrying the request's CSP nonce, and a "Cookie settings" control in every footer.

export type Surface = 'public' | 'dashboard';

export interface PageOptions {
  title: string;
  surface: Surface;
  nonce: string;
  body: string;
  /** Extra `<head>` markup; scripts in it must carry the nonce. */
  head?: string;
  nav?: string;
  bodyAttrs?: Record<string, string>;
  status?: number;
  /** The page's language; the shell around it (navigation, footer) stays English and says so. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

export function sdkTags(ctx: SiteContext, surface: Surface, nonce: string): string {
  return ctx.sdk.headTags(surface, nonce);
}

export function html(ctx: SiteContext, o: PageOptions, extraHeaders: [string, string][] = []): Response {
  const { origins } = ctx;
  const home = o.surface === 'public' ? '/' : `${origins.site}/`;
  const lang = o.lang ?? 'en';
  const shell = lang === 'en' || lang.startsWith('en-') ? '' : ' lang="en" dir="ltr"';
  const attrs = Object.entries(o.bodyAttrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  const page = `<!doctype html>
<html lang="${escapeHtml(lang)}"${o.dir === 'rtl' ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(o.title)} · AI Promo Services</title>
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${sdkTags(ctx, o.surface, o.nonce)}
<script src="/assets/site.js" nonce="${o.nonce}" defer></script>
${o.head ?? ''}</head>
<body class="surface-${o.surface}"${attrs}>
<a class="skip" href="#main"${shell}>Skip to content</a>
<header class="top"${shell}><a class="brand" href="${home}">AI Promo Services</a><nav aria-label="Main">${o.nav ?? ''}</nav></header>
<main id="main">${o.body}</main>
<footer class="bottom"${shell}><nav aria-label="Legal">
<a href="${origins.site}/cookie-policy">Cookie policy</a>
<a href="${origins.site}/privacy">Privacy policy</a>
<a href="${origins.site}/cookie-policy#cookie-settings" data-cookieproof-action="preferences" data-testid="cookie-settings">Cookie settings</a>
</nav><p>© 2026 AI Promo Services</p></footer>
</body></html>`;
  const headers = new Headers(
    securityHeaders(o.nonce, {
      connect: [origins.analytics],
      img: [origins.analytics],
      form: [origins.pay, origins.datahub, origins.id],
    }),
  );
  headers.set('content-type', 'text/html; charset=utf-8');
  headers.set('cache-control', 'no-store');
  for (const [k, v] of extraHeaders) headers.append(k, v);
  return new Response(page, { status: o.status ?? 200, headers });
}
