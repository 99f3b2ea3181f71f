import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ErrorBody, type PublishedVersion } from '@cookieproof/schema';
import { expect } from 'vitest';
import { jsonLogger } from './logger.ts';
import { type StartedServer, startServer } from './start-server.ts';
import { ADMIN_TOKEN, AI_PROMO_DECLARATION, validRequest } from './test-support.ts';

// Helpers for the process tests: child-process servers, concurrent load, PostgreSQL databases and clusters.

const CHILD = fileURLToPath(new URL('./serve-for-test.ts', import.meta.url));
export const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

export interface ChildServer {
  url: string;
  child: ChildProcess;
  logs: string[];
  exited: Promise<number | null>;
}

export async function spawnServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--conditions=@cookieproof/source', '--import', 'tsx', CHILD], {
    env: {
      ...process.env,
      COOKIEPROOF_DECLARATION: AI_PROMO_DECLARATION,
      COOKIEPROOF_ADMIN_TOKEN: ADMIN_TOKEN,
      COOKIEPROOF_LOG_LEVEL: 'info',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((ready, fail) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        logs.push(line);
        try {
          const entry = JSON.parse(line);
          if (entry.msg === 'listening') ready(entry.url);
        } catch {}
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    exited.then((code) => fail(new Error(`server exited with ${code} before listening:\n${logs.join('\n')}`)));
  });
  return { url, child, logs, exited };
}

export interface Accepted {
  receiptId: string;
  subjectId: string;
  url: string;
}

export interface LoadResult {
  accepted: Accepted[];
  statuses: Map<number, number>;
  /** Requests that got no HTTP answer (connection refused or reset). */
  networkErrors: number;
  /** 503 answers without a Retry-After header (must stay 0). */
  missingRetryAfter: number;
}

/**
 * Posts valid receipts from `concurrency` workers, round-robin over `urls`, until `until` resolves or `target`
 * receipts were accepted.
 */
export async function load(
  urls: string[],
  version: PublishedVersion,
  until: Promise<unknown>,
  concurrency = 24,
  target = Number.POSITIVE_INFINITY,
): Promise<LoadResult> {
  const result: LoadResult = { accepted: [], statuses: new Map(), networkErrors: 0, missingRetryAfter: 0 };
  let stop = false;
  until.then(() => {
    stop = true;
  });
  let n = 0;
  const worker = async () => {
    while (!stop && result.accepted.length < target) {
      const url = urls[n++ % urls.length]!;
      const body = validRequest(version, n % 3 === 0, { surface: n % 2 ? 'public' : 'dashboard' });
      try {
        const res = await fetch(`${url}/v1/consents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 Firefox/133.0' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(10_000),
        });
        result.statuses.set(res.status, (result.statuses.get(res.status) ?? 0) + 1);
        const json = (await res.json()) as Accepted;
        if (res.status === 201) result.accepted.push({ receiptId: json.receiptId, subjectId: json.subjectId, url });
        else if (res.status === 503) {
          if (!res.headers.get('retry-after')) result.missingRetryAfter++;
          await sleep(50);
        }
      } catch {
        result.networkErrors++;
        await sleep(20);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}

/** The accepted receipts that the server cannot find any more. */
export async function missingReceipts(url: string, accepted: Accepted[]): Promise<Accepted[]> {
  const missing: Accepted[] = [];
  let next = 0;
  const worker = async () => {
    while (next < accepted.length) {
      const a = accepted[next++]!;
      const res = await fetch(`${url}/v1/subjects/${a.subjectId}/receipts`, { headers: admin });
      const ids = res.status === 200 ? ((await res.json()) as { receipts: { receiptId: string }[] }).receipts : [];
      if (!ids.some((r) => r.receiptId === a.receiptId)) missing.push(a);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return missing;
}

export async function verifyLog(url: string): Promise<{ ok: boolean; checked: number }> {
  const res = await fetch(`${url}/v1/audit/verify`, { headers: admin });
  return (await res.json()) as { ok: boolean; checked: number };
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
    s.once('error', fail);
  });
}

// PostgreSQL: the shared server on 5432 for databases, or a private cluster that a test may stop and start.

const PG_BIN = '/usr/lib/postgresql/15/bin';

export function postgresReachable(port = 5432): boolean {
  try {
    execFileSync(`${PG_BIN}/pg_isready`, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres'], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

function psql(sql: string, port = 5432): void {
  execFileSync(
    `${PG_BIN}/psql`,
    ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql],
    {
      stdio: 'pipe',
    },
  );
}

/** A fresh database on the shared server; drop it with the returned function. */
export function createDatabase(port = 5432): { url: string; drop: () => void } {
  const name = `cookieproof_server_${randomBytes(6).toString('hex')}`;
  psql(`CREATE DATABASE ${name}`, port);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${name}`,
    drop: () => psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, port),
  };
}

export interface Cluster {
  port: number;
  start(): void;
  stop(): void;
  destroy(): void;
}

/** A private PostgreSQL cluster in a temporary folder, run as the postgres user (initdb refuses root). */
export async function createCluster(dir: string): Promise<Cluster> {
  const port = await freePort();
  const asPostgres = (cmd: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', `${PG_BIN}/${cmd}`, ...args], { stdio: 'pipe' });
  execFileSync('chown', ['postgres:postgres', dir]);
  asPostgres('initdb', ['-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const ctl = (action: string, extra: string[] = []) =>
    asPostgres('pg_ctl', ['-D', `${dir}/data`, '-l', `${dir}/log`, '-w', '-t', '60', ...extra, action]);
  const start = () => ctl('start', ['-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50`]);
  start();
  return {
    port,
    start,
    stop: () => ctl('stop', ['-m', 'fast']),
    destroy: () => {
      try {
        ctl('stop', ['-m', 'immediate']);
      } catch {}
    },
  };
}

/**
 * A TCP proxy in front of a server on 127.0.0.1 that can stop forwarding without closing anything, as a network
 * path does when it freezes: bytes sent either way are held, new connections are accepted and left waiting.
 */
export class FreezableProxy {
  readonly #pairs = new Set<[Socket, Socket]>();
  readonly #server: Server;
  #frozen = false;
  port = 0;

  private constructor(targetPort: number) {
    this.#server = createServer((client) => {
      const upstream = connect(targetPort, '127.0.0.1');
      const pair: [Socket, Socket] = [client, upstream];
      this.#pairs.add(pair);
      for (const s of pair) {
        s.on('error', () => {});
        s.on('close', () => {
          this.#pairs.delete(pair);
          for (const other of pair) other.destroy();
        });
      }
      if (!this.#frozen) forward(pair);
    });
  }

  static async start(targetPort: number): Promise<FreezableProxy> {
    const proxy = new FreezableProxy(targetPort);
    await new Promise<void>((ready) => proxy.#server.listen(0, '127.0.0.1', ready));
    proxy.port = (proxy.#server.address() as AddressInfo).port;
    return proxy;
  }

  freeze(): void {
    this.#frozen = true;
    for (const [a, b] of this.#pairs) {
      a.unpipe(b);
      b.unpipe(a);
      a.pause();
      b.pause();
    }
  }

  thaw(): void {
    this.#frozen = false;
    for (const pair of this.#pairs) forward(pair);
  }

  async close(): Promise<void> {
    for (const pair of this.#pairs) for (const s of pair) s.destroy();
    await new Promise((done) => this.#server.close(done));
  }
}

function forward([a, b]: [Socket, Socket]): void {
  a.pipe(b);
  b.pipe(a);
}

// Raw HTTP/1.1 over a socket, for what fetch cannot send: malformed requests, slow or silent clients.

export interface RawConnection {
  socket: Socket;
  /** Everything the server sent, once the connection closed. */
  closed: Promise<string>;
}

export async function openRaw(port: number): Promise<RawConnection> {
  const socket = connect(port, '127.0.0.1');
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  const closed = new Promise<string>((done) => socket.once('close', () => done(Buffer.concat(chunks).toString())));
  socket.on('error', () => {});
  await new Promise((ready) => socket.once('connect', ready));
  return { socket, closed };
}

/** Status, headers and body of a raw HTTP/1.1 answer (the first, when several came). */
export function parseRaw(raw: string) {
  const [head = '', rest = ''] = raw.split('\r\n\r\n');
  const [statusLine, ...lines] = head.split('\r\n');
  const headers = new Map(
    lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  const length = Number(headers.get('content-length') ?? Buffer.byteLength(rest));
  const body = Buffer.from(rest).subarray(0, length).toString();
  return { status: Number(statusLine?.split(' ')[1]), headers, body };
}

/** A raw answer with this status, the JSON error shape, a correct length and the security headers. */
export function expectJsonError(raw: string, status: number): ErrorBody {
  const answer = parseRaw(raw);
  expect(answer.status, raw).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(answer.headers.get('cache-control')).toBe('no-store');
  expect(ErrorBody.safeParse(JSON.parse(answer.body)).success, answer.body).toBe(true);
  return JSON.parse(answer.body) as ErrorBody;
}

export interface FreezableServer {
  server: StartedServer;
  proxy: FreezableProxy;
  /** Thaws, closes the server and the proxy, drops the database. */
  stop(): Promise<void>;
}

/** An in-process server on a fresh PostgreSQL database reached through a FreezableProxy. */
export async function serverBehindProxy(): Promise<FreezableServer> {
  const db = createDatabase();
  const proxy = await FreezableProxy.start(5432);
  const url = new URL(db.url);
  url.port = String(proxy.port);
  const server = await startServer({
    declarationFile: AI_PROMO_DECLARATION,
    port: 0,
    databaseUrl: url.href,
    adminToken: ADMIN_TOKEN,
    rateLimit: false,
    handleSignals: false,
    shutdownTimeoutMs: 1000,
    logger: jsonLogger('error', () => {}),
  });
  return {
    server,
    proxy,
    async stop() {
      proxy.thaw();
      await server.close();
      await proxy.close();
      db.drop();
    },
  };
}
