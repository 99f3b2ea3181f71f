import { CookieproofError, fingerprint, type ScanPassName, type Violation } from '@cookieproof/schema';
import { launchScanBrowser } from './browser.ts';
import { evaluate, type ScanFinding, type Suggestion } from './evaluate.ts';
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
  /** Known-item hints for undeclared cookies and storage keys. */
  suggestions: Suggestion[];
  thirdPartyCookies: 'allow' | 'block';
  /** The browser presented itself as a normal browser: navigator.webdriver false, no "HeadlessChrome". */
  webdriverMasked: true;
  browser: { executablePath: string; version: string; userAgent: string };
  /** Where known-item categories came from: the built-in list and, when read, the Open Cookie Database. */
  knownItems: string;
  login: { kind: 'form' | 'storage-state'; source: string } | null;
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
  const startedAt = new Date().toISOString();
  const warnings: string[] = [];
  const executablePath = resolveBrowser(options.browser);
  const known = await knownItems(options, warnings);
  const passNames = options.passes ?? ALL_PASSES;
  const maxPages = Math.max(1, options.maxPages ?? DEFAULTS.maxPages);
  const thirdPartyCookies = options.thirdPartyCookies ?? 'allow';
  const total = maxPages * passNames.length;
  let done = 0;

  const browser = await launchScanBrowser(executablePath, thirdPartyCookies);
  let passes: PassObservation[];
  try {
    // Passes are independent (each its own empty profile), so they run side by side.
    passes = await Promise.all(
      passNames.map(async (consent) => {
        const context = await browser.newPassContext();
        try {
          options.onProgress?.({ pass: consent, phase: 'start', done, total });
          return await runPass(context, consent, {
            target: target.href,
            extraPages: options.pages ?? [],
            maxPages,
            depth: Math.max(0, options.depth ?? DEFAULTS.depth),
            settleMs: options.settleMs ?? DEFAULTS.settleMs,
            pageTimeoutMs: options.pageTimeoutMs ?? DEFAULTS.pageTimeoutMs,
            login: options.login,
            screenshot: options.screenshots ?? true,
            autoconsent: options.autoconsent ?? true,
            progress: (phase, page) => {
              if (phase === 'page') done++;
              options.onProgress?.({ pass: consent, phase, ...(page ? { page } : {}), done, total });
            },
          });
        } finally {
          await context.close().catch(() => undefined);
          options.onProgress?.({ pass: consent, phase: 'done', done, total });
        }
      }),
    );
  } finally {
    await browser.close();
  }
  for (const p of passes) {
    if (p.consent !== 'none' && p.consentMethod === 'none')
      warnings.push(`${p.consent} pass: no consent banner or Cookieproof API found, so nothing was ${p.consent}ed`);
  }
  const { findings, violations, suggestions } = evaluate(passes, options.declaration, known, Date.now() / 1000);
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
    suggestions,
    thirdPartyCookies,
    webdriverMasked: true,
    browser: { executablePath, version: browser.version, userAgent: browser.userAgent },
    knownItems: known.source,
    login,
    warnings,
  };
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
