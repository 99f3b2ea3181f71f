import { z } from 'zod';
import { BANNER_LAYOUTS, CONSENT_TYPES, REGIMES, SIGNAL_MODES, TECHNOLOGY_KINDS } from './constants.ts';
import { Text } from './declaration.ts';

// The small JSON the SDK loads: one per surface, written by `cookieproof build`.

export const ClientTechnology = z.strictObject({
  id: z.string(),
  kind: z.enum(TECHNOLOGY_KINDS),
  name: z.string().optional(),
  pattern: z.string().optional(),
  url: z.string().optional(),
  match: z.string().meta({
    description:
      'Anchored regular expression the SDK tests names (cookie, storage) or absolute URLs (script, iframe, pixel) against: name, pattern or url compiled by the same rule as validation and the scanner.',
  }),
  provider: z.string().meta({ description: 'Provider display name.' }),
  duration: z.string().meta({ description: 'Duration as shown to visitors.' }),
  description: Text.optional().meta({ description: 'What it is, as declared: the preferences dialog shows it.' }),
  purposes: z.array(z.string()).optional().meta({ description: "Its purposes' ids (their titles: `purposes`)." }),
});

export const ClientCategory = z.strictObject({
  id: z.string(),
  required: z.boolean(),
  saleOrShare: z.boolean(),
  title: Text,
  description: Text,
  technologies: z.array(ClientTechnology),
});

/** A regime as the SDK applies it, precomputed from the consent model so that the browser only looks it up. */
export const ClientRegime = z.strictObject({
  regime: z.enum(REGIMES),
  on: z.array(z.string()).meta({ description: 'Optional categories on before the visitor decides.' }),
  optOut: z
    .array(z.enum(['gpc', 'dnt']))
    .meta({ description: 'Signals that, when the browser sends them, turn the sale/share categories off here.' }),
});

export const ClientJurisdictions = z.strictObject({
  rules: z
    .array(
      ClientRegime.extend({
        id: z.string(),
        regions: z
          .array(z.string())
          .meta({ description: 'Country and subdivision codes, groups expanded (as Consent Mode takes them).' }),
      }),
    )
    .meta({ description: "The declaration's rules in order; a region matches its own code, then its country's." }),
  default: ClientRegime.meta({ description: 'For a known region no rule names.' }),
  unknown: ClientRegime.meta({ description: 'For a visitor whose region the page does not say: the strictest.' }),
});

export const ClientConfig = z.strictObject({
  v: z.literal(1),
  site: z.string(),
  surface: z.string(),
  fingerprint: z.string().meta({ description: 'Fingerprint of the declaration this config was built from.' }),
  accepts: z
    .array(z.string())
    .meta({ description: 'Fingerprints under which a stored choice is still valid (no material change since).' }),
  version: z.string(),
  effectiveDate: z.string(),
  cookieDomain: z.string().optional().meta({
    description:
      'Registrable domain every surface shares: the consent cookie is set on it, so one choice holds on all of them.',
  }),
  policyUrl: z.string(),
  endpoint: z
    .string()
    .optional()
    .meta({ description: 'Consent server base URL; receipts go to {endpoint}/v1/consents.' }),
  lifetimeDays: z.int(),
  defaultLocale: z.string(),
  locales: z.array(z.string()).optional().meta({
    description:
      "The languages the site declares, default first; the banner shows the first of the visitor's browser languages among them.",
  }),
  signals: z.strictObject({ gpc: z.enum(SIGNAL_MODES), dnt: z.enum(SIGNAL_MODES) }),
  layout: z
    .enum(BANNER_LAYOUTS)
    .optional()
    .meta({ description: 'How the banner shows: bar (default), box or a centred dialog.' }),
  categories: z.array(ClientCategory),
  jurisdictions: ClientJurisdictions,
  purposes: z
    .record(z.string(), Text)
    .optional()
    .meta({ description: "The title of each purpose the surface's technologies serve, by id." }),
  changed: z
    .strictObject({ date: z.string(), text: z.record(z.string(), z.string()) })
    .optional()
    .meta({
      description:
        'The newest material change: its effective date, and per locale the sentence a visitor who chose before it is shown when asked again ("We updated our cookie policy on <date>: <what changed>").',
    }),
  consentMode: z
    .strictObject({
      waitForUpdate: z.int(),
      adsDataRedaction: z.boolean(),
      urlPassthrough: z.boolean(),
      types: z.record(z.enum(CONSENT_TYPES), z.array(z.string())).meta({
        description:
          'Every Consent Mode type with the categories that grant it (none: always denied), from consentMode.mapping.',
      }),
    })
    .nullable(),
  strings: z
    .record(z.string(), z.record(z.string(), z.string()))
    .optional()
    .meta({ description: 'UI strings per locale, overriding the SDK defaults.' }),
});

export type ClientConfig = z.infer<typeof ClientConfig>;
export type ClientCategory = z.infer<typeof ClientCategory>;
export type ClientTechnology = z.infer<typeof ClientTechnology>;
export type ClientRegime = z.infer<typeof ClientRegime>;
export type ClientJurisdictions = z.infer<typeof ClientJurisdictions>;
