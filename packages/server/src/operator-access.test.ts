import type { PublishedVersion } from '@cookieproof/schema';
import type { ConsentStore, OperatorAuditEntry } from '@cookieproof/store';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentApp } from './app.ts';
import { OperatorSessions } from './operator-session.ts';
import { ADMIN_TOKEN, aiPromoVersions, closeTestStores, openTestStore, validRequest } from './test-support.ts';

// The operator API's access, in-process through Hono: the token exchanged for a session cookie, CSRF on every
// state-changing cookie request, expiry, logout, the bearer token for API clients, and the audit list.

const BASE = 'http://consent.example.test';
const IDLE = 10 * 60_000;
const ABSOLUTE = 60 * 60_000;

let versions: PublishedVersion[];
let store: ConsentStore;
let app: Hono;
let clock = Date.parse('2026-12-04T12:00:00Z');

beforeAll(async () => {
  versions = await aiPromoVersions();
  store = await openTestStore();
  app = createConsentApp({
    versions,
    store,
    adminToken: ADMIN_TOKEN,
    rateLimit: false,
    operatorSessions: new OperatorSessions({ idleTimeoutMs: IDLE, absoluteTimeoutMs: ABSOLUTE, now: () => clock }),
  }).app;
});
afterAll(closeTestStores);

const request = (path: string, init: RequestInit = {}, base = BASE) => app.request(`${base}${path}`, init);

async function login(token = ADMIN_TOKEN, base = BASE) {
  const res = await request(
    '/v1/console/session',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) },
    base,
  );
  const setCookie = res.headers.get('set-cookie');
  const body = (await res.json()) as Record<string, unknown>;
  return { res, body, setCookie, cookie: setCookie?.split(';')[0] ?? '', csrf: body.csrfToken as string };
}

async function recordSubject(): Promise<string> {
  const res = await request('/v1/consents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(validRequest(versions.at(-1)!, { analytics: true })),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { subjectId: string }).subjectId;
}

const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };
const auditList = async () =>
  ((await (await request('/v1/console/audit', { headers: bearer })).json()) as { entries: OperatorAuditEntry[] })
    .entries;

describe('console login', () => {
  it('exchanges the operator token for an HttpOnly, SameSite=Strict session cookie and a CSRF token', async () => {
    const { res, body, setCookie, cookie, csrf } = await login();
    expect(res.status).toBe(201);
    expect(setCookie).toMatch(
      /^cookieproof_operator=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=3600$/,
    );
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body).toMatchObject({ actor: expect.stringMatching(/^session:[0-9a-f]{12}$/) });
    expect(JSON.stringify(body) + setCookie).not.toContain(ADMIN_TOKEN);
    // The cookie alone now reads the operator API, and the page can pick its CSRF token up again after a reload.
    expect((await request('/v1/audit/verify', { headers: { cookie } })).status).toBe(200);
    const again = await request('/v1/console/session', { headers: { cookie } });
    expect(((await again.json()) as { csrfToken: string }).csrfToken).toBe(csrf);
  });

  it('marks the cookie Secure when the console is reached over https', async () => {
    const { setCookie } = await login(ADMIN_TOKEN, 'https://consent.example.test');
    expect(setCookie).toMatch(/; Secure$/);
  });

  it('refuses a wrong token with 401 and a JSON error code, and sets no cookie', async () => {
    const { res, body, setCookie } = await login('not-the-operator-token');
    expect(res.status).toBe(401);
    expect(body).toEqual({ error: { code: 'unauthorized', message: 'wrong operator token' } });
    expect(setCookie).toBeNull();
    const malformed = await request('/v1/console/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: ADMIN_TOKEN }),
    });
    expect(malformed.status).toBe(422);
    const forged = await request('/v1/audit/verify', { headers: { cookie: 'cookieproof_operator=forged' } });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });
});

describe('CSRF', () => {
  it('refuses a state-changing cookie request without the CSRF token or with a wrong one (403), in one place', async () => {
    const subject = await recordSubject();
    const { cookie, csrf } = await login();
    for (const headers of [{ cookie }, { cookie, 'x-csrf-token': 'wrong' }, { cookie, 'x-csrf-token': '' }] as Record<
      string,
      string
    >[]) {
      for (const [method, path] of [
        ['DELETE', `/v1/subjects/${subject}`],
        ['DELETE', '/v1/console/session'],
      ] as const) {
        const res = await request(path, { method, headers });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('csrf-failed');
      }
    }
    // Nothing was erased, and the session still works.
    expect(await store.receiptsOf(subject)).toHaveLength(1);
    const erase = await request(`/v1/subjects/${subject}`, {
      method: 'DELETE',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(erase.status).toBe(200);
    expect(await store.receiptsOf(subject)).toHaveLength(0);
  });

  it('does not ask API clients with the bearer token for one', async () => {
    const subject = await recordSubject();
    const res = await request(`/v1/subjects/${subject}`, { method: 'DELETE', headers: bearer });
    expect(res.status).toBe(200);
    expect((await request('/v1/audit/verify', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });
});

describe('session expiry and logout', () => {
  const sessionOf = (cookie: string) => request('/v1/console/session', { headers: { cookie } });

  it('ends a session left idle past the idle timeout', async () => {
    const { cookie } = await login();
    clock += IDLE - 1000;
    expect((await sessionOf(cookie)).status).toBe(200);
    clock += IDLE - 1000; // used in between, so still alive
    expect((await sessionOf(cookie)).status).toBe(200);
    clock += IDLE;
    const res = await sessionOf(cookie);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('session-expired');
    expect(res.headers.get('set-cookie')).toMatch(/^cookieproof_operator=; .*Max-Age=0/);
  });

  it('ends a session at its absolute expiry however busy it is', async () => {
    const { cookie } = await login();
    for (let used = 0; used < ABSOLUTE - IDLE; used += IDLE / 2) {
      clock += IDLE / 2;
      expect((await sessionOf(cookie)).status).toBe(200);
    }
    clock += IDLE;
    expect(((await (await sessionOf(cookie)).json()) as { error: { code: string } }).error.code).toBe(
      'session-expired',
    );
  });

  it('logs out: the cookie is cleared and no longer admits', async () => {
    const { cookie, csrf } = await login();
    const res = await request('/v1/console/session', { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrf } });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^cookieproof_operator=; .*Max-Age=0/);
    expect((await request('/v1/audit/verify', { headers: { cookie } })).status).toBe(401);
  });
});

describe('operator audit list', () => {
  it('records login, verify, export, erase and logout with who and when, never a token or session id', async () => {
    const subject = await recordSubject();
    const lastBefore = (await auditList())[0]?.id ?? 0;
    const { cookie, csrf, body } = await login();
    const actor = body.actor as string;
    const withSession = { cookie, 'x-csrf-token': csrf };
    expect((await request('/v1/audit/verify', { headers: { cookie } })).status).toBe(200);
    expect((await request(`/v1/subjects/${subject}/export`, { headers: { cookie } })).status).toBe(200);
    expect((await request(`/v1/subjects/${subject}`, { method: 'DELETE', headers: withSession })).status).toBe(200);
    expect((await request('/v1/console/session', { method: 'DELETE', headers: withSession })).status).toBe(200);
    expect((await request('/v1/audit/verify', { headers: bearer })).status).toBe(200);

    const entries = (await auditList()).filter((e) => e.id > lastBefore);
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['verify', expect.stringMatching(/^token:[0-9a-f]{12}$/)],
      ['logout', actor],
      ['erase', actor],
      ['export', actor],
      ['verify', actor],
      ['login', actor],
    ]);
    const [, , erase, exported, verify, login_] = entries;
    expect(Date.parse(login_!.at)).toBeLessThanOrEqual(Date.parse(entries[0]!.at));
    expect(erase!.detail).toBe('erased 1');
    expect(erase!.subject).toMatch(/^subject:[0-9a-f]{16}$/);
    expect(exported!.subject).toBe(erase!.subject);
    expect(verify!.detail).toMatch(/^ok, \d+ checked$/);
    const json = JSON.stringify(entries);
    for (const secret of [ADMIN_TOKEN, cookie.split('=')[1]!, csrf, subject]) expect(json).not.toContain(secret);
  });

  it('is readable with a session or the token, not without', async () => {
    const { cookie } = await login();
    expect((await request('/v1/console/audit', { headers: { cookie } })).status).toBe(200);
    expect((await request('/v1/console/audit')).status).toBe(401);
  });
});

describe('OpenAPI', () => {
  it('describes every operator route with its method', async () => {
    const doc = (await (await request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const routes = app.routes.filter((r) => r.method !== 'ALL' && /^\/v1\/(console|subjects|audit)\//.test(r.path));
    expect(routes.length).toBeGreaterThanOrEqual(15);
    for (const { method, path } of routes) {
      const documented = path.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[documented]?.[method.toLowerCase()], `${method} ${path}`).toBeDefined();
    }
  });
});
