import { z } from 'zod';
import { BANNER_LAYOUTS, CONSENT_TYPES, SIGNAL_MODES, TECHNOLOGY_KINDS } from './constants.ts';
import { Text } from './declaration.ts';

// The small JSON the SDK loads: one per surface, written by `cookieproof build`.

export const ClientTechnology = z.strictObject({
  id: z.string(),
  kind: z.enum(TECHNOLOGY_KINDS),
  name: z.string().optional(),
  pattern: z.string().optional(),
  url: z.string().optional(),
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
  consentTypes: z.array(z.enum(CONSENT_TYPES)),
  technologies: z.array(ClientTechnology),
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
