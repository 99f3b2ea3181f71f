import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CookieproofError } from '@cookieproof/schema';

// Well-known cookies and storage keys with their known purpose: a small list of our own that works offline, plus
// the Open Cookie Database (Apache-2.0) when it can be read. They name undeclared items and catch declarations
// that put a known tracker into an essential category.

export type KnownCategory = 'essential' | 'security' | 'functional' | 'preferences' | 'analytics' | 'marketing';

export interface KnownItem {
  name: string;
  /** The name is a prefix (`_ga_` covers `_ga_ABC123`). */
  wildcard: boolean;
  category: KnownCategory;
  platform: string;
  description: string;
  retention?: string;
  source: 'cookieproof' | 'open-cookie-database';
}

/** Known categories that need consent whatever a declaration says. */
export const CONSENT_REQUIRED: readonly KnownCategory[] = ['analytics', 'marketing'];

const b = (
  name: string,
  category: KnownCategory,
  platform: string,
  description: string,
  wildcard = false,
): KnownItem => ({
  name,
  wildcard,
  category,
  platform,
  description,
  source: 'cookieproof',
});

// Written by us from the vendors' own documentation: the items most often found on sites.
const BUILTIN: KnownItem[] = [
  b('_ga', 'analytics', 'Google Analytics', 'Distinguishes visitors for Google Analytics.'),
  b('_ga_', 'analytics', 'Google Analytics', 'Keeps session state for a Google Analytics 4 property.', true),
  b('_gid', 'analytics', 'Google Analytics', 'Distinguishes visitors for 24 hours.'),
  b('_gat', 'analytics', 'Google Analytics', 'Throttles the request rate.', true),
  b('__utma', 'analytics', 'Google Analytics (legacy)', 'Distinguishes visitors and sessions.'),
  b('__utmb', 'analytics', 'Google Analytics (legacy)', 'Determines new sessions.'),
  b('__utmz', 'analytics', 'Google Analytics (legacy)', 'Stores the traffic source.'),
  b('_gcl_', 'marketing', 'Google Ads', 'Stores ad click information for conversions.', true),
  b('IDE', 'marketing', 'Google DoubleClick', 'Ad targeting and measurement.'),
  b('test_cookie', 'marketing', 'Google DoubleClick', 'Checks whether the browser accepts cookies.'),
  b('NID', 'marketing', 'Google', 'Ad personalisation and preferences.'),
  b('_fbp', 'marketing', 'Meta Pixel', 'Identifies browsers for Meta advertising.'),
  b('_fbc', 'marketing', 'Meta Pixel', 'Stores the last Facebook ad click.'),
  b('fr', 'marketing', 'Meta', 'Delivers and measures Meta ads.'),
  b('_hjSessionUser_', 'analytics', 'Hotjar', 'Identifies a Hotjar visitor.', true),
  b('_hjSession_', 'analytics', 'Hotjar', 'Holds the current Hotjar session.', true),
  b('_clck', 'analytics', 'Microsoft Clarity', 'Identifies a Clarity visitor.'),
  b('_clsk', 'analytics', 'Microsoft Clarity', 'Joins page views into one Clarity session.'),
  b('MUID', 'marketing', 'Microsoft Advertising', 'Identifies browsers across Microsoft sites.'),
  b('_uetsid', 'marketing', 'Microsoft Advertising', 'Universal Event Tracking session.'),
  b('_uetvid', 'marketing', 'Microsoft Advertising', 'Universal Event Tracking visitor.'),
  b('_ttp', 'marketing', 'TikTok Pixel', 'Measures TikTok ad performance.'),
  b('li_sugr', 'marketing', 'LinkedIn', 'Browser identifier for LinkedIn ads.'),
  b('bcookie', 'marketing', 'LinkedIn', 'Browser identifier for LinkedIn.'),
  b('_pin_unauth', 'marketing', 'Pinterest', 'Groups actions of visitors not signed in to Pinterest.'),
  b('_pk_id', 'analytics', 'Matomo', 'Identifies a Matomo visitor.', true),
  b('_pk_ses', 'analytics', 'Matomo', 'Holds the current Matomo session.', true),
  b('ajs_anonymous_id', 'analytics', 'Segment', 'Anonymous visitor id.'),
  b('mp_', 'analytics', 'Mixpanel', 'Mixpanel visitor state.', true),
  b('amp_', 'analytics', 'Amplitude', 'Amplitude visitor state.', true),
  b('__stripe_mid', 'security', 'Stripe', 'Fraud prevention for payments.'),
  b('__stripe_sid', 'security', 'Stripe', 'Fraud prevention for payments.'),
  b('__cf_bm', 'security', 'Cloudflare', 'Bot management.'),
  b('cf_clearance', 'security', 'Cloudflare', 'Passed security challenge.'),
];

const OCD_CATEGORY: Record<string, KnownCategory> = {
  necessary: 'essential',
  security: 'security',
  functional: 'functional',
  personalization: 'preferences',
  analytics: 'analytics',
  marketing: 'marketing',
};

export class KnownItems {
  readonly source: string;
  private readonly exact = new Map<string, KnownItem>();
  private readonly prefixes: KnownItem[];

  constructor(items: KnownItem[], source: string) {
    this.source = source;
    // Earlier items win: our own list before the database.
    for (const item of items) if (!item.wildcard && !this.exact.has(item.name)) this.exact.set(item.name, item);
    this.prefixes = items.filter((i) => i.wildcard).sort((x, y) => y.name.length - x.name.length);
  }

  get size(): number {
    return this.exact.size + this.prefixes.length;
  }

  /**
   * The known item for a cookie name or storage key. `strict` (used to judge a declaration) ignores prefixes
   * shorter than four characters, which the database has (`_s`, `tp`) and which match unrelated names.
   */
  lookup(name: string, strict = false): KnownItem | undefined {
    const hit = this.exact.get(name);
    if (hit) return hit;
    return this.prefixes.find((p) => name.startsWith(p.name) && (!strict || p.name.length >= 4));
  }
}

export function builtinKnownItems(): KnownItems {
  return new KnownItems(BUILTIN, 'built-in list');
}

/** Parses the Open Cookie Database CSV (RFC 4180 quoting). Rows without a name or known category are skipped. */
export function parseOpenCookieDatabase(csv: string): KnownItem[] {
  const rows = parseCsv(csv);
  const header = rows.shift()?.map((h) => h.trim().toLowerCase()) ?? [];
  const col = (label: string) => header.findIndex((h) => h.startsWith(label));
  const [platform, category, name, description, retention, wildcard] = [
    col('platform'),
    col('category'),
    col('cookie / data key name'),
    col('description'),
    col('retention'),
    col('wildcard'),
  ];
  if (name < 0 || category < 0) {
    throw new CookieproofError(
      'invalid-input',
      'not an Open Cookie Database CSV: no "Cookie / Data Key name" or "Category" column',
    );
  }
  const items: KnownItem[] = [];
  for (const r of rows) {
    const n = r[name]?.trim();
    const c = OCD_CATEGORY[(r[category] ?? '').trim().toLowerCase()];
    if (!n || !c) continue;
    const retain = r[retention]?.trim();
    items.push({
      name: n,
      wildcard: r[wildcard]?.trim() === '1',
      category: c,
      platform: r[platform]?.trim() ?? '',
      description: r[description]?.trim() ?? '',
      ...(retain ? { retention: retain } : {}),
      source: 'open-cookie-database',
    });
  }
  return items;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

export const OCD_URL =
  'https://raw.githubusercontent.com/jkwakman/Open-Cookie-Database/master/open-cookie-database.csv';

/** `COOKIEPROOF_CACHE_DIR`, else `$XDG_CACHE_HOME/cookieproof`, else `~/.cache/cookieproof`. */
export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.COOKIEPROOF_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'cookieproof');
}

export const COOKIE_DB_FILE = 'open-cookie-database.csv';

export interface CookieDbOptions {
  /** A CSV the user gave: read it, and fail clearly if it cannot be read. */
  path?: string;
  cacheDir?: string;
  url?: string;
}

/**
 * Our list followed by the Open Cookie Database from `path`, else from the cache, else downloaded into the cache.
 * Throws `invalid-input` for a bad path and `unavailable` when the download fails (offline).
 */
export async function loadKnownItems(options: CookieDbOptions = {}): Promise<KnownItems> {
  let csv: string;
  let source: string;
  if (options.path) {
    try {
      csv = await readFile(options.path, 'utf8');
    } catch (err) {
      throw new CookieproofError(
        'invalid-input',
        `${options.path}: cannot read the cookie database (${(err as NodeJS.ErrnoException).code})`,
      );
    }
    source = `Open Cookie Database (${options.path})`;
  } else {
    const file = join(options.cacheDir ?? defaultCacheDir(), COOKIE_DB_FILE);
    source = `Open Cookie Database (cached at ${file})`;
    try {
      csv = await readFile(file, 'utf8');
    } catch {
      csv = await download(options.url ?? OCD_URL, file);
    }
  }
  return new KnownItems([...BUILTIN, ...parseOpenCookieDatabase(csv)], source);
}

/** Downloads the current Open Cookie Database into the cache, replacing the cached copy only when it parses. */
export async function refreshCookieDatabase(
  options: Omit<CookieDbOptions, 'path'> = {},
): Promise<{ file: string; items: number }> {
  const file = join(options.cacheDir ?? defaultCacheDir(), COOKIE_DB_FILE);
  const csv = await download(options.url ?? OCD_URL, file);
  return { file, items: parseOpenCookieDatabase(csv).length };
}

async function download(url: string, file: string): Promise<string> {
  const offline = (why: string) =>
    new CookieproofError(
      'unavailable',
      `cannot download the Open Cookie Database from ${url} (${why}). Offline? Pass --cookie-db FILE with a copy of open-cookie-database.csv, or place it at ${file}.`,
    );
  let text: string;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
    if (!res.ok) throw offline(`HTTP ${res.status}`);
    text = await res.text();
  } catch (err) {
    if (err instanceof CookieproofError) throw err;
    throw offline(
      (err as Error).cause ? String((err as { cause: Error }).cause.message ?? err) : (err as Error).message,
    );
  }
  // Validate before caching, so a captive portal page never becomes the cached database.
  parseOpenCookieDatabase(text);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
  return text;
}
