import { z } from 'zod';
import { BANNER_LAYOUTS, CONSENT_TYPES, PROVIDER_KINDS, REGIMES, SIGNAL_MODES, TECHNOLOGY_KINDS } from './constants.ts';
import { DURATION_HINT, parseDuration } from './duration.ts';
import { LOCALE_KEYS } from './locales/locale-pack.ts';

// The declaration, declared once: these schemas give the TypeScript types (z.infer), the validation, and the
// JSON Schema file editors use (see json-schema.ts).

export const Id = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'use lower-case letters, digits, "-" or "_", starting with a letter')
  .meta({ description: 'An identifier: lower-case letters, digits, "-" and "_".' });

const Locale = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a BCP 47 language tag such as "en" or "de"');

/** A string, or one string per locale: `{ en: "Analytics", de: "Statistik" }`. */
export const Text = z
  .union([z.string().min(1), z.record(Locale, z.string().min(1))])
  .meta({ description: 'Text, or an object with one text per BCP 47 locale.' });
export type Text = z.infer<typeof Text>;

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'not a real calendar date',
    },
  );

const Origin = z
  .string()
  .regex(/^https?:\/\/[^/\s?#]+$/, 'write an origin such as "https://example.com" (scheme and host, no path)');

/** A link: absolute http(s) URL or a site-relative path. */
const Link = z
  .string()
  .regex(/^(https?:\/\/\S+|\/\S*|mailto:\S+)$/, 'write an absolute URL or a path starting with "/"');

const DurationText = z
  .string()
  .refine((s) => parseDuration(s) !== undefined, { message: `not a duration: ${DURATION_HINT}` })
  .meta({ description: DURATION_HINT });

export const Surface = z
  .strictObject({
    title: Text,
    origins: z.array(Origin).min(1).meta({ description: 'Origins that serve this surface.' }),
    paths: z
      .array(z.string().startsWith('/'))
      .optional()
      .meta({ description: 'Path prefixes, when several surfaces share an origin.' }),
  })
  .meta({ description: 'A part of the site with its own set of technologies, e.g. public site or dashboard.' });

export const Contact = z
  .strictObject({
    name: z.string().optional(),
    email: z.email().optional(),
    url: Link.optional(),
    address: z.string().optional(),
  })
  .refine((c) => c.email || c.url || c.address, { message: 'give at least an email, url or address' });

export const Policy = z.strictObject({
  version: z.string().min(1).meta({ description: 'Version label shown to visitors, e.g. "2026.2".' }),
  effectiveDate: IsoDate,
  summary: Text.optional().meta({ description: 'What changed in this version, for the policy page history.' }),
  url: Link.meta({ description: 'Where the cookie policy page is published.' }),
  privacyPolicyUrl: Link,
  contact: Contact,
  signals: z.strictObject({ gpc: z.enum(SIGNAL_MODES), dnt: z.enum(SIGNAL_MODES) }).meta({
    description:
      'record: signal is recorded and shown, nothing else changes; honor: sale/share categories are forced off.',
  }),
  sellsPersonalInformation: z.boolean(),
  sharesPersonalInformation: z
    .boolean()
    .meta({ description: 'Shares personal information for cross-context behavioural advertising.' }),
  consentLifetimeDays: z
    .int()
    .min(1)
    .max(395, 'a stored choice may live at most 13 months (395 days)')
    .default(182)
    .meta({ description: 'How long a stored choice is valid before visitors are asked again (default 6 months).' }),
});

export const Purpose = z.strictObject({
  title: Text,
  description: Text,
  essential: z
    .boolean()
    .default(false)
    .meta({ description: 'Strictly necessary for a service the visitor asked for; needs no consent.' }),
});

export const Category = z.strictObject({
  title: Text,
  description: Text,
  required: z.boolean().default(false).meta({ description: 'Essential: always on, cannot be refused.' }),
  saleOrShare: z
    .boolean()
    .default(false)
    .meta({ description: 'Sells or shares personal information; forced off by GPC/DNT in "honor" mode.' }),
});

export const Provider = z
  .strictObject({
    name: z.string().min(1),
    party: z.enum(['first', 'third']),
    kind: z.enum(PROVIDER_KINDS).optional(),
    privacyPolicyUrl: Link.optional(),
    optOutUrl: Link.optional().meta({ description: "The provider's own opt-out tool, if it offers one." }),
    domains: z.array(z.string().min(1)).optional().meta({ description: 'Host names this provider serves from.' }),
  })
  .refine((p) => p.party === 'first' || p.kind !== undefined, {
    message:
      'a third-party provider needs a kind (authentication, analytics, hosting, payment, integration, advertising)',
    path: ['kind'],
  })
  .refine((p) => p.party === 'first' || p.privacyPolicyUrl !== undefined, {
    message: 'a third-party provider needs its privacyPolicyUrl',
    path: ['privacyPolicyUrl'],
  });

export const CookieAttributes = z.strictObject({
  httpOnly: z.boolean().optional(),
  secure: z.boolean().optional(),
  sameSite: z.enum(['strict', 'lax', 'none']).optional(),
});

export const Technology = z
  .strictObject({
    kind: z.enum(TECHNOLOGY_KINDS),
    name: z.string().min(1).optional().meta({ description: 'Exact cookie name or storage key.' }),
    pattern: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'JavaScript regular expression matched against the whole cookie name or storage key.' }),
    url: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'URL pattern for pixels, scripts and iframes; "*" matches any characters.' }),
    domain: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Host that sets or holds it, when not the surface itself.' }),
    category: Id,
    purposes: z.array(Id).min(1),
    provider: Id.optional().meta({ description: 'Defaults to the first-party provider.' }),
    surfaces: z.array(Id).min(1),
    duration: DurationText.optional().meta({ description: `Required for cookies and storage. ${DURATION_HINT}` }),
    description: Text,
    attributes: CookieAttributes.optional(),
  })
  .superRefine((t, ctx) => {
    const named = t.kind === 'cookie' || t.kind === 'localStorage' || t.kind === 'sessionStorage';
    if (named) {
      if ((t.name === undefined) === (t.pattern === undefined))
        ctx.addIssue({ code: 'custom', message: `a ${t.kind} needs exactly one of name or pattern`, path: ['name'] });
      if (t.url !== undefined)
        ctx.addIssue({ code: 'custom', message: `a ${t.kind} is matched by name or pattern, not url`, path: ['url'] });
    } else {
      if (t.url === undefined)
        ctx.addIssue({ code: 'custom', message: `a ${t.kind} needs a url pattern`, path: ['url'] });
      if (t.name !== undefined || t.pattern !== undefined)
        ctx.addIssue({ code: 'custom', message: `a ${t.kind} is matched by url, not name or pattern`, path: ['name'] });
    }
    if (named && t.duration === undefined)
      ctx.addIssue({ code: 'custom', message: `a ${t.kind} needs a duration: ${DURATION_HINT}`, path: ['duration'] });
    if (t.attributes && t.kind !== 'cookie')
      ctx.addIssue({ code: 'custom', message: 'attributes apply to cookies only', path: ['attributes'] });
  });

export const ConsentMode = z.strictObject({
  mapping: z
    .record(Id, z.array(z.enum(CONSENT_TYPES)).min(1))
    .meta({ description: 'Category id → Google Consent Mode v2 consent types it grants.' }),
  waitForUpdate: z.int().positive().default(500),
  adsDataRedaction: z.boolean().default(false),
  urlPassthrough: z.boolean().default(false),
});

/** Banner wording for one jurisdiction, replacing the locale pack's title and introduction there. */
export const JurisdictionWording = z.strictObject({ title: Text.optional(), intro: Text.optional() });

const Regime = z.enum(REGIMES).meta({
  description:
    'opt-in: nothing optional before a choice; opt-out: on until the visitor or a GPC signal opts out of sale/share; notice: inform only.',
});

export const JurisdictionRule = z.strictObject({
  regions: z.array(z.string().min(1)).min(1).meta({
    description:
      'ISO 3166-1 alpha-2 countries ("DE"), ISO 3166-2 subdivisions ("US-CA") or groups: EEA, EU, UK. The more specific region wins.',
  }),
  regime: Regime,
  wording: JurisdictionWording.optional(),
});

export const Jurisdictions = z
  .strictObject({
    default: z
      .strictObject({ regime: Regime, wording: JurisdictionWording.optional() })
      .meta({ description: 'For every known region no rule names. An unknown region gets the strictest regime.' }),
    rules: z.record(Id, JurisdictionRule).default({}),
  })
  .meta({ description: 'Which consent regime applies where. Without it, opt-in applies everywhere.' });

export const LocaleSettings = z
  .strictObject({
    strings: z
      .partialRecord(z.enum(LOCALE_KEYS), z.string().min(1))
      .optional()
      .meta({ description: "Banner strings replacing the locale pack's for this locale." }),
  })
  .meta({ description: 'A language the site is offered in.' });

export const HistoryEntry = z.strictObject({
  version: z.string().min(1),
  effectiveDate: IsoDate,
  summary: Text,
  file: z
    .string()
    .optional()
    .meta({ description: 'The declaration as it was then, relative to this file; lets build publish and diff it.' }),
});

export const Declaration = z
  .strictObject({
    $schema: z.string().optional(),
    cookieproof: z.literal(1).meta({ description: 'Declaration format version.' }),
    site: z.strictObject({
      name: z.string().min(1),
      defaultLocale: Locale.default('en'),
      surfaces: z
        .record(Id, Surface)
        .refine((s) => Object.keys(s).length > 0, { message: 'declare at least one surface' }),
      unrelatedDomains: z.enum(['separate']).optional().meta({
        description:
          "How surfaces on unrelated registrable domains, which one consent cookie cannot reach, share the visitor's choice: separate, each asks on its own, and the policy page says so. (Linking them through the consent server's subject is not available: without third-party cookies the SDK cannot carry it from one domain to another.)",
      }),
      banner: z
        .strictObject({
          layout: z.enum(BANNER_LAYOUTS).optional().meta({
            description: 'bar (default): along the bottom; box: in a bottom corner; dialog: a centred modal dialog.',
          }),
        })
        .optional()
        .meta({ description: 'How the banner shows; its colours and sizes are CSS custom properties (the guide).' }),
    }),
    policy: Policy,
    purposes: z.record(Id, Purpose),
    categories: z.record(Id, Category),
    providers: z.record(Id, Provider),
    technologies: z.record(Id, Technology),
    jurisdictions: Jurisdictions.optional(),
    locales: z.record(Locale, LocaleSettings).optional().meta({
      description:
        "Languages the banner and policy page are offered in, each with optional banner strings; the visitor's browser language picks one, then the page's lang, then site.defaultLocale.",
    }),
    consentMode: ConsentMode.optional(),
    history: z.array(HistoryEntry).default([]).meta({ description: 'Earlier versions, newest first.' }),
  })
  .meta({ title: 'Cookieproof declaration', description: 'Every storage technology a site uses, and its policy.' });

export type Declaration = z.infer<typeof Declaration>;
export type DeclarationInput = z.input<typeof Declaration>;
export type Surface = z.infer<typeof Surface>;
export type Policy = z.infer<typeof Policy>;
export type Purpose = z.infer<typeof Purpose>;
export type Category = z.infer<typeof Category>;
export type Provider = z.infer<typeof Provider>;
export type Technology = z.infer<typeof Technology>;
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type ConsentModeConfig = z.infer<typeof ConsentMode>;
export type Jurisdictions = z.infer<typeof Jurisdictions>;
export type JurisdictionRule = z.infer<typeof JurisdictionRule>;
