import { api, setCsrf, whenSignedOut } from './api.ts';
import { showAudit } from './audit.ts';
import { $, say, when } from './dom.ts';
import { showIntegrity, startVerify, stopIntegrity } from './integrity.ts';
import { showBreakdown, showOverview } from './overview.ts';
import { initReceipts, resetSubject, showReceipts } from './receipts.ts';
import { showScans } from './scans.ts';
import { showVersions } from './versions.ts';

// The console's entry: login and session, and the views, one shown at a time and named by the URL's fragment
// (#overview, #receipts, ...), so the browser's back button and a bookmark work and every view is a plain link.

interface Session {
  actor: string;
  csrfToken: string;
  expiresAt: string;
}

const VIEWS = {
  overview: showOverview,
  receipts: () => showReceipts('current'),
  versions: showVersions,
  integrity: () => showIntegrity(refreshAudit),
  scans: showScans,
  audit: showAudit,
} as const;
type View = keyof typeof VIEWS;

let signedIn = false;

function viewOf(hash: string): View {
  const name = hash.replace(/^#/, '');
  return name in VIEWS ? (name as View) : 'overview';
}

/** Shows a view and loads what it shows; focus moves to its heading when the operator chose it. */
async function show(view: View, focus: boolean): Promise<void> {
  if (!signedIn) return;
  stopIntegrity();
  for (const name of Object.keys(VIEWS)) $(`view-${name}`).hidden = name !== view;
  for (const link of $('views-nav').querySelectorAll('a')) {
    if (link.getAttribute('href') === `#${view}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (focus) $(`${view}-heading`).focus();
  await VIEWS[view]();
}

function refreshAudit(): void {
  if (!$('view-audit').hidden) void showAudit();
}

function setSession(session: Session | null): void {
  signedIn = Boolean(session);
  setCsrf(session?.csrfToken ?? null);
  $('login').hidden = signedIn;
  $('views-nav').hidden = !signedIn;
  $('session-line').hidden = !signedIn;
  $('who').textContent = session
    ? `Signed in as ${session.actor}, until ${when(session.expiresAt)} UTC at the latest.`
    : '';
  if (session) void show(viewOf(location.hash), false);
  else {
    stopIntegrity();
    resetSubject();
    for (const name of Object.keys(VIEWS)) $(`view-${name}`).hidden = true;
  }
}

whenSignedOut(() => setSession(null));

$('login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const token = $<HTMLInputElement>('token').value.trim();
  const r = await api<Session>('v1/console/session', 'POST', { token });
  if (!r) return;
  $<HTMLInputElement>('token').value = '';
  setSession(r);
  say('Signed in.');
  $(`${viewOf(location.hash)}-heading`).focus();
});

$('logout').addEventListener('click', async () => {
  if (!(await api('v1/console/session', 'DELETE'))) return;
  setSession(null);
  say('Signed out.');
  $('token').focus();
});

window.addEventListener('hashchange', () => void show(viewOf(location.hash), true));
$('overview-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void showOverview();
});
$('breakdown').addEventListener('change', () => void showBreakdown());
$('verify').addEventListener('click', () => void startVerify(refreshAudit));
initReceipts(refreshAudit);

// A session from before a reload: the cookie is still there, the CSRF token is asked for again.
fetch('v1/console/session', { credentials: 'same-origin' })
  .then((res) => (res.ok ? (res.json() as Promise<Session>) : null))
  .then(
    (session) => setSession(session),
    () => setSession(null),
  );
