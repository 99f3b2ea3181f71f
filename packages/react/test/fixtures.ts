import type { ClientConfig } from '@cookieproof/schema';

/** A config like `cookieproof build` writes: one required and one optional category. */
export const CONFIG: ClientConfig = {
  v: 1,
  site: 'React Site',
  surface: 'public',
  fingerprint: 'c0ffee00'.repeat(8),
  accepts: ['c0ffee00'.repeat(8)],
  version: '2026.2',
  effectiveDate: '2026-11-15',
  policyUrl: '/cookie-policy',
  lifetimeDays: 182,
  defaultLocale: 'en',
  signals: { gpc: 'record', dnt: 'record' },
  categories: [
    {
      id: 'essential',
      required: true,
      saleOrShare: false,
      title: 'Essential',
      description: 'Needed for the site to work.',
      technologies: [],
    },
    {
      id: 'marketing',
      required: false,
      saleOrShare: false,
      title: 'Marketing',
      description: 'The embedded video.',
      technologies: [],
    },
  ],
  jurisdictions: {
    rules: [],
    default: { regime: 'opt-in', on: [], optOut: [] },
    unknown: { regime: 'opt-in', on: [], optOut: [] },
  },
  consentMode: null,
};
