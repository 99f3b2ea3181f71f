import { describe, expect, it } from 'vitest';
import { decodeConsent, encodeConsent, type StoredConsent } from './consent-cookie.ts';

const sample: StoredConsent = {
  decidedAt: 1764460800,
  fp: 'c0ffee00c0ffee00c0ffee00c0ffee00',
  granted: ['analytics', 'preferences'],
  subjectId: 'subject_0123456789abcdef',
  pending: 'grant',
};

describe('consent cookie format', () => {
  it('encodes to the documented compact, URL-safe form', () => {
    const v = encodeConsent(sample);
    expect(v).toBe('1.1764460800.c0ffee00c0ffee00.analytics~preferences.subject_0123456789abcdef.grant');
    expect(encodeURIComponent(v)).toBe(v);
  });

  it('round-trips, with the fingerprint cut to 16 hex digits', () => {
    expect(decodeConsent(encodeConsent(sample))).toEqual({ ...sample, fp: 'c0ffee00c0ffee00' });
    const empty = { ...sample, granted: [], subjectId: '', pending: '' };
    expect(encodeConsent(empty)).toBe('1.1764460800.c0ffee00c0ffee00...');
    expect(decodeConsent(encodeConsent(empty))).toEqual({ ...empty, fp: 'c0ffee00c0ffee00' });
  });

  it('accepts a value the server wrote with the full fingerprint', () => {
    expect(decodeConsent(`1.1764460800.${'ab'.repeat(32)}.analytics..`)?.fp).toBe('ab'.repeat(32));
  });

  it('rejects anything else, so that the visitor is asked again', () => {
    for (const bad of [
      undefined,
      '',
      '0',
      '2.1764460800.c0ffee00c0ffee00.analytics..',
      '1.x.c0ffee00c0ffee00.analytics..',
      '1.1764460800.XYZ.analytics..',
      '1.1764460800.c0ffee00c0ffee00.analytics.bad id!.',
      '1.1764460800.c0ffee00c0ffee00.a;b..',
      '1.1764460800.c0ffee00c0ffee00.analytics...',
    ])
      expect(decodeConsent(bad)).toBeNull();
  });
});
