import type { ReceiptJurisdiction } from '@cookieproof/schema';
import type { NewReceipt } from './consent-store.ts';
import { newSubjectId, randomSlice } from './random-pool.ts';

// Realistic receipts for tests and for seeding a benchmark database; categories and fingerprint shaped like
// the AI Promo declaration's, so rows have the size real ones have.

const EVENTS = ['grant', 'refuse', 'partial'] as const;
const BROWSERS = ['Chrome 131', 'Firefox 133', 'Safari 18', 'Edge 131'];
const FINGERPRINT = 'a'.repeat(64);

export function exampleReceipt(overrides: Partial<NewReceipt> = {}): NewReceipt {
  const pick = randomSlice(4);
  const event = EVENTS[pick[0]! % EVENTS.length]!;
  const analytics = event === 'grant' || (event === 'partial' && pick[1]! % 2 === 0);
  return {
    subjectId: newSubjectId(),
    event,
    choices: { essential: true, analytics, marketing: event === 'grant', functional: event !== 'refuse' },
    consentMode: {
      analytics_storage: analytics ? 'granted' : 'denied',
      ad_storage: event === 'grant' ? 'granted' : 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    },
    fingerprint: FINGERPRINT,
    version: '2026.2',
    surface: pick[2]! % 2 === 0 ? 'public' : 'dashboard',
    locale: 'en-GB',
    signals: { gpcHeader: false, dntHeader: false, gpc: pick[3]! % 5 === 0 ? true : null, dnt: null },
    userAgent: BROWSERS[pick[3]! % BROWSERS.length]!,
    ipPrefix: `203.0.${pick[1]}.0/24`,
    ...overrides,
  };
}

/** First receipts of n new subjects, whose ids the store issues. */
export function exampleReceipts(n: number): NewReceipt[] {
  return Array.from({ length: n }, () => exampleReceipt({ subjectId: null }));
}

/** What a seeded log is spread over (benchmarks, console tests): each receipt takes one of each, round-robin-ish. */
export interface SeedPlan {
  /** UTC days back from today the receipts are spread over, oldest first (the log stays in time order). */
  days: number;
  versions: { fingerprint: string; version: string }[];
  surfaces: string[];
  locales: string[];
  /** null: a receipt recorded without a jurisdiction. */
  jurisdictions: (ReceiptJurisdiction | null)[];
  /** Categories of the declaration, besides "essential", granted by event. */
  categories: string[];
  /** Receipts the plan is for (set by seedBatches). */
  total?: number;
}

const SEED_BATCH = 10_000;
const PLAN_EVENTS = ['grant', 'grant', 'refuse', 'refuse', 'partial', 'withdraw', 'signal'] as const;

/** A receipt of the plan; i picks the mix, so consecutive receipts differ in every dimension. */
function plannedReceipt(plan: SeedPlan, i: number): NewReceipt {
  const pick = <T>(list: readonly T[], salt: number) => list[((i * 7919 + salt) >>> 0) % list.length]!;
  // Older versions early in the log, the newest later, as a site's history runs.
  const era = Math.min(plan.versions.length - 1, Math.floor((i / Math.max(1, plan.total ?? 1)) * plan.versions.length));
  const version = plan.versions[era]!;
  const event = pick(PLAN_EVENTS, 3);
  const choices: Record<string, boolean> = { essential: true };
  for (const [k, c] of plan.categories.entries())
    choices[c] = event === 'grant' || (event === 'partial' && (i + k) % 2 === 0) || (event === 'signal' && k > 0);
  const gpc = i % 11 === 0;
  return exampleReceipt({
    subjectId: null,
    event,
    choices,
    fingerprint: version.fingerprint,
    version: version.version,
    surface: pick(plan.surfaces, 5),
    locale: pick(plan.locales, 11),
    jurisdiction: pick(plan.jurisdictions, 13),
    signals: { gpcHeader: gpc, dntHeader: i % 17 === 0, gpc: gpc ? true : null, dnt: null },
  });
}

/**
 * The batches that seed n receipts: without a plan, example receipts recorded now; with one, spread over its days
 * (each batch recorded at one moment of its day) and mixed over its dimensions.
 */
export function* seedBatches(n: number, plan?: SeedPlan): Generator<{ receipts: NewReceipt[]; at?: string }> {
  if (!plan) {
    // New subjects, whose ids the store issues: no lookup of earlier receipts.
    for (let done = 0; done < n; done += SEED_BATCH)
      yield { receipts: exampleReceipts(Math.min(SEED_BATCH, n - done)) };
    return;
  }
  plan = { ...plan, total: n };
  const today = Date.parse(new Date().toISOString().slice(0, 10));
  const perDay = Math.ceil(n / plan.days);
  let i = 0;
  for (let day = plan.days - 1; day >= 0 && i < n; day--) {
    const start = today - day * 86_400_000;
    const inDay = Math.min(perDay, n - i);
    const batches = Math.ceil(inDay / SEED_BATCH);
    for (let b = 0; b < batches; b++) {
      const size = Math.min(SEED_BATCH, inDay - b * SEED_BATCH);
      const receipts = Array.from({ length: size }, () => plannedReceipt(plan, i++));
      // Spread over the day's first 23 hours, so that the recording times of a day's batches differ.
      const at = Math.min(Date.now(), start + Math.floor(((b + 0.5) / batches) * 23 * 3_600_000));
      yield { receipts, at: new Date(at).toISOString() };
    }
  }
}
