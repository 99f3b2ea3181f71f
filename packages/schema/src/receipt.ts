import { z } from 'zod';
import { CONSENT_EVENTS, CONSENT_TYPES, REGIMES } from './constants.ts';
import { Id } from './declaration.ts';

// What the SDK posts, what the server answers, and what the store keeps. Every string a receipt request carries has
// a strict shape: a stored receipt must hash and verify byte for byte, so no free text reaches the log.

/** A BCP 47 language tag (case-insensitive, as in an HTML lang attribute): "en", "de-AT", "zh-Hant-TW". */
export const LOCALE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * zod leaves a `__proto__` key out of a parsed record without a word (it must not become the prototype), while
 * any other unknown key is refused: refuse this one as well.
 */
const withoutProtoKey = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value, ctx) => {
    if (typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__'))
      ctx.issues.push({
        code: 'custom',
        message: 'not an accepted field (__proto__)',
        input: value,
        path: ['__proto__'],
      });
    return value;
  }, schema);

const ConsentValue = z.enum(['granted', 'denied']);

export const ConsentModeValues = z.partialRecord(z.enum(CONSENT_TYPES), ConsentValue);
export type ConsentModeValues = z.infer<typeof ConsentModeValues>;

export const ReceiptRequest = z.strictObject({
  subjectId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/)
    .optional()
    .meta({ description: 'Issued by the server on the first receipt; omit it then.' }),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  event: z.enum(CONSENT_EVENTS),
  choices: withoutProtoKey(z.record(Id.max(64), z.boolean())).meta({
    description: 'Every declared category, true or false.',
  }),
  consentMode: withoutProtoKey(ConsentModeValues).default({}),
  surface: Id.max(64),
  locale: z.string().max(35).regex(LOCALE_TAG, 'use a BCP 47 language tag such as "en" or "de-AT"'),
  signals: z
    .strictObject({ gpc: z.boolean().nullable(), dnt: z.boolean().nullable() })
    .meta({ description: 'GPC and DNT as the browser reported them (null: not supported).' }),
});
export type ReceiptRequest = z.infer<typeof ReceiptRequest>;

export const ReceiptResponse = z.strictObject({
  receiptId: z.string(),
  subjectId: z.string(),
  recordedAt: z.string(),
  hash: z.string(),
});
export type ReceiptResponse = z.infer<typeof ReceiptResponse>;

/** The jurisdiction the server applied to a receipt (null on receipts recorded before jurisdictions existed). */
export const ReceiptJurisdiction = z.strictObject({
  region: z.string().nullable().meta({ description: 'The region the operator passed on (null: not known).' }),
  id: z.string().meta({ description: 'The declaration rule that matched, "default", or "unknown".' }),
  regime: z.enum(REGIMES),
  honored: z
    .array(z.enum(['gpc', 'dnt']))
    .meta({ description: 'Signals honored as an opt-out of sale/share: those categories were recorded off.' }),
});
export type ReceiptJurisdiction = z.infer<typeof ReceiptJurisdiction>;

export const Receipt = z.strictObject({
  receiptId: z.string(),
  subjectId: z.string().nullable().meta({ description: 'null after the subject was erased.' }),
  recordedAt: z.string().meta({ description: 'Server UTC time, ISO 8601.' }),
  event: z.enum(CONSENT_EVENTS),
  choices: z.record(z.string(), z.boolean()),
  consentMode: ConsentModeValues,
  fingerprint: z.string(),
  version: z.string(),
  surface: z.string(),
  locale: z.string(),
  signals: z.strictObject({
    gpcHeader: z.boolean(),
    dntHeader: z.boolean(),
    gpc: z.boolean().nullable(),
    dnt: z.boolean().nullable(),
  }),
  jurisdiction: ReceiptJurisdiction.nullable(),
  userAgent: z.string().nullable().meta({ description: 'Browser family and major version only.' }),
  ipPrefix: z.string().nullable().meta({ description: '/24 for IPv4, /48 for IPv6.' }),
  previousReceiptId: z.string().nullable(),
  hash: z.string(),
});
export type Receipt = z.infer<typeof Receipt>;

export const ErrorBody = z.strictObject({
  error: z.strictObject({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
