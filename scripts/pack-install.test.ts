import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fixtureCookieDatabase } from '@cookieproof/scanner/fixtures';
import { build as esbuild } from 'esbuild';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { freePort, type GuideRun, guideSteps, outputOf, readGuide, runGuide } from './guide-runner.ts';
import { exists, exportTargets, installPacked, ok, packAll, root, run } from './packed-support.ts';

// What a user gets from npm: every publishable package is built and packed, the tarballs are installed into a
// fresh folder outside the repository, and the installed `cookieproof` command and `@cookieproof/sdk` are used
// there as the README and the guide say, on a small sample site served from that folder.

let work: string;
let app: string;
let site: Server;
let siteOrigin: string;
let serveProcess: ChildProcess | undefined;
const figures: Record<string, string> = {};
let packed: { name: string; file: string; bytes: number }[] = [];
let guide: GuideRun | undefined;
let dropDatabase: (() => Promise<number>) | undefined;
let ocd: Server | undefined;

/** Runs one statement on the shared PostgreSQL server; resolves to the number of rows it returned. */
async function postgres(sql: string, database = 'postgres'): Promise<number> {
  const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:5432/${database}` });
  await client.connect();
  try {
    return (await client.query(sql)).rowCount ?? 0;
  } finally {
    await client.end();
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cookieproof-pack-'));
  app = join(work, 'site');
  packed = await packAll(join(work, 'packs'));
  figures.install = `${((await installPacked(app, packed)) / 1000) | 0} s`;
  // The sample site: its pages from pages/, `cookieproof build`'s output published under /cookieproof/.
  site = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = path.startsWith('/cookieproof/')
      ? join(app, 'public', path.slice('/cookieproof/'.length))
      : join(app, 'pages', path === '/' ? 'index.html' : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  siteOrigin = `http://site.localhost:${(site.address() as AddressInfo).port}`;
}, 900_000);

afterAll(async () => {
  guide?.stop();
  await dropDatabase?.();
  serveProcess?.kill('SIGTERM');
  site?.close();
  ocd?.close();
  // The figures the issue asks for, printed with the test run.
  console.log(
    `packed sizes: ${packed.map((p) => `${p.name} ${(p.bytes / 1024).toFixed(1)} KiB`).join(', ')}; install ${figures.install} (the SDK alone ${figures.sdkInstall}, the guide's ${figures.guideInstall}); guide ${figures.guide}`,
  );
  if (work) await rm(work, { recursive: true, force: true });
});

const cookieproof = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(join(app, 'node_modules/.bin/cookieproof'), args, app, env);

describe('the packed packages, installed outside the repository', () => {
  it('ship built JavaScript and types only, and nothing is private', async () => {
    expect(packed.map((p) => p.name).sort()).toEqual([
      '@cookieproof/policy',
      '@cookieproof/react',
      '@cookieproof/scanner',
      '@cookieproof/schema',
      '@cookieproof/sdk',
      '@cookieproof/server',
      '@cookieproof/store',
      'cookieproof',
    ]);
    const manifest = JSON.parse(await readFile(join(app, 'node_modules/cookieproof/package.json'), 'utf8'));
    expect(manifest.dependencies.tsx).toBeUndefined();
    await expect(stat(join(app, 'node_modules/@cookieproof/sdk/src'))).rejects.toThrow();
    await expect(stat(join(app, 'node_modules/tsx'))).rejects.toThrow();
    // pg and @redis/client are optional peers: not installed unless the user wants PostgreSQL or a shared limit.
    expect(await exists(join(app, 'node_modules/pg'))).toBe(false);
    expect(await exists(join(app, 'node_modules/@redis/client'))).toBe(false);
  });

  it('each tarball: licence, repository, README, public, and every export, bin and types names a packed file', async () => {
    for (const p of packed) {
      const dir = join(work, 'unpacked', p.name);
      await mkdir(dir, { recursive: true });
      ok(await run('tar', ['-xzf', p.file, '-C', dir], dir));
      const pkg = join(dir, 'package');
      const manifest = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8'));
      const where = `${p.name}: `;
      expect(manifest.private, where).toBeUndefined();
      expect(manifest.license, where).toBe('MIT');
      expect(await readFile(join(pkg, 'LICENSE'), 'utf8'), where).toMatch(/^MIT License\n/);
      expect((await readFile(join(pkg, 'README.md'), 'utf8')).split('\n')[0], where).toBe(`# ${p.name}`);
      expect(manifest.repository, where).toMatchObject({ type: 'git', url: expect.stringMatching(/^git\+https:/) });
      expect(manifest.files, where).toEqual(expect.arrayContaining(['dist', 'README.md', 'LICENSE']));
      if (p.name.startsWith('@')) expect(manifest.publishConfig, where).toEqual({ access: 'public' });
      const { targets, devOnly } = exportTargets(manifest);
      expect(targets.length, where).toBeGreaterThan(0);
      for (const { from, path } of targets) {
        // A pattern's folder must hold files it matches.
        const [dirPart, suffix] = path.includes('*') ? path.split('*') : [path, undefined];
        const found =
          suffix === undefined
            ? await exists(join(pkg, path))
            : (await readdir(join(pkg, dirPart!)).catch(() => [])).some((n) => n.endsWith(suffix));
        expect(found, `${where}${from} → ${path}`).toBe(true);
      }
      // A subpath exported to this repository's sources only is refused by name once installed.
      for (const subpath of devOnly) {
        const r = await run(
          process.execPath,
          ['--input-type=module', '-e', `await import(${JSON.stringify(`${p.name}${subpath.slice(1)}`)})`],
          app,
        );
        expect(r.stderr, `${where}${subpath}`).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
      }
    }
  });

  it('init, validate, serve (healthz), build, then a clean scan of the sample site with receipts recorded', async () => {
    ok(await cookieproof(['init']));
    const yaml = (await readFile(join(app, 'cookieproof.yaml'), 'utf8')).replaceAll(
      'https://www.example.com',
      siteOrigin,
    );
    await writeFile(join(app, 'cookieproof.yaml'), yaml);
    expect(ok(await cookieproof(['validate'])).stdout).toContain('cookieproof.yaml is valid');

    serveProcess = spawn(join(app, 'node_modules/.bin/cookieproof'), ['serve', '--port', '0', '--data', 'data'], {
      cwd: app,
      env: { ...process.env, COOKIEPROOF_ADMIN_TOKEN: 'pack-test-token' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const serverUrl = await new Promise<string>((resolve, reject) => {
      let out = '';
      const seen = (c: Buffer) => {
        out += c.toString();
        const m = /consent server listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      };
      serveProcess!.stdout!.on('data', seen);
      serveProcess!.stderr!.on('data', seen);
      serveProcess!.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
    expect((await fetch(`${serverUrl}/healthz`)).status).toBe(200);
    // The operator console's browser files come built in the package (dist/console), with no esbuild installed.
    for (const file of ['console', 'console/console.js', 'console/console.css'])
      expect((await fetch(`${serverUrl}/${file}`)).status, file).toBe(200);

    ok(await cookieproof(['build', '--out', 'public', '--endpoint', serverUrl]));
    // The snippet goes first into <head>; then a tag gated on analytics.
    const snippet = await readFile(join(app, 'public/snippet.web.html'), 'utf8');
    expect(snippet).toMatch(/<script src="\/cookieproof\/sdk\/cookieproof\.web\.[0-9a-f]{12}\.js" integrity="sha384-/);
    const page = (title: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
${snippet}<script type="text/plain" data-cookieproof-category="analytics">document.cookie = '_ga=GA1.1.42; max-age=31536000; path=/; SameSite=Lax';</script>
</head><body><h1>${title}</h1><a href="/about.html">About</a> <a href="/cookieproof/cookie-policy.html">Cookie policy</a></body></html>`;
    await mkdir(join(app, 'pages'), { recursive: true });
    await writeFile(join(app, 'pages/index.html'), page('Home'));
    await writeFile(join(app, 'pages/about.html'), page('About'));

    const scan = await cookieproof([
      'scan',
      `${siteOrigin}/`,
      '--cookie-db',
      fixtureCookieDatabase,
      '--max-pages',
      '3',
      '--json',
    ]);
    const report = JSON.parse(scan.stdout);
    expect(report.violations).toEqual([]);
    expect(scan.code, scan.stderr).toBe(0);
    const accepted = report.findings
      .filter((f: { pass: string }) => f.pass === 'accept')
      .map((f: { name: string }) => f.name);
    expect(accepted).toEqual(expect.arrayContaining(['_ga', 'cookieproof_consent']));

    // The SDK's receipts from the reject and accept passes reach the consent server (sent as the page unloads
    // at the latest): wait for them, bounded.
    const auth = { headers: { authorization: 'Bearer pack-test-token' } };
    let checked = 0;
    for (const until = Date.now() + 20_000; checked < 2 && Date.now() < until; ) {
      checked = ((await (await fetch(`${serverUrl}/v1/audit/verify`, auth)).json()) as { checked: number }).checked;
      if (checked < 2) await new Promise((r) => setTimeout(r, 250));
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('says which package to install when PostgreSQL is asked for without pg', async () => {
    const r = await cookieproof(['serve', '--port', '0', '--data', 'data-pg'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      COOKIEPROOF_ADMIN_TOKEN: 'x',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs the npm package pg, which is not installed: run `npm install pg`');
  });

  it('says what to do when better-sqlite3 was installed without its native build (install scripts not run)', async () => {
    const build = join(app, 'node_modules/better-sqlite3/build');
    await rename(build, `${build}.away`);
    try {
      const r = await cookieproof(['serve', '--port', '0', '--data', 'data-nobuild'], { COOKIEPROOF_ADMIN_TOKEN: 'x' });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('needs the native build of better-sqlite3, which is missing');
      expect(r.stderr).toContain('"allowScripts": { "better-sqlite3": true }');
      expect(r.stderr).toContain('npm rebuild better-sqlite3');
      expect(r.stderr).not.toContain('unexpected error');
    } finally {
      await rename(`${build}.away`, build);
    }
  });

  it('says which package to install when a shared rate limit (REDIS_URL) is asked for without @redis/client', async () => {
    const r = await cookieproof(['serve', '--port', '0', '--data', 'data-redis'], {
      REDIS_URL: 'redis://127.0.0.1:6379',
      COOKIEPROOF_ADMIN_TOKEN: 'x',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'needs the npm package @redis/client, which is not installed: run `npm install @redis/client`',
    );
  });
});

describe('@cookieproof/sdk installed alone, in a bundler app', () => {
  it('esbuild bundles it without the Node packages, and its types check', async () => {
    const dir = join(work, 'bundler-app');
    figures.sdkInstall = `${((await installPacked(dir, packed, ['@cookieproof/sdk'])) / 1000) | 0} s`;
    // Only the SDK and the schema it imports: none of the command's, server's or scanner's packages.
    const installed = await readdir(join(dir, 'node_modules/@cookieproof'));
    expect(installed.sort()).toEqual(['schema', 'sdk']);
    for (const absent of ['cookieproof', 'better-sqlite3', 'playwright-core', 'hono', 'kysely'])
      expect(await exists(join(dir, 'node_modules', absent)), absent).toBe(false);
    // The surface's config, as the operator's `cookieproof build` wrote it.
    await mkdir(join(dir, 'src'), { recursive: true });
    await writeFile(join(dir, 'src/cookieproof.web.json'), await readFile(join(app, 'public/cookieproof.web.json')));
    await writeFile(
      join(dir, 'src/main.ts'),
      `import { type Consent, cookieproof, init } from '@cookieproof/sdk';
import config from './cookieproof.web.json';
init(config as Parameters<typeof init>[0]);
cookieproof.on('change', (c: Consent | null) => console.log(c?.choices));
`,
    );
    const result = await esbuild({
      absWorkingDir: dir,
      entryPoints: ['src/main.ts'],
      bundle: true,
      format: 'esm',
      splitting: true,
      minify: true,
      outdir: 'bundle',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('node_modules/@cookieproof/sdk/dist/index.js');
    expect(inputs.some((i) => i.includes('zod') || i.includes('yaml') || i.includes('tldts'))).toBe(false);
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          noEmit: true,
          resolveJsonModule: true,
          lib: ['ES2022', 'DOM'],
          skipLibCheck: false,
          types: [],
        },
        include: ['src'],
      }),
    );
    ok(await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], dir));
  });
});

describe('docs/guide.md, run against the installed packages', () => {
  it('every block runs in order and does what it says, up to a clean scan with the receipts recorded', async () => {
    const started = Date.now();
    const dir = join(work, 'guide');
    await mkdir(dir, { recursive: true });
    const steps = guideSteps(await readGuide(root));
    const [site, server, pgServer] = [await freePort(), await freePort(), await freePort()];
    // The guide's PostgreSQL section gets a database of its own, dropped when the test ends.
    const database = `cookieproof_guide_${process.pid}_${Date.now()}`;
    await postgres(`CREATE DATABASE ${database}`);
    dropDatabase = () => postgres(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    // update-cookie-db downloads from here: a file in the Open Cookie Database's format, served on this machine.
    ocd = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' }).end(readFileSync(fixtureCookieDatabase));
    });
    await new Promise<void>((r) => ocd!.listen(0, '127.0.0.1', r));
    const snippet = '<!-- paste site/cookieproof/snippet.web.html here -->';
    // Our packages come from the tarballs, as the registry would give them, once the lines before have run.
    const installs: Record<string, string> = {
      'npm install --save-dev cookieproof': 'cookieproof',
      'npm install @cookieproof/sdk': '@cookieproof/sdk',
    };
    let installMs = 0;
    const substitute = async (code: string) => {
      let lines = code.split('\n');
      for (const [line, name] of Object.entries(installs)) {
        if (!lines.includes(line)) continue;
        if (name === 'cookieproof') {
          // What `npm init` and `npm pkg set` left: the project allows better-sqlite3's install script.
          const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
          expect(manifest.allowScripts).toEqual({ 'better-sqlite3': true });
        }
        installMs += await installPacked(dir, packed, [name]);
        lines = lines.filter((l) => l !== line);
      }
      const ported = lines
        .join('\n')
        .replaceAll('8080', String(site))
        .replaceAll('4100', String(server))
        .replaceAll('4200', String(pgServer))
        .replaceAll('127.0.0.1:5432/cookieproof ', `127.0.0.1:5432/${database} `);
      if (!ported.includes(snippet)) return ported;
      return ported.replace(snippet, readFileSync(join(dir, 'site/cookieproof/snippet.web.html'), 'utf8').trim());
    };
    guide = await runGuide(
      steps,
      dir,
      {
        ...process.env,
        COOKIEPROOF_COOKIE_DB_URL: `http://127.0.0.1:${(ocd.address() as AddressInfo).port}/open-cookie-database.csv`,
        COOKIEPROOF_CACHE_DIR: join(work, 'cache'),
      },
      substitute,
    );
    figures.guideInstall = `${(installMs / 1000) | 0} s`;
    const [rendered, health] = [outputOf(guide, 'grep -c'), outputOf(guide, '/healthz')];
    expect(Number(rendered)).toBe(1);
    expect(JSON.parse(health).status).toBe('ok');
    // That server keeps its log in the test's database, not in a SQLite file.
    expect(
      await postgres('SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()', database),
    ).toBeGreaterThan(0);
    // Behind the guide's reverse proxy, the server kept the visitor's network, not the proxy's.
    expect(outputOf(guide, '--interface 127.0.5.1')).toBe('"ipPrefix":"127.0.5.0/24"');
    const nginx = await readFile(join(dir, 'nginx/cookieproof.conf'), 'utf8');
    expect(nginx).toContain(`proxy_pass http://127.0.0.1:${server};`);
    expect(nginx).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
    // The consent server publishes the SDK as a CDN would.
    const cdn = outputOf(guide, 'cdn-build').toLowerCase();
    expect(cdn).toContain('cache-control: public, max-age=31536000, immutable');
    expect(cdn).toContain('access-control-allow-origin: *');
    expect(outputOf(guide, 'update-cookie-db')).toMatch(/updated .*open-cookie-database\.csv: \d+ known cookies/);
    // The CI workflow runs the guide's own build and scan commands.
    const workflow = parseYaml(await readFile(join(dir, '.github/workflows/cookie-scan.yml'), 'utf8')) as {
      jobs: { scan: { steps: { run?: string }[] } };
    };
    // (The file was written with the test's ports, as every block.)
    const runs = workflow.jobs.scan.steps.flatMap((st) => (st.run ? [st.run.replaceAll(String(site), '8080')] : []));
    const commandOf = (start: string) =>
      steps.flatMap((st) => (st.kind === 'sh' ? st.code.split('\n') : [])).find((l) => l.startsWith(start));
    for (const start of ['npx cookieproof build --out site/', 'npx cookieproof scan ', 'npx vite build'])
      expect(runs).toContain(commandOf(start));
    // The scan visited the rendered page and the Vite app too.
    const report = await readFile(join(dir, 'scan-report/report.json'), 'utf8');
    expect(report).toContain(`localhost:${site}/account`);
    expect(report).toContain(`localhost:${site}/app/`);
    const verify = JSON.parse(outputOf(guide, '/v1/audit/verify')) as { ok: boolean; checked: number };
    expect(verify.ok).toBe(true);
    expect(verify.checked).toBeGreaterThanOrEqual(2);
    figures.guide = `${((Date.now() - started) / 1000) | 0} s`;
  }, 900_000);

  it("the guide's page gates its video, pixel and tags until accept, runs its event handlers, and the Vite app sees the choice", async () => {
    expect(guide).toBeDefined();
    const port = (await readFile(join(work, 'guide/server.mjs'), 'utf8')).match(/app\.listen\((\d+)/)![1];
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      // Nothing leaves this machine: the third parties' requests are refused at once.
      await page.route(
        (url) => !['localhost', '127.0.0.1'].includes(url.hostname),
        (route) => route.abort(),
      );
      await page.goto(`http://localhost:${port}/`);
      await page.locator('[data-cookieproof="banner"]').waitFor();
      const sources = () =>
        page.evaluate(() => [document.querySelector('iframe')?.src, document.querySelector('img')?.src]);
      expect(await sources()).toEqual(['', '']);
      const layer = () =>
        page.evaluate(() => (window as unknown as { dataLayer: unknown[] }).dataLayer.map((e) => JSON.stringify(e)));
      expect((await layer())[0]).toMatch(/^\{"0":"consent","1":"default"/);
      await page.locator('[data-cookieproof-action="accept-all"]').first().click();
      await page.waitForFunction(() => document.documentElement.dataset.analytics === 'on');
      const [video, pixel] = await sources();
      expect(video).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
      expect(pixel).toMatch(/^https:\/\/www\.google-analytics\.com\/collect\?/);
      await page.waitForFunction(() =>
        (window as unknown as { dataLayer: { event?: string }[] }).dataLayer.some((e) => e.event === 'gtm.js'),
      );
      const events = (await layer()).join('\n');
      expect(events).toContain('"event":"cookieproof_consent","cookieproof":{');
      expect(await page.evaluate(() => document.documentElement.dataset.storage)).toBe('available');
      await page.goto(`http://localhost:${port}/app/`);
      await page.waitForFunction(() => document.querySelector('#analytics-state')?.textContent === 'Analytics on');
    } finally {
      await browser.close();
    }
  });
});
