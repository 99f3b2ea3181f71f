import type { Receipt } from '@cookieproof/schema';
import type { NewReceipt } from '../consent-store.ts';
import { issuedReceipt } from '../receipt-rows.ts';

// An append's answer from the SQLite worker carries only what the store issued, five strings per receipt in one
// flat array: the caller already holds the rest, and cloning whole receipts back cost the event loop more than
// the request they answer.

const WIDTH = 5;

export function packIssued(receipts: readonly Receipt[]): (string | null)[] {
  const out: (string | null)[] = new Array(receipts.length * WIDTH);
  for (let i = 0; i < receipts.length; i++) {
    const r = receipts[i]!;
    out[i * WIDTH] = r.receiptId;
    out[i * WIDTH + 1] = r.subjectId;
    out[i * WIDTH + 2] = r.recordedAt;
    out[i * WIDTH + 3] = r.previousReceiptId;
    out[i * WIDTH + 4] = r.hash;
  }
  return out;
}

export function unpackIssued(items: readonly NewReceipt[], packed: readonly (string | null)[]): Receipt[] {
  if (packed.length !== items.length * WIDTH) throw new Error('the SQLite worker answered for another batch');
  return items.map((item, i) =>
    issuedReceipt(item, {
      receiptId: packed[i * WIDTH]!,
      subjectId: packed[i * WIDTH + 1]!,
      recordedAt: packed[i * WIDTH + 2]!,
      previousReceiptId: packed[i * WIDTH + 3] ?? null,
      hash: packed[i * WIDTH + 4]!,
    }),
  );
}
