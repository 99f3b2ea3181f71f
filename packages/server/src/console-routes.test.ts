import type {
  ConsentOverview,
  ConsoleVersions,
  PublishedVersion,
  ReceiptDetail,
  ReceiptPage,
  VerifyRuns,
} from '@cookieproof/schema';
import { type ConsentStore, type OperatorAuditEntry, seedReceipts } from '@cookieproof/store';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentApp } from './app.ts';
import { ADMIN_TOKEN, aiPromoVersions, closeTestStores, consoleSeedPlan, openTestStore } from './test-support.ts';

// The console's routes in-process through Hono over a real SQLite store with a seeded log: overview, the filtered
// receipt list and its streamed export (audited), one receipt with its chain position, the versions with their
// diffs and counts, and the background verify.

const BASE = 'http://consent.example.test';
const SEEDED = 900;
let versions: PublishedVersion[];
let store: ConsentStore;
let app: Hono;

beforeAll(async () => {
  versions = await aiPromoVersions();
  store = await openTestStore();
  await seedReceipts(store, SEEDED, consoleSeedPlan(versions, 6));
  app = createConsentApp({ versions, store, adminToken: ADMIN_TOKEN, rateLimit: false }).app;
});
afterAll(closeTestStores);

const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };
const get = (path: string, headers: Record<string, string> = bearer) => app.request(`${BASE}${path}`, { headers });
async function json<T>(path: string): Promise<T> {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}
const auditList = async () => (await json<{ entries: OperatorAuditEntry[] }>('/v1/console/audit')).entries;

describe('GET /v1/console/overview', () => {
  it('aggregates the rollup of a range by day and by each dimension, operator only', async () => {
    const o = await json<ConsentOverview>('/v1/console/overview');
    expect(Date.parse(o.to) - Date.parse(o.from)).toBe(29 * 86_400_000);
    expect(o.days).toHaveLength(6);
    expect(o.total.receipts).toBe(SEEDED);
    expect(o.days.reduce((n, d) => n + d.receipts, 0)).toBe(SEEDED);
    expect(o.by.jurisdiction.map((s) => s.key).sort()).toEqual(['', 'california', 'eu']);
    expect(o.by.fingerprint.map((s) => s.key).sort()).toEqual(versions.map((v) => v.fingerprint).sort());
    expect(o.total.visitors).toBe(SEEDED);
    expect(o.total.gpc).toBeGreaterThan(0);
    expect(Object.keys(o.total.events).sort()).toEqual(['grant', 'partial', 'refuse', 'signal', 'withdraw']);

    const old = await json<ConsentOverview>('/v1/console/overview?from=2001-01-01&to=2001-01-31');
    expect(old.total.receipts).toBe(0);
    for (const query of ['?from=yesterday', '?from=2026-02-01&to=2026-01-01', '?from=2020-01-01&to=2026-01-01', '?x=1'])
      expect((await get(`/v1/console/overview${query}`)).status, query).toBe(422);
    expect((await get('/v1/console/overview', {})).status).toBe(401);
  });
});

describe('GET /v1/console/receipts', () => {
  it('pages through a filtered list newest first, with the total, and refuses a wrong filter', async () => {
    const first = await json<ReceiptPage>('/v1/console/receipts?event=withdraw&limit=20');
    expect(first.receipts).toHaveLength(20);
    expect(first.receipts.every((r) => r.event === 'withdraw')).toBe(true);
    const seen = [...first.receipts];
    let next = first.next;
    while (next) {
      const page = await json<ReceiptPage>(`/v1/console/receipts?event=withdraw&limit=20&before=${next}`);
      seen.push(...page.receipts);
      next = page.next;
    }
    expect(seen).toHaveLength(first.total);
    expect(new Set(seen.map((r) => r.receiptId)).size).toBe(first.total);
    expect(seen.map((r) => r.recordedAt)).toEqual(
      seen
        .map((r) => r.recordedAt)
        .sort()
        .reverse(),
    );

    const current = versions.at(-1)!.fingerprint;
    const narrowed = await json<ReceiptPage>(
      `/v1/console/receipts?fingerprint=${current}&surface=dashboard&category=analytics&limit=200`,
    );
    expect(narrowed.total).toBeGreaterThan(0);
    for (const r of narrowed.receipts)
      expect([r.fingerprint, r.surface, r.choices.analytics]).toEqual([current, 'dashboard', true]);

    for (const query of ['?limit=0', '?limit=201', '?event=maybe', '?before=yesterday', '?from=2026-1-1', '?who=me'])
      expect((await get(`/v1/console/receipts${query}`)).status, query).toBe(422);
    expect((await get('/v1/console/receipts', {})).status).toBe(401);
  });

  it('shows one receipt with its chain position and whether its hash matches; 404 for an unknown id', async () => {
    const [listed] = (await json<ReceiptPage>('/v1/console/receipts?limit=1')).receipts;
    const detail = await json<ReceiptDetail>(`/v1/console/receipts/${listed!.receiptId}`);
    expect(detail.receipt).toEqual(listed);
    expect(detail.position).toMatchObject({ receiptId: listed!.receiptId, sequence: listed!.sequence });
    expect(detail.hashMatches).toBe(true);
    expect((await get('/v1/console/receipts/01900000-0000-7000-8000-000000000000')).status).toBe(404);
    expect((await get('/v1/console/receipts/not-an-id')).status).toBe(404);
  });
});

describe('GET /v1/console/receipts/export', () => {
  it('streams a filtered range as CSV or JSON and records the export in the audit list', async () => {
    const filter = 'event=grant&surface=public';
    const { total } = await json<ReceiptPage>(`/v1/console/receipts?${filter}&limit=1`);
    expect(total).toBeGreaterThan(0);
    const csv = await get(`/v1/console/receipts/export?${filter}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="cookieproof-receipts-.*\.csv"$/);
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^receiptId,sequence,recordedAt,event,granted,refused,surface,/);
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => l.split(',')[3] === 'grant')).toBe(true);
    expect((await auditList())[0]).toMatchObject({
      action: 'export',
      actor: expect.stringMatching(/^token:/),
      detail: `${total} receipts as CSV, filter {"surface":"public","event":"grant"}`,
    });

    const body = (await (await get(`/v1/console/receipts/export?${filter}&format=json`)).json()) as {
      total: number;
      receipts: { event: string; surface: string; sequence: number }[];
    };
    expect(body.total).toBe(total);
    expect(body.receipts).toHaveLength(total);
    expect(body.receipts.every((r) => r.event === 'grant' && r.surface === 'public')).toBe(true);

    // Larger than a page: every receipt once.
    const all = (await (await get('/v1/console/receipts/export?format=json')).json()) as { receipts: unknown[] };
    expect(all.receipts).toHaveLength(SEEDED);
    expect((await get('/v1/console/receipts/export?format=xml')).status).toBe(422);
  });
});

describe('GET /v1/console/versions', () => {
  it('lists every published version newest first with its diff against the previous one and its receipts', async () => {
    const { versions: listed } = await json<ConsoleVersions>('/v1/console/versions');
    expect(listed.map((v) => v.fingerprint)).toEqual(versions.map((v) => v.fingerprint).reverse());
    const [newest, older] = listed;
    expect(newest).toMatchObject({ current: true, loaded: true, version: versions.at(-1)!.version });
    expect(newest!.diff).toMatchObject({ from: versions.at(-2)!.version });
    expect(newest!.diff!.changes.length).toBeGreaterThan(0);
    expect(older!.diff).toBeNull();
    expect(listed.reduce((n, v) => n + v.receipts, 0)).toBe(SEEDED);
    expect(listed.every((v) => v.receipts > 0 && v.firstDay !== null)).toBe(true);
  });
});

describe('the background verify', () => {
  it('starts a run, shows its progress and last result, records who started it', async () => {
    const started = await app.request(`${BASE}/v1/console/verify`, { method: 'POST', headers: bearer });
    expect(started.status).toBe(202);
    const { run } = (await started.json()) as { run: { id: number; total: number; status: string } };
    expect(run).toMatchObject({ status: 'running', total: SEEDED });
    await expect
      .poll(async () => (await json<VerifyRuns>('/v1/console/verify')).lastFinished?.id, { timeout: 30_000 })
      .toBe(run.id);
    const { lastFinished } = await json<VerifyRuns>('/v1/console/verify');
    expect(lastFinished).toMatchObject({ status: 'ok', checked: SEEDED, result: { ok: true, checked: SEEDED } });
    expect((await auditList()).find((e) => e.action === 'verify')).toMatchObject({
      detail: `started run ${run.id} of ${SEEDED} receipts`,
    });
  });

  it('needs the CSRF token when started from a console session', async () => {
    const login = await app.request(`${BASE}/v1/console/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: ADMIN_TOKEN }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const refused = await app.request(`${BASE}/v1/console/verify`, { method: 'POST', headers: { cookie } });
    expect(refused.status).toBe(403);
    const accepted = await app.request(`${BASE}/v1/console/verify`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect([200, 202]).toContain(accepted.status);
  });
});
