import type { ClientConfig, ClientJurisdictions, ClientRegime } from './client-config.ts';
import { type JurisdictionsConfig, NO_JURISDICTIONS, strictestRegime } from './consent/jurisdiction.ts';
import { type ModelCategory, type SignalModes, signalOptOut } from './consent/model.ts';
import { regimeOf } from './consent/regimes/index.ts';
import { expandRegion } from './consent/regions.ts';
import { CONSENT_TYPES, type ConsentType, type RegimeId } from './constants.ts';
import type { Declaration } from './declaration.ts';
import { formatDuration, parseDuration } from './duration.ts';
import { fingerprint as fingerprintOf } from './fingerprint.ts';
import { localePack, offeredLocales } from './locales/index.ts';
import { matchSource } from './matchers.ts';
import { sharedCookieDomain } from './site.ts';
import { textFor } from './text.ts';
import type { ChangeNotice } from './versions.ts';

/**
 * The sentence a visitor asked again after `change` is shown, in each banner locale: the locale pack's `changed`
 * (or the declaration's own wording of it) with the date written as that language writes dates.
 */
function changedText(d: Declaration, change: ChangeNotice, locales: string[]): NonNullable<ClientConfig['changed']> {
  const def = d.site.defaultLocale;
  const text: Record<string, string> = {};
  for (const l of locales) {
    const sentence =
      d.locales?.[l]?.strings?.changed ?? (localePack(l) ?? localePack(def) ?? localePack('en')!).strings.changed;
    const date = new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(change.date));
    text[l] = sentence.replace('{date}', date).replace('{summary}', textFor(change.summary, l, def));
  }
  return { date: change.date, text };
}

export interface ClientConfigOptions {
  /** Fingerprints whose stored choices stay valid; defaults to this declaration's own. */
  accepts?: string[];
  endpoint?: string;
  strings?: ClientConfig['strings'];
  /** The newest material change, from the declaration's published versions (`changeNotice`). */
  changed?: ChangeNotice | undefined;
}

/** The SDK's config for one surface: only what the browser needs to show, gate and clean up. */
export function buildClientConfig(d: Declaration, surface: string, options: ClientConfigOptions = {}): ClientConfig {
  const fp = fingerprintOf(d);
  const mapping = d.consentMode?.mapping ?? {};
  const categories = Object.entries(d.categories).map(([id, c]) => ({
    id,
    required: c.required,
    saleOrShare: c.saleOrShare,
    title: c.title,
    description: c.description,
    technologies: Object.entries(d.technologies)
      .filter(([, t]) => t.category === id && t.surfaces.includes(surface))
      .map(([tid, t]) => {
        const provider = t.provider
          ? d.providers[t.provider]
          : Object.values(d.providers).find((p) => p.party === 'first');
        const duration = t.duration ? parseDuration(t.duration) : undefined;
        return {
          id: tid,
          kind: t.kind,
          ...(t.name !== undefined ? { name: t.name } : {}),
          ...(t.pattern !== undefined ? { pattern: t.pattern } : {}),
          ...(t.url !== undefined ? { url: t.url } : {}),
          match: matchSource(t),
          provider: provider?.name ?? d.site.name,
          duration: duration ? formatDuration(duration) : '',
          description: t.description,
          purposes: t.purposes,
        };
      }),
  }));
  const purposes: NonNullable<ClientConfig['purposes']> = {};
  for (const c of categories)
    for (const t of c.technologies) for (const p of t.purposes) purposes[p] ??= d.purposes[p]?.title ?? p;
  const cookieDomain = sharedCookieDomain(d);
  const locales = offeredLocales(d);
  // The declaration's banner strings per locale, then any the caller passes on top.
  const strings: NonNullable<ClientConfig['strings']> = {};
  for (const [tag, l] of Object.entries(d.locales ?? {})) if (l.strings) strings[tag] = { ...l.strings };
  for (const [tag, s] of Object.entries(options.strings ?? {})) strings[tag] = { ...strings[tag], ...s };
  return {
    v: 1,
    site: d.site.name,
    surface,
    fingerprint: fp,
    accepts: options.accepts ?? [fp],
    version: d.policy.version,
    effectiveDate: d.policy.effectiveDate,
    ...(cookieDomain ? { cookieDomain } : {}),
    policyUrl: d.policy.url,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    lifetimeDays: d.policy.consentLifetimeDays,
    defaultLocale: d.site.defaultLocale,
    ...(d.locales ? { locales } : {}),
    signals: d.policy.signals,
    ...(d.site.banner?.layout ? { layout: d.site.banner.layout } : {}),
    categories,
    jurisdictions: clientJurisdictions(d.jurisdictions, d.policy.signals, categories),
    purposes,
    ...(options.changed ? { changed: changedText(d, options.changed, locales) } : {}),
    consentMode: d.consentMode
      ? {
          waitForUpdate: d.consentMode.waitForUpdate,
          adsDataRedaction: d.consentMode.adsDataRedaction,
          urlPassthrough: d.consentMode.urlPassthrough,
          types: Object.fromEntries(
            CONSENT_TYPES.map((t) => [t, categories.filter((c) => mapping[c.id]?.includes(t)).map((c) => c.id)]),
          ) as Record<ConsentType, string[]>,
        }
      : null,
    ...(Object.keys(strings).length ? { strings } : {}),
  };
}

/**
 * What each regime means for a declaration, from the consent model: the categories on before a choice and the
 * signals that opt out of sale/share there, per rule (regions expanded), for the default and for an unknown region.
 * The SDK looks these up; it never decides them itself.
 */
export function clientJurisdictions(
  jurisdictions: JurisdictionsConfig | undefined,
  modes: SignalModes,
  categories: readonly ModelCategory[],
): ClientJurisdictions {
  const j = jurisdictions ?? NO_JURISDICTIONS;
  const regime = (id: RegimeId): ClientRegime => ({
    regime: id,
    on: categories.filter((c) => !c.required && regimeOf(id).onByDefault(c)).map((c) => c.id),
    optOut: signalOptOut(id, modes, { gpc: true, dnt: true }),
  });
  return {
    rules: Object.entries(j.rules).map(([id, r]) => ({
      id,
      ...regime(r.regime),
      regions: [...new Set(r.regions.flatMap((x) => expandRegion(x)))],
    })),
    default: regime(j.default.regime),
    unknown: regime(strictestRegime(j)),
  };
}
