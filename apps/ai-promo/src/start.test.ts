import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { serviceFetch } from './service-fetch.ts';

// `npm start` as a newcomer runs it: a child process that prints the URLs and the demo account, serves, keeps its
// generated dev secrets in the data folder, and stops cleanly on Ctrl-C.

const START = fileURLToPath(new URL('./start.ts', import.meta.url));
const children: ChildProcess[] = [];
let dataDir: string | undefined;

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function spawnStart(dir: string, port: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', START], {
    env: { ...process.env, AIPROMO_DATA_DIR: dir, AIPROMO_PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function start(dir: string): Promise<Started> {
  const child = spawnStart(dir, '0');
  children.push(child);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr!.on('data', (c: Buffer) => {
    out += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const until = Date.now() + 45_000;
  while (!out.includes('Press Ctrl-C to stop.')) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`npm start did not come up:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => out, exited };
}

const line = (out: string, label: string) => new RegExp(`${label}\\s+(\\S+)`).exec(out)?.[1];
const DEMO_ACCOUNT = /Demo account\s+(\S+) \/ (\S+)/;

describe('npm start', () => {
  test('prints the URLs and demo account, serves them, keeps its secrets, and stops on Ctrl-C', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aipromo-start-'));
    const first = await start(dataDir);
    const out = first.output();
    const site = line(out, 'Public site')!;
    const policy = line(out, 'Cookie policy')!;
    const health = line(out, 'Consent server')!;
    const demo = DEMO_ACCOUNT.exec(out);
    expect(site).toMatch(/^http:\/\/aipromo\.localhost:\d+\/$/);
    expect(demo?.[1]).toContain('@');

    expect((await serviceFetch(site)).status).toBe(200);
    const page = await serviceFetch(policy);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Cookie Policy');
    expect((await serviceFetch(health)).status).toBe(200);
    // The consent server's operator console, under the site's /cookieproof prefix with its own strict CSP.
    const operatorConsole = await serviceFetch(line(out, 'Operator console')!);
    expect(operatorConsole.status).toBe(200);
    expect(operatorConsole.body).toContain('Operator console');
    expect((await serviceFetch(line(out, 'Operator console')!.replace(/console$/, 'console/console.js'))).status).toBe(
      200,
    );

    // The dev secrets are generated on first start into the data folder, never taken from the repository.
    const secrets = JSON.parse(await readFile(join(dataDir, 'dev-secrets.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(secrets).length).toBeGreaterThan(0);
    // The operator API the console calls (relative to its page) answers there to the token kept in that file.
    const verify = line(out, 'Operator console')!.replace(/console$/, 'v1/audit/verify');
    expect((await serviceFetch(verify)).status).toBe(401);
    const verified = await serviceFetch(verify, { headers: { authorization: `Bearer ${secrets.adminToken}` } });
    expect(verified.status).toBe(200);
    expect(JSON.parse(verified.body)).toMatchObject({ ok: true });

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Stopped.');

    // A second start reuses them: the demo account's password is the same.
    const second = await start(dataDir);
    expect(DEMO_ACCOUNT.exec(second.output())?.[2]).toBe(demo?.[2]);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);
});

describe('npm start on a busy port', () => {
  test('says which port is taken and how to move, without a stack trace', async () => {
    const holder = createServer();
    await new Promise<void>((ok) => holder.listen(0, '127.0.0.1', ok));
    const taken = (holder.address() as AddressInfo).port;
    const dir = await mkdtemp(join(tmpdir(), 'aipromo-busy-'));
    try {
      const child = spawnStart(dir, String(taken));
      children.push(child);
      let err = '';
      child.stderr!.on('data', (c: Buffer) => {
        err += c.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
      expect(code).toBe(2);
      expect(err).toContain(`Cannot start: port ${taken} (site) is already in use by another program.`);
      expect(err).toContain(`AIPROMO_PORT=${taken + 1000} npm start`);
      expect(err).toContain('AIPROMO_PORT=0 npm start');
      expect(err).not.toMatch(/\n\s+at /);
    } finally {
      holder.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
