import { describe, expect, it } from 'vitest';
import { coarseUserAgent, dntHeader, gpcHeader, rateLimitKey, truncateIp } from './request-facts.ts';

describe('gpcHeader / dntHeader', () => {
  it('count only an exact 1, in any of several joined headers', () => {
    expect(gpcHeader('1')).toBe(true);
    expect(gpcHeader('0, 1')).toBe(true);
    for (const v of [null, undefined, '', '0', 'true', '1,0', '01', '1.0', ' 1']) expect(gpcHeader(v)).toBe(false);
    expect(dntHeader('1')).toBe(true);
    expect(dntHeader('0')).toBe(false);
  });
});

describe('coarseUserAgent', () => {
  const cases: [string, string][] = [
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36',
      'Chrome 131',
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36',
      'Chrome 140',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.80',
      'Edge 130',
    ],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0', 'Firefox 132'],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
      'Safari 18',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      'Safari 18',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 OPR/115.0.0.0',
      'Opera 115',
    ],
    ['curl/8.5.0', 'other'],
  ];
  it('keeps family and major version only', () => {
    for (const [ua, coarse] of cases) expect(coarseUserAgent(ua)).toBe(coarse);
    expect(coarseUserAgent(undefined)).toBeNull();
    expect(coarseUserAgent('')).toBeNull();
  });
});

describe('truncateIp', () => {
  it('keeps /24 of IPv4 and /48 of IPv6', () => {
    expect(truncateIp('203.0.113.77')).toBe('203.0.113.0/24');
    expect(truncateIp('::ffff:198.51.100.9')).toBe('198.51.100.0/24');
    expect(truncateIp('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd::/48');
    expect(truncateIp('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(truncateIp('::1')).toBe('0:0:0::/48');
    expect(truncateIp('fe80::1%eth0')).toBe('fe80:0:0::/48');
    expect(truncateIp('2001:0DB8:00AB:cdef::')).toBe('2001:db8:ab::/48');
    for (const bad of [null, '', 'unknown', '999.1.1.1', '1.2.3']) expect(truncateIp(bad)).toBeNull();
  });
});

describe('rateLimitKey', () => {
  it('keys IPv4 on the address and IPv6 on its /64', () => {
    expect(rateLimitKey('198.51.100.7')).toBe('198.51.100.7');
    expect(rateLimitKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe(rateLimitKey('2001:0DB8:1:2::bbbb:2'));
    expect(rateLimitKey('2001:db8:1:2::1')).not.toBe(rateLimitKey('2001:db8:1:3::1'));
    expect(rateLimitKey('fe80::1%eth0')).toBe(rateLimitKey('fe80::2'));
    expect(rateLimitKey(null)).toBe('');
    expect(rateLimitKey('not an address')).toBe('not an address');
  });
});
