import { z } from 'zod';
import { CONSENT_TYPES, SIGNAL_MODES, TECHNOLOGY_KINDS } from './constants.ts';
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
  categories: z.array(ClientCategory),
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
