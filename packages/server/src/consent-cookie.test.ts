import { describe, expect, it } from 'vitest';
import { consentSetCookie, decodeConsentCookie, encodeConsentCookie } from './consent-cookie.ts';

const value = {
  subjectId: 'q3L0mZ8xkK2vP9bYwT4rNA',
  fingerprint: 'ab'.repeat(32),
  choices: { essential: true, analytics: false, preferences: true },
  decidedAt: '2026-11-29T22:00:00.123Z',
};

describe('consent cookie value', () => {
  it("writes the SDK's format, which the SDK decodes to the same choice", () => {
    const text = encodeConsentCookie(value);
    expect(text).toMatch(/^[A-Za-z0-9._~-]+$/);
    expect(text).toBe(
      `1.${Math.floor(Date.parse(value.decidedAt) / 1000)}.${'ab'.repeat(8)}.essential~preferences.${value.subjectId}.`,
    );
    expect(decodeConsentCookie(text)).toEqual({
      decidedAt: Math.floor(Date.parse(value.decidedAt) / 1000),
      fp: 'ab'.repeat(8),
      granted: ['essential', 'preferences'],
      subjectId: value.subjectId,
      pending: '',
    });
  });

  it('decodes anything malformed to null', () => {
    for (const bad of ['', 'not a cookie', '2.1.abcdefabcdefabcd..x.', '1.x.abcdefabcdefabcd..x.', '1.1.zz..x.'])
      expect(decodeConsentCookie(bad)).toBeNull();
  });

  it('builds the Set-Cookie header', () => {
    expect(consentSetCookie('abc', { maxAgeSeconds: 60, domain: 'example.com', secure: true })).toBe(
      'cookieproof_consent=abc; Max-Age=60; Path=/; SameSite=Lax; Domain=example.com; Secure',
    );
    expect(consentSetCookie('abc', { maxAgeSeconds: 60, domain: null, secure: false })).toBe(
      'cookieproof_consent=abc; Max-Age=60; Path=/; SameSite=Lax',
    );
  });
});
