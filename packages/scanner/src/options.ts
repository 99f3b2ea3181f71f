import { existsSync } from 'node:fs';
import { CookieproofError, type Declaration, type ScanPassName } from '@cookieproof/schema';
import { chromium } from 'playwright-core';

/** A sign-in step run at the start of every pass; the cookies it creates are attributed to it. */
export type LoginStep =
  | {
      /** Page with the sign-in form. */
      url: string;
      /** Form fields by `name` (or CSS selector when it starts with `#`, `.` or `[`) and the value to type. */
      fields: Record<string, string>;
      /** Button to press; defaults to the form's submit button, else Enter in the last field. */
      submit?: string;
    }
  | {
      /** A Playwright storage-state JSON file (`{ cookies, origins }`) from an earlier signed-in session. */
      storageState: string;
    };

export interface ScanProgress {
  pass: ScanPassName;
  /** The region the pass presents itself from, when the scan runs per region. */
  region?: string;
  phase: 'start' | 'login' | 'page' | 'consent' | 'done';
  /** The page just visited, for `page`. */
  page?: string;
  /** Pages done so far over all passes, and the most that can be visited. */
  done: number;
  total: number;
}

export interface ScanOptions {
  /** The declaration to compare against; without one every finding is reported but not judged. */
  declaration?: Declaration;
  /** Chromium executable (`--browser`); else `CHROMIUM_PATH`, `/usr/bin/chromium`, then Playwright's own. */
  browser?: string;
  /** Most pages per pass, extra pages included (`--max-pages`, default 10). */
  maxPages?: number;
  /** Link depth from the start page (`--depth`, default 2). */
  depth?: number;
  /** Pages visited in every pass whatever the crawl finds (`--page`, repeatable). */
  pages?: string[];
  /** `--login`: see LoginStep. */
  login?: LoginStep;
  /** `--third-party-cookies`: `allow` (default) sees what browsers that allow them store; `block` is Chrome-like. */
  thirdPartyCookies?: 'allow' | 'block';
  /**
   * How long network and storage must stay quiet (nothing in flight, no short timer pending, nothing written or
   * inserted) before a page, a route or the consent step counts as settled (`--settle`, default 300 ms).
   */
  settleMs?: number;
  /** The longest a page is watched for quiet (`--quiet-bound`, default 5000 ms); the report names pages that hit it. */
  quietBoundMs?: number;
  /** Tabs per pass visiting pages at once, in the same profile and consent state (`--tabs`, default 4). */
  tabs?: number;
  /** In-app routes followed per page: same-origin links the page handles with history.pushState (default 5). */
  maxRoutes?: number;
  /** Longest wait for one page to load and go idle (default 15000 ms). */
  pageTimeoutMs?: number;
  /** Open Cookie Database CSV (`--cookie-db`); `false` uses only the built-in list; default: cached download. */
  cookieDb?: string | false;
  /** Folder for the downloaded Open Cookie Database (default: `$XDG_CACHE_HOME/cookieproof` or `~/.cache/cookieproof`). */
  cacheDir?: string;
  /** Where to download the Open Cookie Database from when it is not cached (default OCD_URL). */
  cookieDbUrl?: string;
  /** Use @duckduckgo/autoconsent's rules for known consent platforms before the text heuristic (default true). */
  autoconsent?: boolean;
  /**
   * Also run the GPC pass (`--gpc`): "accept all" with `Sec-GPC: 1` and `navigator.globalPrivacyControl`; when the
   * declaration honors GPC, any sale/share technology it loads is a `gpc-not-honored` violation.
   */
  gpc?: boolean;
  /**
   * Regions to scan from (`--region`, repeatable): countries ("DE") or subdivisions ("US-CA"). The passes run once
   * per region, each request carrying the region in `regionHeader` as a CDN would, and each region is judged by the
   * regime the declaration's `jurisdictions` give it: opt-in, nothing non-essential before consent; opt-out, nothing
   * sold or shared after an opt-out or a GPC signal (such a region always gets a GPC pass, with no consent action).
   */
  regions?: string[];
  /**
   * The request header carrying the region (`--region-header`, default `CF-IPCountry`): the country goes in it and a
   * subdivision in the same name plus `-Region`, as CloudFront and Vercel send them and the consent server reads them.
   */
  regionHeader?: string;
  /** Passes to run, default all three in order none, reject, accept. */
  passes?: ScanPassName[];
  /** One JPEG screenshot per pass embedded in the report (default true). */
  screenshots?: boolean;
  /** Report declared technologies the accept pass did not see as `not-observed` violations, not only warnings. */
  failOnNotObserved?: boolean;
  onProgress?: (p: ScanProgress) => void;
}

export const DEFAULTS = {
  maxPages: 10,
  depth: 2,
  settleMs: 300,
  quietBoundMs: 5000,
  tabs: 4,
  maxRoutes: 5,
  pageTimeoutMs: 15_000,
  regionHeader: 'CF-IPCountry',
} as const;

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser to run: the option, then CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's own download
 * (undefined lets playwright-core find it). Throws `browser-missing` naming every place it looked.
 */
export function resolveBrowser(
  option: string | undefined,
  env: Record<string, string | undefined> = process.env,
  fallbacks: { system: string; playwright: () => string | undefined } = {
    system: SYSTEM_CHROMIUM,
    playwright: playwrightBrowser,
  },
): string {
  const tried: string[] = [];
  for (const [source, path] of [
    ['--browser', option],
    ['CHROMIUM_PATH', env.CHROMIUM_PATH],
    ['default', fallbacks.system],
    ["Playwright's own Chromium", fallbacks.playwright()],
  ] as const) {
    if (!path) continue;
    if (existsSync(path)) return path;
    tried.push(`${source}: ${path}`);
    // An explicit choice that does not exist is a mistake to report, not to silently replace.
    if (source === '--browser') break;
  }
  throw new CookieproofError(
    'browser-missing',
    `no Chromium found (tried ${tried.join('; ') || 'nothing'}). Pass --browser /path/to/chromium, set CHROMIUM_PATH, install Chromium at ${SYSTEM_CHROMIUM}, or run \`npx playwright install chromium\`.`,
    { tried },
  );
}

function playwrightBrowser(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
