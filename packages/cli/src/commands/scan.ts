import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ScanOptions, ScanProgress } from '@cookieproof/scanner';
import { CookieproofError, loadDeclaration, ScanReport } from '@cookieproof/schema';
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
  --tabs <n>                    pages visited at once in each pass, same consent state (default 4)
  --settle <ms>                 how long network and storage must stay quiet on a page (default 300)
  --quiet-bound <ms>            the longest a page is watched for quiet (default 5000)
  --cookie-db <file>            Open Cookie Database CSV for suggestions (default: the cached download, fetched
                                once into COOKIEPROOF_CACHE_DIR or ~/.cache/cookieproof; refresh it with
                                \`cookieproof update-cookie-db\`; offline, the built-in list is used and said so)
  --browser <path>              Chromium executable (else CHROMIUM_PATH, /usr/bin/chromium)
  --out <dir>                   write report.json, report.html and junit.xml there
  --declaration-draft <file>    write a starter declaration from what was seen
  --fail-on-not-observed        a declared non-essential technology not seen after "accept all" is a violation
                                (by default a warning)
  --compare <report.json>       list what appeared, disappeared or changed since that earlier report; exit 1 only
                                on a violation it did not have
  --gpc                         also scan "accept all" with Global Privacy Control on (Sec-GPC: 1); when the
                                declaration honors GPC, a sale/share technology that loads is a violation
  --region <code>               run the passes as a visitor from this country or subdivision (DE, GB, US-CA);
                                repeatable. Each region is judged by the regime the declaration's jurisdictions
                                give it: opt-in, nothing optional before consent; opt-out, nothing sold or shared
                                after an opt-out or a GPC signal (such a region always gets a GPC pass)
  --region-header <name>        the request header carrying the region, as your CDN sets it (default
                                CF-IPCountry); a subdivision goes in <name>-Region
  --server <url>                also store the report in the consent server there (POST /v1/scans), with the
                                operator token from COOKIEPROOF_ADMIN_TOKEN; the report on disk and stdout is
                                written first, so a failure to store loses nothing
  --json                        print the report as JSON on stdout, nothing else
Exit 0 when there are no violations, 1 when there are, 2 on usage or browser errors or when --server could not
store the report.`;

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
    compare: { type: 'string' },
    gpc: { type: 'boolean' },
    'fail-on-not-observed': { type: 'boolean' },
    settle: { type: 'string' },
    'quiet-bound': { type: 'string' },
    tabs: { type: 'string' },
    region: { type: 'string', multiple: true },
    'region-header': { type: 'string' },
    server: { type: 'string' },
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
    ...(values.gpc ? { gpc: true } : {}),
    ...(values['fail-on-not-observed'] ? { failOnNotObserved: true } : {}),
    ...(values.settle ? { settleMs: intOption('scan', 'settle', values.settle, 300) } : {}),
    ...(values['quiet-bound'] ? { quietBoundMs: intOption('scan', 'quiet-bound', values['quiet-bound'], 5000) } : {}),
    ...(values.tabs ? { tabs: Math.max(1, intOption('scan', 'tabs', values.tabs, 4)) } : {}),
    ...(values.page ? { pages: values.page } : {}),
    ...(values.region ? { regions: values.region } : {}),
    ...(values['region-header'] ? { regionHeader: values['region-header'] } : {}),
    ...(values.browser ? { browser: values.browser } : {}),
    ...(values['cookie-db'] ? { cookieDb: resolve(io.cwd, values['cookie-db']) } : {}),
    ...(io.env.COOKIEPROOF_COOKIE_DB_URL ? { cookieDbUrl: io.env.COOKIEPROOF_COOKIE_DB_URL } : {}),
  };
  // Checked before the scan, so a wrong flag is reported at once and not after minutes of crawling.
  const server = values.server === undefined ? undefined : scanServer(values.server, io.env.COOKIEPROOF_ADMIN_TOKEN);
  if (values.declaration) options.declaration = await loadDeclaration(resolve(io.cwd, values.declaration));
  // Read before the scan, so a wrong file is reported at once and not after minutes of crawling.
  const previous = values.compare ? await readPreviousReport(resolve(io.cwd, values.compare)) : undefined;
  // Loaded on use: the scanner brings the browser driver, which the other commands do not need.
  const scanner = import('@cookieproof/scanner');
  if (values.login) {
    const { loginStepFromFlag } = await scanner;
    const first = values.login.split(/\s+/)[0] ?? '';
    const spec = /^https?:\/\//.test(first) ? values.login : resolve(io.cwd, values.login);
    options.login = loginStepFromFlag([spec, ...(values['login-field'] ?? [])].join(' '), io.env);
  }
  if (!values.json && io.isTTY) options.onProgress = progressBar(io);

  const {
    scan: runScan,
    renderHtmlReport,
    renderJunit,
    draftDeclaration,
    compareReports,
    defaultCacheDir,
  } = await scanner;
  if (!options.cookieDb) options.cacheDir = defaultCacheDir(io.env);
  const report = await runScan(url, options);
  if (previous) report.comparison = compareReports(previous, report);
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
    const byPass = report.passes
      .map((p) => `${p.region ? `${p.region} ` : ''}${p.consent}${p.gpc ? '+gpc' : ''}: ${p.pages.length} page(s)`)
      .join(', ');
    io.err(
      `scanned ${report.target} (${byPass}); ${report.findings.length} findings, ${report.violations.length} violations`,
    );
    for (const w of report.warnings) io.err(`warning: ${w}`);
    for (const v of report.violations as ((typeof report.violations)[number] & { gpc?: boolean; region?: string })[])
      io.err(
        `  ${v.rule.padEnd(26)} [${v.region ? `${v.region} ` : ''}${v.pass}${v.gpc ? '+gpc' : ''}] ${v.kind} ${v.name} (${v.origin}): ${v.message}`,
      );
    if (!options.failOnNotObserved)
      for (const n of report.notObserved) io.err(`  warning: not-observed [accept] ${n.message}`);
  }
  const c = report.comparison;
  if (c && !values.json) {
    io.err(
      `since ${c.previous}: ${c.appeared.length} appeared, ${c.disappeared.length} disappeared, ${c.changed.length} changed, ${c.newViolations.length} new violation(s), ${c.resolvedViolations.length} resolved`,
    );
    for (const f of c.appeared) io.err(`  appeared     [${f.pass}] ${f.kind} ${f.name} (${f.origin})`);
    for (const f of c.disappeared) io.err(`  disappeared  [${f.pass}] ${f.kind} ${f.name} (${f.origin})`);
    for (const x of c.changed)
      io.err(
        `  changed      [${x.finding.pass}] ${x.finding.kind} ${x.finding.name}: ${x.before.technologyId ?? 'undeclared'} → ${x.after.technologyId ?? 'undeclared'}`,
      );
    for (const v of c.newViolations) io.err(`  new violation ${v.rule} [${v.pass}] ${v.kind} ${v.name}`);
  }
  if (server && !(await storeReport(server, report, io))) return 2;
  // Watching a site, only what got worse fails: violations the earlier report already had are known.
  if (c) return c.newViolations.length === 0 ? 0 : 1;
  return report.violations.length === 0 ? 0 : 1;
}

interface ScanServer {
  endpoint: string;
  token: string;
}

function scanServer(url: string, token: string | undefined): ScanServer {
  let endpoint: URL;
  try {
    endpoint = new URL('v1/scans', url.endsWith('/') ? url : `${url}/`);
  } catch {
    throw new CookieproofError(
      'usage',
      `scan: --server takes the consent server's URL, e.g. https://consent.example.com; got "${url}"`,
    );
  }
  if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:')
    throw new CookieproofError('usage', `scan: --server takes an http(s) URL; got "${url}"`);
  if (!token)
    throw new CookieproofError(
      'usage',
      'scan: --server needs the operator token: set COOKIEPROOF_ADMIN_TOKEN to the token the consent server was started with',
    );
  return { endpoint: endpoint.href, token };
}

/** Posts the report to the consent server; says why when it could not, and whether it did. */
async function storeReport(server: ScanServer, report: ScanReport, io: Io): Promise<boolean> {
  let res: Response;
  try {
    res = await fetch(server.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(report),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    io.err(
      `scan: the report was not stored: ${server.endpoint} could not be reached (${cause?.code ?? cause?.message ?? (error as Error).message}); is the consent server running there?`,
    );
    return false;
  }
  const text = await res.text();
  let body: { id?: string; error?: { code?: string; message?: string } } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // Not the consent server's answer: the status says enough.
  }
  if (res.status !== 201 || typeof body.id !== 'string') {
    const why = body.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${res.status}`;
    const hint = res.status === 401 ? ' (is COOKIEPROOF_ADMIN_TOKEN the token the server was started with?)' : '';
    io.err(`scan: the report was not stored by ${server.endpoint}: ${why}${hint}`);
    return false;
  }
  io.err(`stored as scan ${body.id}: ${server.endpoint}/${body.id}`);
  return true;
}

async function readPreviousReport(file: string): Promise<ScanReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new CookieproofError(
      'invalid-input',
      `${file}: cannot read the report to compare with (${(err as NodeJS.ErrnoException).code})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CookieproofError(
      'invalid-input',
      `${file}: not JSON; give a report written by \`cookieproof scan --json\` or --out`,
    );
  }
  const parsed = ScanReport.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CookieproofError(
      'invalid-input',
      `${file}: not a scan report (${issue?.path.join('.') || 'top level'}: ${issue?.message}); give a report written by \`cookieproof scan --json\` or --out`,
    );
  }
  // The checked shape, with the fields the contract leaves open (surface, gpc) kept: they are part of each key.
  return json as ScanReport;
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
