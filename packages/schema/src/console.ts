import { z } from 'zod';
import { CONSENT_EVENTS } from './constants.ts';
import { Id } from './declaration.ts';
import { Receipt } from './receipt.ts';

// The operator console's wire shapes: what its routes take and answer, and what the store hands the server. The
// server validates queries with these, the OpenAPI document is generated from them, and the console's browser code
// imports their types.

export const Day = z.string().regex(/^\d{4}-\d\d-\d\d$/, 'a UTC day, YYYY-MM-DD');
const Fingerprint = z.string().regex(/^[0-9a-f]{64}$/, 'a declaration fingerprint: 64 hex digits');
/** Where the next page of a receipt list starts: the last receipt's recording time and chain position. */
export const RECEIPT_CURSOR = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z_\d{1,15}$/;
export const MAX_RECEIPTS_PER_PAGE = 200;

/** Which receipts a list or an export covers; every field narrows it. Days are UTC and inclusive. */
export const ReceiptFilter = z.strictObject({
  from: Day.optional(),
  to: Day.optional(),
  surface: Id.max(64).optional(),
  fingerprint: Fingerprint.optional().meta({ description: 'The declaration version, by its fingerprint.' }),
  event: z.enum(CONSENT_EVENTS).optional(),
  category: Id.max(64).optional().meta({ description: 'Receipts in which this category was granted.' }),
});
export type ReceiptFilter = z.infer<typeof ReceiptFilter>;

export const ReceiptListQuery = ReceiptFilter.extend({
  limit: z.coerce.number().int().min(1).max(MAX_RECEIPTS_PER_PAGE).default(50),
  before: z
    .string()
    .regex(RECEIPT_CURSOR, 'the `next` of the previous page')
    .optional()
    .meta({ description: 'The `next` of the previous page.' }),
});
export type ReceiptListQuery = z.infer<typeof ReceiptListQuery>;

export const ReceiptExportQuery = ReceiptFilter.extend({ format: z.enum(['csv', 'json']).default('csv') });
export type ReceiptExportQuery = z.infer<typeof ReceiptExportQuery>;

/** A receipt with its position in the log. */
export const ListedReceipt = Receipt.extend({ sequence: z.number().int().min(1) });
export type ListedReceipt = z.infer<typeof ListedReceipt>;

export const ReceiptPage = z.strictObject({
  receipts: z.array(ListedReceipt).meta({ description: 'Newest recorded first.' }),
  next: z.string().nullable().meta({ description: 'Pass as `before` for the next (older) page; null on the last.' }),
  total: z.number().int().meta({ description: 'Receipts matching the filter, from the daily rollup.' }),
});
export type ReceiptPage = z.infer<typeof ReceiptPage>;

/** Where a receipt sits in the log, with what a verifier needs to check it without the whole log. */
export const ChainPosition = z.strictObject({
  receiptId: z.string(),
  sequence: z.number().int(),
  previousHash: z.string(),
  hash: z.string(),
  commitment: z.string(),
});
export type ChainPosition = z.infer<typeof ChainPosition>;

export const ReceiptDetail = z.strictObject({
  receipt: Receipt,
  position: ChainPosition,
  hashMatches: z
    .boolean()
    .meta({ description: "The receipt's hash recomputed from its fields and position equals the stored one." }),
});
export type ReceiptDetail = z.infer<typeof ReceiptDetail>;

export const VerifyResult = z.strictObject({
  ok: z.boolean(),
  checked: z.number().int().meta({ description: 'Receipts checked.' }),
  erased: z.number().int().meta({ description: 'Of those, receipts whose personal fields were erased.' }),
  broken: z
    .strictObject({ receiptId: z.string(), reason: z.string() })
    .optional()
    .meta({ description: 'The first receipt whose stored data no longer matches its hash or link.' }),
  unchained: z
    .strictObject({ count: z.number().int(), positions: z.array(z.number().int()) })
    .optional()
    .meta({ description: 'Rows outside the chain, which nothing checked (the first 100 positions).' }),
  unchecked: z.strictObject({ count: z.number().int(), from: z.number().int(), to: z.number().int() }).optional().meta({
    description:
      'Rows in the chain after the broken one (positions from to to, the head when the check began), which the check did not reach.',
  }),
});
export type VerifyResult = z.infer<typeof VerifyResult>;

export const VERIFY_STATUSES = ['running', 'ok', 'broken', 'failed', 'interrupted'] as const;

export const VerifyRun = z.strictObject({
  id: z.number().int(),
  status: z.enum(VERIFY_STATUSES).meta({
    description: 'interrupted: its process stopped before it finished (no progress for a minute); failed: an error.',
  }),
  actor: z.string().nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  total: z.number().int().meta({ description: 'Receipts in the log when the run started.' }),
  checked: z.number().int(),
  result: VerifyResult.nullable(),
  error: z.string().nullable(),
});
export type VerifyRun = z.infer<typeof VerifyRun>;

export const VerifyRuns = z.strictObject({
  runs: z.array(VerifyRun).meta({ description: 'Newest first.' }),
  lastFinished: VerifyRun.nullable().meta({ description: 'The newest run that finished (ok, broken or failed).' }),
});
export type VerifyRuns = z.infer<typeof VerifyRuns>;

const Counts = {
  receipts: z.number().int(),
  /** Receipts with a GPC (DNT) signal, from the header or the body. */
  gpc: z.number().int(),
  dnt: z.number().int(),
  visitors: z.number().int().meta({ description: "Receipts that were their subject's first of the UTC day." }),
  visitorGpc: z.number().int(),
  visitorDnt: z.number().int(),
};

/** One value of one dimension over the range: its receipts by event and its granted counts by category. */
export const OverviewSlice = z.strictObject({
  key: z.string().meta({ description: '"" for receipts without that dimension (no jurisdiction applied).' }),
  ...Counts,
  events: z.record(z.string(), z.number().int()),
  granted: z.record(z.string(), z.number().int()),
});
export type OverviewSlice = z.infer<typeof OverviewSlice>;

export const OVERVIEW_DIMENSIONS = ['surface', 'fingerprint', 'jurisdiction', 'regime', 'locale'] as const;
export type OverviewDimension = (typeof OVERVIEW_DIMENSIONS)[number];

export const ConsentOverview = z.strictObject({
  from: Day,
  to: Day,
  days: z
    .array(z.strictObject({ day: Day, ...Counts, events: z.record(z.string(), z.number().int()) }))
    .meta({ description: 'Every day of the range that has receipts, oldest first.' }),
  total: OverviewSlice,
  by: z.strictObject(
    Object.fromEntries(OVERVIEW_DIMENSIONS.map((d) => [d, z.array(OverviewSlice)])) as Record<
      OverviewDimension,
      z.ZodArray<typeof OverviewSlice>
    >,
  ),
});
export type ConsentOverview = z.infer<typeof ConsentOverview>;

export const OverviewQuery = z.strictObject({ from: Day.optional(), to: Day.optional() });

/** How many receipts refer to a declaration version, from the rollup. */
export interface VersionReceipts {
  fingerprint: string;
  receipts: number;
  firstDay: string;
  lastDay: string;
}

const DiffChange = z.strictObject({
  subject: z.string(),
  id: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  field: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  material: z.boolean(),
  summary: z.string(),
});

export const ConsoleVersion = z.strictObject({
  version: z.string(),
  fingerprint: z.string(),
  effectiveDate: z
    .string()
    .nullable()
    .meta({ description: 'null for a fingerprint receipts name that this server has not loaded.' }),
  current: z.boolean(),
  loaded: z.boolean().meta({ description: 'Whether this server has the declaration (receipts may name others).' }),
  receipts: z.number().int(),
  firstDay: Day.nullable(),
  lastDay: Day.nullable(),
  diff: z
    .strictObject({ from: z.string(), reconsent: z.boolean(), changes: z.array(DiffChange) })
    .nullable()
    .meta({ description: 'Against the previous published version; null for the first or an unloaded one.' }),
});
export type ConsoleVersion = z.infer<typeof ConsoleVersion>;

export const ConsoleVersions = z.strictObject({
  versions: z.array(ConsoleVersion).meta({ description: 'Newest first.' }),
});
export type ConsoleVersions = z.infer<typeof ConsoleVersions>;
