import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVersions } from '@cookieproof/schema';
import { describe, expect, test } from 'vitest';
import { verifyPayHostSignature } from './billing.ts';
import { DEFAULT_DECLARATION, DEFAULT_PORTS, PRACTICES_CHANGED_JURISDICTIONS, prepareDeclaration } from './config.ts';
import { hashPassword, RateLimiter, serializeCookie, verifyPassword } from './security.ts';
import { signPayload } from './standins/payhost.ts';

describe('passwords', () => {
  test('scrypt hashes verify only the right password and are salted', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterx', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('login rate limit', () => {
  test('allows the limit, then answers with the seconds to wait, and resets after the window', () => {
    const limiter = new RateLimiter(3, 60_000);
    expect([1, 2, 3].map(() => limiter.hit('ip', 0))).toEqual([0, 0, 0]);
    expect(limiter.hit('ip', 1000)).toBe(59);
    expect(limiter.hit('other', 1000)).toBe(0);
    expect(limiter.hit('ip', 60_001)).toBe(0);
  });

  test('a refunded attempt does not count, so successful sign-ins never lock an address out', () => {
    const limiter = new RateLimiter(2, 60_000);
    for (let i = 0; i < 10; i++) {
      expect(limiter.hit('office', i)).toBe(0);
      limiter.refund('office');
    }
    expect([limiter.hit('office', 20), limiter.hit('office', 21)]).toEqual([0, 0]);
    expect(limiter.hit('office', 22)).toBe(60);
  });
});

describe('PayHost callback signature', () => {
  const body = JSON.stringify({ type: 'payment.succeeded', reference: 'r1', amount: 2900 });
  const now = Date.now();
  const t = Math.floor(now / 1000);
  test('accepts the provider signature and rejects tampering, other secrets and stale timestamps', () => {
    const header = `t=${t},v1=${signPayload('s3cret', t, body)}`;
    expect(verifyPayHostSignature('s3cret', header, body, now)).toBe(true);
    expect(verifyPayHostSignature('s3cret', header, body.replace('2900', '1'), now)).toBe(false);
    expect(verifyPayHostSignature('other', header, body, now)).toBe(false);
    expect(verifyPayHostSignature('s3cret', header, body, now + 10 * 60_000)).toBe(false);
    expect(verifyPayHostSignature('s3cret', undefined, body, now)).toBe(false);
  });
});

describe('cookies', () => {
  test('serializes exactly the declared attributes', () => {
    expect(serializeCookie('__Host-aip_session', 'v', { httpOnly: true, secure: true, maxAge: 1209600 })).toBe(
      '__Host-aip_session=v; Path=/; Max-Age=1209600; HttpOnly; Secure; SameSite=Lax',
    );
  });
});

describe('declaration for the running ports and signal mode', () => {
  test('moves every origin to the real ports, keeps history loadable, and honor mode marks analytics as sale/share', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aipromo-decl-'));
    try {
      expect(await prepareDeclaration(DEFAULT_DECLARATION, DEFAULT_PORTS, undefined, dir)).toBe(DEFAULT_DECLARATION);
      const ports = { site: 5100, analytics: 5101, pay: 5102, datahub: 5103, id: 5104 };
      const file = await prepareDeclaration(DEFAULT_DECLARATION, ports, 'honor', dir);
      const versions = await loadVersions(file);
      expect(versions.map((v) => v.version)).toEqual(['2026.1', '2026.2']);
      const d = versions.at(-1)!.declaration;
      expect(d.site.surfaces.public!.origins).toEqual(['http://aipromo.localhost:5100']);
      expect(d.providers['google-analytics']!.optOutUrl).toBe('http://analytics.localhost:5101/opt-out');
      expect(d.policy.signals).toEqual({ gpc: 'honor', dnt: 'honor' });
      expect(d.categories.analytics!.saleOrShare).toBe(true);
      expect(d.jurisdictions).toEqual(PRACTICES_CHANGED_JURISDICTIONS);
      expect(versions[0]!.declaration.site.surfaces.dashboard!.origins).toEqual(['http://app.aipromo.localhost:5100']);
      expect(JSON.stringify(versions.map((v) => v.declaration))).not.toMatch(/localhost:400\d/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
