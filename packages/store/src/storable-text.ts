import type { NewReceipt } from './consent-store.ts';

// Text the log can store and hash byte for byte. A lone UTF-16 surrogate has no UTF-8 form (SQLite keeps U+FFFD in
// its place, so the stored receipt no longer matches its hash) and PostgreSQL refuses NUL in text and JSON; no
// field of a receipt needs a control character either. The server's schema refuses all of these first; the store
// checks again because anything that reaches a batch can fail it for every receipt in it.
const UNSTORABLE = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/u;

const TEXT_FIELDS = [
  'subjectId',
  'event',
  'fingerprint',
  'version',
  'surface',
  'locale',
  'userAgent',
  'ipPrefix',
] as const;

export const bad = (text: string | null) => text !== null && UNSTORABLE.test(text);

/** The path of the first field the log cannot store as it is, or null when every string is storable. */
export function unstorableField(receipt: NewReceipt): string | null {
  for (const field of TEXT_FIELDS) if (bad(receipt[field])) return field;
  for (const key in receipt.choices) if (bad(key)) return 'choices';
  for (const key in receipt.consentMode) {
    if (bad(key) || bad(receipt.consentMode[key as keyof NewReceipt['consentMode']] ?? null)) return 'consentMode';
  }
  return null;
}
