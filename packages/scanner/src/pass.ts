import { readFile } from 'node:fs/promises';
import { CookieproofError, type RegimeId, type ScanPassName } from '@cookieproof/schema';
import type { BrowserContext, CDPSession, Frame, Page, Request } from 'playwright-core';
import { installAutoconsent } from './autoconsent.ts';
import { bannerVisible, type ConsentOutcome, consentAsked, giveConsent } from './consent.ts';
import { CrawlPlan, type CrawlStep } from './crawl-plan.ts';
import type { LoginStep, ScanProgress } from './options.ts';
import { hostOf, isFirstParty } from './party.ts';

// One pass: a fresh profile, consent given (or not), a breadth-first crawl, and everything the browser stored and
// sent. The cookie jar and each frame's storage are the truth; Set-Cookie lines only explain refusals.

export interface ObservedCookie {
  name: string;
  /** Host the cookie belongs to, without a leading dot. */
  domain: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'Strict' | 'Lax' | 'None' | null;
  /** Expiry as Unix seconds, or null for a session cookie. */
  expires: number | null;
  /** Page being visited when it first appeared in the jar. */
  page: string;
  /** Created by the login step. */
  viaLogin: boolean;
  /** Already there when the pass made its choice (only marked where categories are on before a choice). */
  beforeChoice?: true;
}

export interface ObservedStorage {
  kind: 'localStorage' | 'sessionStorage';
  key: string;
  origin: string;
  frameUrl: string;
  page: string;
  viaLogin: boolean;
  /** Already there when the pass made its choice (only marked where categories are on before a choice). */
  beforeChoice?: true;
}

export interface ObservedRequest {
  url: string;
  resourceType: string;
  /** What it counts as in a declaration, when it is one of the kinds a declaration lists. */
  kind: 'pixel' | 'script' | 'iframe' | null;
  /** Why it counts as a pixel: `beacon`, `collect-endpoint` or `tiny-image`. */
  pixelReason?: string;
  thirdParty: boolean;
  frameUrl: string;
  initiator: string | null;
  status: number | null;
  page: string;
  /** Sent before the pass made its choice (only marked where categories are on before a choice). */
  beforeChoice?: true;
}

export interface BlockedCookie {
  name: string;
  domain: string;
  url: string;
  /** Chromium's reasons, e.g. `SameSiteUnspecifiedTreatedAsLax`, `SameSiteNoneInsecure`, `UserPreferences`. */
  reasons: string[];
  cookieLine: string;
  page: string;
}

export type PassObservation = {
  consent: ScanPassName;
  /** The region the pass presented itself from (`--region`), sent in the report's `regionHeader`. */
  region?: string;
  /** The declaration's jurisdiction rule for that region and its regime, which the pass was judged by. */
  jurisdiction?: { id: string; regime: RegimeId };
  /** The GPC pass: "accept all" in a browser sending Global Privacy Control. */
  gpc?: true;
  /** What the first page saw of the signal: `navigator.globalPrivacyControl` as read there. */
  gpcSignal?: { header: 'Sec-GPC: 1'; navigator: boolean };
  pages: string[];
  consentMethod: 'not-asked' | 'cookieproof-api' | 'autoconsent' | 'banner-click' | 'none';
  consentDetail: string;
  /** Consent given again on other origins of the site that asked for it (each surface has its own banner). */
  consentElsewhere: { page: string; method: ConsentOutcome['method']; detail: string }[];
  bannerFound: boolean;
  screenshot?: string;
  cookies: ObservedCookie[];
  storage: ObservedStorage[];
  indexedDb: { origin: string; name: string; page: string }[];
  requests: ObservedRequest[];
  blockedCookies: BlockedCookie[];
  /** In-app routes: same-origin links a page handled itself, followed by clicking them. */
  routes: { from: string; url: string }[];
  /** Pages (and routes) still busy when the quiet bound passed: anything later on them was not watched. */
  quietBoundReached: string[];
  /**
   * Where the pass's time went, in milliseconds summed over its tabs: loading pages (to the load event), waiting
   * for quiet (pages, routes and consent steps), and reading cookies and storage.
   */
  timing: { loadMs: number; quietMs: number; snapshotMs: number };
  /** Pages that failed to load, storage that could not be read, and similar. */
  notes: string[];
};

export interface PassSettings {
  target: string;
  extraPages: string[];
  maxPages: number;
  depth: number;
  /** How long network and storage must stay quiet before a page counts as settled. */
  quietMs: number;
  /** The longest a page is watched for quiet; a page still busy then is left and counted in `quietBoundReached`. */
  quietBoundMs: number;
  /** Tabs visiting pages at once, after the first page (where consent is given) is done. */
  tabs: number;
  /** In-app routes followed per page (links the page handles itself with history.pushState). */
  maxRoutes: number;
  pageTimeoutMs: number;
  login: LoginStep | undefined;
  screenshot: boolean;
  autoconsent: boolean;
  /**
   * Mark what was stored or sent before the consent step (opt-out regions, where categories are on until the
   * visitor opts out): it does not count against the choice made after it.
   */
  markBeforeChoice?: boolean;
  progress: (phase: ScanProgress['phase'], page?: string) => void;
}

const COLLECT_PATH = /\/(?:g\/|j\/|r\/)?(?:collect|track|tr|pixel|px|beacon|event|events|log|hit|b\/ss)(?:\/|$|\.)/i;
const TINY_IMAGE_BYTES = 200;
const ACTIVITY = Symbol.for('cookieproof.activity').description!;

/**
 * Runs first in every frame: counts the page's pending short timers and when it last wrote storage or a cookie,
 * inserted a script, image or iframe, or changed its route, so "quiet" means the page has nothing left scheduled
 * rather than "a fixed time has passed". It also records which cookies and storage keys this document wrote,
 * which attributes them to the page that wrote them when several tabs share one profile. A string, so the
 * TypeScript loader leaves it alone.
 */
const activityScript = (boundMs: number) => `(() => {
  const key = Symbol.for(${JSON.stringify(ACTIVITY)});
  if (window[key]) return;
  const state = { timers: new Set(), last: Date.now(), cookies: new Set(), keys: new Set(), routes: 0 };
  const touch = () => { state.last = Date.now(); };
  const st = window.setTimeout, ct = window.clearTimeout;
  window.setTimeout = function (fn, ms, ...rest) {
    if (typeof fn !== 'function' || !(Number(ms) <= ${boundMs})) return st.call(this, fn, ms, ...rest);
    const id = st.call(this, function () { state.timers.delete(id); touch(); return fn.apply(this, arguments); }, ms, ...rest);
    state.timers.add(id);
    return id;
  };
  window.clearTimeout = function (id) { state.timers.delete(id); return ct.call(this, id); };
  const set = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    touch();
    try { state.keys.add((this === window.sessionStorage ? 's' : 'l') + '\\t' + String(k)); } catch (e) {}
    return set.call(this, k, v);
  };
  for (const m of ['removeItem', 'clear']) {
    const f = Storage.prototype[m];
    Storage.prototype[m] = function () { touch(); return f.apply(this, arguments); };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true, enumerable: cookie.enumerable, get: cookie.get,
    set(v) { touch(); state.cookies.add(String(v).split('=')[0].trim()); return cookie.set.call(this, v); },
  });
  for (const m of ['pushState', 'replaceState']) {
    const f = History.prototype[m];
    History.prototype[m] = function () { touch(); state.routes++; return f.apply(this, arguments); };
  }
  new MutationObserver((list) => {
    for (const r of list) for (const n of r.addedNodes)
      if (n.nodeName === 'SCRIPT' || n.nodeName === 'IMG' || n.nodeName === 'IFRAME') return touch();
  }).observe(document, { childList: true, subtree: true });
  Object.defineProperty(window, key, {
    value: () => ({ timers: state.timers.size, idleMs: Date.now() - state.last, cookies: [...state.cookies], keys: [...state.keys], routes: state.routes }),
  });
})();`;

type Activity = { timers: number; idleMs: number; cookies: string[]; keys: string[]; routes: number };

/** One tab of a pass: its page, the page it is on, and its requests still in flight. */
interface Tab {
  page: Page;
  current: string;
  inflight: Map<Request, string>;
  lastNetwork: number;
}

export async function runPass(
  context: BrowserContext,
  consent: ScanPassName,
  s: PassSettings,
  gpc = false,
): Promise<PassObservation> {
  const obs: PassObservation = {
    consent,
    ...(gpc ? { gpc: true as const } : {}),
    pages: [],
    routes: [],
    consentMethod: consent === 'none' ? 'not-asked' : 'none',
    consentDetail: consent === 'none' ? 'no consent given (first visit)' : '',
    consentElsewhere: [],
    bannerFound: false,
    cookies: [],
    storage: [],
    indexedDb: [],
    requests: [],
    blockedCookies: [],
    quietBoundReached: [],
    timing: { loadMs: 0, quietMs: 0, snapshotMs: 0 },
    notes: [],
  };
  const timed = async <T>(key: keyof PassObservation['timing'], work: Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work;
    } finally {
      obs.timing[key] += Math.round(performance.now() - started);
    }
  };
  const auto = consent === 'none' || !s.autoconsent ? undefined : await installAutoconsent(context, consent);
  await context.addInitScript(activityScript(s.quietBoundMs));
  let viaLogin = false;
  /** False until the consent step on the first page, in passes that mark what came before it. */
  let choiceMade = consent === 'none' || s.markBeforeChoice !== true;
  const sentBeforeChoice = new WeakSet<Request>();
  const initiators = new Map<string, string>();
  const requestUrls = new Map<string, string>();
  /** Cookie name → the page whose response or script first set it. */
  const cookieWriter = new Map<string, string>();
  const pendingBlocked: {
    requestId: string;
    blocked: { blockedReasons: string[]; cookieLine: string }[];
    page: string;
  }[] = [];

  const watchCdp = (cdp: CDPSession, tab: Tab) => {
    const requestPage = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (e) => {
      requestUrls.set(e.requestId, e.request.url);
      requestPage.set(e.requestId, tab.current);
      const init = e.initiator;
      const from = init.url ?? init.stack?.callFrames?.[0]?.url;
      if (from && !initiators.has(e.request.url)) initiators.set(e.request.url, from);
    });
    cdp.on('Network.responseReceivedExtraInfo', (e) => {
      const at = requestPage.get(e.requestId) ?? tab.current;
      const header = Object.entries(e.headers).find(([k]) => k.toLowerCase() === 'set-cookie')?.[1];
      for (const line of String(header ?? '').split('\n')) {
        const name = line.split('=')[0]?.trim();
        if (name && !cookieWriter.has(name)) cookieWriter.set(name, at);
      }
      if (e.blockedCookies.length > 0)
        pendingBlocked.push({ requestId: e.requestId, blocked: e.blockedCookies, page: at });
    });
  };

  const classify = async (
    tab: Tab,
    r: Request,
    failed: boolean,
    pageUrl: string,
  ): Promise<ObservedRequest | undefined> => {
    const url = r.url();
    if (!/^https?:/.test(url)) return undefined;
    const type = r.resourceType();
    const frame = safeFrame(r);
    const isSubframeDoc = type === 'document' && frame !== undefined && frame !== tab.page.mainFrame();
    if (type === 'document' && !isSubframeDoc) return undefined;
    const thirdParty = !isFirstParty(hostOf(url), pageUrl);
    let kind: ObservedRequest['kind'] = null;
    let pixelReason: string | undefined;
    const size =
      type === 'image' && !failed
        ? await r
            .sizes()
            .then((z) => z.responseBodySize)
            .catch(() => undefined)
        : undefined;
    const response = failed ? null : await r.response().catch(() => null);
    if (type === 'ping') [kind, pixelReason] = ['pixel', 'beacon'];
    else if (size !== undefined && size <= TINY_IMAGE_BYTES) [kind, pixelReason] = ['pixel', 'tiny-image'];
    else if (
      COLLECT_PATH.test(new URL(url).pathname) &&
      ['image', 'xhr', 'fetch', 'other'].includes(type) &&
      !ownJsonApi(url, type, pageUrl, response?.headers()['content-type'])
    )
      [kind, pixelReason] = ['pixel', 'collect-endpoint'];
    else if (type === 'script') kind = 'script';
    else if (isSubframeDoc) kind = 'iframe';
    return {
      url,
      resourceType: type,
      kind,
      ...(pixelReason ? { pixelReason } : {}),
      thirdParty,
      frameUrl: frame?.url() ?? '',
      initiator: initiators.get(url) ?? null,
      status: response?.status() ?? null,
      page: pageUrl,
      ...(sentBeforeChoice.has(r) ? { beforeChoice: true as const } : {}),
    };
  };

  /** Requests answered but not yet finished, with the page each belongs to. */
  const answered = new Map<Request, { tab: Tab; at: string }>();
  const recording = new Set<Promise<void>>();
  const record = (tab: Tab, r: Request, failed: boolean, at: string) => {
    const p = classify(tab, r, failed, at).then((o) => {
      if (o) obs.requests.push(o);
    });
    recording.add(p);
    void p.finally(() => recording.delete(p));
  };

  const tabs: Tab[] = [];
  const openTab = async (): Promise<Tab> => {
    const page = await context.newPage();
    const tab: Tab = { page, current: s.target, inflight: new Map(), lastNetwork: Date.now() };
    tabs.push(tab);
    const main = await context.newCDPSession(page);
    watchCdp(main, tab);
    await main.send('Network.enable');
    // Cross-site iframes run in their own process; their requests reach us through a session on that frame.
    const attached = new WeakSet<Frame>();
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() || attached.has(frame) || isFirstParty(hostOf(frame.url()), page.url())) return;
      attached.add(frame);
      context
        .newCDPSession(frame)
        .then(async (cdp) => {
          watchCdp(cdp, tab);
          await cdp.send('Network.enable');
        })
        .catch(() => undefined); // Not an out-of-process frame: the main session already sees it.
    });
    // A request belongs to the page whose document made it, even when it ends after the scan has moved on (a tag
    // loaded late, cut off by the next navigation): the page shown when it started, not the one when it ended.
    page.on('request', (r) => {
      tab.lastNetwork = Date.now();
      if (!choiceMade) sentBeforeChoice.add(r);
      const shown = page.url();
      tab.inflight.set(r, /^https?:/.test(shown) ? shown : tab.current);
    });
    // For quiet, a request is done once its response arrives: a fetch whose body the page never reads does not
    // finish until the page goes away. Such a request is recorded when the pass ends.
    page.on('response', (res) => {
      const r = res.request();
      tab.lastNetwork = Date.now();
      const at = tab.inflight.get(r);
      if (at === undefined) return;
      tab.inflight.delete(r);
      answered.set(r, { tab, at });
    });
    const settle = (r: Request, failed: boolean) => {
      tab.lastNetwork = Date.now();
      const at = tab.inflight.get(r) ?? answered.get(r)?.at ?? tab.current;
      tab.inflight.delete(r);
      answered.delete(r);
      void record(tab, r, failed, at);
    };
    page.on('requestfinished', (r) => settle(r, false));
    page.on('requestfailed', (r) => settle(r, true));
    return tab;
  };

  /**
   * The page's activity over all its frames: an iframe's pending timers and writes keep the page busy as the main
   * frame's do (a widget that writes storage a while after it loads). Frames that cannot be read (detached,
   * sandboxed without scripts) count as quiet.
   */
  const probe = async (tab: Tab): Promise<Activity | null> => {
    const frames = tab.page.frames().filter((f) => !f.isDetached() && /^https?:/.test(f.url()));
    const all = await Promise.all(
      frames.map((f) =>
        f
          .evaluate(
            (key) => (window as unknown as Record<symbol, () => Activity>)[Symbol.for(key)]?.() ?? null,
            ACTIVITY,
          )
          .catch(() => null),
      ),
    );
    const seen = all.filter((a): a is Activity => a !== null);
    if (seen.length === 0) return null;
    return {
      timers: seen.reduce((n, a) => n + a.timers, 0),
      idleMs: Math.min(...seen.map((a) => a.idleMs)),
      cookies: seen.flatMap((a) => a.cookies),
      keys: seen.flatMap((a) => a.keys),
      routes: seen.reduce((n, a) => n + a.routes, 0),
    };
  };

  const noteWrites = (tab: Tab, a: Activity | null) => {
    for (const name of a?.cookies ?? []) if (!cookieWriter.has(name)) cookieWriter.set(name, tab.current);
  };

  /**
   * Waits until nothing is in flight, nothing is scheduled within the bound and nothing was written for `quietMs`
   * (network and page both), or the bound passes: then the page is recorded as still busy.
   */
  const quiet = (tab: Tab) => timed('quietMs', waitForQuiet(tab));
  const waitForQuiet = async (tab: Tab) => {
    const deadline = Date.now() + s.quietBoundMs;
    for (;;) {
      const a = await probe(tab);
      noteWrites(tab, a);
      const now = Date.now();
      const busy =
        tab.inflight.size > 0 ||
        now - tab.lastNetwork < s.quietMs ||
        (a !== null && (a.timers > 0 || a.idleMs < s.quietMs));
      if (!busy) return;
      if (now >= deadline) {
        obs.quietBoundReached.push(tab.current);
        return;
      }
      // With nothing in flight or scheduled, the page can only be waiting out the window: look again when it ends
      // (less late and fewer looks than polling); anything else is looked at again soon.
      const waiting = tab.inflight.size === 0 && (a === null || a.timers === 0);
      const windowLeft = s.quietMs - Math.min(now - tab.lastNetwork, a?.idleMs ?? Number.POSITIVE_INFINITY);
      const pause = waiting ? windowLeft + 5 : Math.min(100, s.quietMs / 3);
      await tab.page.waitForTimeout(Math.min(Math.max(20, pause), Math.max(20, deadline - now)));
    }
  };

  const jar = new Map<string, ObservedCookie>();
  /** Cookies a tab found that another tab's page may have set; the writer claims them, else the finder does. */
  const unclaimedCookies = new Map<string, ObservedCookie>();
  const snapshotCookies = async (tab: Tab) => {
    // Every tab's script writes are collected first, so a cookie is credited to the page that wrote it.
    if (tabs.length > 1) await Promise.all(tabs.map(async (t) => noteWrites(t, await probe(t))));
    for (const c of await context.cookies()) {
      const domain = c.domain.replace(/^\./, '');
      const key = `${c.name}\t${domain}\t${c.path}`;
      if (jar.has(key)) continue;
      const writer = viaLogin ? undefined : cookieWriter.get(c.name);
      const cookie: ObservedCookie = {
        name: c.name,
        domain,
        path: c.path,
        secure: c.secure,
        httpOnly: c.httpOnly,
        sameSite: c.sameSite,
        expires: c.expires < 0 ? null : Math.round(c.expires),
        page: writer ?? tab.current,
        viaLogin,
        ...(choiceMade ? {} : { beforeChoice: true as const }),
      };
      if (writer || tabs.length === 1 || viaLogin) {
        jar.set(key, cookie);
        unclaimedCookies.delete(key);
      } else if (!unclaimedCookies.has(key)) unclaimedCookies.set(key, cookie);
    }
  };

  const storageSeen = new Set<string>();
  /** localStorage is shared by the pass's tabs: a key is claimed by the document that wrote it, else at the end. */
  const unclaimedStorage = new Map<string, ObservedStorage>();
  const snapshotStorage = async (tab: Tab) => {
    for (const frame of tab.page.frames()) {
      if (frame.isDetached() || !/^https?:/.test(frame.url())) continue;
      const got = await withTimeout(frame.evaluate(readStorage, ACTIVITY), 10_000).catch((err: Error) => ({
        origin: '',
        local: [],
        session: [],
        idb: [],
        written: [] as string[],
        errors: [String(err.message).split('\n')[0]!],
      }));
      for (const e of got.errors) obs.notes.push(`${frame.url()}: ${e}`);
      const written = new Set(got.written);
      const add = (kind: ObservedStorage['kind'], [key, value]: [string, string]) => {
        // A key counts on the page that created or rewrote it, not on every later page that still holds it.
        const id = `${kind}\t${key}\t${got.origin}\t${value}`;
        if (storageSeen.has(id)) return;
        const item: ObservedStorage = {
          kind,
          key,
          origin: got.origin,
          frameUrl: frame.url(),
          page: tab.current,
          viaLogin,
          ...(choiceMade ? {} : { beforeChoice: true as const }),
        };
        const mine = kind === 'sessionStorage' || tabs.length === 1 || viaLogin || written.has(`l\t${key}`);
        if (!mine) {
          if (!unclaimedStorage.has(id)) unclaimedStorage.set(id, item);
          return;
        }
        storageSeen.add(id);
        unclaimedStorage.delete(id);
        obs.storage.push(item);
      };
      for (const k of got.local) add('localStorage', k);
      for (const k of got.session) add('sessionStorage', k);
      for (const name of got.idb) {
        if (!obs.indexedDb.some((d) => d.origin === got.origin && d.name === name))
          obs.indexedDb.push({ origin: got.origin, name, page: tab.current });
      }
    }
  };
  const snapshot = (tab: Tab) =>
    timed(
      'snapshotMs',
      (async () => {
        await snapshotCookies(tab);
        await snapshotStorage(tab);
      })(),
    );

  /** Loads a page and (unless `settle` is false, for a page that is acted on at once) waits for it to go quiet. */
  const visit = async (tab: Tab, url: string, settle = true): Promise<boolean> => {
    tab.current = url;
    try {
      await timed('loadMs', tab.page.goto(url, { waitUntil: 'load', timeout: s.pageTimeoutMs }));
    } catch (err) {
      obs.notes.push(`${url}: ${(err as Error).message.split('\n')[0]}`);
      return false;
    }
    tab.current = tab.page.url();
    if (settle) await quiet(tab);
    return true;
  };

  const routesTried = new Set<string>();
  /**
   * Follows same-origin links the page handles itself: each is clicked with a last listener that cancels the
   * click unless the page already did, so a plain link never leaves the page; a cancelled click that changed the
   * address is an in-app route, watched until quiet and snapshot under its own address.
   */
  const followRoutes = async (tab: Tab, links: string[]): Promise<boolean> => {
    const from = tab.current;
    const origin = new URL(from).origin;
    const here = from.replace(/#.*$/, '');
    const candidates: string[] = [];
    for (const href of links) {
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        continue;
      }
      url.hash = '';
      if (url.origin !== origin || url.href === here || routesTried.has(url.href)) continue;
      if (/log-?out|sign-?out|abmelden/i.test(url.href)) continue;
      routesTried.add(url.href);
      candidates.push(href);
    }
    let clicked = false;
    for (let followed = 0; followed < s.maxRoutes && candidates.length > 0; ) {
      // One round trip tries links in order until the page handles one; the others' clicks are cancelled.
      const at = await tab.page
        .evaluate((hrefs) => {
          const all = Array.from(document.querySelectorAll('a[href]')) as HTMLAnchorElement[];
          for (let i = 0; i < hrefs.length; i++) {
            const a = all.find((x) => x.href === hrefs[i]);
            if (!a) continue;
            let prevented = false;
            const last = (e: Event) => {
              prevented = e.defaultPrevented;
              if (!prevented) e.preventDefault();
            };
            window.addEventListener('click', last);
            a.click();
            window.removeEventListener('click', last);
            if (prevented) return i;
          }
          return -1;
        }, candidates)
        .catch(() => -1);
      if (at < 0) break;
      candidates.splice(0, at + 1);
      clicked = true;
      await quiet(tab);
      const now = tab.page.url();
      if (now.replace(/#.*$/, '') === tab.current.replace(/#.*$/, '')) continue;
      tab.current = now;
      followed++;
      obs.routes.push({ from, url: now });
      await snapshot(tab);
    }
    return clicked;
  };

  const order = new Map<string, number>();
  let dispatched = 0;
  const plan = new CrawlPlan(s.target, s.extraPages, s.maxPages, s.depth);
  const consentOrigins = new Set<string>();

  /** One page of the crawl on one tab; returns the links it found, for the plan to queue in dispatch order. */
  const visitStep = async (tab: Tab, next: CrawlStep, first: boolean): Promise<string[]> => {
    const index = dispatched++;
    // The first page of a consent pass is only looked at after consent, which waits for its banner itself.
    const settle = consent === 'none' || !first;
    // A redirect back to a page already seen adds nothing new to report.
    if (!(await visit(tab, next.url, settle)) || !plan.arrived(next, tab.current)) return [];
    order.set(tab.current, index);
    obs.pages.push(tab.current);
    const page = tab.page;
    const origin = new URL(tab.current).origin;
    if (consent === 'none') {
      if (first) obs.bannerFound = await bannerVisible(page);
    } else if (!consentOrigins.has(origin)) {
      consentOrigins.add(origin);
      // The first page may show its banner late, so it gets time; later origins are asked only if they ask.
      if (first || (await consentAsked(page))) {
        // What is already there is recorded as such: where categories are on by default it is no violation.
        if (!choiceMade) await snapshot(tab);
        const outcome = await giveConsent(page, consent, first ? Math.max(2000, s.quietMs * 4) : 1000, auto);
        choiceMade = true;
        if (first) {
          obs.consentMethod = outcome.method;
          obs.consentDetail = outcome.detail;
          obs.bannerFound = outcome.method !== 'none';
        } else obs.consentElsewhere.push({ page: tab.current, ...outcome });
        s.progress('consent', tab.current);
        // What the choice sets off (tags loaded, writes a while later) is watched until it too goes quiet.
        await quiet(tab);
      }
    }
    if (first && gpc) {
      const seen = await page
        .evaluate(() => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true)
        .catch(() => false);
      obs.gpcSignal = { header: 'Sec-GPC: 1', navigator: seen };
    }
    if (first && s.screenshot) {
      const shot = await page.screenshot({ type: 'jpeg', quality: 55 }).catch(() => undefined);
      if (shot) obs.screenshot = `data:image/jpeg;base64,${shot.toString('base64')}`;
    }
    await snapshot(tab);
    s.progress('page', tab.current);
    // The links are read before any in-app route changes the page; the crawl gets them only when it wants them.
    const anchors = await page
      .evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href))
      .catch(() => [] as string[]);
    // After a click the page handled, one last look before leaving: whatever that click set off still counts.
    if (s.maxRoutes > 0 && (await followRoutes(tab, anchors))) await snapshot(tab);
    return plan.wantsLinks(next) ? anchors : [];
  };

  try {
    const firstTab = await openTab();
    if (s.login) {
      viaLogin = true;
      s.progress('login');
      await runLogin(context, firstTab.page, s.login, (url, settle) => visit(firstTab, url, settle), s.pageTimeoutMs);
      firstTab.current = 'storageState' in s.login ? s.target : firstTab.page.url();
      await quiet(firstTab);
      await snapshot(firstTab);
      viaLogin = false;
    }

    // The first page alone (consent is given there), then up to `tabs` pages at once in the same profile. Links
    // are queued in the order pages were handed out, so the crawl visits the same pages as one tab would.
    const idle: Tab[] = [firstTab];
    const running = new Map<number, Promise<void>>();
    const found = new Map<number, string[]>();
    let handedOut = 0;
    let queuedUpTo = 0;
    let firstDone = false;
    const flushLinks = () => {
      while (found.has(queuedUpTo)) {
        const [links, step] = [found.get(queuedUpTo)!, steps[queuedUpTo]!];
        found.delete(queuedUpTo);
        if (links.length) plan.addLinks(links, step);
        queuedUpTo++;
      }
    };
    const steps: CrawlStep[] = [];
    for (;;) {
      const width = firstDone ? Math.max(1, s.tabs) : 1;
      while (running.size < width && (running.size === 0 || plan.hasQueued())) {
        const next = plan.next();
        if (!next) break;
        const tab = idle.pop() ?? (await openTab());
        const n = handedOut++;
        steps[n] = next;
        running.set(
          n,
          visitStep(tab, next, n === 0)
            .catch((err: Error) => {
              obs.notes.push(`${next.url}: ${err.message.split('\n')[0]}`);
              return [] as string[];
            })
            .then((links) => {
              found.set(n, links);
              running.delete(n);
              idle.push(tab);
              flushLinks();
              firstDone = true;
            }),
        );
      }
      if (running.size === 0) break;
      await Promise.race(running.values());
    }
    obs.pages.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    // One more look at the jar catches cookies that responses still in flight have set since; whatever no tab
    // claimed belongs to the page that first saw it.
    await snapshotCookies(firstTab);
    for (const [r, { tab, at }] of answered) record(tab, r, false, at);
    answered.clear();
    await withTimeout(Promise.all(recording), 5000).catch(() => undefined);
    for (const [key, c] of unclaimedCookies) if (!jar.has(key)) jar.set(key, c);
    for (const [id, item] of unclaimedStorage) if (!storageSeen.has(id)) obs.storage.push(item);
  } finally {
    await Promise.all(tabs.map((t) => t.page.close().catch(() => undefined)));
  }
  obs.cookies = [...jar.values()];
  obs.blockedCookies = pendingBlocked.flatMap(({ requestId, blocked, page: at }) => {
    const url = requestUrls.get(requestId) ?? '';
    return blocked.map((b) => ({
      name: b.cookieLine.split('=')[0]!.trim(),
      domain: /;\s*domain=\.?([^;]+)/i.exec(b.cookieLine)?.[1]?.trim().toLowerCase() ?? hostOf(url),
      url,
      reasons: b.blockedReasons,
      cookieLine: b.cookieLine,
      page: at,
    }));
  });
  return obs;
}

/**
 * A fetch or XHR to the page's own origin answered with JSON is the site's own API (`/api/events` is a calendar,
 * not a collection endpoint), whatever its path looks like; a declaration can still name it as a technology. A
 * first-party collection endpoint answers with nothing (204), an image or text, and stays judged.
 */
function ownJsonApi(url: string, type: string, pageUrl: string, contentType: string | undefined): boolean {
  if (type !== 'fetch' && type !== 'xhr') return false;
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType ?? '')) return false;
  try {
    return new URL(url).origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
}

function safeFrame(r: Request): Frame | undefined {
  try {
    return r.frame();
  } catch {
    return undefined;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)),
  ]);
}

// Runs inside each frame. Reading storage can throw (blocked third-party storage, sandboxed frames): report it.
async function readStorage(activity: string) {
  const out = {
    origin: location.origin,
    written: ((window as unknown as Record<symbol, () => { keys: string[] }>)[Symbol.for(activity)]?.().keys ??
      []) as string[],
    local: [] as [string, string][],
    session: [] as [string, string][],
    idb: [] as string[],
    errors: [] as string[],
  };
  for (const [name, get] of [
    ['localStorage', () => localStorage],
    ['sessionStorage', () => sessionStorage],
  ] as const) {
    try {
      const store = get();
      const keys: [string, string][] = [];
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i)!;
        keys.push([key, (store.getItem(key) ?? '').slice(0, 256)]);
      }
      if (name === 'localStorage') out.local = keys;
      else out.session = keys;
    } catch (err) {
      out.errors.push(`${name} not readable (${(err as Error).name})`);
    }
  }
  try {
    out.idb = (await indexedDB.databases()).map((d) => d.name ?? '').filter(Boolean);
  } catch {
    // IndexedDB names are a bonus; a frame that cannot list them has none we can see.
  }
  return out;
}

async function runLogin(
  context: BrowserContext,
  page: Page,
  login: LoginStep,
  visit: (url: string, settle?: boolean) => Promise<boolean>,
  timeout: number,
): Promise<void> {
  if ('storageState' in login) {
    let state: {
      cookies?: Parameters<BrowserContext['addCookies']>[0];
      origins?: { origin: string; localStorage: { name: string; value: string }[] }[];
    };
    try {
      state = JSON.parse(await readFile(login.storageState, 'utf8'));
    } catch (err) {
      throw new CookieproofError(
        'invalid-input',
        `${login.storageState}: not a readable Playwright storage-state file (${(err as Error).message})`,
      );
    }
    if (state.cookies?.length) await context.addCookies(state.cookies);
    for (const o of state.origins ?? []) {
      await context.addInitScript(
        ([origin, items]) => {
          if (location.origin !== origin) return;
          for (const { name, value } of items)
            if (localStorage.getItem(name) === null) localStorage.setItem(name, value);
        },
        [o.origin, o.localStorage] as const,
      );
    }
    return;
  }
  // Filling the form waits for its fields; the caller waits for idle after the sign-in.
  if (!(await visit(login.url, false)))
    throw new CookieproofError('invalid-input', `login page ${login.url} did not load`);
  const fields = Object.entries(login.fields);
  let last: string | undefined;
  for (const [field, value] of fields) {
    const selector = /^[#.[]/.test(field) ? field : `[name="${field.replace(/"/g, '\\"')}"]`;
    try {
      await page.fill(selector, value, { timeout });
    } catch {
      throw new CookieproofError('invalid-input', `login page ${login.url} has no field ${selector}`);
    }
    last = selector;
  }
  // Playwright's click waits for the navigation it starts to commit; the caller then waits for idle.
  if (login.submit) await page.click(login.submit, { timeout });
  else {
    const submit = page.locator('form [type="submit"], form button:not([type])').first();
    if ((await submit.count()) > 0) await submit.click({ timeout });
    else if (last) await page.press(last, 'Enter');
  }
  await page.waitForLoadState('load').catch(() => undefined);
}
