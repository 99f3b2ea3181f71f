import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real command in a child process, stdout a pipe: a report well over the pipe's 64 KiB buffer must arrive
// whole (it used to stop at 65,536 bytes because the process exited with the rest still queued). It runs from the
// sources in this tree, as `npm run cookieproof` does, so no build is needed and no stale build is tested.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const COMMAND = ['--conditions=@cookieproof/source', '--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts')];
const KEYS = 1500;

let server: Server;
let url: string;
let dir: string;
let cookieDb: string;

beforeAll(async () => {
  // An empty cookie database: nothing here is looked up, and the scan must not try to download one.
  dir = mkdtempSync(join(tmpdir(), 'cookieproof-pipe-'));
  cookieDb = join(dir, 'cookies.csv');
  writeFileSync(cookieDb, 'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period\n');
  // One page that writes many long localStorage keys: each is reported in every pass, so the report is megabytes.
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Big</title><h1>Big</h1><script>
for (let i = 0; i < ${KEYS}; i++) localStorage.setItem('key_' + i + '_' + 'x'.repeat(200), '1');
</script></html>`);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://big.localhost:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function runPiped(args: string[]): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...COMMAND, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: err }));
  });
}

describe('cookieproof writing to a pipe', () => {
  it('delivers every byte of a report over 1 MB before it exits', async () => {
    const r = await runPiped(['scan', url, '--max-pages', '1', '--depth', '0', '--cookie-db', cookieDb, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(1_000_000);
    // Whole: it parses, ends with the newline written after it, and holds every key of every pass.
    expect(r.stdout.at(-1)).toBe(0x0a);
    const report = JSON.parse(r.stdout.toString('utf8'));
    for (const pass of report.passes) expect(pass.storage).toHaveLength(KEYS);
    expect(report.findings).toHaveLength(KEYS * report.passes.length);
  });
});
