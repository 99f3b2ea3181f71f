import { readFile } from 'node:fs/promises';
import { CookieproofError, type ScanPassName } from '@cookieproof/schema';
import type { BrowserContext, CDPSession, Frame, Page, Request } from 'playwright-core';
import { installAutoconsent } from './autoconsent.ts';
import { bannerVisible, type ConsentOutcome, consentAsked, giveConsent } from './consent.ts';
import { CrawlPlan } from './crawl-plan.ts';
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
}

export interface ObservedStorage {
  kind: 'localStorage' | 'sessionStorage';
  key: string;
  origin: string;
  frameUrl: string;
  page: string;
  viaLogin: boolean;
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
  /** Pages that failed to load, storage that could not be read, and similar. */
  notes: string[];
};

export interface PassSettings {
  target: string;
  extraPages: string[];
  maxPages: number;
  depth: number;
  settleMs: number;
  pageTimeoutMs: number;
  login: LoginStep | undefined;
  screenshot: boolean;
  autoconsent: boolean;
  progress: (phase: ScanProgress['phase'], page?: string) => void;
}

const COLLECT_PATH = /\/(?:g\/|j\/|r\/)?(?:collect|track|tr|pixel|px|beacon|event|events|log|hit|b\/ss)(?:\/|$|\.)/i;
const TINY_IMAGE_BYTES = 200;

export async function runPass(
  context: BrowserContext,
  consent: ScanPassName,
  s: PassSettings,
): Promise<PassObservation> {
  const obs: PassObservation = {
    consent,
    pages: [],
    consentMethod: consent === 'none' ? 'not-asked' : 'none',
    consentDetail: consent === 'none' ? 'no consent given (first visit)' : '',
    consentElsewhere: [],
    bannerFound: false,
    cookies: [],
    storage: [],
    indexedDb: [],
    requests: [],
    blockedCookies: [],
    notes: [],
  };
  const auto = consent === 'none' || !s.autoconsent ? undefined : await installAutoconsent(context, consent);
  const page = await context.newPage();
  let current = s.target;
  let viaLogin = false;
  /** Requests in flight, each with the page it belongs to (see below). */
  const inflight = new Map<Request, string>();
  const initiators = new Map<string, string>();
  const requestUrls = new Map<string, string>();
  const pendingBlocked: {
    requestId: string;
    blocked: { blockedReasons: string[]; cookieLine: string }[];
    page: string;
  }[] = [];

  const watchCdp = (cdp: CDPSession) => {
    cdp.on('Network.requestWillBeSent', (e) => {
      requestUrls.set(e.requestId, e.request.url);
      const init = e.initiator;
      const from = init.url ?? init.stack?.callFrames?.[0]?.url;
      if (from && !initiators.has(e.request.url)) initiators.set(e.request.url, from);
    });
    cdp.on('Network.responseReceivedExtraInfo', (e) => {
      if (e.blockedCookies.length > 0)
        pendingBlocked.push({ requestId: e.requestId, blocked: e.blockedCookies, page: current });
    });
  };
  const main = await context.newCDPSession(page);
  watchCdp(main);
  await main.send('Network.enable');
  // Cross-site iframes run in their own process; their requests reach us through a session on that frame.
  const attached = new WeakSet<Frame>();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() || attached.has(frame) || isFirstParty(hostOf(frame.url()), page.url())) return;
    attached.add(frame);
    context
      .newCDPSession(frame)
      .then(async (cdp) => {
        watchCdp(cdp);
        await cdp.send('Network.enable');
      })
      .catch(() => undefined); // Not an out-of-process frame: the main session already sees it.
  });

  // A request belongs to the page whose document made it, even when it ends after the scan has moved on (a tag
  // loaded late, cut off by the next navigation): the page shown when it started, not the one when it ended.
  page.on('request', (r) => {
    const shown = page.url();
    inflight.set(r, /^https?:/.test(shown) ? shown : current);
  });
  const settle = (r: Request, failed: boolean) => {
    const at = inflight.get(r) ?? current;
    inflight.delete(r);
    void classify(r, failed, at).then((o) => o && obs.requests.push(o));
  };
  page.on('requestfinished', (r) => settle(r, false));
  page.on('requestfailed', (r) => settle(r, true));

  const classify = async (r: Request, failed: boolean, pageUrl: string): Promise<ObservedRequest | undefined> => {
    const url = r.url();
    if (!/^https?:/.test(url)) return undefined;
    const type = r.resourceType();
    const frame = safeFrame(r);
    const isSubframeDoc = type === 'document' && frame !== undefined && frame !== page.mainFrame();
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
    if (type === 'ping') [kind, pixelReason] = ['pixel', 'beacon'];
    else if (size !== undefined && size <= TINY_IMAGE_BYTES) [kind, pixelReason] = ['pixel', 'tiny-image'];
    else if (COLLECT_PATH.test(new URL(url).pathname) && ['image', 'xhr', 'fetch', 'other'].includes(type))
      [kind, pixelReason] = ['pixel', 'collect-endpoint'];
    else if (type === 'script') kind = 'script';
    else if (isSubframeDoc) kind = 'iframe';
    const response = failed ? null : await r.response().catch(() => null);
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
    };
  };

  const idle = async () => {
    const deadline = Date.now() + Math.min(s.pageTimeoutMs, 5000);
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (inflight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= 150) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    if (s.settleMs > 0) await page.waitForTimeout(s.settleMs);
  };

  const jar = new Map<string, ObservedCookie>();
  const snapshotCookies = async () => {
    for (const c of await context.cookies()) {
      const domain = c.domain.replace(/^\./, '');
      const key = `${c.name}\t${domain}\t${c.path}`;
      if (jar.has(key)) continue;
      jar.set(key, {
        name: c.name,
        domain,
        path: c.path,
        secure: c.secure,
        httpOnly: c.httpOnly,
        sameSite: c.sameSite,
        expires: c.expires < 0 ? null : Math.round(c.expires),
        page: current,
        viaLogin,
      });
    }
  };

  const storageSeen = new Set<string>();
  const snapshotStorage = async () => {
    for (const frame of page.frames()) {
      if (frame.isDetached() || !/^https?:/.test(frame.url())) continue;
      const got = await withTimeout(frame.evaluate(readStorage), 10_000).catch((err: Error) => ({
        origin: '',
        local: [],
        session: [],
        idb: [],
        errors: [String(err.message).split('\n')[0]!],
      }));
      for (const e of got.errors) obs.notes.push(`${frame.url()}: ${e}`);
      const add = (kind: ObservedStorage['kind'], [key, value]: [string, string]) => {
        // A key counts on the page that created or rewrote it, not on every later page that still holds it.
        const id = `${kind}\t${key}\t${got.origin}\t${value}`;
        if (storageSeen.has(id)) return;
        storageSeen.add(id);
        obs.storage.push({ kind, key, origin: got.origin, frameUrl: frame.url(), page: current, viaLogin });
      };
      for (const k of got.local) add('localStorage', k);
      for (const k of got.session) add('sessionStorage', k);
      for (const name of got.idb) {
        if (!obs.indexedDb.some((d) => d.origin === got.origin && d.name === name))
          obs.indexedDb.push({ origin: got.origin, name, page: current });
      }
    }
  };

  /** Loads a page and (unless `settle` is false, for a page that is acted on at once) waits for it to go idle. */
  const visit = async (url: string, settle = true): Promise<boolean> => {
    current = url;
    try {
      await page.goto(url, { waitUntil: 'load', timeout: s.pageTimeoutMs });
    } catch (err) {
      obs.notes.push(`${url}: ${(err as Error).message.split('\n')[0]}`);
      return false;
    }
    current = page.url();
    if (settle) await idle();
    return true;
  };

  try {
    if (s.login) {
      viaLogin = true;
      s.progress('login');
      await runLogin(context, page, s.login, visit, s.pageTimeoutMs);
      current = 'storageState' in s.login ? s.target : page.url();
      await idle();
      await snapshotCookies();
      await snapshotStorage();
      viaLogin = false;
    }

    const plan = new CrawlPlan(s.target, s.extraPages, s.maxPages, s.depth);
    const consentOrigins = new Set<string>();
    for (let next = plan.next(); next; next = plan.next()) {
      // The first page of a consent pass is only looked at after consent, which waits for its banner itself.
      const settle = consent === 'none' || obs.pages.length > 0;
      // A redirect back to a page already seen adds nothing new to report.
      if (!(await visit(next.url, settle)) || !plan.arrived(next, current)) continue;
      obs.pages.push(current);
      const first = obs.pages.length === 1;
      const origin = new URL(current).origin;
      if (consent === 'none') {
        if (first) obs.bannerFound = await bannerVisible(page);
      } else if (!consentOrigins.has(origin)) {
        consentOrigins.add(origin);
        // The first page may show its banner late, so it gets time; later origins are asked only if they ask.
        if (first || (await consentAsked(page))) {
          const outcome = await giveConsent(page, consent, first ? Math.max(2000, s.settleMs * 4) : 1000, auto);
          if (first) {
            obs.consentMethod = outcome.method;
            obs.consentDetail = outcome.detail;
            obs.bannerFound = outcome.method !== 'none';
          } else obs.consentElsewhere.push({ page: current, ...outcome });
          s.progress('consent', current);
          await idle();
        }
      }
      if (first) {
        if (s.screenshot) {
          const shot = await page.screenshot({ type: 'jpeg', quality: 55 }).catch(() => undefined);
          if (shot) obs.screenshot = `data:image/jpeg;base64,${shot.toString('base64')}`;
        }
      }
      await snapshotCookies();
      await snapshotStorage();
      s.progress('page', current);
      if (plan.wantsLinks(next)) {
        const links = await page
          .evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href))
          .catch(() => [] as string[]);
        plan.addLinks(links, next);
      }
    }
    // Each page already waited for idle and settled before its snapshot; one more look at the jar catches
    // cookies that responses still in flight then have set since.
    await snapshotCookies();
  } finally {
    await page.close().catch(() => undefined);
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
async function readStorage() {
  const out = {
    origin: location.origin,
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
