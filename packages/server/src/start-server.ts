import { type FSWatcher, mkdirSync, watch } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { CookieproofError, loadVersions, type PublishedVersion } from '@cookieproof/schema';
import { createStore } from '@cookieproof/store';
import { type ConsentApp, createConsentApp } from './app.ts';
import { consentHttpServer, type HttpLimits } from './http-server.ts';
import { jsonLogger, type Logger, type LogLevel } from './logger.ts';
import { OperatorSessions } from './operator-session.ts';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { redisRateLimiter, type SharedRateLimit } from './redis-rate-limit.ts';

export interface ServerOptions {
  declarationFile: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** SQLite folder when no database URL is given; default ./data. */
  dataDir?: string;
  /** PostgreSQL URL; default the DATABASE_URL environment variable. */
  databaseUrl?: string;
  adminToken?: string;
  allowedOrigins?: string[];
  rateLimit?: RateLimitOptions | false;
  /**
   * Redis that several processes share the rate limit through; default the REDIS_URL environment variable. Without
   * one each process limits on its own.
   */
  redisUrl?: string;
  /** Prefix of the rate limit's Redis keys; default COOKIEPROOF_REDIS_PREFIX, else "cookieproof:rate:". */
  redisKeyPrefix?: string;
  trustProxy?: boolean;
  /** See ConsentAppOptions.regionHeader; default the COOKIEPROOF_REGION_HEADER environment variable. */
  regionHeader?: string;
  logger?: Logger;
  /** Close on SIGTERM and SIGINT (default true). */
  handleSignals?: boolean;
  /** Longest wait for in-flight requests on close before connections are cut (default 10 s). */
  shutdownTimeoutMs?: number;
  /** Connections open at once (default 1,024); see HttpLimits for the rest. */
  maxConnections?: number;
  http?: Partial<HttpLimits>;
  /**
   * Console session expiry; default COOKIEPROOF_SESSION_IDLE_MINUTES (30) and COOKIEPROOF_SESSION_MAX_HOURS (12).
   */
  operatorSessions?: { idleTimeoutMs?: number; absoluteTimeoutMs?: number };
  /** `cookieproof build`'s output folder: its sdk/ files are served at /sdk/<name> with immutable caching. */
  publicDir?: string;
  /**
   * Reload by itself when the declaration file or the build output (publicDir's manifest.json, which
   * `cookieproof build` writes last) changes, once the writes have settled (default false).
   */
  watch?: boolean | { debounceMs?: number };
}

export interface StartedServer {
  url: string;
  /** Stops accepting, lets in-flight requests (and their writes) finish, then closes the store. */
  close(): Promise<void>;
  /**
   * Reads the declaration with its history, and the build output's SDK files, again and serves them from then on;
   * throws (and keeps serving what it had) when one of them does not load.
   */
  reload(): Promise<{ version: string; fingerprint: string }>;
}

export const DEFAULT_PORT = 4100;

export async function startServer(options: ServerOptions): Promise<StartedServer> {
  // Read before the store opens, so that a wrong folder fails with nothing to close.
  const readSdk = () => (options.publicDir ? readSdkFiles(options.publicDir) : Promise.resolve(undefined));
  const sdkFiles = await readSdk();
  // One set of console sessions for every app a reload makes, so a reload logs no operator out.
  const operatorSessions = new OperatorSessions({
    idleTimeoutMs:
      options.operatorSessions?.idleTimeoutMs ??
      durationFromEnv('COOKIEPROOF_SESSION_IDLE_MINUTES', 60_000) ??
      undefined,
    absoluteTimeoutMs:
      options.operatorSessions?.absoluteTimeoutMs ??
      durationFromEnv('COOKIEPROOF_SESSION_MAX_HOURS', 3_600_000) ??
      undefined,
  });
  const logger = options.logger ?? jsonLogger((process.env.COOKIEPROOF_LOG_LEVEL as LogLevel | undefined) ?? 'info');
  const versions = await loadVersions(options.declarationFile);
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  let store: Awaited<ReturnType<typeof createStore>>;
  if (databaseUrl) {
    store = await createStore({ databaseUrl });
  } else {
    const dir = resolve(options.dataDir ?? 'data');
    mkdirSync(dir, { recursive: true });
    store = await createStore({ sqliteFile: join(dir, 'cookieproof.sqlite') });
  }
  const adminToken = options.adminToken ?? process.env.COOKIEPROOF_ADMIN_TOKEN;
  if (!adminToken) logger.warn('no operator token (COOKIEPROOF_ADMIN_TOKEN): operator endpoints answer 401');
  const redisUrl = options.redisUrl ?? process.env.REDIS_URL;
  let shared: SharedRateLimit | undefined;
  if (redisUrl && options.rateLimit !== false) {
    shared = await redisRateLimiter({
      ...(options.rateLimit ?? DEFAULT_RATE_LIMIT),
      url: redisUrl,
      keyPrefix: options.redisKeyPrefix ?? process.env.COOKIEPROOF_REDIS_PREFIX,
      logger,
    });
  }
  // One limiter for every app a reload makes, so a reload forgets no client's count.
  const limiter =
    options.rateLimit === false ? undefined : (shared ?? new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT));
  const appFor = (published: PublishedVersion[], sdkFiles: Map<string, Uint8Array> | undefined) =>
    createConsentApp({
      versions: published,
      store,
      adminToken,
      operatorSessions,
      allowedOrigins: options.allowedOrigins,
      rateLimit: options.rateLimit,
      rateLimiter: limiter,
      trustProxy: options.trustProxy,
      regionHeader: options.regionHeader ?? process.env.COOKIEPROOF_REGION_HEADER,
      logger,
      ...(sdkFiles ? { sdkFiles } : {}),
    });
  let current = appFor(versions, sdkFiles);
  // Apps a reload replaced, kept until their last request has finished.
  const retiring = new Set<ConsentApp>();
  const listener: RequestListener = (req, res) => current.listener(req, res);
  const idle = () => Promise.all([current, ...retiring].map((a) => a.idle())).then(() => {});
  const host = options.host ?? '127.0.0.1';
  const server = consentHttpServer(listener, {
    ...options.http,
    ...(options.maxConnections === undefined ? {} : { maxConnections: options.maxConnections }),
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', fail);
      ready();
    });
  }).catch(async (err: unknown) => {
    // A port another program holds: nothing was served, so nothing opened is left behind.
    await store.close();
    await shared?.close();
    throw err;
  });
  server.on('error', (err) => logger.error('server error', { err: String(err) }));
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info('listening', {
    url,
    console: `${url}/console`,
    storage: databaseUrl ? 'postgresql' : 'sqlite',
    rateLimit: options.rateLimit === false ? 'off' : shared ? 'shared through Redis' : 'per process',
    version: versions.at(-1)!.version,
    fingerprint: versions.at(-1)!.fingerprint,
  });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      logger.info('shutting down');
      if (options.handleSignals !== false) for (const s of SIGNALS) process.off(s, onSignal);
      unwatch?.();
      const stopped = new Promise<void>((done) => server.close(() => done()));
      // Connections without a request in progress are closed now and as soon as their response is out; busy
      // ones finish first. After the timeout every connection is cut.
      server.closeIdleConnections();
      const sweep = setInterval(() => server.closeIdleConnections(), 20);
      const timeout = setTimeout(() => server.closeAllConnections(), options.shutdownTimeoutMs ?? 10_000);
      await idle();
      await stopped;
      clearInterval(sweep);
      clearTimeout(timeout);
      await store.close();
      await shared?.close();
      logger.info('stopped');
    })();
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info('signal', { signal });
    close().catch((err) => logger.error('shutdown failed', { err: String(err) }));
  };
  if (options.handleSignals !== false) for (const s of SIGNALS) process.on(s, onSignal);
  // Pages may already carry a declaration published after this process started: a reload takes it (and every
  // version before it) without a restart. A declaration that does not load leaves the running one in place.
  const reload = async () => {
    const [next, files] = await Promise.all([loadVersions(options.declarationFile), readSdk()]);
    const old = current;
    current = appFor(next, files);
    retiring.add(old);
    old.idle().then(() => retiring.delete(old));
    const { version, fingerprint } = next.at(-1)!;
    logger.info('reloaded', { version, fingerprint, versions: next.length, sdkFiles: files?.size });
    return { version, fingerprint };
  };
  const unwatch = options.watch
    ? watchFiles(
        [options.declarationFile, ...(options.publicDir ? [join(options.publicDir, 'manifest.json')] : [])],
        () => {
          if (!closing)
            reload().catch((err: Error) =>
              logger.warn('reload failed, still serving the previous declaration', { err: err.message }),
            );
        },
        (typeof options.watch === 'object' ? options.watch.debounceMs : undefined) ?? 300,
        logger,
      )
    : undefined;
  return { url, close, reload };
}

/**
 * Calls `fn` once, `debounceMs` after the last change to any of the files (an editor or a build writes in several
 * steps). Each file's folder is watched, since editors and builds replace a file rather than write into it.
 * Returns what stops watching.
 */
function watchFiles(files: string[], fn: () => void, debounceMs: number, logger: Logger): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = [];
  for (const file of files) {
    const name = basename(file);
    try {
      const watcher = watch(dirname(resolve(file)), (_event, changed) => {
        if (changed !== null && changed !== name) return;
        clearTimeout(timer);
        timer = setTimeout(fn, debounceMs);
      });
      watcher.on('error', (err) => logger.warn('watch failed: reload with SIGHUP', { file, err: String(err) }));
      watchers.push(watcher);
    } catch (err) {
      logger.warn('watch failed: reload with SIGHUP', { file, err: String(err) });
    }
  }
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/** The content-named SDK files of a build output (sdk/*.js), read at start and on each reload. */
async function readSdkFiles(publicDir: string): Promise<Map<string, Uint8Array>> {
  const dir = join(publicDir, 'sdk');
  const names = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    throw new CookieproofError(
      'invalid-input',
      `${dir}: cannot read the SDK files (${err.code}); run cookieproof build --out ${publicDir}`,
    );
  });
  const files = new Map<string, Uint8Array>();
  for (const name of names.filter((n) => /^[\w.-]+\.js$/.test(n))) files.set(name, await readFile(join(dir, name)));
  return files;
}

/** A positive number of units (unitMs each) from the environment, in milliseconds; null when unset. */
function durationFromEnv(name: string, unitMs: number): number | null {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return null;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new CookieproofError('usage', `${name}: a positive number is expected, not ${JSON.stringify(raw)}`);
  return n * unitMs;
}
