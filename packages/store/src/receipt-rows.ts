import type { ConsentEvent, ConsentModeValues, Receipt } from '@cookieproof/schema';
import type { ChainedFields, PersonalFields } from './chain.ts';
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
  };
}

export function receiptOf(row: ReceiptRow): Receipt {
  const fields = chainedFieldsOf(row);
  return {
    receiptId: fields.receiptId,
    subjectId: row.subject_id,
    recordedAt: fields.recordedAt,
    event: fields.event as ConsentEvent,
    choices: fields.choices,
    consentMode: fields.consentMode as ConsentModeValues,
    fingerprint: fields.fingerprint,
    version: fields.version,
    surface: fields.surface,
    locale: fields.locale,
    signals: fields.signals,
    userAgent: row.user_agent,
    ipPrefix: row.ip_prefix,
    previousReceiptId: row.previous_receipt_id,
    hash: row.hash,
  };
}
