import {
  CookieproofError,
  chooseLocale,
  hostOf,
  localePack,
  offeredLocales,
  type PublishedVersion,
  type RegimeId,
  saleOrShareCategories,
  siteOf,
  strictestRegime,
  type Technology,
  type Text,
  textFor,
} from '@cookieproof/schema';
import { Context, capitalise, inlineText, section } from './context.ts';
import type { Block, Cell, Inline, LanguageLink, PolicyDocument, Section, Table } from './document.ts';
import { updatesSection } from './history-section.ts';
import { fill, localised } from './messages.ts';

export interface PolicyRenderOptions {
  /**
   * BCP 47 tag of a locale the declaration offers (site.defaultLocale or one under `locales`; "fr-CA" reads "fr"),
   * default site.defaultLocale. Any other locale is an error: the page is never an English copy under another label.
   */
  locale?: string;
  /** Makes site-relative links absolute, for copies of the page published elsewhere. */
  baseUrl?: string;
  /** Link this stylesheet instead of inlining the CSS (for sites whose CSP forbids inline styles). */
  stylesheetHref?: string;
  /** Where each offered locale's page is, by locale ("/cookie-policy?lang=fr"), for links between the versions. */
  languages?: Readonly<Record<string, string>>;
}

/** The offered locale a request names, or an error that says which locales there are. */
function pageLocale(requested: string | undefined, offered: string[]): string {
  if (requested === undefined) return offered[0]!;
  const locale = chooseLocale([requested], null, offered, '');
  if (locale) return locale;
  throw new CookieproofError(
    'invalid-input',
    `the declaration does not offer its policy in ${JSON.stringify(requested)}; it offers ${offered.join(', ')} (declare more under locales)`,
  );
}

/** A safe fragment id from a declaration id (ids are validated, but the page must not trust that). */
const anchor = (prefix: string, id: string, index: number) =>
  /^[a-z][a-z0-9_-]*$/.test(id) ? `${prefix}-${id}` : `${prefix}-${index + 1}`;

export function buildDocument(
  versions: readonly PublishedVersion[],
  options: PolicyRenderOptions = {},
): PolicyDocument {
  const current = versions.at(-1);
  if (!current) throw new CookieproofError('invalid-input', 'renderPolicy needs at least one published version');
  const d = current.declaration;
  if (options.baseUrl !== undefined && !/^https?:\/\/[^\s/?#\\]+/i.test(options.baseUrl))
    throw new CookieproofError(
      'invalid-input',
      `baseUrl ${JSON.stringify(options.baseUrl)} is not usable: give an http(s) URL such as "https://example.com"`,
    );
  const offered = offeredLocales(d);
  const locale = pageLocale(options.locale, offered);
  const L = localised(locale, d);
  const { m } = L;
  const t = (text: Text | undefined) => (text === undefined ? '' : textFor(text, locale, d.site.defaultLocale));
  const languages: LanguageLink[] = offered.flatMap((l) => {
    const href = options.languages?.[l];
    return href === undefined ? [] : [{ locale: l, name: localePack(l)?.name ?? l, href, current: l === locale }];
  });
  const ctx = new Context(d, L, t);

  const sections: Section[] = [
    aboutSection(ctx),
    technologiesSection(ctx),
    purposesSection(ctx),
    categoriesSection(ctx),
    thirdPartySection(ctx),
    controlSection(ctx),
    signalsSection(ctx),
    ...regionsSection(ctx),
    updatesSection(ctx, versions),
    faqSection(ctx),
    contactSection(ctx),
  ];
  const date = ctx.date(d.policy.effectiveDate);
  return {
    lang: locale,
    dir: L.dir,
    title: m.title,
    siteName: d.site.name,
    meta: fill(m.metaLine, { version: d.policy.version, date }),
    sections,
    footer: [
      fill(m.footerVersion, { site: d.site.name, version: d.policy.version, date }),
      fill(m.footerGenerated, { fingerprint: { code: current.fingerprint.slice(0, 16) } }),
    ],
    labels: { skip: m.skip, contents: m.contents, languages: m.languages },
    languages: languages.length > 1 ? languages : [],
    version: d.policy.version,
    fingerprint: current.fingerprint,
    canonicalUrl: d.policy.url,
    baseUrl: options.baseUrl,
  };
}
function aboutSection(ctx: Context): Section {
  const { d, m, L } = ctx;
  // Scripts that all belong to analytics providers are what visitors know as analytics tags.
  const scripts = ctx.technologies.filter(([, t]) => t.kind === 'script');
  const tags =
    scripts.length > 0 && scripts.every(([, t]) => t.provider && d.providers[t.provider]?.kind === 'analytics');
  const kinds = [
    ...ctx.kinds().map((k) => [k === 'script' && tags ? m.analyticsTags : L.kind(k).many]),
    [m.aboutSimilar],
  ];
  const surfaces = Object.entries(d.site.surfaces).map(([, s]) =>
    fill(m.aboutSurface, { title: ctx.t(s.title), origin: s.origins.map((o) => ({ code: o })) }),
  );
  return section('about', m.aboutTitle, [
    { p: fill(m.aboutIntro, { site: d.site.name, kinds: ctx.list(kinds), surfaces: ctx.list(surfaces) }) },
    { p: [m.aboutDetail] },
  ]);
}

/**
 * Whether one choice holds on every surface: on one registrable domain the consent cookie is set on it (the SDK and
 * the consent server alike); on unrelated domains each surface asks on its own (site.unrelatedDomains: separate,
 * also when the declaration does not say it, as validate warns).
 */
function surfacesChoice(ctx: Context): Block[] {
  const { d, m } = ctx;
  const ids = Object.keys(d.site.surfaces);
  if (ids.length < 2) return [];
  const surfaces = ctx.list(ids.map((id) => [ctx.surfaceTitle(id)]));
  const sites = new Set(Object.values(d.site.surfaces).flatMap((s) => s.origins.map((o) => siteOf(hostOf(o)))));
  return [{ p: fill(sites.size > 1 ? m.surfacesSeparate : m.surfacesShared, { surfaces }) }];
}

function technologiesSection(ctx: Context): Section {
  const { d, m, L } = ctx;
  const kinds = ctx.kinds();
  const surfaceIds = Object.keys(d.site.surfaces);
  const table: Table = {
    caption: m.technologiesTable,
    columns: [m.kindColumn, ...surfaceIds.map((s) => ctx.surfaceTitle(s))],
    rows: kinds.map((kind) => [
      [capitalise(L.kind(kind).many)],
      ...surfaceIds.map((s) => {
        const n = ctx.technologies.filter(([, tech]) => tech.kind === kind && tech.surfaces.includes(s)).length;
        return [n === 0 ? m.none : String(n)];
      }),
    ]),
  };
  return section('technologies', m.technologiesTitle, [
    { p: [m.technologiesIntro] },
    {
      ul: kinds.map((kind) =>
        fill(m.term, { term: { strong: capitalise(L.kind(kind).many) }, text: L.kind(kind).explain }),
      ),
    },
    { table },
  ]);
}
function purposesSection(ctx: Context): Section {
  const { d, m } = ctx;
  return section('purposes', m.purposesTitle, [
    { p: [m.purposesIntro] },
    {
      ul: Object.values(d.purposes).map((p) =>
        fill(m.term, {
          term: { strong: ctx.t(p.title) },
          text: `${ctx.t(p.description)} ${p.essential ? m.purposeEssential : m.purposeOptional}`,
        }),
      ),
    },
  ]);
}

function categoriesSection(ctx: Context): Section {
  const { d, m, L } = ctx;
  const subsections = Object.entries(d.categories).map(([id, c], index): Section => {
    const techs = ctx.technologies.filter(([, tech]) => tech.category === id);
    const blocks: Block[] = [
      { p: [ctx.t(c.description)] },
      { p: [c.required ? m.categoryRequired : m.categoryOptional] },
    ];
    if (c.saleOrShare) blocks.push({ p: [m.categorySaleOrShare] });
    if (techs.length === 0) blocks.push({ p: [m.categoryEmpty] });
    else {
      const cookies = techs.some(([, tech]) => tech.kind === 'cookie');
      const count = L.count('technology', techs.length);
      blocks.push({
        table: {
          caption: inlineText(fill(m.categoryTable, { category: ctx.t(c.title), count })),
          columns: [
            m.colTechnology,
            m.colDescription,
            m.colProvider,
            m.colPurposes,
            m.colDuration,
            m.colSurfaces,
            ...(cookies ? [m.colAttributes] : []),
          ],
          rows: techs.map(([, tech]): Cell[] => [
            [
              ...ctx.techName(tech),
              ` (${L.kind(tech.kind).one})`,
              ...(tech.domain ? [' ', ...fill(m.onHost, { host: tech.domain })] : []),
            ],
            [ctx.t(tech.description)],
            [ctx.providerName(tech)],
            [tech.purposes.map((p) => ctx.purposeTitle(p)).join(m.listComma)],
            [ctx.duration(tech)],
            [tech.surfaces.map((s) => ctx.surfaceTitle(s)).join(m.listComma)],
            ...(cookies ? [ctx.attributes(tech)] : []),
          ]),
        },
      });
    }
    return section(anchor('category', id, index), ctx.t(c.title), blocks);
  });
  return section('categories', m.categoriesTitle, [{ p: [m.categoriesIntro] }], subsections);
}
function thirdPartySection(ctx: Context): Section {
  const { m, L } = ctx;
  const providers = ctx.thirdParties();
  if (providers.length === 0) return section('third-parties', m.thirdTitle, [{ p: [m.thirdNone] }]);
  const rows = providers.map(([id, p]): Cell[] => {
    const techs = ctx.technologies.filter(([, tech]) => tech.provider === id);
    const surfaces = [...new Set(techs.flatMap(([, tech]) => tech.surfaces))];
    return [
      [p.name],
      [p.kind ? L.providerKind(p.kind) : m.notDeclared],
      techs.length ? { items: techs.map(([, tech]) => ctx.techName(tech)) } : [m.none],
      [surfaces.length ? surfaces.map((s) => ctx.surfaceTitle(s)).join(m.listComma) : m.none],
      p.privacyPolicyUrl
        ? [{ link: p.privacyPolicyUrl, text: inlineText(fill(m.privacyLink, { name: p.name })) }]
        : [m.notDeclared],
      p.optOutUrl ? [{ link: p.optOutUrl, text: inlineText(fill(m.optOutLink, { name: p.name })) }] : [m.noOptOut],
    ];
  });
  return section('third-parties', m.thirdTitle, [
    { p: [m.thirdIntro] },
    {
      table: {
        caption: m.thirdTable,
        columns: [m.colProvider, m.colKind, m.colTechnologies, m.colSurfaces, m.colPrivacy, m.colOptOut],
        rows,
      },
    },
  ]);
}

const FEATURE_KEYS = {
  authentication: 'featureAuthentication',
  payment: 'featurePayment',
  integration: 'featureIntegration',
  hosting: 'featureHosting',
} as const;

/** What a visitor would notice: the third-party services the essential technologies belong to. */
function providerFeatures(ctx: Context, essential: [string, Technology][]): Inline[][] {
  const { d, m } = ctx;
  return [...new Set(essential.map(([, tech]) => tech.provider).filter((p) => p !== undefined))]
    .map((id) => d.providers[id])
    .filter((p) => p !== undefined && p.party === 'third')
    .map((p) => fill(m[FEATURE_KEYS[p!.kind as keyof typeof FEATURE_KEYS] ?? 'featureOther'], { name: p!.name }));
}

function controlSection(ctx: Context): Section {
  const { d, m, L } = ctx;
  const essential = ctx.essentialTechnologies();
  const essentialPurposes = [...new Set(essential.flatMap(([, tech]) => tech.purposes))];
  const browser: Block[] = [{ p: [m.controlBrowser] }];
  if (essential.length) {
    browser.push({ p: [m.controlBrowserEssential] });
    browser.push({
      ul: essentialPurposes.map((id) => {
        const p = d.purposes[id];
        return p ? fill(m.term, { term: { strong: ctx.t(p.title) }, text: ctx.t(p.description) }) : [id];
      }),
    });
    const features = providerFeatures(ctx, essential);
    if (features.length) browser.push({ p: fill(m.controlFeatures, { features: ctx.list(features) }) });
  }
  const withOptOut = Object.values(d.providers).filter((p) => p.optOutUrl !== undefined);
  const subsections = [
    section('control-site', m.controlSiteTitle, [
      { p: fill(m.controlSite, { period: L.count('day', d.policy.consentLifetimeDays) }) },
      ...surfacesChoice(ctx),
    ]),
    section('control-browser', m.controlBrowserTitle, browser),
    section(
      'control-providers',
      m.controlProvidersTitle,
      withOptOut.length
        ? [
            { p: [m.controlProviders] },
            {
              ul: withOptOut.map((p) => [
                { link: p.optOutUrl!, text: inlineText(fill(m.optOutLink, { name: p.name })) },
              ]),
            },
          ]
        : [{ p: [m.controlProvidersNone] }],
    ),
  ];
  const integrations = Object.values(d.providers).filter((p) => p.kind === 'integration');
  if (integrations.length)
    subsections.push(
      section('control-integrations', m.controlIntegrationsTitle, [
        {
          p: fill(m.controlIntegrations, {
            names: ctx.list(integrations.map((p) => [p.name])),
            site: d.site.name,
          }),
        },
      ]),
    );
  return section('control', m.controlTitle, [], subsections);
}

function signalsSection(ctx: Context): Section {
  const { d, m } = ctx;
  const { sellsPersonalInformation: sells, sharesPersonalInformation: shares } = d.policy;
  const saleShareCategories = Object.values(d.categories)
    .filter((c) => c.saleOrShare)
    .map((c) => [ctx.t(c.title)]);
  const blocks: Block[] = [{ p: [m.signalsIntro] }];
  if (!sells && !shares) blocks.push({ p: [m.signalsNoSaleShare] });
  else {
    const stated: Inline[] = [];
    if (sells) stated.push(m.signalsSells);
    if (shares) stated.push(stated.length ? ` ${m.signalsShares}` : m.signalsShares);
    if (saleShareCategories.length)
      stated.push(' ', ...fill(m.signalsCategories, { categories: ctx.list(saleShareCategories) }));
    blocks.push({ p: stated });
  }
  for (const signal of ['gpc', 'dnt'] as const) {
    const name = { strong: signal === 'gpc' ? m.gpcName : m.dntName };
    // Only the exact mode "honor" may produce a claim that the signal changes anything.
    const honor = d.policy.signals[signal] === 'honor';
    const template = honor
      ? saleShareCategories.length
        ? m.signalHonorCategories
        : m.signalHonorNothing
      : sells || shares
        ? m.signalRecordSaleShare
        : m.signalRecordNothing;
    blocks.push({ p: fill(template, { signal: name, categories: ctx.list(saleShareCategories) }) });
  }
  blocks.push({ p: [m.signalsChange] });
  return section('signals', m.signalsTitle, blocks);
}
/** Per jurisdiction, from the consent model: what may be on before a choice and how to opt out. */
function regionsSection(ctx: Context): Section[] {
  const { d, m, L } = ctx;
  const j = d.jurisdictions;
  if (!j) return [];
  const saleShare = saleOrShareCategories(Object.entries(d.categories).map(([id, c]) => ({ id, ...c })));
  const saleShareTitles = ctx.list(saleShare.map((c) => [ctx.t(c.title)]));
  const unknown = strictestRegime(j);
  const entries: [Inline[], RegimeId][] = [
    ...Object.values(j.rules).map((r): [Inline[], RegimeId] => [[r.regions.join(', ')], r.regime]),
    [[m.regionsDefault], j.default.regime],
    [[m.regionsUnknown], unknown],
  ];
  const items = entries.map(([where, regime]) => {
    const regions = { strong: inlineText(where) };
    if (regime === 'opt-in') return fill(m.regionOptIn, { regions });
    if (regime === 'notice') return fill(m.regionNotice, { regions });
    // The page quotes the banner's own labels in this language, so a visitor finds the control it names.
    const text = fill(m.regionOptOut, { regions, optOut: L.banner.optOut ?? '' });
    if (saleShare.length > 0)
      text.push(
        ' ',
        ...fill(m.regionOptOutSignal, { categories: saleShareTitles, honored: L.banner.optOutHonored ?? '' }),
      );
    return text;
  });
  return [section('regions', m.regionsTitle, [{ p: [m.regionsIntro] }, { ul: items }])];
}

function analyticsTechnologies(ctx: Context, surface: string): [string, Technology][] {
  const { d } = ctx;
  // A category counts as analytics when its Consent Mode mapping grants analytics_storage, or by its id when
  // there is no mapping; a technology also counts when its provider is an analytics provider.
  const mapped = (c: string) => d.consentMode?.mapping[c]?.includes('analytics_storage') === true;
  const isAnalyticsCategory = (c: string) => (d.consentMode ? mapped(c) : c === 'analytics');
  return ctx.technologies.filter(
    ([, tech]) =>
      tech.surfaces.includes(surface) &&
      (isAnalyticsCategory(tech.category) ||
        (tech.provider !== undefined && d.providers[tech.provider]?.kind === 'analytics')),
  );
}

function faqSection(ctx: Context): Section {
  const { d, m, L } = ctx;
  const questions: Section[] = [];
  const essential = ctx.essentialTechnologies();
  // What stops: the services the essential technologies belong to, and the surfaces with essential technologies of
  // their own (a surface that only shares what every surface has, such as the consent cookie, keeps working).
  const everywhere = (id: string) =>
    Object.keys(d.site.surfaces).every((s) => d.technologies[id]?.surfaces.includes(s));
  const features = [
    ...providerFeatures(
      ctx,
      essential.filter(([id]) => !everywhere(id)),
    ),
    ...Object.keys(d.site.surfaces)
      .filter((s) => essential.some(([id, tech]) => tech.surfaces.includes(s) && !everywhere(id)))
      .map((s) => fill(m.faqBlockedSurface, { surface: ctx.surfaceTitle(s) })),
  ];
  const blocked: Block[] = essential.length
    ? [{ p: fill(m.faqBlockedAnswer, { features: ctx.list(features) }) }]
    : [{ p: [m.faqBlockedNone] }];
  questions.push(section('faq-blocked', inlineText(fill(m.faqBlocked, { site: d.site.name })), blocked));

  Object.keys(d.site.surfaces).forEach((s, index) => {
    const techs = analyticsTechnologies(ctx, s);
    const surface = ctx.surfaceTitle(s);
    const question = inlineText(fill(m.faqAnalytics, { surface }));
    if (techs.length === 0) {
      questions.push(
        section(anchor('faq-analytics', s, index), question, [{ p: fill(m.faqAnalyticsNo, { surface }) }]),
      );
      return;
    }
    const optional = [...new Set(techs.map(([, tech]) => tech.category))].filter(
      (c) => d.categories[c]?.required !== true,
    );
    const intro = optional.length
      ? fill(m.faqAnalyticsYesConsent, { categories: ctx.list(optional.map((c) => [ctx.categoryTitle(c)])) })
      : [m.faqAnalyticsYesAlways];
    const items = techs.map(([, tech]) =>
      fill(m.faqAnalyticsItem, {
        name: ctx.techName(tech),
        kind: L.kind(tech.kind).one,
        provider: ctx.providerName(tech),
      }),
    );
    questions.push(section(anchor('faq-analytics', s, index), question, [{ p: intro }, { ul: items }]));
  });

  questions.push(
    section('faq-privacy', m.faqSeparate, [
      { p: fill(m.faqSeparateAnswer, { privacy: { link: d.policy.privacyPolicyUrl, text: m.privacyPolicy } }) },
    ]),
  );
  return section('faq', m.faqTitle, [], questions);
}

function contactSection(ctx: Context): Section {
  const { d, m } = ctx;
  const c = d.policy.contact;
  const lines: Inline[][] = [];
  if (c.email) lines.push(fill(m.contactEmail, { email: { link: `mailto:${c.email}`, text: c.email } }));
  if (c.url) lines.push(fill(m.contactWeb, { url: { link: c.url, text: c.url } }));
  if (c.address) lines.push(fill(m.contactAddress, { address: c.address }));
  return section('contact', m.contactTitle, [
    { p: c.name ? fill(m.contactIntro, { name: c.name }) : [m.contactIntroNoName] },
    { ul: lines },
    { p: fill(m.contactPrivacy, { privacy: { link: d.policy.privacyPolicyUrl, text: m.privacyPolicy } }) },
  ]);
}
