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
