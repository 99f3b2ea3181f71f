import { canonicalJson, type ReceiptJurisdiction, sha256Hex } from '@cookieproof/schema';
import { randomSlice } from './random-pool.ts';

// The hash chain, kept apart from any database so the decision record (docs/decisions/0001) maps onto one file.
// Personal fields enter the chain only through a salted commitment: erasing them (and the salt) leaves the
// commitment, so every chain hash can still be recomputed, while the commitment alone cannot be brute-forced
// back to a subject id or an IP prefix.

export const GENESIS_HASH = '0'.repeat(64);

export interface PersonalFields {
  subjectId: string | null;
  userAgent: string | null;
  ipPrefix: string | null;
  previousReceiptId: string | null;
}

/** Everything of a receipt that stays after erasure and enters the chain hash directly. */
export interface ChainedFields {
  receiptId: string;
  recordedAt: string;
  event: string;
  choices: Record<string, boolean>;
  consentMode: Record<string, string>;
  fingerprint: string;
  version: string;
  surface: string;
  locale: string;
  signals: { gpcHeader: boolean; dntHeader: boolean; gpc: boolean | null; dnt: boolean | null };
  jurisdiction: ReceiptJurisdiction | null;
}

/** 32 random bytes as hex: fixed length, so salt and fields cannot be shifted into each other. */
export function newSalt(): string {
  return randomSlice(32).toString('hex');
}

// Hash inputs are JSON arrays in a fixed field order (fast, and unambiguous: every value is JSON-encoded);
// the two maps inside are canonical JSON, so key order never matters.

export function commitmentOf(salt: string, personal: PersonalFields): string {
  return sha256Hex(
    salt + JSON.stringify([personal.subjectId, personal.userAgent, personal.ipPrefix, personal.previousReceiptId]),
  );
}

/** json: the two maps as canonical JSON, when the caller has them already (appends store the same text). */
export function chainHashOf(
  previousHash: string,
  sequence: number,
  commitment: string,
  fields: ChainedFields,
  json: { choices: string; consentMode: string } = {
    choices: canonicalJson(fields.choices),
    consentMode: canonicalJson(fields.consentMode),
  },
): string {
  const j = fields.jurisdiction;
  // Format 2 adds the jurisdiction; a receipt without one keeps format 1, so the log written before still verifies.
  const tail = j ? [j.region, j.id, j.regime, j.honored.join(',')] : [];
  return sha256Hex(
    JSON.stringify([
      j ? 2 : 1,
      previousHash,
      sequence,
      commitment,
      fields.receiptId,
      fields.recordedAt,
      fields.event,
      json.choices,
      json.consentMode,
      fields.fingerprint,
      fields.version,
      fields.surface,
      fields.locale,
      fields.signals.gpcHeader,
      fields.signals.dntHeader,
      fields.signals.gpc,
      fields.signals.dnt,
      ...tail,
    ]),
  );
}

/**
 * Whether a receipt sits at the given chain position: its hash recomputed from its own fields and the
 * position's link and commitment. Lets a proof bundle be checked without the rest of the log.
 */
export function receiptHashMatches(
  receipt: ChainedFields & { hash: string },
  position: { sequence: number; previousHash: string; commitment: string; hash: string },
): boolean {
  const fields: ChainedFields = {
    receiptId: receipt.receiptId,
    recordedAt: receipt.recordedAt,
    event: receipt.event,
    choices: receipt.choices,
    consentMode: receipt.consentMode,
    fingerprint: receipt.fingerprint,
    version: receipt.version,
    surface: receipt.surface,
    locale: receipt.locale,
    signals: receipt.signals,
    jurisdiction: receipt.jurisdiction,
  };
  const hash = chainHashOf(position.previousHash, position.sequence, position.commitment, fields);
  return hash === position.hash && hash === receipt.hash;
}
