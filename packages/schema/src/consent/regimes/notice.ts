import type { Regime } from './regime.ts';

// Inform only: where no law asks for a choice, the banner tells what is used and links the policy. Signals do what
// the declaration's signal mode says.
export const notice: Regime = {
  id: 'notice',
  strictness: 1,
  onByDefault: () => true,
  asksFirst: false,
  gpcHeaderOptsOut: false,
  signalOptsOut: (_signal, mode) => mode === 'honor',
};
