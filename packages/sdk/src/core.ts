import type { ClientConfig, ClientRegime, ReceiptRequest, RegimeId } from '@cookieproof/schema';
import { installAutoBlock } from './auto-block.ts';
import { decodeConsent, encodeConsent, type StoredConsent } from './consent-cookie.ts';

// The synchronous core: applies a stored choice, signals, Consent Mode and gating before any gated tag can run.
// Everything visible (banner, dialog, notices) lives in the lazily loaded UI chunk.

export type Choices = Record<string, boolean>;
export interface Signals {
  gpc: boolean | null;
  dnt: boolean | null;
}
export interface Consent {
  choices: Choices;
  version: string;
  decidedAt: number;
  signals: Signals;
}
export interface Status {
  /** The config is known, so gating and the API's answers are final. */
  ready: boolean;
  /** A valid stored choice exists (otherwise the banner is shown). */
  decided: boolean;
  /** Cookies or web storage cannot be written (checked by writing and reading back). */
  storageBlocked: boolean;
  signals: Signals;
  /** A GPC/DNT signal is an opt-out in the visitor's regime and forced the sale/share categories off. */
  signalHonored: boolean;
}

/** A decision whose receipt is still to be sent, oldest first. */
export type Queued = Pick<ReceiptRequest, 'event' | 'choices' | 'consentMode'>;

export interface On {
  (event: 'change' | 'first-decision', fn: (consent: Consent | null) => void): () => unknown;
  (event: string, fn: (category: string) => void): () => unknown;
}

/** What the lazily loaded chunk gets from the core. */
export interface Host {
  config: ClientConfig;
  choices: Choices;
  signals: Signals;
  /** The visitor's regime: opt-in asks first, opt-out offers an opt-out of what is on, notice informs. */
  regime: RegimeId;
  honored: boolean;
  stored: StoredConsent | null;
  queue: Queued[];
  decide(choices: Choices): void;
  /** Rewrites the consent cookie from `stored`. */
  write(): void;
}
/**
 * What the core asks of the lazy chunk: show the first layer of the `Host.regime`'s view (`banner`: the opt-in banner,
 * the opt-out regime's "do not sell or share" entry point, which is meant for every page, or the notice), the
 * `preferences` dialog or the storage `blocked` notice, `hide` what shows after a decision, `send` the queued
 * receipts (receipts live there too: they are needed only after a decision), or the `data-cookieproof-action` of a
 * clicked element (an unknown one does nothing).
 */
export type UiAction =
  | 'banner'
  | 'preferences'
  | 'blocked'
  | 'hide'
  | 'send'
  | 'accept-all'
  | 'reject-all'
  | 'save'
  | 'close';
export interface UiModule {
  show(host: Host, action: UiAction): void;
}
export type UiLoader = () => Promise<UiModule>;
/**
 * The SDK's script element as `cookieproof build`'s per-surface file leaves it: `data-ui` names the UI chunk,
 * `data-chunks` maps each view chunk's built name to its file, and `cookieproofImport` imports a chunk only after a
 * module script carrying the chunk's Subresource Integrity hash has loaded it, so a changed chunk is refused.
 * Without it (the core alone, or the ES module) chunks are imported plainly.
 */
export interface ChunkScript extends HTMLScriptElement {
  cookieproofImport?<M>(url: string): Promise<M>;
}

const COOKIE = 'cookieproof_consent';
const GATED = 'script[type="text/plain"][data-cookieproof-category],[data-cookieproof-src]';

type Win = Window & { dataLayer?: unknown[]; cookieproof?: unknown };
// Browser globals are read in boot(), never on import, so that the module can be imported on a server.
let w: Win;
let d: Document;
let cookieProp: PropertyDescriptor;
/** The consent cookie when the core started, read once (a read of document.cookie waits for the cookie store). */
let atBoot: string | undefined;

let cfg: ClientConfig | undefined;
let stored: StoredConsent | null = null;
let valid = false;
let choices: Choices = {};
let honored = false;
let storageBlocked = false;
let loadUi: UiLoader | undefined;
let ui: Promise<UiModule> | undefined;
type Matcher = [kind: string, match: RegExp, category: string];
/** Declared cookie and storage names of non-essential categories. */
const techs: Matcher[] = [];
/** Declared URLs of non-essential scripts, iframes and pixels, for auto-blocking. */
const urls: Matcher[] = [];
/** The visitor's jurisdiction as the config describes it (config.jurisdictions). */
let applied: ClientRegime;
/** The document's scripts, iframes and images (live), and those the observer has gated already. */
let loaders: HTMLCollectionOf<Element>[] = [];
const seen = new WeakSet<Element>();
/** Images and iframes held by auto-blocking, activated on the next grant wherever they are. */
const detached: Element[] = [];
let setAttr: Element['setAttribute'];
const queue: Queued[] = [];
const waiting: (() => void)[] = [];
/** Listeners by event name: change, first-decision, grant, revoke, grant:<category>, revoke:<category>. */
const listeners: Record<string, ((x: unknown) => void)[]> = {};
/** The stored choice is still to be announced at DOMContentLoaded. */
let announcing = false;
/** Read once in boot() and never changed after, so snapshots may share it. */
let signals: Signals = { gpc: null, dnt: null };
/** The snapshot getConsent() returns, the same object until the consent changes. */
let snapshot: Consent | null | undefined;

const now = () => Math.floor(Date.now() / 1000);
// Our own reads and writes bypass the guard below; the setter's undefined result is never used.
const rawCookie = (v?: string): string =>
  v === undefined ? cookieProp.get!.call(d) : (cookieProp.set!.call(d, v) as unknown as string);
const readCookie = () =>
  rawCookie()
    .split('; ')
    .find((c) => c.startsWith(`${COOKIE}=`))
    // The value never holds "=" (consent-cookie.ts).
    ?.split('=')[1];
const allowed = (id: string) => !!choices[id];
const optedOut = (j: ClientRegime) => j.optOut.some((s) => signals[s]);
const optional = () => cfg!.categories.filter((c) => !c.required).map((c) => c.id);

function gtag(..._: unknown[]) {
  w.dataLayer ||= [];
  // biome-ignore lint/complexity/noArguments: gtag.js reads Arguments objects only, as in Google's own snippet
  w.dataLayer.push(arguments);
}

/**
 * The choices in force under jurisdiction `j`: the visitor's (`base`) or, before a decision, the regime's defaults;
 * sale/share categories off where a signal opts out there. Required categories are always on.
 */
function effective(base: Choices | null, j = applied): Choices {
  const out: Choices = {};
  const off = optedOut(j);
  for (const c of cfg!.categories)
    out[c.id] = c.required || (!!(base ? base[c.id] : j.on.includes(c.id)) && !(c.saleOrShare && off));
  return out;
}

function modeValues(ch: Choices): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [t, cs] of Object.entries(cfg!.consentMode?.types ?? {}))
    out[t] = cs.some((c) => ch[c]) ? 'granted' : 'denied';
  return out;
}

function writeStored() {
  const age = cfg!.lifetimeDays * 86400 - (now() - stored!.decidedAt);
  const dom = cfg!.cookieDomain;
  // On the registrable domain every surface shares (one choice for all); a host outside it (a staging copy) keeps
  // a host-only cookie. The host-only one the consent server or an older SDK wrote goes first, so the shared one is
  // what every surface reads (rewriting a host-only one this way is harmless). The test is withinDomain's of
  // @cookieproof/schema (site.ts), written out: a call to it costs the core 11 B gzip.
  const shared = dom && `.${location.hostname}`.endsWith(`.${dom}`) ? `;domain=${dom}` : '';
  rawCookie(`${COOKIE}=;path=/;max-age=0`);
  rawCookie(
    `${COOKIE}=${encodeConsent(stored!)};path=/;max-age=${age};samesite=lax${shared}${location.protocol === 'https:' ? ';secure' : ''}`,
  );
}

const refusedName = (kind: string, name: string) =>
  techs.some(([k, re, c]) => k === kind && !allowed(c) && re.test(name));

/** Deletes declared cookies and storage keys of every category that is not allowed. */
function clean() {
  const labels = location.hostname.split('.');
  // Read once, and only when needed: every read of document.cookie asks the browser's cookie store and waits.
  let jar: string[] | undefined;
  for (const [kind, re, c] of techs) {
    if (allowed(c)) continue;
    if (kind === 'cookie') {
      jar ??= rawCookie().split('; ');
      for (const pair of jar) {
        const name = pair.split('=')[0]!;
        if (!name || !re.test(name)) continue;
        for (let i = 0; i < labels.length; i++)
          rawCookie(`${name}=;path=/;max-age=0${i ? `;domain=${labels.slice(i - 1).join('.')}` : ''}`);
      }
    } else
      try {
        // localStorage or sessionStorage by kind name; reading it throws when the browser blocks it.
        const s = (w as unknown as Record<string, Storage>)[kind]!;
        for (const k of Object.keys(s)) if (re.test(k)) s.removeItem(k);
      } catch {}
  }
}

function activate(el: Element) {
  const on = (el.getAttribute('data-cookieproof-category') ?? '').split(/\s+/).every((c) => c && allowed(c));
  if (el.tagName === 'SCRIPT') {
    if (!on || (el as HTMLScriptElement).type !== 'text/plain') return;
    const old = el as HTMLScriptElement;
    const s = d.createElement('script');
    for (const a of old.attributes) if (a.name !== 'type') s.setAttribute(a.name, a.value);
    const type = old.getAttribute('data-cookieproof-type');
    if (type) s.type = type;
    s.nonce = old.nonce!;
    // Keep the document order of gated scripts, as their authors wrote them.
    s.async = false;
    s.text = old.text;
    old.replaceWith(s);
    return;
  }
  const src = el.getAttribute('data-cookieproof-src')!;
  const cur = el.getAttribute('src');
  if (on) {
    if (cur === src) return;
    // Chromium ignores a src given to an iframe the parser has just inserted (a returning visitor's frame stayed
    // blank): a fresh copy that has its src when inserted always loads.
    const fresh = el.tagName === 'IFRAME' && cur === null && el.parentNode ? (el.cloneNode(true) as Element) : el;
    fresh.setAttribute('src', src);
    if (fresh !== el) el.replaceWith(fresh);
  } else if (cur !== null && cur !== 'about:blank') {
    if (el.tagName === 'IFRAME') el.setAttribute('src', 'about:blank');
    else el.removeAttribute('src');
  }
}

/** The category that holds a declared URL now, or undefined when it may load (or is not declared). */
function heldBy(url: string): string | undefined {
  let abs: string;
  try {
    abs = new URL(url, d.baseURI).href;
  } catch {
    return;
  }
  return urls.find(([, re, c]) => !allowed(c) && re.test(abs))?.[2];
}

/**
 * Rewrites an ungated element into gated markup when its URL is declared and not allowed yet, before the browser
 * fetches it; says whether it did.
 */
function hold(el: Element, url: string): boolean {
  const category = heldBy(url);
  if (!category) return false;
  setAttr.call(el, 'data-cookieproof-category', category);
  if (el.tagName === 'SCRIPT') {
    const type = el.getAttribute('type');
    // Kept for activation: a module stays a module, an inert script stays inert.
    if (type) setAttr.call(el, 'data-cookieproof-type', type);
    (el as HTMLScriptElement).type = 'text/plain';
    setAttr.call(el, 'src', url);
  } else {
    el.removeAttribute('src');
    setAttr.call(el, 'data-cookieproof-src', url);
    // Kept for the next grant even if it is never inserted (a `new Image()` pixel); activating twice is harmless.
    detached.push(el);
  }
  return true;
}

/** Activates gated markup, or holds a script, iframe or image whose URL is declared. */
function gateOne(el: Element) {
  if (el.matches(GATED)) activate(el);
  else if (el.hasAttribute('src')) hold(el, el.getAttribute('src')!);
}

/**
 * Gates the document's scripts, iframes and images: all of them (and the held detached ones) after a decision, only
 * those not seen yet when the DOM changed. Live collections of these three tags are read, never the mutation
 * records: touching every node the parser adds costs a large page more than everything else the core does.
 */
function gate(all = true) {
  for (const list of loaders)
    for (const el of list)
      if (all || !seen.has(el)) {
        seen.add(el);
        gateOne(el);
      }
  if (all) for (const el of detached.splice(0)) activate(el);
}

/** Calls the listeners of `event` (and of `event:<detail>`), then dispatches `cookieproof:<event>` on document. */
function emit(event: string, detail: unknown) {
  for (const k of [event, `${event}:${detail}`])
    for (const f of listeners[k] ?? [])
      try {
        f(detail);
      } catch {}
  d.dispatchEvent(new CustomEvent(`cookieproof:${event}`, { detail }));
}

/**
 * Emits what changed since `prev` (null: no decision before; on load, nothing allowed before the stored choice),
 * then `change` and, for tag managers, `consent` with the consent in force.
 */
function changed(prev: Choices | null) {
  snapshot = undefined;
  const c = api.getConsent();
  for (const id of optional()) if (!prev?.[id] !== !choices[id]) emit(choices[id] ? 'grant' : 'revoke', id);
  if (!prev) emit('first-decision', c);
  emit('change', c);
  emit('consent', c);
}

function host(): Host {
  return {
    config: cfg!,
    choices,
    signals,
    regime: applied.regime,
    honored,
    stored,
    queue,
    decide,
    write: writeStored,
  };
}

function enqueue(event: ReceiptRequest['event']) {
  if (!cfg!.endpoint) return;
  queue.push({ event, choices: { ...choices }, consentMode: modeValues(choices) });
  showUi('send');
}

function showUi(action: UiAction) {
  if (!loadUi) return;
  ui ||= loadUi();
  ui.then(
    (m) => m.show(host(), action),
    () => {},
  );
}

function decide(base: Choices, event?: ReceiptRequest['event']) {
  const prev = valid ? choices : null;
  const next = effective(base);
  const ids = optional();
  event ||= ids.some((i) => prev?.[i] && !next[i])
    ? 'withdraw'
    : ids.every((i) => next[i])
      ? 'grant'
      : ids.some((i) => next[i])
        ? 'partial'
        : 'refuse';
  choices = next;
  valid = true;
  stored = {
    decidedAt: now(),
    // Written shortened (encodeConsent); in memory a prefix match works the same.
    fp: cfg!.fingerprint,
    granted: ids.filter((i) => next[i]),
    subjectId: stored?.subjectId ?? '',
    pending: cfg!.endpoint ? event : '',
  };
  writeStored();
  if (cfg!.consentMode) gtag('consent', 'update', modeValues(next));
  clean();
  gate();
  enqueue(event);
  if (ui) showUi('hide');
  changed(prev);
}

/**
 * Applies a config: the stored choice (if still valid), signals, Consent Mode, clean-up and gating. A config with
 * a link that is not http(s) is refused whole, as `validate` refuses such a declaration: nothing gated ever runs.
 */
function start(config: ClientConfig) {
  // Its links must be as `cookieproof build` writes them, absolute http(s) or starting with "/": anything else is
  // refused rather than parsed (javascript:, data:, or such a URL behind spaces or tabs, which browsers strip).
  if (cfg || config?.v !== 1 || [config.policyUrl, config.endpoint].some((u) => u && !/^(https?:)?\//.test(u))) return;
  cfg = config;
  // Required categories are always allowed: only the others' names and URLs are ever refused. A script, iframe or
  // pixel has a url, a cookie or storage key none (validation sees to it).
  for (const c of config.categories)
    if (!c.required) for (const t of c.technologies) (t.url ? urls : techs).push([t.kind, new RegExp(t.match), c.id]);
  // The region the page names (the operator's server fills it in from its CDN's header): its own rule, its
  // country's, or the default; no region, the strictest regime declared.
  const j = config.jurisdictions;
  const region = d.documentElement.dataset.cookieproofRegion?.toUpperCase();
  const rule = (code: string) => j.rules.find((r) => r.regions.includes(code));
  applied = region ? (rule(region) ?? rule(region.slice(0, 2)) ?? j.default) : j.unknown;
  honored = optedOut(applied);
  stored = decodeConsent(atBoot);
  const s = stored;
  valid = !!s && config.accepts.some((a) => a.startsWith(s.fp)) && now() - s.decidedAt < config.lifetimeDays * 86400;
  const base: Choices = {};
  if (valid) for (const id of s!.granted) base[id] = true;
  choices = effective(valid ? base : null);
  const cm = config.consentMode;
  if (cm) {
    // One default per rule with its regions, then the global one: Google's tags pick the most specific.
    for (const r of j.rules)
      gtag('consent', 'default', {
        ...modeValues(effective(null, r)),
        region: r.regions,
        wait_for_update: cm.waitForUpdate,
      });
    gtag('consent', 'default', { ...modeValues(effective(null, j.default)), wait_for_update: cm.waitForUpdate });
    if (cm.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
    if (cm.urlPassthrough) gtag('set', 'url_passthrough', true);
    // The visitor's regime is not the global default's (no region: the strictest), and Google may place them
    // elsewhere than the page does: what the SDK applies is stated at once.
    if (valid || applied.regime !== j.default.regime) gtag('consent', 'update', modeValues(choices));
  }
  clean();
  gate();
  // A returning visitor: listeners learn the stored choice on every page, those that subscribed before a fetched
  // config arrived too. While the document is parsed, at DOMContentLoaded, so that the page's later scripts (a tag
  // manager's among them) have added theirs; a `grant:<id>` callback added until then runs then, once.
  if (valid) {
    announcing = d.readyState === 'loading';
    if (announcing)
      d.addEventListener('DOMContentLoaded', () => {
        announcing = false;
        changed({});
      });
    else changed({});
  }
  if (valid && honored && config.categories.some((c) => c.saleOrShare && base[c.id])) decide(base, 'signal');
  else if (valid && s!.pending) enqueue(s!.pending as ReceiptRequest['event']);
  // The opt-out regime's "do not sell or share" entry point is on every page, decided or not; the opt-in banner and
  // the notice until the visitor decides or acknowledges.
  if (storageBlocked) showUi('blocked');
  else if (!valid || applied.regime === 'opt-out') showUi('banner');
  for (const f of waiting.splice(0)) f();
}

const whenReady = (f: () => void) => (cfg ? f() : waiting.push(f));

/** The public API on `window.cookieproof`; every call is safe before, during and after init. */
export const api = {
  getConsent: (): Consent | null =>
    // A valid choice means a config and a stored choice.
    (snapshot ??= valid
      ? { choices: { ...choices }, version: cfg!.version, decidedAt: stored!.decidedAt, signals }
      : null),
  acceptAll: () => whenReady(() => decide(Object.fromEntries(optional().map((i) => [i, true])))),
  rejectAll: () => whenReady(() => decide({})),
  // effective() keeps only declared categories, as booleans, with required ones on.
  // Anything but an object of choices is not a decision, so it records nothing.
  set: (c: Choices) => whenReady(() => c && typeof c === 'object' && decide({ ...(valid ? choices : {}), ...c })),
  allowed,
  showPreferences: () => whenReady(() => showUi('preferences')),
  /**
   * `consent`, `change` and `first-decision` get the consent; `grant` and `revoke` the category id;
   * `grant:<category>` runs at once when that category is already allowed (and announced).
   */
  on: ((event: string, fn: (x: never) => void): (() => unknown) => {
    listeners[event] ||= [];
    const list = listeners[event];
    const f = fn as (x: unknown) => void;
    list.push(f);
    if (event.startsWith('grant:') && allowed(event.slice(6)) && !announcing) f(event.slice(6));
    // indexOf -1 becomes 2**32-1, so an unknown fn removes nothing.
    return () => list.splice(list.indexOf(f) >>> 0, 1);
  }) as On,
  /** For React's useSyncExternalStore: `fn` runs after every change of getConsent(). */
  subscribe: (fn: () => void): (() => unknown) => api.on('change', fn),
  status: (): Status => ({
    ready: !!cfg,
    decided: valid,
    storageBlocked,
    signals,
    signalHonored: honored,
  }),
};
export type CookieproofApi = typeof api;

// Every member is a function.
for (const k of Object.keys(api) as (keyof typeof api)[]) {
  const f = api[k] as (...x: unknown[]) => unknown;
  (api as Record<string, unknown>)[k] = (...a: unknown[]) => {
    try {
      return f(...a);
    } catch {}
  };
}

const isDeletion = (v: string) =>
  /max-age=\s*[0-]/i.test(v) || Date.parse(/expires=([^;]+)/i.exec(v)?.[1] ?? '') < Date.now();

/** Stops writes to declared names of categories that are not allowed; undeclared names pass untouched. */
function guard() {
  Object.defineProperty(d, 'cookie', {
    configurable: true,
    get: () => rawCookie(),
    set: (v: string) => {
      if (!refusedName('cookie', String(v).split('=')[0]!.trim()) || isDeletion(String(v))) rawCookie(v);
    },
  });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
    let kind = 'sessionStorage';
    try {
      if (this === localStorage) kind = 'localStorage';
    } catch {}
    if (!refusedName(kind, String(k))) setItem.call(this, k, v);
  };
}

/** Installs the API, guards and observers once; with `config` (ES module use) applies it at once. */
export function boot(loader: UiLoader, script?: HTMLScriptElement | null, config?: ClientConfig) {
  try {
    if (!loadUi) {
      w = window;
      d = document;
      cookieProp = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      const nav = navigator as Navigator & { globalPrivacyControl?: unknown };
      signals = {
        gpc: typeof nav.globalPrivacyControl === 'boolean' ? nav.globalPrivacyControl : null,
        // "1" or "0"; Firefox's "unspecified" (supported, not set) is false too.
        dnt: nav.doNotTrack ? nav.doNotTrack === '1' : null,
      };
      loadUi = loader;
      w.cookieproof = api;
      setAttr = Element.prototype.setAttribute;
      // Only a first visit (no consent cookie yet) is checked, and only the cookie: browsers block cookies and
      // site storage together, and navigator.cookieEnabled stays true when they do: write it and read it back.
      atBoot = readCookie();
      if (atBoot === undefined) {
        rawCookie(`${COOKIE}=0;path=/;max-age=9`);
        storageBlocked = !readCookie();
        rawCookie(`${COOKIE}=;path=/;max-age=0`);
      }
      guard();
      installAutoBlock(heldBy, hold);
      loaders = ['script', 'iframe', 'img'].map((tag) => d.getElementsByTagName(tag));
      new MutationObserver(() => {
        try {
          gate(false);
        } catch {}
      }).observe(d.documentElement, { childList: true, subtree: true });
      d.addEventListener('click', (e) => {
        const act = (e.target as Element | null)?.closest?.('[data-cookieproof-action]');
        if (!act) return;
        e.preventDefault();
        whenReady(() => showUi(act.getAttribute('data-cookieproof-action') as UiAction));
      });
    }
    const inline = d.getElementById('cookieproof-config');
    if (config) start(config);
    else if (inline) start(JSON.parse(inline.textContent ?? ''));
    // Until a fetched config arrives nothing gated runs, and the Consent Mode default is pushed when it does.
    else if (script?.dataset.config)
      fetch(script.dataset.config)
        .then((r) => r.json())
        .then(start)
        .catch(() => {});
  } catch {}
}
