import { localePack, POLICY_PACKS, type PublishedVersion, policyPack, type Text } from '@cookieproof/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPolicyHtml, renderPolicyMarkdown } from './index.ts';
import { localised } from './messages.ts';
import { loadAiPromo, sectionHtml, withCurrent } from './test-support.ts';

// The page in every language AI Promo declares: its own sentences and the declaration's texts in that language,
// never an English sentence left over; right to left where the language is; links between the language versions.

let versions: PublishedVersion[];
beforeAll(async () => {
  versions = await loadAiPromo();
});

const text = (page: string) =>
  page
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The English pieces of the page's own sentences: the text between placeholders, three words or more. */
function englishFragments(): string[] {
  const en = policyPack('en')!;
  return Object.values(en.messages)
    .flatMap((m) => m.split(/\{\w+\}/))
    .concat(Object.values(en.kinds).map((k) => k.explain))
    .map((f) => f.trim())
    .filter((f) => f.split(/\s+/).length >= 3 && !/Global Privacy Control|Do Not Track/.test(f));
}

/** Every English text of the declaration of three words or more. */
function declarationEnglish(v: unknown, out: string[] = []): string[] {
  if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      if (['title', 'description', 'summary'].includes(k) && x && typeof x === 'object' && 'en' in x) {
        const en = (x as Exclude<Text, string>).en!;
        if (en.split(/\s+/).length >= 3) out.push(en);
      } else declarationEnglish(x, out);
    }
  return out;
}

describe('the policy page in each declared language', () => {
  it.each(['de', 'fr', 'es', 'ar'])('%s: its own sentences and texts, no English left', (locale) => {
    const page = renderPolicyHtml(versions, { locale });
    const pack = policyPack(locale)!;
    expect(page).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locale}"`));
    expect(page).toContain(`<h1>${pack.messages.title}</h1>`);
    const body = text(page);
    const english = [...englishFragments(), ...declarationEnglish(versions.at(-1)!.declaration)];
    expect(english.length).toBeGreaterThan(150);
    expect(english.filter((f) => body.includes(f))).toEqual([]);
    // The same check finds English where it is.
    expect(englishFragments().filter((f) => text(renderPolicyHtml(versions)).includes(f)).length).toBeGreaterThan(50);
  });

  it.each(POLICY_PACKS.map((p) => [p.tag, p] as const))(
    '%s: every policy pack writes the whole page, the per-region section included, in its own words',
    (tag, pack) => {
      // Declared here (AI Promo's texts then read their English), to see the pack's own sentences.
      const declared = withCurrent(versions, (d) => {
        d.locales = { ...d.locales, [tag]: {} };
        d.categories.analytics!.saleOrShare = true;
        d.jurisdictions = {
          default: { regime: 'notice' },
          rules: { eu: { regions: ['EEA'], regime: 'opt-in' }, ca: { regions: ['US-CA'], regime: 'opt-out' } },
        };
      });
      const page = renderPolicyHtml(declared, { locale: tag });
      const dir = localePack(tag)!.dir === 'rtl' ? ' dir="rtl"' : '';
      expect(page.startsWith(`<!doctype html>\n<html lang="${tag}"${dir}>`)).toBe(true);
      const regions = text(sectionHtml(page, 'regions'));
      const banner = localePack(tag)!.strings;
      for (const quoted of [banner.optOut, banner.optOutHonored, pack.messages.regionsDefault])
        expect(regions).toContain(quoted);
      if (tag === 'en') return;
      expect(englishFragments().filter((f) => text(page).includes(f))).toEqual([]);
    },
  );

  it('writes Arabic right to left, with Arabic dates and the counts Arabic grammar asks for', () => {
    const page = renderPolicyHtml(versions, { locale: 'ar' });
    expect(page.startsWith('<!doctype html>\n<html lang="ar" dir="rtl">')).toBe(true);
    expect(page).toContain('<time datetime="2026-11-15">15 نوفمبر 2026</time>');
    // 14 and 182 take the singular with tanwin, 10 the plural, 1 stands alone.
    for (const cell of ['<td>14 يومًا</td>', '<td>10 دقائق</td>', '<td>ساعة واحدة</td>', '<td>13 شهرًا</td>'])
      expect(page).toContain(cell);
    expect(text(sectionHtml(page, 'control-site'))).toContain('لمدة 182 يومًا');
    expect(text(sectionHtml(page, 'category-essential'))).toContain('الضرورية: 11 تقنية');
    // Lists join with the Arabic comma and "and".
    expect(text(sectionHtml(page, 'about'))).toContain('ملفات تعريف الارتباط، والتخزين المحلي');
    for (const locale of ['en', 'de', 'fr', 'es']) expect(renderPolicyHtml(versions, { locale })).not.toContain('dir=');
  });

  it('writes dates and counts as each language does', () => {
    const history = (locale: string) => text(sectionHtml(renderPolicyHtml(versions, { locale }), 'updates'));
    expect(history('fr')).toContain('1er mai 2026');
    expect(history('es')).toContain('1 de mayo de 2026');
    expect(history('de')).toContain('1. Mai 2026');
    expect(renderPolicyHtml(versions, { locale: 'fr' })).toContain('<td>1 heure</td>');
    expect(renderPolicyHtml(versions, { locale: 'es' })).toContain('<td>13 meses</td>');
  });

  // Each language's plural categories (Intl.PluralRules) pick the right form: Polish "22 dni" but "12 miesięcy",
  // Lithuanian and Croatian count 21 like 1, Slovenian has a dual, Romanian adds "de" from 20, Maltese and Irish
  // change the noun by range; and each writes its dates its own way.
  it.each([
    [
      'pl',
      'day',
      [
        [1, '1 dzień'],
        [2, '2 dni'],
        [5, '5 dni'],
        [22, '22 dni'],
      ],
    ],
    [
      'pl',
      'month',
      [
        [2, '2 miesiące'],
        [12, '12 miesięcy'],
        [13, '13 miesięcy'],
        [24, '24 miesiące'],
      ],
    ],
    [
      'cs',
      'month',
      [
        [1, '1 měsíc'],
        [3, '3 měsíce'],
        [13, '13 měsíců'],
      ],
    ],
    [
      'sk',
      'year',
      [
        [1, '1 rok'],
        [2, '2 roky'],
        [5, '5 rokov'],
      ],
    ],
    [
      'uk',
      'day',
      [
        [1, '1 день'],
        [3, '3 дні'],
        [11, '11 днів'],
        [21, '21 день'],
        [182, '182 дні'],
      ],
    ],
    [
      'lt',
      'day',
      [
        [1, '1 diena'],
        [2, '2 dienos'],
        [10, '10 dienų'],
        [15, '15 dienų'],
        [21, '21 diena'],
      ],
    ],
    [
      'lv',
      'day',
      [
        [1, '1 diena'],
        [14, '14 dienas'],
        [21, '21 diena'],
      ],
    ],
    [
      'hr',
      'day',
      [
        [1, '1 dan'],
        [11, '11 dana'],
        [21, '21 dan'],
        [22, '22 dana'],
      ],
    ],
    [
      'sl',
      'day',
      [
        [1, '1 dan'],
        [2, '2 dneva'],
        [3, '3 dnevi'],
        [5, '5 dni'],
        [102, '102 dneva'],
      ],
    ],
    [
      'ro',
      'day',
      [
        [1, '1 zi'],
        [19, '19 zile'],
        [20, '20 de zile'],
        [182, '182 de zile'],
        [101, '101 zile'],
      ],
    ],
    [
      'is',
      'day',
      [
        [1, '1 dagur'],
        [11, '11 dagar'],
        [21, '21 dagur'],
      ],
    ],
    [
      'fi',
      'month',
      [
        [1, '1 kuukausi'],
        [13, '13 kuukautta'],
      ],
    ],
    [
      'mt',
      'day',
      [
        [1, 'jum wieħed'],
        [2, 'jumejn'],
        [3, '3 ijiem'],
        [14, '14-il jum'],
        [182, '182 jum'],
      ],
    ],
    [
      'ga',
      'year',
      [
        [1, '1 bhliain'],
        [3, '3 bliana'],
        [7, '7 mbliana'],
        [20, '20 bliain'],
      ],
    ],
    [
      'he',
      'day',
      [
        [1, 'יום אחד'],
        [2, 'יומיים'],
        [14, '14 ימים'],
      ],
    ],
    [
      'hu',
      'day',
      [
        [1, '1 nap'],
        [14, '14 nap'],
      ],
    ],
    ['ja', 'day', [[14, '14日間']]],
  ] as const)('%s counts each %s in its grammar', (locale, what, cases) => {
    const L = localised(locale, versions.at(-1)!.declaration);
    expect(cases.map(([n]) => L.count(what, n))).toEqual(cases.map(([, text]) => text));
  });

  it.each([
    ['pl', '15 listopada 2026 r.'],
    ['cs', '15. listopadu 2026'],
    ['hr', '15. studenoga 2026.'],
    ['hu', '2026. november 15.'],
    ['lt', '2026 m. lapkričio 15 d.'],
    ['lv', '2026. gada 15. novembris'],
    ['el', '15 Νοεμβρίου 2026'],
    ['mt', '15 ta’ Novembru 2026'],
    ['ga', '15 Samhain 2026'],
    ['he', '15 בנובמבר 2026'],
    ['ja', '2026年11月15日'],
    ['ko', '2026년 11월 15일'],
    ['zh', '2026年11月15日'],
  ])('%s writes 15 November 2026 as %s', (locale, date) => {
    expect(localised(locale, versions.at(-1)!.declaration).date('2026-11-15')).toBe(date);
  });

  it('quotes the banner labels in its language, with the declaration’s own wording where it has one', () => {
    const variant = (edit: (d: PublishedVersion['declaration']) => void) =>
      withCurrent(versions, (d) => {
        d.categories.analytics!.saleOrShare = true;
        d.jurisdictions = { default: { regime: 'opt-in' }, rules: { ca: { regions: ['US-CA'], regime: 'opt-out' } } };
        edit(d);
      });
    const regions = (vs: PublishedVersion[]) => text(sectionHtml(renderPolicyHtml(vs, { locale: 'fr' }), 'regions'));
    expect(regions(variant(() => {}))).toContain(
      'utilisez « Ne pas vendre ni partager mes informations personnelles » dans les paramètres des cookies',
    );
    const own = variant((d) => {
      d.locales!.fr = { strings: { optOut: 'Ne vendez pas mes données' } };
    });
    expect(regions(own)).toContain('utilisez « Ne vendez pas mes données »');
  });
});

describe('links between the language versions', () => {
  const languages = {
    en: '/cookie-policy?lang=en',
    de: '/cookie-policy?lang=de',
    fr: '/cookie-policy?lang=fr',
    es: '/cookie-policy?lang=es',
    ar: '/cookie-policy?lang=ar',
  };

  it('lists every language by its own name, marks the current one and announces the others to search engines', () => {
    const page = renderPolicyHtml(versions, { locale: 'fr', languages });
    const nav = /<nav class="languages" aria-label="Langues">[\s\S]*?<\/nav>/.exec(page)?.[0] ?? '';
    expect([...nav.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1])).toEqual([
      'English',
      'Deutsch',
      'Français',
      'Español',
      'العربية',
    ]);
    expect(nav).toContain('<a href="/cookie-policy?lang=ar" hreflang="ar" lang="ar">العربية</a>');
    expect(nav).toContain('<a href="/cookie-policy?lang=fr" hreflang="fr" lang="fr" aria-current="page">Français</a>');
    expect(page).toContain('<link rel="alternate" hreflang="de" href="/cookie-policy?lang=de">');
    expect(renderPolicyMarkdown(versions, { locale: 'de', languages })).toContain(
      'Sprachen: [English](</cookie-policy?lang=en>) · Deutsch · [Français](</cookie-policy?lang=fr>)',
    );
  });

  it('links files beside the page, makes them absolute against baseUrl, and drops a link that is not safe', () => {
    const page = renderPolicyHtml(versions, {
      locale: 'en',
      baseUrl: 'https://aipromo.example/legal/',
      languages: { en: 'cookie-policy.html', de: 'cookie-policy.de.html', fr: 'javascript:alert(1)' },
    });
    expect(page).toContain('<a href="https://aipromo.example/legal/cookie-policy.de.html" hreflang="de" lang="de">');
    expect(page).not.toMatch(/javascript:|hreflang="fr"/);
  });

  it('shows no language links when there is only one version to link', () => {
    expect(renderPolicyHtml(versions, { locale: 'en', languages: { en: '/cookie-policy' } })).not.toContain(
      'class="languages"',
    );
    expect(renderPolicyHtml(versions)).not.toContain('hreflang');
  });
});
