import type { CookieproofScanReport } from './scan.ts';

// A self-contained HTML page for people: violations first, then one section per pass with its screenshot.

const esc = (v: unknown) =>
  String(v ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function table(headers: string[], rows: unknown[][]): string {
  if (rows.length === 0) return '<p class="empty">None.</p>';
  return `<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const expiry = (expires: number | null) =>
  expires === null ? 'session' : new Date(expires * 1000).toISOString().slice(0, 10);

export function renderHtmlReport(report: CookieproofScanReport): string {
  const v = report.violations;
  const passSections = report.passes.map((p) => {
    // A finding belongs to the pass with the same consent, GPC flag and region.
    const findings = report.findings.filter(
      (f) => f.pass === p.consent && (f.gpc === true) === (p.gpc === true) && f.region === p.region,
    );
    const name = `${p.region ? `${p.region} ` : ''}${p.consent}${p.gpc ? ' + GPC' : ''}`;
    const id = `pass-${[p.region, p.consent, p.gpc ? 'gpc' : ''].filter(Boolean).join('-')}`;
    return `<section id="${esc(id)}">
<h2>Pass “${esc(name)}”</h2>
<p>${p.region ? `Presented as a visitor from <strong>${esc(p.region)}</strong> (${esc(report.regionHeader ?? '')}), judged by the <strong>${esc(p.jurisdiction?.regime ?? '')}</strong> regime of jurisdiction “${esc(p.jurisdiction?.id ?? '')}”. ` : ''}${p.gpc ? `Global Privacy Control sent (Sec-GPC: 1; navigator.globalPrivacyControl ${p.gpcSignal?.navigator ? 'true' : 'not seen'}). ` : ''}Consent: <strong>${esc(p.consentMethod)}</strong> — ${esc(p.consentDetail)}. Banner seen: ${p.bannerFound ? 'yes' : 'no'}.${p.consentElsewhere.map((c) => ` Also on <code>${esc(c.page)}</code>: ${esc(c.method)} — ${esc(c.detail)}.`).join('')}
Pages: ${p.pages.map((u) => `<code>${esc(u)}</code>`).join(', ') || 'none'}.</p>
<p>In-app routes followed: ${p.routes.length ? p.routes.map((r) => `<code>${esc(r.from)}</code> → <code>${esc(r.url)}</code>`).join(', ') : 'none'}.</p>
${
  p.quietBoundReached.length
    ? `<p class="bad">Still busy when the quiet bound (${esc(report.quiet.boundMs)} ms) passed, so anything later was not watched: ${p.quietBoundReached.map((u) => `<code>${esc(u)}</code>`).join(', ')}.</p>`
    : `<p>Every page and route went quiet within the bound.</p>`
}
${p.screenshot ? `<figure><img src="${esc(p.screenshot)}" alt="First page in pass ${esc(p.consent)}" width="640"><figcaption>First page, after the consent step</figcaption></figure>` : ''}
<h3>Findings (${findings.length})</h3>
${table(
  ['Kind', 'Name', 'Origin', 'Party', 'Page', 'Surface', 'Declared as', 'Category'],
  findings.map((f) => [
    f.kind,
    f.name,
    f.origin,
    f.firstParty ? 'first' : 'third',
    f.page,
    f.surface ?? '',
    f.technologyId ?? '— undeclared —',
    f.category ?? '',
  ]),
)}
<h3>Cookies in the jar</h3>
${table(
  ['Name', 'Domain', 'Path', 'Expires', 'HttpOnly', 'Secure', 'SameSite', 'First seen on', 'Login'],
  p.cookies.map((c) => [
    c.name,
    c.domain,
    c.path,
    expiry(c.expires),
    c.httpOnly ? 'yes' : 'no',
    c.secure ? 'yes' : 'no',
    c.sameSite ?? 'unspecified',
    c.page,
    c.viaLogin ? 'yes' : '',
  ]),
)}
<h3>Cookies the browser refused (not stored)</h3>
${table(
  ['Name', 'Domain', 'Reasons', 'Set-Cookie', 'Response'],
  p.blockedCookies.map((b) => [b.name, b.domain, b.reasons.join(', '), b.cookieLine, b.url]),
)}
<h3>Pixels, scripts, iframes and third-party requests</h3>
${table(
  ['Type', 'Counted as', 'URL', 'Status', 'Initiator', 'Page'],
  p.requests
    .filter((r) => r.thirdParty || r.kind !== null)
    .map((r) => [
      r.resourceType,
      r.kind ? `${r.kind}${r.pixelReason ? ` (${r.pixelReason})` : ''}` : '',
      r.url,
      r.status ?? 'failed',
      r.initiator ?? '',
      r.page,
    ]),
)}
${
  p.indexedDb.length
    ? `<h3>IndexedDB databases</h3>${table(
        ['Origin', 'Name', 'Page'],
        p.indexedDb.map((d) => [d.origin, d.name, d.page]),
      )}`
    : ''
}
${p.notes.length ? `<h3>Notes</h3><ul>${p.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}
</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookieproof scan of ${esc(report.target)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:78rem;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;font-size:13px}th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top;word-break:break-all}
th{background:#f1f1f1}.bad{color:#a00}.ok{color:#060}code{font-size:13px}figure img{border:1px solid #ccc;max-width:100%;height:auto}.empty{color:#666}
</style></head><body>
<h1>Cookieproof scan of <code>${esc(report.target)}</code></h1>
<p>${esc(report.startedAt)} – ${esc(report.finishedAt)}. Declaration: ${report.declaration ? `<code>${esc(report.declaration.slice(0, 16))}</code>` : 'none given'}.
Third-party cookies: <strong>${esc(report.thirdPartyCookies)}</strong>. Browser: Chromium ${esc(report.browser.version)}, presented as a normal browser (navigator.webdriver false).
Known items: ${esc(report.knownItems)}.${report.login ? ` Signed in first (${esc(report.login.kind)}: ${esc(report.login.source)}).` : ''}</p>
<p>Requests: ${esc(report.requestRule)}</p>
<p>Waiting: each page, route and consent step was left once network and storage had been quiet for ${esc(report.quiet.windowMs)} ms, or after ${esc(report.quiet.boundMs)} ms at the latest (the quiet bound); ${esc(report.tabs)} tab${report.tabs === 1 ? '' : 's'} per pass.${
    report.regionHeader ? ` Regions were sent in the request header <code>${esc(report.regionHeader)}</code>.` : ''
  }</p>
${report.warnings.length ? `<ul>${report.warnings.map((w) => `<li class="bad">${esc(w)}</li>`).join('')}</ul>` : ''}
<h2 class="${v.length ? 'bad' : 'ok'}">${v.length} violation${v.length === 1 ? '' : 's'}</h2>
${table(
  ['Rule', 'Pass', 'Kind', 'Name', 'Origin', 'Page', 'What is wrong'],
  v.map((x) => [
    x.rule,
    `${x.region ? `${x.region} ` : ''}${x.pass}${x.gpc ? ' + GPC' : ''}`,
    x.kind,
    x.name,
    x.origin,
    x.page,
    x.message,
  ]),
)}
<h2>Declared but not seen after “accept all” (${report.notObserved.length} warning${report.notObserved.length === 1 ? '' : 's'})</h2>
${table(
  ['Technology', 'Kind', 'Name', 'Category', 'Surfaces', 'First page there', 'What is missing'],
  report.notObserved.map((n) => [n.technologyId, n.kind, n.name, n.category, n.surfaces.join(', '), n.page, n.message]),
)}
${
  report.suggestions.length
    ? `<h2>Known items among the undeclared</h2>${table(
        ['Kind', 'Name', 'Looks like', 'Category', 'Description', 'Source'],
        report.suggestions.map((s) => [s.kind, s.name, s.platform, s.category, s.description, s.source]),
      )}`
    : ''
}
${passSections.join('\n')}
</body></html>
`;
}
