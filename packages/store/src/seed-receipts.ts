import { CookieproofError } from '@cookieproof/schema';
import { BatchedStore } from './batched-store.ts';
import type { ConsentStore } from './consent-store.ts';
import type { SeedPlan } from './seed.ts';

/**
 * Inserts n valid, chained example receipts in large batches (benchmark set-up: a million rows in seconds); with a
 * plan, spread over days, versions, surfaces, locales, jurisdictions and events.
 */
export async function seedReceipts(store: ConsentStore, n: number, plan?: SeedPlan): Promise<void> {
  if (!(store instanceof BatchedStore))
    throw new CookieproofError('usage', 'seedReceipts needs a store from createStore');
  await store.seed(n, plan);
}
