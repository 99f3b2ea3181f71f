import { describe, expect, it } from 'vitest';
import { gpcSupport } from './gpc-support.ts';
import { resolveJurisdiction, strictestRegime } from './jurisdiction.ts';
import { applySignals, defaultChoices, saleOrShareCategories, signalOptOut } from './model.ts';
import { REGIME_REGISTRY } from './regimes/index.ts';

const categories = [
  { id: 'essential', required: true, saleOrShare: false },
  { id: 'analytics', required: false, saleOrShare: false },
  { id: 'advertising', required: false, saleOrShare: true },
];
const record = { gpc: 'record', dnt: 'record' } as const;
const honor = { gpc: 'honor', dnt: 'honor' } as const;
const none = { gpc: null, dnt: null };
const gpc = { gpc: true, dnt: null };
const dnt = { gpc: null, dnt: true };

describe('regimes', () => {
  it('has one entry per regime, ordered by strictness', () => {
    expect(Object.keys(REGIME_REGISTRY)).toEqual(['opt-in', 'opt-out', 'notice']);
    const s = Object.values(REGIME_REGISTRY).map((r) => r.strictness);
    expect(s).toEqual([...s].sort((a, b) => b - a));
  });

  it('opt-in: nothing optional before a choice, and a signal never grants', () => {
    expect(defaultChoices('opt-in', categories, record, gpc)).toEqual({
      essential: true,
      analytics: false,
      advertising: false,
    });
    expect(signalOptOut('opt-in', record, gpc)).toEqual([]);
    expect(signalOptOut('opt-in', honor, gpc)).toEqual(['gpc']);
  });

  it('opt-out: on by default; GPC opts out of sale/share even when the declaration only records it', () => {
    expect(defaultChoices('opt-out', categories, record, none)).toEqual({
      essential: true,
      analytics: true,
      advertising: true,
    });
    expect(defaultChoices('opt-out', categories, record, gpc)).toEqual({
      essential: true,
      analytics: true,
      advertising: false,
    });
    // DNT is not a legal opt-out there: the declaration decides.
    expect(signalOptOut('opt-out', record, dnt)).toEqual([]);
    expect(signalOptOut('opt-out', honor, dnt)).toEqual(['dnt']);
  });

  it('notice: informs only; signals do what the declaration says', () => {
    expect(defaultChoices('notice', categories, record, gpc).advertising).toBe(true);
    expect(defaultChoices('notice', categories, honor, gpc).advertising).toBe(false);
  });

  it('applies an honored signal to a stored choice: sale/share off, nothing turned on', () => {
    const chosen = { essential: true, analytics: false, advertising: true };
    expect(applySignals(chosen, 'opt-out', categories, record, gpc)).toEqual({
      choices: { essential: true, analytics: false, advertising: false },
      honored: ['gpc'],
    });
    expect(applySignals(chosen, 'opt-in', categories, record, gpc)).toEqual({ choices: chosen, honored: [] });
    expect(saleOrShareCategories(categories).map((c) => c.id)).toEqual(['advertising']);
  });
});

describe('jurisdictions', () => {
  const j = {
    default: { regime: 'notice' as const },
    rules: {
      europe: { regions: ['EEA', 'UK', 'CH'], regime: 'opt-in' as const },
      california: { regions: ['US-CA'], regime: 'opt-out' as const },
      us: { regions: ['US'], regime: 'notice' as const },
    },
  };

  it.each([
    ['DE', 'europe', 'opt-in'],
    ['NO', 'europe', 'opt-in'],
    ['GB', 'europe', 'opt-in'],
    ['CH', 'europe', 'opt-in'],
    ['US-CA', 'california', 'opt-out'],
    ['US-TX', 'us', 'notice'],
    ['US', 'us', 'notice'],
    ['BR', 'default', 'notice'],
    [null, 'unknown', 'opt-in'],
  ])('%s → %s (%s); the more specific region wins', (region, jurisdiction, regime) => {
    expect(resolveJurisdiction(j, region)).toEqual({ region, jurisdiction, regime });
  });

  it('gives an unknown region the strictest regime declared, and opt-in when none is declared', () => {
    expect(
      strictestRegime({ default: { regime: 'notice' }, rules: { ca: { regions: ['US-CA'], regime: 'opt-out' } } }),
    ).toBe('opt-out');
    expect(resolveJurisdiction(undefined, 'US-CA')).toEqual({
      region: 'US-CA',
      jurisdiction: 'default',
      regime: 'opt-in',
    });
  });
});

describe('gpc.json', () => {
  const policy = {
    effectiveDate: '2026-03-01',
    signals: record,
    sellsPersonalInformation: false,
    sharesPersonalInformation: false,
  };
  it('says false when the site records signals only and sells or shares nothing', () => {
    expect(gpcSupport({ policy, categories: { a: { saleOrShare: false } } })).toEqual({
      gpc: false,
      lastUpdate: '2026-03-01',
    });
  });
  it('says true in honor mode, when selling or sharing, or when an opt-out regime honors it for a sale/share category', () => {
    expect(gpcSupport({ policy: { ...policy, signals: { gpc: 'honor', dnt: 'record' } }, categories: {} }).gpc).toBe(
      true,
    );
    expect(gpcSupport({ policy: { ...policy, sharesPersonalInformation: true }, categories: {} }).gpc).toBe(true);
    const jurisdictions = {
      default: { regime: 'opt-in' as const },
      rules: { ca: { regions: ['US-CA'], regime: 'opt-out' as const } },
    };
    expect(gpcSupport({ policy, categories: { ads: { saleOrShare: true } }, jurisdictions }).gpc).toBe(true);
    expect(gpcSupport({ policy, categories: { ads: { saleOrShare: false } }, jurisdictions }).gpc).toBe(false);
  });
});
