import type { Regime } from './regime.ts';

// EU/UK style (ePrivacy Art. 5(3), GDPR consent): nothing non-essential before the visitor chooses, and a signal
// never turns into a grant. GPC/DNT do what the declaration's signal mode says (record, or honor as an opt-out).
export const optIn: Regime = {
  id: 'opt-in',
  strictness: 3,
  onByDefault: () => false,
  asksFirst: true,
  gpcHeaderOptsOut: false,
  signalOptsOut: (_signal, mode) => mode === 'honor',
};
