import { CookieproofError } from '@cookieproof/schema';
import { BatchedStore } from './batched-store.ts';
import type { ConsentStore } from './consent-store.ts';

/** Inserts n valid, chained example receipts in large batches (benchmark set-up: a million rows in seconds). */
export async function seedReceipts(store: ConsentStore, n: number): Promise<void> {
  if (!(store instanceof BatchedStore))
    throw new CookieproofError('usage', 'seedReceipts needs a store from createStore');
  await store.seed(n);
}
