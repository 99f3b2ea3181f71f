import { createHash, timingSafeEqual } from 'node:crypto';
import { CookieproofError, type PublishedVersion, ReceiptRequest } from '@cookieproof/schema';
import { type ConsentStore, newSubjectId } from '@cookieproof/store';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { getDomain } from 'tldts';
import { consentSetCookie, encodeConsentCookie } from './consent-cookie.ts';
import { errorResponse, invalidInput, statusOf, thrownResponse } from './http-errors.ts';
import { type Logger, silentLogger } from './logger.ts';
import { openApiDocument } from './open-api.ts';
import { proofBundle } from './proof-bundle.ts';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { readJsonBody } from './read-json-body.ts';
import { checkReceipt } from './receipt-rules.ts';
import { coarseUserAgent, dntHeader, gpcHeader, truncateIp } from './request-facts.ts';

export interface ConsentAppOptions {
  /** Published declaration versions, oldest first; the last is current. */
  versions: PublishedVersion[];
  store: ConsentStore;
  /** Bearer token for the operator endpoints; without one they always answer 401. */
  adminToken?: string;
  /** Origins allowed to post receipts from a browser; default: every origin of the current declaration's surfaces. */
  allowedOrigins?: string[];
  /** Per-client limit on POST /v1/consents; false turns it off (benchmarks, behind a limiting proxy). */
  rateLimit?: RateLimitOptions | false;
  /** Take the client address from the last X-Forwarded-For entry and the scheme from X-Forwarded-Proto. */
  trustProxy?: boolean;
  logger?: Logger;
  /** Largest accepted request body; default 16 KiB. */
  maxBodyBytes?: number;
}

export interface ConsentApp {
  app: Hono;
  /** Resolves once no request is being handled, e.g. after the listener stopped accepting new ones. */
  idle(): Promise<void>;
}

const SUBJECT_ID = /^[A-Za-z0-9_-]{16,64}$/;

const SECURITY_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Resource-Policy', 'same-site'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['Cache-Control', 'no-store'],
];

type NodeEnv = {
  incoming?: { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } };
};

/**
 * A request header, read from Node's own parsed headers when running on @hono/node-server: building the Fetch
 * API Headers object costs more than the rest of the request. Node joins repeated headers with ", " as Fetch does.
 */
function header(c: Context, name: string): string | undefined {
  const incoming = (c.env as NodeEnv | undefined)?.incoming;
  if (!incoming) return c.req.header(name);
  const v = incoming.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

function siteOfHost(host: string): string {
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
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
  const limiter = options.rateLimit === false ? null : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const adminDigest = options.adminToken ? digest(options.adminToken) : null;
  const { policy } = current.declaration;
  const gpcResource = JSON.stringify({
    gpc: policy.signals.gpc === 'honor' || policy.sellsPersonalInformation || policy.sharesPersonalInformation,
    lastUpdate: policy.effectiveDate,
  });
  let openApi: string | undefined;
  let storageUp = true;

  let inFlight = 0;
  const waiters: (() => void)[] = [];
  const settle = () => {
    if (inFlight === 0) for (const w of waiters.splice(0)) w();
  };

  const clientIp = (c: Context): string | null => {
    if (options.trustProxy) {
      const xff = header(c, 'x-forwarded-for');
      const last = xff?.split(',').at(-1)?.trim();
      if (last) return last;
    }
    return (c.env as NodeEnv | undefined)?.incoming?.socket?.remoteAddress ?? null;
  };

  /** Calls the store, keeping track of whether it is reachable (for /healthz). */
  const stored = async <T>(op: () => Promise<T>): Promise<T> => {
    try {
      const out = await op();
      storageUp = true;
      return out;
    } catch (e) {
      if (e instanceof CookieproofError && e.code === 'unavailable') storageUp = false;
      throw e;
    }
  };

  const app = new Hono();

  app.use(async (c, next) => {
    inFlight++;
    const started = performance.now();
    // Set on the context before any response exists, so every response (errors included) is built with them.
    for (const [k, v] of SECURITY_HEADERS) c.header(k, v);
    try {
      await next();
    } finally {
      inFlight--;
      logger.debug('request', {
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
      settle();
    }
  });

  app.onError((err, c) => {
    if (!(err instanceof CookieproofError)) logger.error('unhandled error', { err: String(err?.stack ?? err) });
    else if (err.code === 'unavailable') logger.warn('storage unavailable', { message: err.message });
    else if (statusOf(err.code) >= 500) logger.error('internal error', { code: err.code, message: err.message });
    return thrownResponse(c, err);
  });
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

  app.post('/v1/consents', async (c) => {
    const origin = header(c, 'origin');
    c.header('Vary', 'Origin');
    if (origin !== undefined) {
      if (!allowed.has(origin))
        return errorResponse(c, 'forbidden-origin', `origin ${origin.slice(0, 200)} is not a declared surface`);
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Credentials', 'true');
    }
    if (limiter) {
      const wait = limiter.take(clientIp(c) ?? '');
      if (wait > 0)
        return errorResponse(c, 'rate-limited', `too many requests; retry in ${wait} s`, undefined, {
          'Retry-After': String(wait),
        });
    }
    const body = await readJsonBody(c.req.raw, header(c, 'content-type'), header(c, 'content-length'), maxBodyBytes);
    if (!body.ok) return errorResponse(c, body.code, body.message);
    const parsed = ReceiptRequest.safeParse(body.value);
    if (!parsed.success) throw invalidInput(parsed.error);
    const req = parsed.data;
    const version = checkReceipt(req, byFingerprint);
    const subjectId = req.subjectId ?? newSubjectId();
    const receipt = await stored(() =>
      store.append({
        subjectId,
        event: req.event,
        choices: req.choices,
        consentMode: req.consentMode,
        fingerprint: version.fingerprint,
        version: version.version,
        surface: req.surface,
        locale: req.locale,
        signals: {
          gpcHeader: gpcHeader(header(c, 'sec-gpc')),
          dntHeader: dntHeader(header(c, 'dnt')),
          gpc: req.signals.gpc,
          dnt: req.signals.dnt,
        },
        userAgent: coarseUserAgent(header(c, 'user-agent')),
        ipPrefix: truncateIp(clientIp(c)),
      }),
    );
    if (origin !== undefined) {
      const page = new URL(origin);
      const self = new URL(c.req.url);
      const originSite = siteOfHost(page.hostname);
      if (originSite === siteOfHost(self.hostname)) {
        const https =
          page.protocol === 'https:' ||
          self.protocol === 'https:' ||
          (options.trustProxy === true && header(c, 'x-forwarded-proto') === 'https');
        const localhost = page.hostname === 'localhost' || page.hostname.endsWith('.localhost');
        const value = encodeConsentCookie({
          subjectId: receipt.subjectId ?? subjectId,
          fingerprint: receipt.fingerprint,
          choices: receipt.choices,
          decidedAt: receipt.recordedAt,
        });
        c.header(
          'Set-Cookie',
          consentSetCookie(value, {
            maxAgeSeconds: current.declaration.policy.consentLifetimeDays * 86_400,
            // Same host as the page: host-only, exactly the cookie the SDK writes itself (a Domain cookie beside it
            // would be a second cookie of the same name). Another host of the site: the whole site must see it.
            domain:
              page.hostname !== self.hostname && getDomain(page.hostname, { allowPrivateDomains: true }) === originSite
                ? originSite
                : null,
            secure: https || localhost,
          }),
        );
      }
    }
    return c.json({ receiptId: receipt.receiptId, subjectId, recordedAt: receipt.recordedAt, hash: receipt.hash }, 201);
  });
  app.all('/v1/consents', (c) => {
    c.header('Allow', 'POST, OPTIONS');
    return errorResponse(c, 'method-not-allowed', `${c.req.method} is not allowed here; POST a receipt`);
  });

  const requireAdmin: MiddlewareHandler = async (c, next) => {
    const auth = header(c, 'authorization') ?? '';
    const token = /^Bearer (\S+)$/i.exec(auth)?.[1];
    if (!adminDigest || !token || !timingSafeEqual(digest(token), adminDigest)) {
      c.header('WWW-Authenticate', 'Bearer realm="cookieproof"');
      return errorResponse(
        c,
        'unauthorized',
        adminDigest ? 'send Authorization: Bearer <operator token>' : 'operator API disabled: no token configured',
      );
    }
    await next();
  };
  app.use('/v1/subjects/*', requireAdmin);
  app.use('/v1/audit/*', requireAdmin);

  const subjectParam = (c: Context): string => {
    const id = c.req.param('id') ?? '';
    if (!SUBJECT_ID.test(id))
      throw new CookieproofError('invalid-input', 'id: a subject id is 16 to 64 characters of A-Z a-z 0-9 _ -', [
        { path: 'id', message: 'not a subject id' },
      ]);
    return id;
  };
  const receiptsOf = async (id: string) => {
    const receipts = await stored(() => store.receiptsOf(id));
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
    const chain = await stored(() => store.chainPositions(receipts.map((r) => r.receiptId)));
    c.header('Content-Disposition', `attachment; filename="cookieproof-${id}.json"`);
    return c.json(proofBundle(id, receipts, chain, byFingerprint));
  });
  app.delete('/v1/subjects/:id', async (c) => {
    const id = subjectParam(c);
    const erased = await stored(() => store.eraseSubject(id));
    logger.info('subject erased', { erased });
    return c.json({ subjectId: id, erased });
  });
  app.get('/v1/audit/verify', async (c) => c.json(await stored(() => store.verify())));

  app.get('/.well-known/gpc.json', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(gpcResource, 200, { 'Content-Type': 'application/json' });
  });
  app.get('/healthz', async (c) => {
    if (!storageUp) await stored(() => store.count()).catch(() => {});
    if (!storageUp) return errorResponse(c, 'unavailable', 'storage unavailable');
    return c.json({ status: 'ok', version: current.version, fingerprint: current.fingerprint });
  });
  app.get('/openapi.json', (c) => {
    openApi ??= JSON.stringify(openApiDocument(current.declaration.site.name));
    return c.body(openApi, 200, { 'Content-Type': 'application/json' });
  });

  return {
    app,
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}
