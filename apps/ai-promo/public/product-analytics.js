// Product analytics (feature events) and performance diagnostics (Web Vitals, errors). Gated: the SDK runs this
// file only after analytics consent, and every send checks consent again, so a withdrawal stops it at once.
(() => {
  const cp = window.cookieproof;
  const allowed = () => cp?.allowed?.('analytics') === true;
  if (!allowed()) return;
  const id = (storage, key) => {
    try {
      let v = storage.getItem(key);
      if (!v) {
        v = crypto.randomUUID();
        storage.setItem(key, v);
      }
      return v;
    } catch {
      return null;
    }
  };
  const send = (path, payload) => {
    if (!allowed()) return;
    const body = JSON.stringify(payload);
    // A string body goes as text/plain: a simple request, no CORS preflight; the server parses it as JSON.
    if (!navigator.sendBeacon?.(path, body))
      fetch(path, { method: 'POST', body, headers: { 'content-type': 'application/json' }, keepalive: true }).catch(
        () => {},
      );
  };
  const page = location.pathname;
  const workspace = document.body.dataset.workspace || null;

  // Feature events.
  const event = (name, props = {}) =>
    send('/api/analytics/events', { type: name, page, workspace, anonymousId: id(localStorage, 'aip_pa_id'), props });
  event('page_view');
  document.addEventListener('click', (e) => {
    const el = e.target.closest?.('[data-track]');
    if (el) event('click', { target: el.dataset.track });
  });

  // Diagnostics: navigation timing now, LCP/CLS/INP when the page is hidden, errors as they happen.
  const vitals = (metrics) =>
    send('/api/analytics/vitals', { page, session: id(sessionStorage, 'aip_diag_session'), metrics });
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  vitals({ ttfb: nav ? Math.round(nav.responseStart) : null, fcp: fcp ? Math.round(fcp.startTime) : null });
  const m = { lcp: null, cls: 0, inp: null };
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {}
  };
  observe('largest-contentful-paint', (e) => {
    m.lcp = Math.round(e.startTime);
  });
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) m.cls += e.value;
  });
  observe('event', (e) => {
    m.inp = Math.max(m.inp ?? 0, Math.round(e.duration));
  });
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') vitals({ ...m, cls: Number(m.cls.toFixed(4)) });
  });
  addEventListener('error', (e) => vitals({ error: String(e.message).slice(0, 200) }));
})();
