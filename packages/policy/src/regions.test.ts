import { localePack, type PublishedVersion, policyPack } from '@cookieproof/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPolicyHtml, renderPolicyMarkdown } from './index.ts';
import { loadAiPromo, sectionHtml, withCurrent } from './test-support.ts';

// The per-jurisdiction section comes from the same consent model as the server's receipts: one line per rule, the
// default and unknown regions, each saying what may be on before a choice and how to opt out.

let versions: PublishedVersion[];
let variant: PublishedVersion[];
beforeAll(async () => {
  versions = await loadAiPromo();
  variant = withCurrent(versions, (d) => {
    d.categories.analytics!.saleOrShare = true;
    d.jurisdictions = {
      default: { regime: 'opt-in' },
      rules: {
        europe: { regions: ['EEA', 'UK'], regime: 'opt-in' },
        california: { regions: ['US-CA'], regime: 'opt-out' },
      },
    };
  });
});

const text = (page: string) =>
  sectionHtml(page, 'regions')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

describe('policy page: choices per jurisdiction', () => {
  it('has no such section when the declaration names no jurisdictions', () => {
    expect(renderPolicyHtml(versions)).not.toContain('id="regions"');
  });

  it('states per region what may be on before a choice and how to opt out', () => {
    const s = text(renderPolicyHtml(variant));
    expect(s).toContain('EEA, UK: nothing that is not essential is used before you choose.');
    expect(s).toContain('US-CA: optional categories may be on until you opt out.');
    expect(s).toContain('Do not sell or share my personal information');
    expect(s).toMatch(/Global Privacy Control signal from your browser is honored there as an opt-out of Analytics/);
    expect(s).toContain('All other regions: nothing that is not essential');
    expect(s).toContain('Where we cannot tell your region: nothing that is not essential');
    expect(renderPolicyMarkdown(variant)).toContain('**US-CA**: optional categories may be on until you opt out.');
  });

  it.each([
    ['de', 'US-CA: Optionale Kategorien können aktiv sein, bis Sie widersprechen.'],
    ['fr', 'US-CA : les catégories facultatives peuvent être actives jusqu’à ce que vous vous y opposiez.'],
    ['es', 'US-CA: las categorías opcionales pueden estar activas hasta que usted se excluya.'],
    ['ar', 'US-CA: قد تكون الفئات الاختيارية مفعّلة إلى أن تلغي اشتراكك.'],
  ])('states what is on by default and how to opt out in %s, quoting the banner there', (locale, optOut) => {
    const s = text(renderPolicyHtml(variant, { locale }));
    const banner = localePack(locale)!.strings;
    const m = policyPack(locale)!.messages;
    expect(s).toContain(m.regionsTitle);
    expect(s).toContain(optOut);
    // Where to opt out and what the visitor then sees, in the words of the banner of that language.
    expect(s).toContain(banner.optOut);
    expect(s).toContain(banner.optOutHonored);
    for (const where of ['EEA, UK', m.regionsDefault, m.regionsUnknown])
      expect(s).toContain(m.regionOptIn.replace('{regions}', where).split('.')[0]);
    expect(s).not.toMatch(/until you opt out|before you choose|Do not sell|honored/);
  });
});
