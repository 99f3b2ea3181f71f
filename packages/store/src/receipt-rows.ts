import type { ConsentEvent, ConsentModeValues, Receipt, ReceiptJurisdiction } from '@cookieproof/schema';
import type { ChainedFields, PersonalFields } from './chain.ts';
import type { NewReceipt } from './consent-store.ts';
import type { ReceiptRow } from './database.ts';

// Mapping between stored rows and receipts, used by appends, reads and verify alike so they cannot drift apart.

function bool(value: boolean | number): boolean {
  return value === true || value === 1;
}

function nullableBool(value: boolean | number | null): boolean | null {
  return value === null ? null : bool(value);
}

export function personalFieldsOf(row: ReceiptRow): PersonalFields {
  return {
    subjectId: row.subject_id,
    userAgent: row.user_agent,
    ipPrefix: row.ip_prefix,
    previousReceiptId: row.previous_receipt_id,
  };
}

function jurisdictionOf(row: ReceiptRow): ReceiptJurisdiction | null {
  if (row.jurisdiction === null || row.regime === null) return null;
  return {
    region: row.region,
    id: row.jurisdiction,
    regime: row.regime as ReceiptJurisdiction['regime'],
    honored: (row.honored_signals ?? '').split(',').filter(Boolean) as ReceiptJurisdiction['honored'],
  };
}

/** The jurisdiction columns of a row (all null when the receipt has none). */
export function jurisdictionColumns(
  j: ReceiptJurisdiction | null,
): Pick<ReceiptRow, 'region' | 'jurisdiction' | 'regime' | 'honored_signals'> {
  return j
    ? { region: j.region, jurisdiction: j.id, regime: j.regime, honored_signals: j.honored.join(',') }
    : { region: null, jurisdiction: null, regime: null, honored_signals: null };
}

export function chainedFieldsOf(row: ReceiptRow): ChainedFields {
  return {
    receiptId: row.receipt_id,
    recordedAt: row.recorded_at,
    event: row.event,
    choices: JSON.parse(row.choices),
    consentMode: JSON.parse(row.consent_mode),
    fingerprint: row.fingerprint,
    version: row.version,
    surface: row.surface,
    locale: row.locale,
    signals: {
      gpcHeader: bool(row.gpc_header),
      dntHeader: bool(row.dnt_header),
      gpc: nullableBool(row.gpc),
      dnt: nullableBool(row.dnt),
    },
    jurisdiction: jurisdictionOf(row),
  };
}

/** A receipt from what the chain hash covers directly, the personal fields, and the hash. */
export function receiptFrom(fields: ChainedFields, personal: PersonalFields, hash: string): Receipt {
  return {
    receiptId: fields.receiptId,
    subjectId: personal.subjectId,
    recordedAt: fields.recordedAt,
    event: fields.event as ConsentEvent,
    choices: fields.choices,
    consentMode: fields.consentMode as ConsentModeValues,
    fingerprint: fields.fingerprint,
    version: fields.version,
    surface: fields.surface,
    locale: fields.locale,
    signals: fields.signals,
    jurisdiction: fields.jurisdiction,
    userAgent: personal.userAgent,
    ipPrefix: personal.ipPrefix,
    previousReceiptId: personal.previousReceiptId,
    hash,
  };
}

export function receiptOf(row: ReceiptRow): Receipt {
  return receiptFrom(chainedFieldsOf(row), personalFieldsOf(row), row.hash);
}

/** The chained fields of a receipt being appended; objects are copied, so later changes to the input cannot reach it. */
export function newChainedFields(item: NewReceipt, receiptId: string, recordedAt: string): ChainedFields {
  return {
    receiptId,
    recordedAt,
    event: item.event,
    choices: { ...item.choices },
    consentMode: { ...item.consentMode },
    fingerprint: item.fingerprint,
    version: item.version,
    surface: item.surface,
    locale: item.locale,
    signals: { ...item.signals },
    jurisdiction: item.jurisdiction ? { ...item.jurisdiction, honored: [...item.jurisdiction.honored] } : null,
  };
}

/** What an append adds to the receipt it was given. */
export interface Issued {
  receiptId: string;
  subjectId: string;
  recordedAt: string;
  previousReceiptId: string | null;
  hash: string;
}

/** The receipt an append returns, from the receipt it was given and what it issued. */
export function issuedReceipt(item: NewReceipt, issued: Issued): Receipt {
  const { receiptId, subjectId, recordedAt, previousReceiptId, hash } = issued;
  return receiptFrom(
    newChainedFields(item, receiptId, recordedAt),
    { subjectId, userAgent: item.userAgent, ipPrefix: item.ipPrefix, previousReceiptId },
    hash,
  );
}
