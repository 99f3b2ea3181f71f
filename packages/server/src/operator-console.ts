import { readFile } from 'node:fs/promises';
import { CookieproofError } from '@cookieproof/schema';

// The operator console: one static page over the operator API. Its browser code lives in packages/server/console
// (TypeScript, type-checked and linted with the rest); `npm run build` bundles it into dist/console beside this
// module, and run from the sources it is bundled in memory on first use. Its URLs are relative, so it works wherever
// the server is mounted (at /console, or at <prefix>/console). The token is sent once, to log in
// (operator-access.ts); after that the page holds only the session's CSRF token, the session itself being an
// HttpOnly cookie. The page runs under a CSP that allows nothing but its own script, style and API.

export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

export interface ConsoleFiles {
  html: string;
  css: string;
  js: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page for a site: its name, escaped, where the page has {{site}}. */
export function consolePage(files: ConsoleFiles, siteName: string): string {
  return files.html.replaceAll('{{site}}', escapeHtml(siteName));
}

let loading: Promise<ConsoleFiles> | undefined;

/** The console's files: built beside this module, or from the sources when this module runs as TypeScript. */
export function consoleFiles(): Promise<ConsoleFiles> {
  loading ??= load();
  return loading;
}

async function load(): Promise<ConsoleFiles> {
  if (import.meta.url.endsWith('.ts')) {
    // Not a literal specifier: the build tooling (and esbuild) is for the repository only, never the package.
    const builder = new URL('../build/build-console.ts', import.meta.url).href;
    const { buildConsole } = (await import(builder)) as { buildConsole(): Promise<ConsoleFiles> };
    return buildConsole();
  }
  const at = (name: string) => new URL(`./console/${name}`, import.meta.url);
  try {
    const [html, css, js] = await Promise.all(
      ['console.html', 'console.css', 'console.js'].map((name) => readFile(at(name), 'utf8')),
    );
    return { html: html!, css: css!, js: js! };
  } catch (error) {
    loading = undefined;
    throw new CookieproofError(
      'internal',
      `the operator console's files are missing from ${at('').pathname}: ${String(error)}`,
    );
  }
}
