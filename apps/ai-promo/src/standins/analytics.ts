import { Hono } from 'hono';
import { privacyPage, standinCss, standinPage } from './page.ts';

// Stands in for Google Analytics: a gtag.js-like tag honouring Consent Mode, and the collection endpoint.

export interface Hit {
  tid: string;
  en: string;
  cid: string;
  gcs: string;
  dl: string;
  at: string;
}

// 13 months as the declaration counts them (30-day months), so the cookie never outlives what it promises.
const GA_MAX_AGE = 13 * 30 * 86_400;

/**
 * The tag, as browser JavaScript. Basic Consent Mode: it reads `dataLayer` (consent default/update, js,
 * config, event), and only with analytics_storage granted does it write `_ga`/`_ga_<ID>` on the page's own
 * host and send hits. A denied update stops it at once; `window['ga-disable-<ID>'] = true` opts out as with
 * Google's opt-out add-on.
 */
function tagSource(origin: string): string {
  return `(function () {
  'use strict';
  if (window.__aipGtagLoaded) return;
  window.__aipGtagLoaded = true;
  var ORIGIN = ${JSON.stringify(origin)};
  var MAX_AGE = ${GA_MAX_AGE};
  var dl = (window.dataLayer = window.dataLayer || []);
  var consent = {};
  var decided = false;
  var waitMs = 0;
  var configs = [];
  var queued = [];
  function granted() { return consent.analytics_storage === 'granted'; }
  function readCookie(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? m[1] : null;
  }
  function writeCookie(name, value) {
    document.cookie = name + '=' + value + '; Max-Age=' + MAX_AGE + '; Path=/; SameSite=Lax';
  }
  function clientId(tid) {
    var now = Math.floor(Date.now() / 1000);
    var ga = readCookie('_ga') || 'GA1.1.' + Math.floor(Math.random() * 2147483647) + '.' + now;
    writeCookie('_ga', ga);
    var sname = '_ga_' + tid.replace(/^G-/, '').toUpperCase();
    var prev = readCookie(sname);
    var visits = prev ? Number((/\\$o(\\d+)/.exec(prev) || [0, 1])[1]) : 1;
    var started = prev ? Number((/^GS2\\.1\\.s(\\d+)/.exec(prev) || [0, now])[1]) : now;
    writeCookie(sname, 'GS2.1.s' + started + '$o' + visits + '$g1$t' + now + '$j0$l0$h0');
    return ga.split('.').slice(2).join('.');
  }
  function gcs() { return 'G1' + (consent.ad_storage === 'granted' ? '1' : '0') + (granted() ? '1' : '0'); }
  function send(tid, en, params) {
    if (!granted() || window['ga-disable-' + tid] === true) return;
    var q = new URLSearchParams({ v: '2', tid: tid, cid: clientId(tid), en: en, dl: location.href, dt: document.title, gcs: gcs() });
    for (var k in params || {}) if (typeof params[k] !== 'object') q.set('ep.' + k, String(params[k]));
    var url = ORIGIN + '/g/collect?' + q.toString();
    if (!(navigator.sendBeacon && navigator.sendBeacon(url))) new Image().src = url;
  }
  function flush() {
    if (!decided) return;
    var items = queued; queued = [];
    for (var i = 0; i < items.length; i++) send(items[i][0], items[i][1], items[i][2]);
  }
  function handle(a) {
    var cmd = a[0];
    if (cmd === 'consent' && a[2] && typeof a[2] === 'object') {
      if (a[1] === 'default') {
        for (var k in a[2]) if (k !== 'wait_for_update' && k !== 'region' && !(k in consent)) consent[k] = a[2][k];
        if (a[2].wait_for_update > 0 && !decided) {
          waitMs = a[2].wait_for_update;
          setTimeout(function () { decided = true; flush(); }, waitMs);
        } else decided = true;
      } else if (a[1] === 'update') {
        for (var u in a[2]) consent[u] = a[2][u];
        decided = true;
        if (!granted()) queued = [];
      }
      flush();
    } else if (cmd === 'config' && typeof a[1] === 'string') {
      if (configs.indexOf(a[1]) < 0) configs.push(a[1]);
      if (!a[2] || a[2].send_page_view !== false) { queued.push([a[1], 'page_view', {}]); flush(); }
    } else if (cmd === 'event' && typeof a[1] === 'string') {
      for (var c = 0; c < configs.length; c++) queued.push([configs[c], a[1], a[2]]);
      flush();
    }
  }
  function entry(e) { return e && typeof e === 'object' && typeof e.length === 'number' ? Array.prototype.slice.call(e) : null; }
  for (var i = 0; i < dl.length; i++) { var a = entry(dl[i]); if (a) handle(a); }
  if (!decided && waitMs === 0) decided = true;
  var push = dl.push;
  dl.push = function () {
    var r = push.apply(dl, arguments);
    for (var j = 0; j < arguments.length; j++) { var b = entry(arguments[j]); if (b) handle(b); }
    return r;
  };
  flush();
})();
`;
}

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export function createAnalyticsStandin(origin: string) {
  const hits: Hit[] = [];
  const app = new Hono();
  const tag = tagSource(origin);
  app.get('/style.css', () => standinCss('#1a73e8'));
  app.get('/gtag/js', (c) => {
    const id = c.req.query('id') ?? '';
    if (!/^G-[A-Z0-9]+$/.test(id)) return c.text('// unknown measurement id', 400);
    return c.body(tag, 200, {
      'content-type': 'application/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300',
      'cross-origin-resource-policy': 'cross-origin',
      'x-content-type-options': 'nosniff',
    });
  });
  const collect = (q: Record<string, string>) => {
    if (q.tid && q.en)
      hits.push({
        tid: q.tid,
        en: q.en,
        cid: q.cid ?? '',
        gcs: q.gcs ?? '',
        dl: q.dl ?? '',
        at: new Date().toISOString(),
      });
    if (hits.length > 10_000) hits.splice(0, hits.length - 10_000);
  };
  app.on(['GET', 'POST'], '/g/collect', (c) => {
    collect(c.req.query());
    if (c.req.method === 'POST') return c.body(null, 204, { 'access-control-allow-origin': '*' });
    return c.body(PIXEL, 200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
  });
  app.get('/privacy', () =>
    privacyPage(
      'Google Analytics (local stand-in)',
      'Google Analytics measures visits to websites that choose to use it, using first-party cookies (_ga, _ga_<ID>) on those websites.',
      '<p>To stop Google Analytics measuring you on every site, see the <a href="/opt-out">opt-out</a> page.</p>',
    ),
  );
  app.get('/opt-out', () =>
    standinPage(
      'Google Analytics (local stand-in)',
      'Google Analytics opt-out',
      `<p>You can stop Google Analytics from measuring your visits:</p>
<ul><li>On each website, refuse analytics in its cookie settings (AI Promo Services: the "Cookie settings" link in every footer). Its tag is then not loaded at all.</li>
<li>On every website at once, install the Google Analytics Opt-out Browser Add-on, which sets <code>window['ga-disable-&lt;ID&gt;'] = true</code> before the tag runs; this tag honours it and sends nothing.</li>
<li>Delete the <code>_ga</code> and <code>_ga_&lt;ID&gt;</code> cookies in your browser's settings.</li></ul>
<p class="note">This page sets no cookie.</p>`,
    ),
  );
  app.get('/', (c) => c.redirect('/privacy'));
  return { app, hits };
}
