import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Declaration } from './declaration.ts';
import { diffDeclarations } from './diff.ts';
import { parseDeclaration } from './load.ts';
import { acceptedFingerprints, loadVersions } from './versions.ts';

const minimal = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');
const base = parseDeclaration(minimal).declaration!;
const edit = (f: (d: Declaration) => void): Declaration => {
  const d = structuredClone(base);
  f(d);
  return d;
};
const tech = base.technologies['ga-cookie']!;

describe('diffDeclarations', () => {
  it('finds nothing between equal declarations', () => {
    const diff = diffDeclarations(base, structuredClone(base));
    expect(diff.changes).toEqual([]);
    expect(diff.reconsent).toBe(false);
    expect(diff.from.fingerprint).toBe(diff.to.fingerprint);
  });

  it.each<[string, (d: Declaration) => void]>([
    [
      'a new non-essential technology',
      (d) => {
        d.technologies.extra = { ...tech, name: '_gid' };
      },
    ],
    [
      'a technology moved to another category',
      (d) => {
        d.technologies['ga-tag']!.category = 'essential';
      },
    ],
    [
      'a longer duration',
      (d) => {
        d.technologies['ga-cookie']!.duration = '395 days';
      },
    ],
    [
      'a new non-essential purpose',
      (d) => {
        d.purposes.ads = { title: 'Ads', description: 'Ads', essential: false };
      },
    ],
    [
      'a new category',
      (d) => {
        d.categories.marketing = { title: 'M', description: 'M', required: false, saleOrShare: true };
      },
    ],
    [
      'a new provider of a non-essential technology',
      (d) => {
        d.providers.other = { name: 'Other', party: 'third', kind: 'analytics', privacyPolicyUrl: 'https://o.example' };
        d.technologies['ga-cookie']!.provider = 'other';
      },
    ],
    [
      'a new purpose on a non-essential technology',
      (d) => {
        d.technologies['ga-cookie']!.purposes.push('service');
      },
    ],
    [
      'GPC no longer honored',
      (d) => {
        d.policy.signals.gpc = 'record';
      },
    ],
  ])('asks again for %s', (_, change) => {
    const from =
      _ === 'GPC no longer honored'
        ? edit((d) => {
            d.policy.signals.gpc = 'honor';
          })
        : base;
    const diff = diffDeclarations(from, edit(change));
    expect(diff.reconsent).toBe(true);
    expect(diff.changes.some((c) => c.material)).toBe(true);
  });

  it.each<[string, (d: Declaration) => void]>([
    [
      'reworded descriptions',
      (d) => {
        d.categories.analytics!.description = 'Counts visits, anonymously';
      },
    ],
    [
      'a removed technology',
      (d) => {
        delete d.technologies['ga-cookie'];
      },
    ],
    [
      'a new essential technology',
      (d) => {
        d.technologies.csrf = { ...base.technologies.consent!, name: 'csrf', purposes: ['service'] };
      },
    ],
    [
      'a shorter duration',
      (d) => {
        d.technologies['ga-cookie']!.duration = '6 months';
      },
    ],
    [
      'a new essential purpose',
      (d) => {
        d.purposes.sec = { title: 'Sec', description: 'Sec', essential: true };
      },
    ],
    [
      'a new version label and date',
      (d) => void Object.assign(d.policy, { version: '2', effectiveDate: '2026-06-01' }),
    ],
    [
      'GPC now honored',
      (d) => {
        d.policy.signals.gpc = 'honor';
      },
    ],
  ])('does not ask again for %s', (_, change) => {
    const diff = diffDeclarations(base, edit(change));
    expect(diff.changes.length).toBeGreaterThan(0);
    expect(diff.reconsent).toBe(false);
  });

  it('explains the two AI Promo versions: new diagnostics need fresh consent, the integration does not', async () => {
    const versions = await loadVersions(new URL('../../../apps/ai-promo/cookieproof.yaml', import.meta.url).pathname);
    expect(versions.map((v) => v.version)).toEqual(['2026.1', '2026.2']);
    const diff = diffDeclarations(versions[0]!.declaration, versions[1]!.declaration);
    expect(diff.reconsent).toBe(true);
    const material = diff.changes.filter((c) => c.material).map((c) => `${c.subject}:${c.id}`);
    expect(material).toEqual([
      'technology:diagnostics-vitals',
      'technology:diagnostics-session',
      'technology:onboarding-hints',
      'purpose:diagnostics',
    ]);
    const integration = diff.changes.find((c) => c.id === 'integration-authorization');
    expect(integration).toMatchObject({ change: 'added', material: false });
    expect(acceptedFingerprints(versions)).toEqual([versions[1]!.fingerprint]);
  });

  it('does not count a translation added as a rewording, but a changed one is', () => {
    const from = edit((d) => {
      d.categories.analytics!.title = { en: 'Analytics', de: 'Statistik' };
    });
    const translated = structuredClone(from);
    translated.categories.analytics!.title = { en: 'Analytics', de: 'Statistik', fr: 'Mesure d’audience' };
    expect(diffDeclarations(from, translated).changes).toEqual([]);
    const reworded = structuredClone(translated);
    reworded.categories.analytics!.title = { en: 'Analytics', de: 'Statistiken', fr: 'Mesure d’audience' };
    expect(diffDeclarations(from, reworded).changes.map((c) => c.summary)).toEqual(['category "analytics" reworded']);
    // A translation taken away is a change: visitors of that language lose the text.
    expect(diffDeclarations(translated, from).changes.map((c) => c.summary)).toEqual(['category "analytics" reworded']);
  });

  it('keeps old choices valid across immaterial versions', () => {
    const v1 = base;
    const v2 = edit((d) => Object.assign(d.policy, { version: '2', effectiveDate: '2026-06-01' }));
    const pv = (d: Declaration) => ({
      declaration: d,
      fingerprint: d.policy.version,
      version: d.policy.version,
      effectiveDate: d.policy.effectiveDate,
    });
    expect(acceptedFingerprints([pv(v1), pv(v2)])).toEqual(['2', '1']);
  });
});

describe('regime changes', () => {
  it('treats a changed regime as material, per region, the default and unknown regions', () => {
    const minimal = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');
    const before = parseDeclaration(minimal).declaration!;
    const after = parseDeclaration(
      `${minimal}jurisdictions:\n  default: { regime: notice }\n  rules:\n    eu: { regions: [EEA, UK], regime: opt-in }\n    ca: { regions: [US-CA], regime: opt-out }\n`,
    ).declaration!;
    const diff = diffDeclarations(before, after);
    const regimes = diff.changes.filter((c) => c.subject === 'jurisdiction');
    expect(regimes.map((c) => [c.id, c.before, c.after, c.material])).toEqual([
      ['default', 'opt-in', 'notice', true],
      ['US-CA', 'opt-in', 'opt-out', true],
    ]);
    expect(diff.reconsent).toBe(true);
    // Same regimes with other wording: nothing material about jurisdictions.
    const reworded = parseDeclaration(
      `${minimal}jurisdictions:\n  default: { regime: opt-in, wording: { title: Choices } }\n`,
    ).declaration!;
    expect(diffDeclarations(before, reworded).changes.filter((c) => c.subject === 'jurisdiction')).toEqual([]);
  });
});
