import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { captureIo } from './test-io.ts';

const declaration = new URL('../../../apps/ai-promo/cookieproof.yaml', import.meta.url).pathname;
const BIN = new URL('./bin.ts', import.meta.url).pathname;
const REPO = new URL('../../..', import.meta.url).pathname;
const folders = (d: string) => [
  '--declaration',
  join(d, 'cookieproof.yaml'),
  '--data',
  join(d, 'data'),
  '--public',
  join(d, 'public'),
];
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cookieproof serve', () => {
  it('serves the consent server on SQLite in the data folder until asked to stop', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cookieproof-serve-'));
    let stop!: () => void;
    const stopSignal = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const c = captureIo(dir, { COOKIEPROOF_ADMIN_TOKEN: 'secret-token' }, stopSignal);
    // The SDK files of a build, served with the consent server.
    expect(await main(['build', declaration, '--out', 'public'], captureIo(dir).io)).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'public/manifest.json'), 'utf8'));
    const running = main(
      ['serve', '--declaration', declaration, '--port', '0', '--data', 'data', '--public', 'public'],
      c.io,
    );
    let url: string | undefined;
    for (let i = 0; i < 600 && !url; i++) {
      url = /listening on (\S+)/.exec(c.stderr())?.[1];
      if (!url) await new Promise((r) => setTimeout(r, 50));
    }
    expect(url).toBeDefined();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const gpc = await fetch(`${url}/.well-known/gpc.json`);
    expect(gpc.headers.get('content-type')).toContain('application/json');
    expect(await gpc.json()).toEqual({ gpc: false, lastUpdate: '2026-11-15' });
    expect((await fetch(`${url}/v1/audit/verify`)).status).toBe(401);
    const verify = await fetch(`${url}/v1/audit/verify`, { headers: { authorization: 'Bearer secret-token' } });
    expect(verify.status).toBe(200);
    const core = await fetch(`${url}/${manifest.sdk.core}`);
    expect(core.status).toBe(200);
    expect(core.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(core.headers.get('access-control-allow-origin')).toBe('*');
    expect(core.headers.get('content-type')).toContain('text/javascript');
    expect(Buffer.from(await core.arrayBuffer()).equals(readFileSync(join(dir, 'public', manifest.sdk.core)))).toBe(
      true,
    );
    expect((await fetch(`${url}/sdk/cookieproof.000000000000.js`)).status).toBe(404);
    stop();
    expect(await running).toBe(0);
    expect(c.stderr()).toContain('(SQLite)');
  });

  it('reloads the declaration when asked (SIGHUP), and keeps serving the old one when the new one is broken', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cookieproof-serve-'));
    expect(await main(['init', '--origin', 'http://shop.localhost:8080'], captureIo(dir).io)).toBe(0);
    let stop!: () => void;
    const stopSignal = new Promise<void>((resolve) => {
      stop = resolve;
    });
    let reload!: () => void;
    const c = captureIo(dir, {}, stopSignal, (fn) => {
      reload = fn;
    });
    const running = main(['serve', '--port', '0', '--data', 'data'], c.io);
    let url: string | undefined;
    for (let i = 0; i < 600 && !url; i++) {
      url = /listening on (\S+)/.exec(c.stderr())?.[1];
      if (!url) await new Promise((r) => setTimeout(r, 50));
    }
    const version = async () => ((await (await fetch(`${url}/healthz`)).json()) as { version: string }).version;
    expect(await version()).toBe('1');
    const yaml = readFileSync(join(dir, 'cookieproof.yaml'), 'utf8');
    writeFileSync(join(dir, 'cookieproof.yaml'), yaml.replace('version: "1"', 'version: "2"'));
    reload();
    for (let i = 0; i < 200 && !c.stderr().includes('reloaded'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(c.stderr()).toMatch(/reloaded .*cookieproof\.yaml: version 2 \([0-9a-f]{12}\)/);
    expect(await version()).toBe('2');
    writeFileSync(join(dir, 'cookieproof.yaml'), 'site: [');
    reload();
    for (let i = 0; i < 200 && !c.stderr().includes('reload failed'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(c.stderr()).toContain('reload failed, still serving the previous declaration');
    expect(await version()).toBe('2');
    stop();
    expect(await running).toBe(0);
  });

  it('refuses a bad port as a usage error', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cookieproof-serve-'));
    const c = captureIo(dir);
    expect(await main(['serve', '--port', 'eighty'], c.io)).toBe(2);
    expect(c.stderr()).toContain('--port must be a whole number');
  });

  it('says what to run when --public has no SDK files', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cookieproof-serve-'));
    const c = captureIo(dir);
    expect(await main(['serve', '--declaration', declaration, '--port', '0', '--public', 'nothing'], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/nothing\/sdk: cannot read the SDK files \(ENOENT\); run cookieproof build --out/);
  });

  it('says which port is taken and how to choose another, without a stack', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cookieproof-serve-'));
    const holder = createServer();
    await new Promise<void>((ready) => holder.listen(0, '127.0.0.1', ready));
    const taken = (holder.address() as AddressInfo).port;
    try {
      const c = captureIo(dir);
      const args = ['serve', '--declaration', declaration, '--port', String(taken), '--data', 'data'];
      expect(await main(args, c.io)).toBe(2);
      expect(c.stderr()).toContain(`serve: port ${taken} is already in use by another program.`);
      expect(c.stderr()).toContain(`--port ${taken + 1} (--port 0 picks a free one)`);
      expect(c.stderr()).not.toContain('unexpected error');
      expect(c.stderr()).not.toMatch(/\n\s+at /);
    } finally {
      holder.close();
    }
  });

  it('reloads on the real SIGHUP and when the build output changes, serving SDK files written after start', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cookieproof-serve-'));
    expect(await main(['init', '--origin', 'http://shop.localhost:8080'], captureIo(dir).io)).toBe(0);
    expect(await main(['build', '--out', 'public'], captureIo(dir).io)).toBe(0);
    const child = spawn(
      process.execPath,
      [...['--conditions=@cookieproof/source', '--import', 'tsx', BIN, 'serve', '--port', '0'], ...folders(dir)],
      // From the repository, where tsx resolves; every path is the test folder's.
      { cwd: REPO, env: { ...process.env, COOKIEPROOF_LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const waiters: { test: () => boolean; done: () => void }[] = [];
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      for (const w of waiters.splice(0))
        if (w.test()) w.done();
        else waiters.push(w);
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    /** Resolves once the output holds `n` matches of `pattern`; fails if the process ends first. */
    const until = (pattern: RegExp, n = 1) =>
      Promise.race([
        new Promise<void>((done) => {
          const test = () => (output.match(new RegExp(pattern, 'g'))?.length ?? 0) >= n;
          if (test()) done();
          else waiters.push({ test, done });
        }),
        exited.then((code) => Promise.reject(new Error(`serve exited with ${code}:\n${output}`))),
      ]);
    try {
      await until(/listening on http/);
      const url = /listening on (\S+)/.exec(output)![1]!;
      const sdk = join(dir, 'public/sdk');
      const core = readdirSync(sdk).find((n) => /^cookieproof\.[0-9a-f]{12}\.js$/.test(n))!;
      // A content-named file that a later build wrote: unknown until the server reads the folder again.
      copyFileSync(join(sdk, core), join(sdk, 'cookieproof.0123456789ab.js'));
      expect((await fetch(`${url}/sdk/cookieproof.0123456789ab.js`)).status).toBe(404);
      child.kill('SIGHUP');
      await until(/reloaded .*cookieproof\.yaml: version 1/);
      expect((await fetch(`${url}/sdk/cookieproof.0123456789ab.js`)).status).toBe(200);

      // A new build, no signal: the server sees the build output change (manifest.json, written last).
      const reloads = () => output.match(/"msg":"reloaded"/g)?.length ?? 0;
      const before = reloads();
      copyFileSync(join(sdk, core), join(sdk, 'cookieproof.abcdefabcdef.js'));
      expect(await main(['build', '--out', 'public'], captureIo(dir).io)).toBe(0);
      await until(/"msg":"reloaded"/, before + 1);
      expect((await fetch(`${url}/sdk/cookieproof.abcdefabcdef.js`)).status).toBe(200);
      // A new version of the declaration, no signal: taken as soon as the file changes.
      const yaml = readFileSync(join(dir, 'cookieproof.yaml'), 'utf8');
      writeFileSync(join(dir, 'cookieproof.yaml'), yaml.replace('version: "1"', 'version: "2"'));
      await until(/"msg":"reloaded","version":"2"/);
      const health = (await (await fetch(`${url}/healthz`)).json()) as { version: string };
      expect(health.version).toBe('2');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
