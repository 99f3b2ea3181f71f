import type { Regime } from './regime.ts';

// US state style (CCPA/CPRA, CPA, CTDPA, VCDPA): declared categories are on until the visitor opts out through the
// "Do not sell or share my personal information" entry point, and a GPC signal is a valid opt-out of sale/share
// whatever the declaration's signal mode (11 CCR §7025). DNT is not named by these laws: the declaration decides.
export const optOut: Regime = {
  id: 'opt-out',
  strictness: 2,
  onByDefault: () => true,
  asksFirst: false,
  gpcHeaderOptsOut: true,
  signalOptsOut: (signal, mode) => signal === 'gpc' || mode === 'honor',
};
