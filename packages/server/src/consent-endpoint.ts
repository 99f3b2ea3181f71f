import {
  type PublishedVersion,
  type Receipt,
  ReceiptRequest,
  registrableDomain,
  sharedCookieDomain,
  siteOf,
  withinDomain,
} from '@cookieproof/schema';
import type { NewReceipt } from '@cookieproof/store';
import { consentSetCookie, encodeConsentCookie } from './consent-cookie.ts';
import { type Answer, errorAnswer, invalidInput, jsonAnswer } from './http-errors.ts';
import { applyJurisdiction, regionOf } from './jurisdiction.ts';
import type { RateLimit } from './rate-limit.ts';
import type { BodyResult } from './read-json-body.ts';
import { checkReceipt } from './receipt-rules.ts';
import { clientAddress, coarseUserAgent, dntHeader, gpcHeader, rateLimitKey, truncateIp } from './request-facts.ts';

// POST /v1/consents without a framework: Hono's route and the node:http fast path (app.ts) both hand it the
// request through ConsentPost and send the Answer it returns, so the public endpoint behaves the same either way.

export interface ConsentPost {
  /** A request header by lower-case name; repeated headers joined with ", ". */
  header(name: string): string | undefined;
  /** The peer's address on the socket. */
  socketAddress: string | null;
  /** The scheme and host the client addressed, or null when the Host header is not a valid one. */
  self(): { protocol: string; hostname: string } | null;
  body(): Promise<BodyResult>;
}

export interface ConsentEndpointOptions {
  /** Published declaration versions by fingerprint; a receipt must name one. */
  byFingerprint: ReadonlyMap<string, PublishedVersion>;
  /** Lifetime of the consent cookie the answer may set (the current declaration's). */
  consentLifetimeDays: number;
  /** Origins allowed to post from a browser. */
  allowed: ReadonlySet<string>;
  limiter: RateLimit | null;
  trustProxy: boolean;
  /** Request header carrying the visitor's country or region (see jurisdiction.ts); none: the region is unknown. */
  regionHeader?: string;
  /** Appends through the app's store wrapper (which tracks whether storage is reachable). */
  append(receipt: NewReceipt): Promise<Receipt>;
  /** A thrown error as an answer, logged as the app logs errors. */
  fail(error: unknown): Answer;
}

/** Never throws: refusals from the schema, the declaration rules or the store come back as answers too. */
export function consentEndpoint(options: ConsentEndpointOptions): (req: ConsentPost) => Promise<Answer> {
  const { allowed, byFingerprint, limiter, trustProxy } = options;
  const maxAgeSeconds = options.consentLifetimeDays * 86_400;

  return async (req) => {
    // CORS headers are kept on refusals too, so a declared surface can read why it was refused.
    const headers: Record<string, string> = { Vary: 'Origin' };
    try {
      return await record(req, headers);
    } catch (error) {
      const answer = options.fail(error);
      return { ...answer, headers: { ...headers, ...answer.headers } };
    }
  };

  async function record(req: ConsentPost, headers: Record<string, string>): Promise<Answer> {
    const origin = req.header('origin');
    if (origin !== undefined) {
      if (!allowed.has(origin))
        return errorAnswer(
          'forbidden-origin',
          `origin ${origin.slice(0, 200)} is not a declared surface`,
          undefined,
          headers,
        );
      headers['Access-Control-Allow-Origin'] = origin;
      headers['Access-Control-Allow-Credentials'] = 'true';
    }
    const client = clientAddress(req.header('x-forwarded-for'), req.socketAddress, trustProxy);
    if (limiter) {
      let wait = limiter.take(rateLimitKey(client));
      // Awaited only when the count lives in Redis: the in-memory limiter answers at once.
      if (typeof wait !== 'number') wait = await wait;
      if (wait > 0)
        return errorAnswer('rate-limited', `too many requests; retry in ${wait} s`, undefined, {
          ...headers,
          'Retry-After': String(wait),
        });
    }
    const body = await req.body();
    if (!body.ok) return errorAnswer(body.code, body.message, undefined, headers);
    const parsed = ReceiptRequest.safeParse(body.value);
    if (!parsed.success) throw invalidInput(parsed.error);
    const input = parsed.data;
    const version = checkReceipt(input, byFingerprint);
    const gpcSent = gpcHeader(req.header('sec-gpc'));
    const dntSent = dntHeader(req.header('dnt'));
    const { choices, jurisdiction } = applyJurisdiction(
      version.declaration,
      regionOf((name) => req.header(name), options.regionHeader),
      input.choices,
      input.signals,
      gpcSent,
    );
    const receipt = await options.append({
      // None yet: the store issues one (and knows there is no earlier receipt to link).
      subjectId: input.subjectId ?? null,
      event: input.event,
      choices,
      consentMode: input.consentMode,
      fingerprint: version.fingerprint,
      version: version.version,
      surface: input.surface,
      locale: input.locale,
      signals: {
        gpcHeader: gpcSent,
        dntHeader: dntSent,
        gpc: input.signals.gpc,
        dnt: input.signals.dnt,
      },
      jurisdiction,
      userAgent: coarseUserAgent(req.header('user-agent')),
      ipPrefix: truncateIp(client),
    });
    // Set at append; only erasure empties it later.
    const subjectId = receipt.subjectId!;
    const self = origin === undefined ? null : req.self();
    if (origin !== undefined && self) {
      const page = new URL(origin);
      const originSite = siteOf(page.hostname);
      if (originSite === siteOf(self.hostname)) {
        const https =
          page.protocol === 'https:' ||
          self.protocol === 'https:' ||
          (trustProxy && req.header('x-forwarded-proto') === 'https');
        const localhost = page.hostname === 'localhost' || page.hostname.endsWith('.localhost');
        const value = encodeConsentCookie({
          subjectId,
          fingerprint: receipt.fingerprint,
          choices: receipt.choices,
          categories: Object.entries(version.declaration.categories).map(([id, c]) => ({ id, required: c.required })),
          decidedAt: receipt.recordedAt,
        });
        // The cookie the SDK writes itself (a second cookie of the same name beside it would shadow one or the
        // other): on the domain all surfaces share when there is one, else host-only. Another host of the site
        // than the page's: the whole site must see it.
        const shared = sharedCookieDomain(version.declaration);
        headers['Set-Cookie'] = consentSetCookie(value, {
          maxAgeSeconds,
          domain:
            shared && withinDomain(page.hostname, shared)
              ? shared
              : page.hostname !== self.hostname && registrableDomain(page.hostname) !== null
                ? originSite
                : null,
          secure: https || localhost,
        });
      }
    }
    return jsonAnswer(
      201,
      { receiptId: receipt.receiptId, subjectId, recordedAt: receipt.recordedAt, hash: receipt.hash },
      headers,
    );
  }
}
