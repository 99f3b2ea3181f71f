import { CookieproofError } from '@cookieproof/schema';

/**
 * Loads code that needs an npm package a user installs only when they use it (pg, @redis/client), or that is
 * optional (better-sqlite3): when the package is missing, the error says which one to install, not a stack.
 */
export async function loadDriver<T>(pkg: string, what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code !== 'ERR_MODULE_NOT_FOUND' || !e.message.includes(`'${pkg}'`)) throw err;
    throw new CookieproofError(
      'unavailable',
      `${what} needs the npm package ${pkg}, which is not installed: run \`npm install ${pkg}\` beside cookieproof`,
    );
  }
}

/**
 * better-sqlite3 installs without its native build when npm did not run its install script (`--ignore-scripts`, or
 * an npm that runs only allowed scripts) or ran it for another Node.js. Its JavaScript then loads and the first
 * database fails deep in the SQLite worker; opening one in memory here turns that into what to do.
 */
export async function checkSqliteBinding(): Promise<void> {
  const { default: Database } = await import('better-sqlite3');
  try {
    new Database(':memory:').close();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const missing = /Could not locate the bindings file/.test(e.message);
    if (!missing && e.code !== 'ERR_DLOPEN_FAILED') throw err;
    throw new CookieproofError(
      'unavailable',
      `SQLite (no DATABASE_URL) needs the native build of better-sqlite3, which ${
        missing ? 'is missing: npm did not run its install script' : `does not load in this Node.js (${e.message})`
      }. Allow it in your package.json ("allowScripts": { "better-sqlite3": true }) and run \`npm rebuild better-sqlite3\`, or set DATABASE_URL to use PostgreSQL.`,
    );
  }
}
