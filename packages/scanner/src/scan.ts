import {
  type AppliedJurisdiction,
  CookieproofError,
  fingerprint,
  regimeOf,
  resolveJurisdiction,
  type ScanPassName,
  type Violation,
  visitorRegion,
} from '@cookieproof/schema';
import { launchScanBrowser } from './browser.ts';
import type { ScanComparison } from './compare.ts';
import { evaluate, type NotObserved, REQUEST_RULE, type ScanFinding, type Suggestion } from './evaluate.ts';
import { builtinKnownItems, type KnownItems, loadKnownItems } from './known-items.ts';
import { DEFAULTS, resolveBrowser, type ScanOptions } from './options.ts';
import { type PassObservation, runPass } from './pass.ts';

export type PassReport = PassObservation;

/** The contract report (DESIGN.md) plus what the scanner saw in detail. */
export type CookieproofScanReport = {
  target: string;
  /** Fingerprint of the declaration compared against, or null. */
  declaration: string | null;
  startedAt: string;
  finishedAt: string;
  passes: PassReport[];
  findings: ScanFinding[];
  violations: Violation[];
  /**
   * Warnings: declared non-essential technologies the accept pass visited the surface of and never saw (also in
   * `violations` when the scan was asked to fail on them).
   */
  notObserved: NotObserved[];
  /** Known-item hints for undeclared cookies and storage keys. */
  suggestions: Suggestion[];
  thirdPartyCookies: 'allow' | 'block';
  /** The browser presented itself as a normal browser: navigator.webdriver false, no "HeadlessChrome". */
  webdriverMasked: true;
  browser: { executablePath: string; version: string; userAgent: string };
  /** Where known-item categories came from: the built-in list and, when read, the Open Cookie Database. */
  knownItems: string;
  login: { kind: 'form' | 'storage-state'; source: string } | null;
  /**
   * How each page, route and consent step was left: once network and storage had been quiet for `windowMs`, or
   * at `boundMs` at the latest (the pages that reached it are listed per pass in `quietBoundReached`).
   */
  quiet: { windowMs: number; boundMs: number };
  /** Tabs each pass visited pages with at once. */
  tabs: number;
  /** The request header that carried each pass's region, when the scan ran per region. */
  regionHeader?: string;
  /** Which requests are judged and which stay out of the findings, and why. */
  requestRule: string;
  /** What changed since an earlier report, when one was given (`cookieproof scan --compare`). */
  comparison?: ScanComparison;
  /** Things that limit the scan, e.g. the cookie database could not be downloaded. */
  warnings: string[];
};

const ALL_PASSES: ScanPassName[] = ['none', 'reject', 'accept'];

export async function scan(url: string, options: ScanOptions = {}): Promise<CookieproofScanReport> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new CookieproofError(
      'usage',
      `not a URL: ${JSON.stringify(url)}; give an http(s) address such as https://example.com/`,
    );
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new CookieproofError('usage', `cannot scan ${url}: only http and https addresses`);
  }
  const regions = checkRegions(options.regions);
  const regionHeader = options.regionHeader?.trim() || DEFAULTS.regionHeader;
  if (!/^[!#$%&'*+.^`|~\w-]+$/.test(regionHeader))
    throw new CookieproofError('usage', `--region-header: "${regionHeader}" is not a header name`);
  const startedAt = new Date().toISOString();
  const warnings: string[] = [];
  const executablePath = resolveBrowser(options.browser);
  const known = await knownItems(options, warnings);
  const passNames = planPasses(options, regions);
  const maxPages = Math.max(1, options.maxPages ?? DEFAULTS.maxPages);
  const thirdPartyCookies = options.thirdPartyCookies ?? 'allow';
  const total = maxPages * passNames.length;
  const quiet = {
    windowMs: Math.max(0, options.settleMs ?? DEFAULTS.settleMs),
    boundMs: Math.max(0, options.quietBoundMs ?? DEFAULTS.quietBoundMs),
  };
  const tabs = Math.max(1, options.tabs ?? DEFAULTS.tabs);
  let done = 0;

  const browser = await launchScanBrowser(executablePath, thirdPartyCookies);
  let passes: PassObservation[];
  try {
    // Passes are independent (each its own empty profile), so they run side by side, a few at a time.
    passes = await inPool(passNames, PASSES_AT_ONCE, async ({ consent, gpc, region, regime }) => {
      const context = await browser.newPassContext({ gpc, headers: region ? regionHeaders(regionHeader, region) : {} });
      const at = region ? { region } : {};
      try {
        options.onProgress?.({ pass: consent, ...at, phase: 'start', done, total });
        const observed = await runPass(
          context,
          consent,
          {
            target: target.href,
            extraPages: options.pages ?? [],
            maxPages,
            depth: Math.max(0, options.depth ?? DEFAULTS.depth),
            quietMs: quiet.windowMs,
            quietBoundMs: quiet.boundMs,
            tabs,
            maxRoutes: Math.max(0, options.maxRoutes ?? DEFAULTS.maxRoutes),
            pageTimeoutMs: options.pageTimeoutMs ?? DEFAULTS.pageTimeoutMs,
            login: options.login,
            screenshot: options.screenshots ?? true,
            autoconsent: options.autoconsent ?? true,
            // Where categories are on before any choice, what loaded before the opt-out is not held against it.
            markBeforeChoice: !regimeOf(regime.regime).asksFirst,
            progress: (phase, page) => {
              if (phase === 'page') done++;
              options.onProgress?.({ pass: consent, ...at, phase, ...(page ? { page } : {}), done, total });
            },
          },
          gpc,
        );
        return region
          ? { ...observed, region, jurisdiction: { id: regime.jurisdiction, regime: regime.regime } }
          : observed;
      } finally {
        await context.close().catch(() => undefined);
        options.onProgress?.({ pass: consent, ...at, phase: 'done', done, total });
      }
    });
  } finally {
    await browser.close();
  }
  for (const p of passes) {
    // Where categories are on by default there is nothing to accept: no banner to accept is what such a site shows.
    const nothingToAccept =
      p.consent === 'accept' &&
      !regimeOf(resolveJurisdiction(options.declaration?.jurisdictions, p.region ?? null).regime).asksFirst;
    if (p.consent !== 'none' && p.consentMethod === 'none' && !nothingToAccept)
      warnings.push(
        `${p.consent}${p.gpc ? ' (GPC)' : ''} pass${p.region ? ` from ${p.region}` : ''}: no consent banner or Cookieproof API found, so nothing was ${p.consent}ed`,
      );
  }
  const { findings, violations, suggestions, notObserved } = evaluate(
    passes,
    options.declaration,
    known,
    Date.now() / 1000,
  );
  if (options.failOnNotObserved)
    for (const n of notObserved)
      violations.push({
        rule: n.rule,
        pass: n.pass,
        kind: n.kind,
        name: n.name,
        origin: '',
        page: n.page,
        message: n.message,
      });
  const login = options.login
    ? 'storageState' in options.login
      ? { kind: 'storage-state' as const, source: options.login.storageState }
      : { kind: 'form' as const, source: options.login.url }
    : null;
  return {
    target: target.href,
    declaration: options.declaration ? fingerprint(options.declaration) : null,
    startedAt,
    finishedAt: new Date().toISOString(),
    passes,
    findings,
    violations,
    notObserved,
    suggestions,
    thirdPartyCookies,
    webdriverMasked: true,
    browser: { executablePath, version: browser.version, userAgent: browser.userAgent },
    knownItems: known.source,
    requestRule: REQUEST_RULE,
    quiet,
    tabs,
    ...(regions.length ? { regionHeader } : {}),
    login,
    warnings,
  };
}

/** Passes at once: one region's three (or four, with GPC) side by side, as a scan without regions runs them. */
const PASSES_AT_ONCE = 4;

interface PlannedPass {
  consent: ScanPassName;
  gpc: boolean;
  region: string | undefined;
  regime: AppliedJurisdiction;
}

/**
 * The passes of a scan, per region. The GPC pass is "accept all" again in a browser sending the signal where the
 * regime asks before anything optional runs; where categories are on by default (opt-out, notice) it makes no
 * choice, the signal being the visitor's opt-out. A region whose regime honors GPC whatever the declaration says
 * (opt-out) always gets it: that is what the regime is checked by.
 */
function planPasses(options: ScanOptions, regions: string[]): PlannedPass[] {
  const out: PlannedPass[] = [];
  for (const region of regions.length ? regions : [undefined]) {
    const regime = resolveJurisdiction(options.declaration?.jurisdictions, region ?? null);
    const r = regimeOf(regime.regime);
    for (const consent of options.passes ?? ALL_PASSES) out.push({ consent, gpc: false, region, regime });
    if (options.gpc || (region !== undefined && r.signalOptsOut('gpc', 'record')))
      out.push({ consent: r.asksFirst ? 'accept' : 'none', gpc: true, region, regime });
  }
  return out;
}

/** Regions as given, checked: a country or a subdivision, each once. A group cannot be a visitor's region. */
function checkRegions(regions: string[] | undefined): string[] {
  const out: string[] = [];
  for (const raw of regions ?? []) {
    const code = raw.trim().toUpperCase();
    if (visitorRegion(code) !== code)
      throw new CookieproofError(
        'usage',
        `--region: "${raw}" is not a country or subdivision code; give one region a visitor can be in, such as DE, GB or US-CA (a group such as EEA is not one)`,
      );
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

/** The region as a CDN passes it on: the country in the header, a subdivision in the header's name plus -Region. */
export function regionHeaders(header: string, region: string): Record<string, string> {
  const [country, subdivision] = region.split('-');
  return { [header]: country!, ...(subdivision ? { [`${header}-Region`]: subdivision } : {}) };
}

/** Runs `fn` over `items`, at most `width` at once, results in the order of `items`. */
async function inPool<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
}

async function knownItems(options: ScanOptions, warnings: string[]): Promise<KnownItems> {
  if (options.cookieDb === false) return builtinKnownItems();
  if (options.cookieDb) return loadKnownItems({ path: options.cookieDb });
  try {
    return await loadKnownItems({
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      ...(options.cookieDbUrl ? { url: options.cookieDbUrl } : {}),
    });
  } catch (err) {
    if (!(err instanceof CookieproofError) || err.code !== 'unavailable') throw err;
    warnings.push(`${err.message} Using the built-in list of known cookies only.`);
    return builtinKnownItems();
  }
}
