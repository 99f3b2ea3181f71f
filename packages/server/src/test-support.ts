import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CookieproofError,
  canonicalJson,
  loadVersions,
  type PublishedVersion,
  type Receipt,
  type ReceiptRequest,
  sha256Hex,
} from '@cookieproof/schema';
import {
  type ChainPosition,
  type ConsentStore,
  createStore,
  type DailyRollupRow,
  type NewOperatorAction,
  type NewReceipt,
  type OperatorAuditEntry,
  type SeedPlan,
  type VerifyResult,
} from '@cookieproof/store';
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';

// Shared by this package's tests: the reference site's real declaration and request builders.

export const AI_PROMO_DECLARATION = fileURLToPath(new URL('../../../apps/ai-promo/cookieproof.yaml', import.meta.url));
export const PUBLIC_ORIGIN = 'http://aipromo.localhost:4000';
export const DASHBOARD_ORIGIN = 'http://app.aipromo.localhost:4000';
export const ADMIN_TOKEN = 'test-operator-token-0123456789';

/** Debian's Chromium, headless, with the flags this machine needs (no background networking to closed hosts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The WCAG 2.2 AA rule set every page of ours is held to, with axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's violations on the page as it is now, one line each. axe is injected through the DevTools protocol, which the
 * page's CSP does not govern.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
}

export async function aiPromoVersions(): Promise<PublishedVersion[]> {
  return loadVersions(AI_PROMO_DECLARATION);
}

/**
 * A seeded log for the console's tests: spread over `days` days, the published versions (oldest early in the log),
 * the declaration's surfaces, three locales, no jurisdiction and two of them, every event.
 */
export function consoleSeedPlan(versions: readonly PublishedVersion[], days = 10): SeedPlan {
  const current = versions.at(-1)!.declaration;
  return {
    days,
    versions: versions.map((v) => ({ fingerprint: v.fingerprint, version: v.version })),
    surfaces: Object.keys(current.site.surfaces),
    locales: ['en', 'de', 'fr'],
    jurisdictions: [
      null,
      { region: 'DE', id: 'eu', regime: 'opt-in', honored: [] },
      { region: 'US-CA', id: 'california', regime: 'opt-out', honored: ['gpc'] },
    ],
    categories: Object.entries(current.categories)
      .filter(([, c]) => !c.required)
      .map(([id]) => id),
  };
}

/** A valid receipt request for a version: every category explicit, essential on. */
export function validRequest(
  version: PublishedVersion,
  grant: boolean | Record<string, boolean> = true,
  extra: Partial<ReceiptRequest> = {},
): ReceiptRequest {
  const choices: Record<string, boolean> = {};
  for (const [id, c] of Object.entries(version.declaration.categories))
    choices[id] = c.required || (typeof grant === 'boolean' ? grant : (grant[id] ?? false));
  return {
    fingerprint: version.fingerprint,
    event: Object.values(choices).every(Boolean) ? 'grant' : 'refuse',
    choices,
    consentMode: {},
    surface: 'public',
    locale: 'en',
    signals: { gpc: null, dnt: null },
    ...extra,
  };
}

/**
 * A store in memory with a simple hash chain, for tests of HTTP behaviour that must not depend on a database
 * (the store has its own contract suite; the process tests here run against the real one).
 */
export function memoryStore(): ConsentStore & { rows: Receipt[]; failWith?: Error } {
  const rows: Receipt[] = [];
  const hashes: { previousHash: string; commitment: string }[] = [];
  const audit: OperatorAuditEntry[] = [];
  const personal = (r: Receipt) => canonicalJson([r.subjectId, r.userAgent, r.ipPrefix]);
  const body = (r: Receipt, commitment: string) =>
    canonicalJson({ ...r, subjectId: null, userAgent: null, ipPrefix: null, hash: '', commitment });
  const self = {
    rows,
    failWith: undefined as Error | undefined,
    async append(n: NewReceipt): Promise<Receipt> {
      if (self.failWith) throw self.failWith;
      const previousHash = rows.at(-1)?.hash ?? '0'.repeat(64);
      const previousReceiptId =
        n.subjectId === null ? null : (rows.findLast((r) => r.subjectId === n.subjectId)?.receiptId ?? null);
      const r: Receipt = {
        ...n,
        jurisdiction: n.jurisdiction ?? null,
        subjectId: n.subjectId ?? randomUUID(),
        receiptId: randomUUID(),
        recordedAt: new Date().toISOString(),
        previousReceiptId,
        hash: '',
      };
      const commitment = sha256Hex(personal(r));
      r.hash = sha256Hex(previousHash + body(r, commitment));
      rows.push(r);
      hashes.push({ previousHash, commitment });
      return structuredClone(r);
    },
    async receiptsOf(subjectId: string) {
      if (self.failWith) throw self.failWith;
      return rows.filter((r) => r.subjectId === subjectId).map((r) => structuredClone(r));
    },
    async chainPositions(ids: readonly string[]): Promise<ChainPosition[]> {
      return ids.map((id) => {
        const i = rows.findIndex((r) => r.receiptId === id);
        return {
          receiptId: id,
          sequence: i + 1,
          previousHash: hashes[i]!.previousHash,
          hash: rows[i]!.hash,
          commitment: hashes[i]!.commitment,
        };
      });
    },
    async eraseSubject(subjectId: string) {
      let n = 0;
      for (const r of rows)
        if (r.subjectId === subjectId) {
          r.subjectId = null;
          r.userAgent = null;
          r.ipPrefix = null;
          n++;
        }
      return n;
    },
    async verify(): Promise<VerifyResult> {
      if (self.failWith) throw self.failWith;
      let prev = '0'.repeat(64);
      for (const [i, r] of rows.entries()) {
        if (sha256Hex(prev + body(r, hashes[i]!.commitment)) !== r.hash)
          return { ok: false, checked: i + 1, erased: 0, broken: { receiptId: r.receiptId, reason: 'hash mismatch' } };
        prev = r.hash;
      }
      return { ok: true, checked: rows.length, erased: rows.filter((r) => r.subjectId === null).length };
    },
    async count() {
      if (self.failWith) throw self.failWith;
      return rows.length;
    },
    async recordOperatorAction(entry: NewOperatorAction) {
      const kept = {
        id: audit.length + 1,
        at: new Date().toISOString(),
        action: entry.action,
        actor: entry.actor,
        subject: entry.subjectId ? `subject:${sha256Hex(entry.subjectId).slice(0, 16)}` : null,
        detail: entry.detail ?? null,
      };
      audit.push(kept);
      return { ...kept };
    },
    async operatorActions(limit: number) {
      return audit.slice(-limit).reverse();
    },
    async dailyRollup(): Promise<DailyRollupRow[]> {
      // This double keeps no rollup; tests of the overview run on the real stores.
      throw new Error('the in-memory test store keeps no daily rollup');
    },
    // Scan history is tested on the real store (scans.test.ts); this store is for receipt-path HTTP behaviour.
    saveScan: noScans,
    listScans: noScans,
    scanReport: noScans,
    // The console's reads are tested on the real stores (console-routes.test.ts, the store's contract suite).
    overview: noConsole,
    listReceipts: noConsole,
    receiptById: noConsole,
    receiptsPerVersion: noConsole,
    startVerify: noConsole,
    verifyRuns: noConsole,
    async close() {},
  };
  return self;
}

async function noConsole(): Promise<never> {
  throw new CookieproofError('unavailable', 'the in-memory test store keeps nothing for the console');
}

async function noScans(): Promise<never> {
  throw new CookieproofError('unavailable', 'the in-memory test store keeps no scans');
}

const opened: { store: ConsentStore; dir: string }[] = [];

/** The real SQLite store in a fresh temporary folder, and its database file; `closeTestStores` removes them all. */
export async function openTestStoreFile(): Promise<{ store: ConsentStore; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cookieproof-server-'));
  const file = join(dir, 'cookieproof.sqlite');
  const store = await createStore({ sqliteFile: file });
  opened.push({ store, dir });
  return { store, file };
}

export async function openTestStore(): Promise<ConsentStore> {
  return (await openTestStoreFile()).store;
}

export async function closeTestStores(): Promise<void> {
  for (const { store, dir } of opened.splice(0)) {
    await store.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Something that answers Fetch-style requests: a Hono app in-process, or `listenerClient` over a socket. */
export interface Requester {
  request(url: string, init?: RequestInit): Response | Promise<Response>;
}

const listening: Server[] = [];

/**
 * The app's node:http listener on a loopback port, asked through node:http so that the Host header can name the
 * host a test addresses (Fetch would put 127.0.0.1 there). Plain http only; `closeListeners` stops them all.
 */
export async function listenerClient(listener: RequestListener): Promise<Requester> {
  const server = createServer(listener);
  listening.push(server);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    request(url, init = {}) {
      const target = new URL(url, 'http://localhost');
      if (target.protocol !== 'http:') throw new Error(`listenerClient serves plain http, not ${target.protocol}`);
      const headers: Record<string, string> = { host: target.host };
      // Repeated headers arrive joined by ", ", as node:http joins separate header lines.
      for (const [k, v] of new Headers(init.headers)) headers[k] = v;
      return new Promise<Response>((resolve, reject) => {
        let answered = false;
        const req = httpRequest(
          { host: '127.0.0.1', port, method: init.method ?? 'GET', path: target.pathname + target.search, headers },
          (res) => {
            answered = true;
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
              const h = new Headers();
              for (const [k, v] of Object.entries(res.headers)) {
                for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) h.append(k, one);
              }
              const status = res.statusCode ?? 0;
              resolve(new Response(status === 204 ? null : Buffer.concat(chunks), { status, headers: h }));
            });
          },
        );
        req.on('error', (error) => {
          if (!answered) reject(error);
        });
        const body = init.body;
        if (body instanceof ReadableStream) {
          // Sent until the server answers or hangs up, like a browser upload.
          void (async () => {
            const reader = body.getReader();
            while (!answered && !req.destroyed) {
              const { done, value } = await reader.read();
              if (done) break;
              if (!req.write(value)) await new Promise((drained) => req.once('drain', drained));
            }
            await reader.cancel().catch(() => {});
            req.end();
          })().catch(() => {});
        } else {
          req.end(body === undefined || body === null ? undefined : (body as string | Uint8Array));
        }
      });
    },
  };
}

export async function closeListeners(): Promise<void> {
  await Promise.all(
    listening.splice(0).map((s) => {
      s.closeAllConnections();
      return new Promise((done) => s.close(done));
    }),
  );
}
