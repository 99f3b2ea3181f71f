import { z } from 'zod';
import { expandRegion, normalizeRegion, REGION_GROUPS } from './consent/regions.ts';
import { CONSENT_COOKIE, MAX_COOKIE_DAYS } from './constants.ts';
import {
  Category,
  ConsentMode,
  type Declaration,
  HistoryEntry,
  Jurisdictions,
  LocaleSettings,
  Policy,
  Provider,
  Purpose,
  Surface,
  Technology,
} from './declaration.ts';
import { parseDuration } from './duration.ts';
import { LOCALE_PACKS, localePack, POLICY_PACKS, policyPack } from './locales/index.ts';
import { LOCALE_KEYS } from './locales/locale-pack.ts';
import { compilePattern, samplesOf, technologyMatcher } from './matchers.ts';
import { hostOf, sameSite, siteOf } from './site.ts';
import { closest } from './text.ts';

export interface Check {
  path: string[];
  /** Set when the problem is a key of the mapping at `path` (located at the key rather than its value). */
  key?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** A declaration whose sections hold only the entries that passed structural validation. */
export type Salvaged = Pick<Declaration, 'purposes' | 'categories' | 'providers' | 'technologies' | 'history'> & {
  site: Pick<Declaration['site'], 'surfaces' | 'unrelatedDomains'> & { defaultLocale?: string };
  policy?: Declaration['policy'];
  consentMode?: Declaration['consentMode'];
  jurisdictions?: Declaration['jurisdictions'];
  locales?: Declaration['locales'];
};

function entries<T>(
  raw: unknown,
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
): Record<string, T> {
  const out: Record<string, T> = {};
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [k, v] of Object.entries(raw)) {
      const r = schema.safeParse(v);
      if (r.success) out[k] = r.data as T;
    }
  }
  return out;
}

/** Keeps every entry that is structurally valid so semantic checks can still run on a broken file. */
export function salvage(data: Record<string, unknown>): Salvaged {
  const site = (data.site ?? {}) as Record<string, unknown>;
  const policy = Policy.safeParse(data.policy);
  const consentMode = ConsentMode.safeParse(data.consentMode);
  const jurisdictions = Jurisdictions.safeParse(data.jurisdictions);
  const locales = z.record(z.string(), LocaleSettings).safeParse(data.locales);
  const history = Array.isArray(data.history)
    ? data.history.flatMap((h) => {
        const r = HistoryEntry.safeParse(h);
        return r.success ? [r.data] : [];
      })
    : [];
  return {
    site: {
      surfaces: entries(site.surfaces, Surface),
      ...(typeof site.defaultLocale === 'string' ? { defaultLocale: site.defaultLocale } : {}),
      ...(site.unrelatedDomains === 'separate' ? { unrelatedDomains: 'separate' as const } : {}),
    },
    policy: policy.success ? policy.data : undefined,
    purposes: entries(data.purposes, Purpose),
    categories: entries(data.categories, Category),
    providers: entries(data.providers, Provider),
    technologies: entries(data.technologies, Technology),
    consentMode: consentMode.success ? consentMode.data : undefined,
    jurisdictions: jurisdictions.success ? jurisdictions.data : undefined,
    locales: locales.success ? locales.data : undefined,
    history,
  };
}

function unknownRef(what: string, value: string, declared: string[]): string {
  const hint = closest(value, declared);
  return `unknown ${what} "${value}"; ${hint ? `did you mean "${hint}"? ` : ''}declared ${what === 'category' ? 'categories' : `${what}s`}: ${declared.length ? declared.join(', ') : '(none)'}`;
}

const FAMILY: Record<Technology['kind'], string> = {
  cookie: 'cookie',
  localStorage: 'localStorage key',
  sessionStorage: 'sessionStorage key',
  pixel: 'URL',
  script: 'URL',
  iframe: 'URL',
};

/** Semantic checks that the structure alone cannot express. */
export function checkDeclaration(d: Salvaged): Check[] {
  const out: Check[] = [];
  const err = (path: string[], message: string, key?: string) =>
    out.push({ path, message, severity: 'error', ...(key ? { key } : {}) });
  const warn = (path: string[], message: string, key?: string) =>
    out.push({ path, message, severity: 'warning', ...(key ? { key } : {}) });

  const surfaceIds = Object.keys(d.site.surfaces);
  const categoryIds = Object.keys(d.categories);
  const purposeIds = Object.keys(d.purposes);
  const providerIds = Object.keys(d.providers);
  const firstParties = providerIds.filter((id) => d.providers[id]!.party === 'first');
  const siteHosts = Object.values(d.site.surfaces).flatMap((s) => s.origins.map(hostOf));

  // One consent cookie holds the choice for every surface only on one registrable domain (sharedCookieDomain).
  const sites = [...new Set(siteHosts.map(siteOf))];
  if (sites.length > 1 && !d.site.unrelatedDomains)
    warn(
      ['site', 'surfaces'],
      `the surfaces are on unrelated domains (${sites.join(', ')}), which one consent cookie cannot reach: each asks for the visitor's choice on its own. Say so with site.unrelatedDomains: separate, and the policy page tells visitors`,
    );
  if (sites.length <= 1 && d.site.unrelatedDomains)
    warn(
      ['site', 'unrelatedDomains'],
      `has no effect: every surface is on ${sites[0] ?? 'one domain'}, where one consent cookie holds the choice for all of them`,
    );

  const required = categoryIds.filter((id) => d.categories[id]!.required);
  if (categoryIds.length > 0 && required.length === 0)
    err(
      ['categories'],
      'declare one category with required: true: the essential category, which also holds the consent cookie',
    );
  for (const id of required) {
    if (d.categories[id]!.saleOrShare)
      err(['categories', id, 'saleOrShare'], 'an essential category cannot sell or share personal information');
  }

  const usedPurposes = new Set<string>();
  const usedProviders = new Set<string>();
  const usedCategories = new Set<string>();

  for (const [id, t] of Object.entries(d.technologies)) {
    const at = (...p: string[]) => ['technologies', id, ...p];
    const category = d.categories[t.category];
    usedCategories.add(t.category);
    if (!category) err(at('category'), unknownRef('category', t.category, categoryIds));
    t.purposes.forEach((p, i) => {
      usedPurposes.add(p);
      if (!d.purposes[p]) err(at('purposes', String(i)), unknownRef('purpose', p, purposeIds));
    });
    t.surfaces.forEach((s, i) => {
      if (!d.site.surfaces[s]) err(at('surfaces', String(i)), unknownRef('surface', s, surfaceIds));
    });
    if (t.provider !== undefined) {
      usedProviders.add(t.provider);
      if (!d.providers[t.provider]) err(at('provider'), unknownRef('provider', t.provider, providerIds));
    } else if (firstParties.length !== 1 && providerIds.length > 0) {
      err(
        at('provider'),
        firstParties.length === 0
          ? 'no provider given and no first-party provider declared; add a provider with party: first or name one here'
          : `no provider given and several first-party providers exist (${firstParties.join(', ')}); name one`,
      );
    } else if (firstParties[0]) usedProviders.add(firstParties[0]);

    if (t.pattern !== undefined) {
      try {
        compilePattern(t.pattern);
      } catch (e) {
        err(
          at('pattern'),
          `pattern does not compile: ${(e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '')}`,
        );
      }
    }

    const duration = t.duration === undefined ? undefined : parseDuration(t.duration);
    if (t.kind === 'cookie' && duration) {
      if (duration.kind === 'persistent')
        err(at('duration'), `a cookie always expires; give "session" or a duration of at most ${MAX_COOKIE_DAYS} days`);
      else if (duration.kind === 'fixed' && duration.seconds > MAX_COOKIE_DAYS * 86_400)
        err(
          at('duration'),
          `${t.duration} is more than ${MAX_COOKIE_DAYS} days; browsers cap cookies there, so declare at most ${MAX_COOKIE_DAYS} days`,
        );
    }

    if (category?.required) {
      const notEssential = t.purposes.filter((p) => d.purposes[p] && !d.purposes[p]!.essential);
      if (notEssential.length > 0)
        err(
          at('purposes'),
          `an essential technology may serve only essential purposes; ${notEssential.map((p) => `"${p}"`).join(', ')} ${notEssential.length === 1 ? 'is' : 'are'} not essential: move it to a consent category or drop the purpose`,
        );
    }

    const host = t.domain
      ? t.domain.replace(/^\./, '')
      : t.url && /^https?:\/\//.test(t.url)
        ? hostOf(t.url)
        : undefined;
    if (host && !host.includes('*') && siteHosts.length > 0 && !siteHosts.some((h) => sameSite(h, host))) {
      const provider = t.provider ? d.providers[t.provider] : undefined;
      if (!t.provider || provider?.party === 'first')
        err(
          at('provider'),
          `served from ${host}, another site than the declared surfaces; name the third-party provider that sets it`,
        );
    }

    if (t.attributes?.sameSite === 'none' && t.attributes.secure === false)
      err(at('attributes', 'sameSite'), 'SameSite=None requires Secure; browsers refuse the cookie otherwise');
  }

  duplicateMatches(d, out);

  for (const id of purposeIds)
    if (!usedPurposes.has(id)) warn(['purposes'], 'declared but no technology serves this purpose', id);
  for (const id of providerIds)
    if (!usedProviders.has(id) && d.providers[id]!.party === 'third')
      warn(['providers'], 'declared but no technology names this provider', id);
  for (const id of categoryIds)
    if (!usedCategories.has(id) && !d.categories[id]!.required)
      warn(['categories'], 'declared but holds no technology; visitors would be asked about nothing', id);

  const hasConsentCookie = Object.values(d.technologies).some((t) => t.kind === 'cookie' && t.name === CONSENT_COOKIE);
  if (Object.keys(d.technologies).length > 0 && !hasConsentCookie)
    warn(
      ['technologies'],
      `the SDK keeps the choice in the cookie "${CONSENT_COOKIE}"; declare it in the essential category`,
    );

  if (d.consentMode) {
    for (const cat of Object.keys(d.consentMode.mapping)) {
      if (!d.categories[cat]) err(['consentMode', 'mapping'], unknownRef('category', cat, categoryIds), cat);
    }
  }

  // A declaration read in full always has its default locale ("en" unless set); a salvaged one may lack it.
  const defaultLocale = d.site.defaultLocale ?? 'en';
  if (!policyPack(defaultLocale))
    err(['site', 'defaultLocale'], noPolicyPage(defaultLocale, 'choose another default locale'));
  if (d.locales) checkLocales(d, out);
  if (d.jurisdictions)
    checkJurisdictions(
      d.jurisdictions,
      categoryIds.some((id) => d.categories[id]!.saleOrShare),
      out,
    );

  if (d.policy) {
    const { signals, sellsPersonalInformation, sharesPersonalInformation } = d.policy;
    const saleShare = categoryIds.filter((id) => d.categories[id]!.saleOrShare);
    if ((sellsPersonalInformation || sharesPersonalInformation) && saleShare.length === 0)
      err(
        ['policy', sellsPersonalInformation ? 'sellsPersonalInformation' : 'sharesPersonalInformation'],
        'the policy says personal information is sold or shared, but no category is marked saleOrShare: true',
      );
    if ((signals.gpc === 'honor' || signals.dnt === 'honor') && saleShare.length === 0)
      warn(
        ['policy', 'signals'],
        'honor mode turns off saleOrShare categories, but none is declared, so it changes nothing',
      );
    const versions = new Set([d.policy.version]);
    d.history.forEach((h, i) => {
      if (versions.has(h.version)) err(['history', String(i), 'version'], `version "${h.version}" appears twice`);
      versions.add(h.version);
      if (h.effectiveDate >= d.policy!.effectiveDate)
        err(
          ['history', String(i), 'effectiveDate'],
          `an earlier version must take effect before the current one (${d.policy!.effectiveDate})`,
        );
    });
  }
  return out;
}

/** A locale the policy page cannot be written in: it is never published as an English copy under that label. */
const noPolicyPage = (tag: string, fix: string) =>
  `no cookie policy page can be written in "${tag}" (its texts exist in ${POLICY_PACKS.map((p) => p.tag).join(', ')}); ${fix}, rather than publish an English copy labelled "${tag}"`;

/**
 * Every declared locale needs a locale pack (or all banner strings of its own), the policy page's texts, and every
 * declaration text in it: a text given per locale must name each declared locale; a plain text is shown in the
 * default locale everywhere.
 */
function checkLocales(d: Salvaged, out: Check[]): void {
  const declared = Object.keys(d.locales!);
  const defaultLocale = d.site.defaultLocale ?? 'en';
  if (!declared.includes(defaultLocale))
    out.push({
      path: ['locales'],
      severity: 'error',
      message: `site.defaultLocale "${defaultLocale}" is not among the declared locales (${declared.join(', ')}); declare it`,
    });
  for (const tag of declared) {
    const own = d.locales![tag]?.strings ?? {};
    const missing = LOCALE_KEYS.filter((k) => own[k] === undefined);
    if (!localePack(tag) && missing.length > 0)
      out.push({
        path: ['locales'],
        key: tag,
        severity: 'error',
        message: `no built-in locale pack for "${tag}"; give locales.${tag}.strings for ${missing.join(', ')}, or use one of ${LOCALE_PACKS.map((p) => p.tag).join(', ')}`,
      });
    if (tag !== defaultLocale && !policyPack(tag))
      out.push({ path: ['locales'], key: tag, severity: 'error', message: noPolicyPage(tag, 'remove the locale') });
  }
  let plain = 0;
  const visit = (v: unknown, path: string[]) => {
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      const isText = k === 'title' || k === 'description' || k === 'summary' || k === 'intro';
      if (isText && typeof x === 'string' && declared.length > 1) plain++;
      else if (isText && x && typeof x === 'object' && !Array.isArray(x)) {
        const have = Object.keys(x);
        const lacking = declared.filter((l) => !have.includes(l));
        if (lacking.length > 0)
          out.push({
            path: [...path, k],
            severity: 'error',
            message: `no text in declared locale${lacking.length > 1 ? 's' : ''} ${lacking.map((l) => `"${l}"`).join(', ')}; add ${lacking.map((l) => `${l}: …`).join(', ')}`,
          });
      } else visit(x, [...path, k]);
    }
  };
  visit(d.site, ['site']);
  for (const section of ['purposes', 'categories', 'technologies', 'jurisdictions', 'history'] as const)
    visit(d[section], [section]);
  if (d.policy) visit(d.policy, ['policy']);
  if (plain > 0)
    out.push({
      path: ['locales'],
      severity: 'warning',
      message: `${plain} text${plain === 1 ? ' is' : 's are'} one plain string, shown in "${defaultLocale}" to visitors of every declared locale; give one text per locale`,
    });
}

const REGION_HINT = 'use an ISO 3166-1 alpha-2 country ("DE"), an ISO 3166-2 subdivision ("US-CA") or a group';

/** Unknown region codes, and a country or subdivision named by two rules (directly or through a group). */
function checkJurisdictions(j: NonNullable<Declaration['jurisdictions']>, saleShare: boolean, out: Check[]): void {
  const owner = new Map<string, { rule: string; via: string }>();
  for (const [id, rule] of Object.entries(j.rules)) {
    rule.regions.forEach((raw, i) => {
      const path = ['jurisdictions', 'rules', id, 'regions', String(i)];
      const code = normalizeRegion(raw);
      if (code === null) {
        const hint = closest(raw.toUpperCase(), Object.keys(REGION_GROUPS));
        out.push({
          path,
          severity: 'error',
          message: `unknown region "${raw}"; ${hint ? `did you mean "${hint}"? ` : ''}${REGION_HINT} (${Object.keys(REGION_GROUPS).join(', ')})`,
        });
        return;
      }
      const clashes = new Set<string>();
      for (const c of expandRegion(code)) {
        const prev = owner.get(c);
        if (prev)
          clashes.add(
            `${c} is also in jurisdictions.rules.${prev.rule}${prev.via === c ? '' : ` (through ${prev.via})`}`,
          );
        else owner.set(c, { rule: id, via: code });
      }
      if (clashes.size > 0)
        out.push({
          path,
          severity: 'error',
          message: `overlapping regions: ${[...clashes].slice(0, 3).join('; ')}${clashes.size > 3 ? ` and ${clashes.size - 3} more` : ''}; a region must belong to one rule`,
        });
    });
    if (rule.regime === 'opt-out' && !saleShare)
      out.push({
        path: ['jurisdictions', 'rules', id, 'regime'],
        severity: 'warning',
        message: 'an opt-out regime turns off saleOrShare categories on a GPC signal, but none is declared',
      });
  }
}

interface Prepared {
  id: string;
  t: Technology;
  test: (v: string) => boolean;
  samples: string[];
}

function duplicateMatches(d: Salvaged, out: Check[]): void {
  const conflict = (id: string, t: Technology, otherId: string) =>
    out.push({
      path: ['technologies', id, t.name !== undefined ? 'name' : t.pattern !== undefined ? 'pattern' : 'url'],
      message: `can match the same ${FAMILY[t.kind]} as technologies.${otherId}; a name must belong to one technology, so make them disjoint or merge them`,
      severity: 'error',
    });
  const shareSurface = (a: Technology, b: Technology) => a.surfaces.some((s) => b.surfaces.includes(s));
  const overlap = (a: Prepared, b: Prepared) => a.samples.some((x) => b.test(x)) || b.samples.some((x) => a.test(x));

  // Only technologies of one family and domain can collide. Within a group, exact names are indexed, each
  // pattern is tested against the exact names, and patterns are compared pairwise only within the bucket of
  // their literal host, so a declaration with thousands of technologies stays near linear.
  const groups = new Map<string, { exact: Map<string, Prepared[]>; patterns: Map<string, Prepared[]> }>();
  for (const [id, t] of Object.entries(d.technologies)) {
    let test: (v: string) => boolean;
    try {
      test = technologyMatcher(t);
    } catch {
      continue;
    }
    const p: Prepared = { id, t, test, samples: [] };
    const key = `${FAMILY[t.kind]}\u0000${t.domain ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = { exact: new Map(), patterns: new Map() };
      groups.set(key, g);
    }
    if (t.name !== undefined) {
      const list = g.exact.get(t.name) ?? [];
      for (const other of list) if (shareSurface(t, other.t)) conflict(id, t, other.id);
      list.push(p);
      g.exact.set(t.name, list);
      continue;
    }
    p.samples = samplesOf(t).filter((x) => test(x));
    const bucket = t.url !== undefined ? (/^[a-z]+:\/\/([^/*]+)\//i.exec(t.url)?.[1] ?? '*') : '*';
    const list = g.patterns.get(bucket) ?? [];
    list.push(p);
    g.patterns.set(bucket, list);
  }
  for (const g of groups.values()) {
    const wildcard = g.patterns.get('*') ?? [];
    for (const [bucket, list] of g.patterns) {
      for (let i = 0; i < list.length; i++) {
        const a = list[i]!;
        const rivals = bucket === '*' ? list.slice(0, i) : [...list.slice(0, i), ...wildcard];
        for (const b of rivals) if (shareSurface(a.t, b.t) && overlap(a, b)) conflict(a.id, a.t, b.id);
        for (const [name, exact] of g.exact)
          if (a.test(name)) for (const e of exact) if (shareSurface(a.t, e.t)) conflict(e.id, e.t, a.id);
      }
    }
  }
}
