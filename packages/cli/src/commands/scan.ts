import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ScanOptions, ScanProgress } from '@cookieproof/scanner';
import { CookieproofError, loadDeclaration } from '@cookieproof/schema';
import { intOption, parse } from '../args.ts';
import type { Io } from '../io.ts';

export const scanHelp = `cookieproof scan <url> [options]

Visits the site in Chromium three times, each in a fresh profile: with no consent, after "reject all" and after
"accept all", and reports every cookie, storage key, pixel, script and iframe it sees, and each difference from
the declaration.

  --declaration <file>          declaration to compare against (default ./cookieproof.yaml if it exists)
  --max-pages <n>               most pages per pass (default 10)
  --depth <n>                   link depth of the same-site crawl (default 2)
  --page <url>                  a page to visit in every pass; repeatable
  --login <spec>                sign in before each pass: a Playwright storage-state .json file, or
                                "URL field=value ..." (a value written $NAME is read from the environment)
  --login-field <name=value>    one more field of the login form; repeatable
  --third-party-cookies <mode>  allow (default) or block
  --cookie-db <file>            Open Cookie Database CSV for suggestions (default: the cached download, fetched
                                once into COOKIEPROOF_CACHE_DIR or ~/.cache/cookieproof; refresh it with
                                \`cookieproof update-cookie-db\`; offline, the built-in list is used and said so)
  --browser <path>              Chromium executable (else CHROMIUM_PATH, /usr/bin/chromium)
  --out <dir>                   write report.json, report.html and junit.xml there
  --declaration-draft <file>    write a starter declaration from what was seen
  --json                        print the report as JSON on stdout, nothing else
Exit 0 when there are no violations, 1 when there are, 2 on usage or browser errors.`;

export async function scan(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('scan', argv, {
    declaration: { type: 'string', short: 'd' },
    'max-pages': { type: 'string' },
    depth: { type: 'string' },
    page: { type: 'string', multiple: true },
    login: { type: 'string' },
    'login-field': { type: 'string', multiple: true },
    'third-party-cookies': { type: 'string' },
    'cookie-db': { type: 'string' },
    browser: { type: 'string' },
    out: { type: 'string', short: 'o' },
    'declaration-draft': { type: 'string' },
    json: { type: 'boolean' },
    settle: { type: 'string' },
  });
  const url = positionals[0];
  if (!url || !/^https?:\/\//.test(url))
    throw new CookieproofError('usage', 'scan: give the URL to scan, e.g. `cookieproof scan https://example.com`');
  const mode = values['third-party-cookies'] ?? 'allow';
  if (mode !== 'allow' && mode !== 'block')
    throw new CookieproofError('usage', `scan: --third-party-cookies is allow or block, got "${mode}"`);

  const options: ScanOptions = {
    maxPages: intOption('scan', 'max-pages', values['max-pages'], 10),
    depth: intOption('scan', 'depth', values.depth, 2),
    thirdPartyCookies: mode,
    ...(values.settle ? { settleMs: intOption('scan', 'settle', values.settle, 500) } : {}),
    ...(values.page ? { pages: values.page } : {}),
    ...(values.browser ? { browser: values.browser } : {}),
    ...(values['cookie-db'] ? { cookieDb: resolve(io.cwd, values['cookie-db']) } : {}),
    ...(io.env.COOKIEPROOF_COOKIE_DB_URL ? { cookieDbUrl: io.env.COOKIEPROOF_COOKIE_DB_URL } : {}),
  };
  if (values.declaration) options.declaration = await loadDeclaration(resolve(io.cwd, values.declaration));
  // Loaded on use: the scanner brings the browser driver, which the other commands do not need.
  const scanner = import('@cookieproof/scanner');
  if (values.login) {
    const { loginStepFromFlag } = await scanner;
    const first = values.login.split(/\s+/)[0] ?? '';
    const spec = /^https?:\/\//.test(first) ? values.login : resolve(io.cwd, values.login);
    options.login = loginStepFromFlag([spec, ...(values['login-field'] ?? [])].join(' '), io.env);
  }
  if (!values.json && io.isTTY) options.onProgress = progressBar(io);

  const { scan: runScan, renderHtmlReport, renderJunit, draftDeclaration, defaultCacheDir } = await scanner;
  if (!options.cookieDb) options.cacheDir = defaultCacheDir(io.env);
  const report = await runScan(url, options);
  if (options.onProgress) io.progress('');
  if (values.out) {
    const out = resolve(io.cwd, values.out);
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'report.json'), JSON.stringify(report, null, 2));
    await writeFile(join(out, 'report.html'), renderHtmlReport(report));
    await writeFile(join(out, 'junit.xml'), renderJunit(report));
  }
  if (values['declaration-draft']) {
    await writeFile(resolve(io.cwd, values['declaration-draft']), draftDeclaration(report).yaml);
  }
  if (values.json) io.out(JSON.stringify(report));
  else {
    const byPass = report.passes.map((p) => `${p.consent}: ${p.pages.length} page(s)`).join(', ');
    io.err(
      `scanned ${report.target} (${byPass}); ${report.findings.length} findings, ${report.violations.length} violations`,
    );
    for (const w of report.warnings) io.err(`warning: ${w}`);
    for (const v of report.violations)
      io.err(`  ${v.rule.padEnd(26)} [${v.pass}] ${v.kind} ${v.name} (${v.origin}): ${v.message}`);
  }
  return report.violations.length === 0 ? 0 : 1;
}

function progressBar(io: Io): (p: ScanProgress) => void {
  return (p) => {
    const width = 24;
    const filled = p.total ? Math.round((p.done / p.total) * width) : 0;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    io.err(
      `\r\u001b[2K${bar} ${p.done}/${p.total} ${p.pass} ${p.phase}${p.page ? ` ${p.page}` : ''}`.replace(/\n$/, ''),
    );
  };
}
