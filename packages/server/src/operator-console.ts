// The operator console: one static page over the operator API, so that verifying the log and looking up,
// exporting or erasing a subject needs a browser, not curl. Its URLs are relative, so it works wherever the
// server is mounted (at /console, or at <prefix>/console when an app mounts the server under a prefix). The token
// is sent once, to log in (operator-access.ts); after that the page holds only the session's CSRF token, the
// session itself being an HttpOnly cookie. The page runs under a CSP that allows nothing but its own script, style
// and API.

export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function consoleHtml(siteName: string): string {
  const site = escapeHtml(siteName);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Operator console · ${site} · Cookieproof</title>
<link rel="stylesheet" href="console/console.css">
<script type="module" src="console/console.js"></script>
</head>
<body>
<main>
<h1>Operator console <small>${site}</small></h1>
<p>Consent receipts recorded by this server. The operator token is sent once, to this server, to start a session.</p>
<form id="login-form">
<label for="token">Operator token</label>
<input id="token" type="password" autocomplete="off" spellcheck="false" required>
<button type="submit">Log in</button>
</form>
<div id="signed-in" hidden>
<p id="session-line"><span id="who"></span> <button type="button" id="logout">Log out</button></p>
<section aria-labelledby="log-heading">
<h2 id="log-heading">Receipt log</h2>
<button type="button" id="verify">Verify the whole log</button>
</section>
<section aria-labelledby="subject-heading">
<h2 id="subject-heading">Subject</h2>
<form id="subject-form">
<label for="subject">Subject id</label>
<input id="subject" required minlength="16" maxlength="64" pattern="[A-Za-z0-9_\\-]+" spellcheck="false">
<button type="submit">Show receipts</button>
</form>
<div id="subject-actions" hidden>
<button type="button" id="export">Download proof bundle</button>
<button type="button" id="erase" class="danger">Erase this subject</button>
</div>
<table id="receipts" hidden>
<caption>Receipts of the subject, oldest first</caption>
<thead><tr><th scope="col">Recorded (UTC)</th><th scope="col">Event</th><th scope="col">Allowed categories</th><th scope="col">Version</th><th scope="col">Surface</th><th scope="col">GPC / DNT</th></tr></thead>
<tbody></tbody>
</table>
</section>
<section aria-labelledby="audit-heading">
<h2 id="audit-heading">Operator audit list</h2>
<table id="audit">
<caption>Operator actions, newest first (who: a fingerprint of the session or token)</caption>
<thead><tr><th scope="col">When (UTC)</th><th scope="col">Action</th><th scope="col">Who</th><th scope="col">Subject</th><th scope="col">Detail</th></tr></thead>
<tbody></tbody>
</table>
</section>
</div>
<p id="status" role="status" aria-live="polite"></p>
</main>
</body>
</html>
`;
}

export const CONSOLE_CSS = `:root { color-scheme: light dark; --fg: #1b1b1f; --bg: #fff; --muted: #55555f; --line: #c8c8d0;
  --accent: #1d4ed8; --danger: #b42318; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececf1; --bg: #17171b; --muted: #b4b4bf; --line: #4a4a55;
  --accent: #93b4ff; --danger: #ff8a80; } }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 small { font-weight: normal; color: var(--muted); }
section { margin-top: 2rem; }
form, #subject-actions, #session-line { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
label { font-weight: 600; }
input { font: inherit; padding: 0.4rem 0.6rem; min-width: 20rem; border: 1px solid var(--line); border-radius: 4px;
  color: var(--fg); background: var(--bg); }
button { font: inherit; padding: 0.4rem 0.9rem; border: 1px solid var(--accent); border-radius: 4px; cursor: pointer;
  color: var(--accent); background: transparent; }
button.danger { border-color: var(--danger); color: var(--danger); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
#subject-actions { margin-top: 0.75rem; }
table { margin-top: 1rem; border-collapse: collapse; width: 100%; }
caption { text-align: left; color: var(--muted); padding-bottom: 0.25rem; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); }
#status { margin-top: 1.5rem; min-height: 1.5em; }
#status.error { color: var(--danger); font-weight: 600; }
[hidden] { display: none !important; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
`;

export const CONSOLE_JS = `const $ = (id) => document.getElementById(id);
const status = $('status');
const say = (text, error = false) => {
  status.textContent = text;
  status.className = error ? 'error' : '';
};
let subject = null;
let csrf = null;

function signedIn(session) {
  csrf = session ? session.csrfToken : null;
  $('login-form').hidden = !!session;
  $('signed-in').hidden = !session;
  $('who').textContent = session ? 'Signed in as ' + session.actor + ', until ' + session.expiresAt.replace('T', ' ').replace(/\\.\\d+Z$/, '') + ' UTC at the latest.' : '';
  if (session) loadAudit();
  else {
    subject = null;
    showSubject(null);
  }
}

async function api(path, method = 'GET', body) {
  const headers = {};
  if (method !== 'GET') headers['x-csrf-token'] = csrf || '';
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    say('The server did not answer.', true);
    return null;
  }
  const answer = await res.json().catch(() => null);
  if (!res.ok) {
    if (res.status === 401 && csrf) signedIn(null);
    say((answer && answer.error && answer.error.message) || 'HTTP ' + res.status, true);
    return null;
  }
  return answer;
}

function fill(table, rows) {
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const cells of rows) {
    const tr = body.insertRow();
    for (const text of cells) tr.insertCell().textContent = text;
  }
}

const when = (iso) => iso.replace('T', ' ').replace('Z', '');

function showSubject(receipts) {
  const signal = (v) => (v === null ? 'n/a' : v ? 'on' : 'off');
  fill($('receipts'), (receipts || []).map((r) => [when(r.recordedAt), r.event,
    Object.keys(r.choices).filter((k) => r.choices[k]).join(', '), r.version, r.surface,
    signal(r.signals.gpc) + ' / ' + signal(r.signals.dnt)]));
  $('receipts').hidden = !receipts;
  $('subject-actions').hidden = !receipts;
}

async function loadAudit() {
  const r = await api('v1/console/audit');
  if (r) fill($('audit'), r.entries.map((e) => [when(e.at), e.action, e.actor, e.subject || '', e.detail || '']));
}

$('login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const token = $('token').value.trim();
  const r = await api('v1/console/session', 'POST', { token });
  if (!r) return;
  $('token').value = '';
  signedIn(r);
  say('Signed in.');
});

$('logout').addEventListener('click', async () => {
  if (!(await api('v1/console/session', 'DELETE'))) return;
  signedIn(null);
  say('Signed out.');
  $('token').focus();
});

$('verify').addEventListener('click', async () => {
  say('Verifying the log…');
  const r = await api('v1/audit/verify');
  if (!r) return;
  if (r.ok) say('The log is intact: ' + r.checked + ' receipts checked, ' + r.erased + ' of them erased.');
  else say('The log is broken at receipt ' + r.broken.receiptId + ': ' + r.broken.reason, true);
  loadAudit();
});

$('subject-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const id = $('subject').value.trim();
  subject = null;
  showSubject(null);
  const r = await api('v1/subjects/' + encodeURIComponent(id) + '/receipts');
  if (!r) return;
  subject = id;
  showSubject(r.receipts);
  say(r.receipts.length + ' receipts for ' + id + '.');
});

$('export').addEventListener('click', async () => {
  if (!subject) return;
  const r = await api('v1/subjects/' + encodeURIComponent(subject) + '/export');
  if (!r) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([JSON.stringify(r, null, 2)], { type: 'application/json' }));
  link.download = 'cookieproof-' + subject + '.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  say('Proof bundle of ' + subject + ' downloaded.');
  loadAudit();
});

$('erase').addEventListener('click', async () => {
  if (!subject) return;
  const sure = confirm('Erase the personal fields of every receipt of ' + subject +
    '? The receipts and the log stay verifiable. This cannot be undone.');
  if (!sure) return;
  const r = await api('v1/subjects/' + encodeURIComponent(subject), 'DELETE');
  if (!r) return;
  say('Erased ' + r.erased + ' receipts of ' + subject + '.');
  subject = null;
  showSubject(null);
  loadAudit();
});

// A session from before a reload: the cookie is still there, the CSRF token is asked for again.
fetch('v1/console/session', { credentials: 'same-origin' })
  .then((res) => (res.ok ? res.json() : null))
  .then((session) => signedIn(session), () => signedIn(null));
`;
