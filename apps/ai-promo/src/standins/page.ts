import { escapeHtml, securityHeaders } from '../security.ts';

// The providers' own pages: plain HTML, no script, their own look so a visitor can tell they left AI Promo.

const CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d232b;background:#f5f6f8}
header{padding:14px 24px;color:#fff;background:var(--brand)}header b{font-size:18px}
main{max-width:680px;margin:32px auto;padding:24px;background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002}
button,.button{font:inherit;padding:8px 16px;border-radius:6px;border:1px solid #0004;background:var(--brand);color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#fff;color:#1d232b}label{display:block;margin:12px 0 4px}input{font:inherit;padding:6px 8px;width:100%;box-sizing:border-box}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:6px;text-align:left}
.note{color:#555;font-size:14px}.error{color:#a00;font-weight:600}a{color:#0b57d0}`;

// An icon in the page itself (img-src allows data:), so Chromium does not ask for /favicon.ico and log its 404.
const ICON = `<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%23555'/%3E%3C/svg%3E">`;

export function standinCss(brand: string): Response {
  return new Response(`:root{--brand:${brand}}\n${CSS}`, {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
}

export function standinPage(
  name: string,
  title: string,
  body: string,
  status = 200,
  extraHeaders: [string, string][] = [],
): Response {
  const headers = new Headers(securityHeaders('none', { connect: [], img: [], form: ['http://*.localhost:*'] }));
  headers.set('content-type', 'text/html; charset=utf-8');
  headers.set('cache-control', 'no-store');
  for (const [k, v] of extraHeaders) headers.append(k, v);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(name)}</title><link rel="stylesheet" href="/style.css">${ICON}</head>
<body><header><b>${escapeHtml(name)}</b></header><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  return new Response(html, { status, headers });
}

export function privacyPage(name: string, what: string, extra = ''): Response {
  return standinPage(
    name,
    'Privacy policy',
    `<p>${escapeHtml(name)} processes personal data to provide its service to the websites that use it. ${escapeHtml(what)}</p>${extra}
<p class="note">This is a local stand-in for the real provider, so the AI Promo demo runs without the internet.</p>`,
  );
}
