import { describe, expect, it } from 'vitest';
import { sameSite, siteOf } from '../site.ts';
import { expandRegion, normalizeRegion, REGION_GROUPS, visitorRegion } from './regions.ts';

describe('region codes', () => {
  it('knows countries, US subdivisions and groups, and nothing else', () => {
    for (const ok of ['DE', 'de', 'US-CA', 'US-CO', 'US-CT', 'US-VA', 'BR', 'CH', 'EEA', 'UK', 'FR-75'])
      expect(normalizeRegion(ok)).toBe(ok.toUpperCase());
    for (const bad of ['EUR', 'XX', 'ZZ', 'US-ZZ', 'U', 'US_CA', 'DE-', '']) expect(normalizeRegion(bad)).toBeNull();
  });

  it('expands groups: EEA is the 27 EU members plus Iceland, Liechtenstein and Norway; UK is GB', () => {
    expect(REGION_GROUPS.EEA).toHaveLength(30);
    expect(expandRegion('EEA')).toEqual(expect.arrayContaining(['DE', 'FR', 'IS', 'LI', 'NO']));
    expect(expandRegion('EEA')).not.toContain('CH');
    expect(expandRegion('UK')).toEqual(['GB']);
    expect(expandRegion('US-CA')).toEqual(['US-CA']);
  });

  it.each([
    // Cloudflare CF-IPCountry: a country, "XX" unknown, "T1" Tor
    ['DE', undefined, 'DE'],
    ['XX', undefined, null],
    ['T1', undefined, null],
    // CloudFront-Viewer-Country + -Country-Region, Vercel X-Vercel-IP-Country + -Country-Region
    ['US', 'CA', 'US-CA'],
    ['us', 'ca', 'US-CA'],
    ['US', 'ZZ', 'US'],
    // a header already carrying the subdivision
    ['US-CA', undefined, 'US-CA'],
    ['EEA', undefined, null],
    ['', undefined, null],
  ])('visitor region from %s / %s is %s', (country, subdivision, expected) => {
    expect(visitorRegion(country, subdivision)).toBe(expected);
  });
});

describe('same site', () => {
  it('compares registrable domains from the Public Suffix List', () => {
    expect(siteOf('www.example.co.uk')).toBe('example.co.uk');
    expect(sameSite('a.example.com', 'b.example.com')).toBe(true);
    expect(sameSite('a.github.io', 'b.github.io')).toBe(false);
    expect(sameSite('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(sameSite('app.aipromo.localhost', 'aipromo.localhost')).toBe(true);
  });
});
