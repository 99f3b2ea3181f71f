import type { ReceiptRequest, ReceiptResponse } from '@cookieproof/schema';
import type { Host } from './core.ts';
import { locale } from './ui.ts';

// Sends the core's queued decisions to {endpoint}/v1/consents in order, one at a time, retrying with backoff
// while the server is unreachable. What is still queued when the page goes away gets one beacon; the consent
// cookie's `pending` field makes the next page send it again if that was lost too.

let host: Host | undefined;
let busy = false;
let tries = 0;
let subjectId = '';
/** The id of the latest receipt the server recorded from this page, which the preferences dialog shows. */
export let receiptId = '';

function body(h: Host, i: number): string {
  const c = h.config;
  const r: ReceiptRequest = {
    // Left out of the JSON while the server has issued none.
    subjectId: subjectId || undefined,
    fingerprint: c.accepts.find((a) => a.startsWith(h.stored?.fp ?? '-')) ?? c.fingerprint,
    ...h.queue[i]!,
    surface: c.surface,
    // The language the banner and dialog were shown in: a declared tag or a pack's, never the page's lang as
    // written (a page may say "en_US", which the server refuses).
    locale: locale(h),
    signals: h.signals,
  };
  return JSON.stringify(r);
}

const url = (h: Host) => `${h.config.endpoint!.replace(/\/$/, '')}/v1/consents`;

function flush() {
  const h = host!;
  if (busy || !h.queue.length) return;
  busy = true;
  fetch(url(h), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(h, 0),
    credentials: 'include',
    keepalive: true,
  })
    .then((r) => {
      const s = r.status;
      // 409: a version the server has not loaded yet (a deploy before its reload), retried a few times (~1 min).
      if (s > 499 || s === 408 || s === 429 || (s === 409 && tries < 6)) throw s;
      // Other 4xx answers will not improve with a retry: the receipt is dropped.
      return r.json().catch(() => ({}));
    })
    .then((res: Partial<ReceiptResponse>) => {
      busy = false;
      tries = 0;
      h.queue.shift();
      if (/^[\w-]{16,64}$/.test(res.subjectId!)) subjectId = res.subjectId!;
      receiptId = res.receiptId ?? receiptId;
      // The newest host holds the newest stored choice: only its cookie may be rewritten.
      const s = host!.stored;
      if (s) {
        s.subjectId = subjectId;
        if (!h.queue.length) s.pending = '';
        host!.write();
      }
      flush();
    })
    .catch(() => {
      busy = false;
      setTimeout(flush, Math.min(30000, 1000 * 2 ** tries++));
    });
}

export function send(h: Host): void {
  if (!host)
    addEventListener('pagehide', () => {
      const last = host!;
      try {
        for (let i = busy ? 1 : 0; i < last.queue.length; i++) navigator.sendBeacon(url(last), body(last, i));
      } catch {}
    });
  host = h;
  subjectId ||= h.stored?.subjectId ?? '';
  flush();
}
