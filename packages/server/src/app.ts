import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { CookieproofError, gpcSupport, type PublishedVersion } from '@cookieproof/schema';
import type { ConsentStore } from '@cookieproof/store';
import { getRequestListener } from '@hono/node-server';
import { type Context, Hono } from 'hono';
import { type ConsentPost, consentEndpoint } from './consent-endpoint.ts';
import { mountConsoleRoutes } from './console-routes.ts';
import {
  type Answer,
  errorResponse,
  respond,
  SECURITY_HEADER_LIST,
  SECURITY_HEADERS,
  statusOf,
  thrownAnswer,
} from './http-errors.ts';
import { type Logger, silentLogger } from './logger.ts';
import { openApiDocument } from './open-api.ts';
import { operatorAccess } from './operator-access.ts';
import { CONSOLE_CSP, type ConsoleFiles, consoleFiles, consolePage } from './operator-console.ts';
import { OperatorSessions } from './operator-session.ts';
import { proofBundle } from './proof-bundle.ts';
import { DEFAULT_RATE_LIMIT, type RateLimit, RateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { type BodyResult, readJsonBody, readNodeJsonBody } from './read-json-body.ts';
import { DEFAULT_MAX_SCAN_BYTES, mountScanRoutes } from './scan-routes.ts';

export interface ConsentAppOptions {
  /** Published declaration versions, oldest first; the last is current. */
  versions: PublishedVersion[];
  store: ConsentStore;
  /** Bearer token for the operator endpoints, also exchanged for console sessions; without one they answer 401. */
  adminToken?: string;
  /** Console sessions, kept across the apps a reload makes; default: new ones with the default expiry. */
  operatorSessions?: OperatorSessions;
  /** Origins allowed to post receipts from a browser; default: every origin of the current declaration's surfaces. */
  allowedOrigins?: string[];
  /** Per-client limit on POST /v1/consents; false turns it off (benchmarks, behind a limiting proxy). */
  rateLimit?: RateLimitOptions | false;
  /** A limit kept elsewhere (shared through Redis); used instead of an in-memory one unless rateLimit is false. */
  rateLimiter?: RateLimit;
  /** Take the client address from the last X-Forwarded-For entry and the scheme from X-Forwarded-Proto. */
  trustProxy?: boolean;
  /**
   * Request header with the visitor's country or ISO 3166-2 region, set by the operator's CDN or proxy
   * (CF-IPCountry, CloudFront-Viewer-Country, X-Vercel-IP-Country, ...; a "<name>-Region" header adds the
   * subdivision). Receipts record the jurisdiction it selects; without it the region is unknown.
   */
  regionHeader?: string;
  logger?: Logger;
  /** Largest accepted request body; default 16 KiB. */
  maxBodyBytes?: number;
  /** Largest scanner report POST /v1/scans accepts; default 16 MiB. */
  maxScanBytes?: number;
  /** The SDK's content-named browser files (`sdk/` of `cookieproof build`'s output), served at /sdk/<name>. */
  sdkFiles?: ReadonlyMap<string, Uint8Array>;
}

export interface ConsentApp {
  /** Every route, for in-process requests and any Fetch-style runtime. */
  app: Hono;
  /**
   * The same for node:http, with POST /v1/consents answered without building Fetch Request and Response
   * objects (that endpoint is the one under load; everything else goes through `app`).
   */
  listener: RequestListener;
  /** Resolves once no request is being handled, e.g. after the listener stopped accepting new ones. */
  idle(): Promise<void>;
}

const SUBJECT_ID = /^[A-Za-z0-9_-]{16,64}$/;
/** Longest a readiness check waits for the store. */
const READY_TIMEOUT_MS = 2000;

type NodeEnv = {
  incoming?: { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } };
};

/**
 * A request header, read from Node's own parsed headers when running on @hono/node-server: building the Fetch
 * API Headers object costs more than the rest of the request. Node joins repeated headers with ", " as Fetch does.
 */
function header(c: Context, name: string): string | undefined {
  const incoming = (c.env as NodeEnv | undefined)?.incoming;
  return incoming ? nodeHeader(incoming.headers, name) : c.req.header(name);
}

function nodeHeader(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** ConsentPost over a node:http request; its methods live on the prototype, so a request makes one object. */
class NodeConsentPost implements ConsentPost {
  readonly #req: IncomingMessage;
  readonly #maxBodyBytes: number;
  readonly socketAddress: string | null;

  constructor(req: IncomingMessage, maxBodyBytes: number) {
    this.#req = req;
    this.#maxBodyBytes = maxBodyBytes;
    this.socketAddress = req.socket.remoteAddress ?? null;
  }

  header(name: string): string | undefined {
    return nodeHeader(this.#req.headers, name);
  }

  self(): { protocol: string; hostname: string } | null {
    const { host } = this.#req.headers;
    if (!host) return null;
    try {
      return new URL(`${(this.#req.socket as TLSSocket).encrypted ? 'https' : 'http'}://${host}`);
    } catch {
      return null;
    }
  }

  body(): Promise<BodyResult> {
    return readNodeJsonBody(this.#req, this.#maxBodyBytes);
  }
}

export function createConsentApp(options: ConsentAppOptions): ConsentApp {
  const { versions, store } = options;
  const current = versions.at(-1);
  if (!current) throw new CookieproofError('invalid-input', 'no published declaration version to serve');
  const byFingerprint = new Map(versions.map((v) => [v.fingerprint, v]));
  const allowed = new Set(
    options.allowedOrigins ?? Object.values(current.declaration.site.surfaces).flatMap((s) => s.origins),
  );
  const logger = options.logger ?? silentLogger;
  const limiter =
    options.rateLimit === false
      ? null
      : (options.rateLimiter ?? new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT));
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const gpcResource = JSON.stringify(gpcSupport(current.declaration));
  let openApi: string | undefined;

  let inFlight = 0;
  const waiters: (() => void)[] = [];
  // Timed only when the debug line is written: the clock and the line's fields cost the receipt endpoint too.
  const timed = logger.enabled?.('debug') ?? true;
  /** Bookkeeping around every request, whichever way it came in: counted for idle(), logged at debug. */
  const requestStarted = () => {
    inFlight++;
    return timed ? performance.now() : 0;
  };
  const requestDone = (method: string, route: string, status: number, started: number) => {
    inFlight--;
    if (timed)
      logger.debug('request', { method, route, status, ms: Math.round((performance.now() - started) * 10) / 10 });
    if (inFlight === 0 && waiters.length > 0) for (const w of waiters.splice(0)) w();
  };

  /** Whether the store answers a small read within READY_TIMEOUT_MS (a stalled database never answers at all). */
  const storeReady = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((done) => {
      timer = setTimeout(() => done(false), READY_TIMEOUT_MS);
    });
    try {
      return await Promise.race([
        store.count().then(
          () => true,
          () => false,
        ),
        late,
      ]);
    } finally {
      clearTimeout(timer);
    }
  };

  const app = new Hono();

  app.use(async (c, next) => {
    const started = requestStarted();
    // Set on the context before any response exists, so every response (errors included) is built with them.
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
    try {
      await next();
    } finally {
      requestDone(c.req.method, c.req.routePath, c.res.status, started);
    }
  });

  /** A thrown error as an answer; what the client is not told is logged here. */
  const answerError = (err: unknown): Answer => {
    if (!(err instanceof CookieproofError))
      logger.error('unhandled error', { err: String((err as Error)?.stack ?? err) });
    else if (err.code === 'unavailable') logger.warn('storage unavailable', { message: err.message });
    else if (statusOf(err.code) >= 500) logger.error('internal error', { code: err.code, message: err.message });
    return thrownAnswer(err);
  };
  const postConsent = consentEndpoint({
    byFingerprint,
    consentLifetimeDays: current.declaration.policy.consentLifetimeDays,
    allowed,
    limiter,
    trustProxy: options.trustProxy === true,
    ...(options.regionHeader ? { regionHeader: options.regionHeader } : {}),
    append: (receipt) => store.append(receipt),
    fail: answerError,
  });

  app.onError((err, c) => respond(c, answerError(err)));
  app.notFound((c) => errorResponse(c, 'not-found', `no route ${c.req.method} ${new URL(c.req.url).pathname}`));

  // CORS by hand rather than with hono/cors, which edits headers of an already built response and so forces
  // @hono/node-server off its fast path; headers set on the context here end up on every answer, errors included.
  app.options('/v1/consents', (c) => {
    const origin = header(c, 'origin');
    c.header('Vary', 'Origin');
    if (origin !== undefined && allowed.has(origin)) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Credentials', 'true');
      c.header('Access-Control-Allow-Methods', 'POST');
      c.header('Access-Control-Allow-Headers', 'Content-Type');
      c.header('Access-Control-Max-Age', '600');
    }
    return c.body(null, 204);
  });

  app.post('/v1/consents', async (c) =>
    respond(
      c,
      await postConsent({
        header: (name) => header(c, name),
        socketAddress: (c.env as NodeEnv | undefined)?.incoming?.socket?.remoteAddress ?? null,
        self: () => new URL(c.req.url),
        body: () => readJsonBody(c.req.raw, header(c, 'content-type'), header(c, 'content-length'), maxBodyBytes),
      }),
    ),
  );
  app.all('/v1/consents', (c) => {
    c.header('Allow', 'POST, OPTIONS');
    return errorResponse(c, 'method-not-allowed', `${c.req.method} is not allowed here; POST a receipt`);
  });

  const operator = operatorAccess(app, {
    store,
    adminToken: options.adminToken,
    sessions: options.operatorSessions ?? new OperatorSessions(),
    trustProxy: options.trustProxy === true,
    maxBodyBytes,
    header,
  });
  mountConsoleRoutes(app, { store, versions, operator });
  app.use('/v1/subjects/*', operator.require);
  app.use('/v1/audit/*', operator.require);
  app.use('/v1/scans', operator.require);
  app.use('/v1/scans/*', operator.require);
  mountScanRoutes(app, store, options.maxScanBytes ?? DEFAULT_MAX_SCAN_BYTES);

  const subjectParam = (c: Context): string => {
    const id = c.req.param('id') ?? '';
    if (!SUBJECT_ID.test(id))
      throw new CookieproofError('invalid-input', 'id: a subject id is 16 to 64 characters of A-Z a-z 0-9 _ -', [
        { path: 'id', message: 'not a subject id' },
      ]);
    return id;
  };
  const receiptsOf = async (id: string) => {
    const receipts = await store.receiptsOf(id);
    if (receipts.length === 0)
      throw new CookieproofError('not-found', 'no receipts for this subject (never recorded, or erased)');
    return receipts;
  };

  app.get('/v1/subjects/:id/receipts', async (c) => {
    const id = subjectParam(c);
    return c.json({ subjectId: id, receipts: await receiptsOf(id) });
  });
  app.get('/v1/subjects/:id/export', async (c) => {
    const id = subjectParam(c);
    const receipts = await receiptsOf(id);
    const chain = await store.chainPositions(receipts.map((r) => r.receiptId));
    await operator.audit(c, { action: 'export', subjectId: id, detail: `${receipts.length} receipts` });
    c.header('Content-Disposition', `attachment; filename="cookieproof-${id}.json"`);
    return c.json(proofBundle(id, receipts, chain, byFingerprint));
  });
  app.delete('/v1/subjects/:id', async (c) => {
    const id = subjectParam(c);
    const erased = await store.eraseSubject(id);
    logger.info('subject erased', { erased });
    await operator.audit(c, { action: 'erase', subjectId: id, detail: `erased ${erased}` });
    return c.json({ subjectId: id, erased });
  });
  app.get('/v1/audit/verify', async (c) => {
    const result = await store.verify();
    const detail = result.ok ? `ok, ${result.checked} checked` : `broken at ${result.broken?.receiptId}`;
    await operator.audit(c, { action: 'verify', detail });
    return c.json(result);
  });

  app.get('/.well-known/gpc.json', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(gpcResource, 200, { 'Content-Type': 'application/json' });
  });
  // Liveness: the process answers; it touches nothing else, so a stalled database does not get the process restarted.
  app.get('/livez', (c) => c.json({ status: 'alive' }));
  // Readiness: the store answers too; /healthz is the same check with the body it always had.
  const readiness = (status: string) => async (c: Context) => {
    if (!(await storeReady())) return errorResponse(c, 'unavailable', 'storage unavailable');
    return c.json({ status, version: current.version, fingerprint: current.fingerprint });
  };
  app.get('/readyz', readiness('ready'));
  // The SDK for sites that load it from the consent server as from a CDN: names carry the content's hash, so a
  // file never changes and may be cached for ever; any site may load it with SRI (crossorigin="anonymous").
  app.get('/sdk/:file', (c) => {
    const body = options.sdkFiles?.get(c.req.param('file'));
    if (!body) return errorResponse(c, 'not-found', `no SDK file ${c.req.param('file')}; run cookieproof build`);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.body(body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.get('/healthz', readiness('ok'));
  // The operator console: static files; everything it shows comes from the operator API above.
  let page: string | undefined;
  const consoleFile = (type: string, body: (files: ConsoleFiles) => string) => async (c: Context) => {
    const files = await consoleFiles();
    c.header('Content-Security-Policy', CONSOLE_CSP);
    return c.body(body(files), 200, { 'Content-Type': type });
  };
  app.get(
    '/console',
    consoleFile('text/html; charset=utf-8', (f) => {
      page ??= consolePage(f, current.declaration.site.name);
      return page;
    }),
  );
  app.get(
    '/console/console.js',
    consoleFile('text/javascript; charset=utf-8', (f) => f.js),
  );
  app.get(
    '/console/console.css',
    consoleFile('text/css; charset=utf-8', (f) => f.css),
  );

  app.get('/openapi.json', (c) => {
    openApi ??= JSON.stringify(openApiDocument(current.declaration.site.name));
    return c.body(openApi, 200, { 'Content-Type': 'application/json' });
  });

  const viaHono = getRequestListener(app.fetch);
  const fastPost = async (req: IncomingMessage, res: ServerResponse) => {
    const started = requestStarted();
    let status = 500;
    try {
      const answer = await postConsent(new NodeConsentPost(req, maxBodyBytes));
      status = answer.status;
      // Refused before its body was read to the end (too large, wrong type): the rest is not wanted, so the
      // connection closes after the answer instead of reading on; a client still sending after that is cut off.
      const unread = !req.complete;
      // One list, in the order the headers are sent: the fixed ones, the answer's own, its length.
      const head = SECURITY_HEADER_LIST.slice();
      for (const name in answer.headers) head.push(name, answer.headers[name]!);
      head.push('Content-Length', String(Buffer.byteLength(answer.body)));
      if (unread) head.push('Connection', 'close');
      res.writeHead(answer.status, head);
      res.end(answer.body);
      if (unread) setTimeout(() => req.socket.destroy(), 1000).unref();
    } catch (err) {
      // postConsent answers every refusal itself; this is a bug, and it must not take the process down.
      const answer = answerError(err);
      if (!res.headersSent) res.writeHead(answer.status, { ...SECURITY_HEADERS, ...answer.headers });
      res.end(answer.body);
    } finally {
      requestDone('POST', '/v1/consents', status, started);
    }
  };
  const listener: RequestListener = (req, res) => {
    if (req.method === 'POST' && (req.url === '/v1/consents' || req.url?.startsWith('/v1/consents?'))) {
      void fastPost(req, res);
    } else {
      void viaHono(req, res);
    }
  };

  return {
    app,
    listener,
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}
