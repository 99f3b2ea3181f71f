import { decodeConsent } from '@cookieproof/schema';
import { describe, expect, it } from 'vitest';
import { consentSetCookie, encodeConsentCookie } from './consent-cookie.ts';

const value = {
  subjectId: 'q3L0mZ8xkK2vP9bYwT4rNA',
  fingerprint: 'ab'.repeat(32),
  choices: { essential: true, analytics: false, preferences: true },
  categories: [
    { id: 'essential', required: true },
    { id: 'analytics', required: false },
    { id: 'preferences', required: false },
  ],
  decidedAt: '2026-11-29T22:00:00.123Z',
};

describe('consent cookie value', () => {
  it("writes the SDK's format, listing only optional categories as the SDK does", () => {
    const text = encodeConsentCookie(value);
    expect(text).toMatch(/^[A-Za-z0-9._~-]+$/);
    expect(text).toBe(
      `1.${Math.floor(Date.parse(value.decidedAt) / 1000)}.${'ab'.repeat(8)}.preferences.${value.subjectId}.`,
    );
    expect(decodeConsent(text)).toEqual({
      decidedAt: Math.floor(Date.parse(value.decidedAt) / 1000),
      fp: 'ab'.repeat(8),
      granted: ['preferences'],
      subjectId: value.subjectId,
      pending: '',
    });
  });

  it('decodes anything malformed to null', () => {
    for (const bad of ['', 'not a cookie', '2.1.abcdefabcdefabcd..x.', '1.x.abcdefabcdefabcd..x.', '1.1.zz..x.'])
      expect(decodeConsent(bad)).toBeNull();
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
