import { parse } from '../args.ts';
import type { Io } from '../io.ts';

export const updateCookieDbHelp = `cookieproof update-cookie-db [--url <url>]

Downloads the current Open Cookie Database into the cache that \`cookieproof scan\` reads
(COOKIEPROOF_CACHE_DIR, else $XDG_CACHE_HOME/cookieproof, else ~/.cache/cookieproof). The cached copy is
replaced only when the download is a valid database.

  --url <url>   download from here (else COOKIEPROOF_COOKIE_DB_URL, else the database's public repository)
Exit 0 when updated, 2 when the download failed (offline) or is not the database.`;

export async function updateCookieDb(argv: string[], io: Io): Promise<number> {
  const { values } = parse('update-cookie-db', argv, { url: { type: 'string' } });
  // Loaded on use, like scan: the scanner package brings the browser driver.
  const { defaultCacheDir, refreshCookieDatabase } = await import('@cookieproof/scanner');
  const url = values.url ?? io.env.COOKIEPROOF_COOKIE_DB_URL;
  const { file, items } = await refreshCookieDatabase({ cacheDir: defaultCacheDir(io.env), ...(url ? { url } : {}) });
  io.err(`updated ${file}: ${items} known cookies and storage keys`);
  return 0;
}
