import type { RegimeId, SignalMode } from '../constants.ts';
import { regimeOf } from './regimes/index.ts';

// What a regime and the browser's signals mean for a visitor's choices. Pure functions over plain data, so the
// SDK can apply them before any tag runs and the server can apply the same rule to what it records.

export interface ModelCategory {
  id: string;
  required: boolean;
  /** Sells or shares personal information, or serves targeted (cross-context behavioural) advertising. */
  saleOrShare: boolean;
}
export interface Signals {
  gpc: boolean | null;
  dnt: boolean | null;
}
export interface SignalModes {
  gpc: SignalMode;
  dnt: SignalMode;
}

/** The categories a sale/share opt-out turns off. */
export function saleOrShareCategories<C extends ModelCategory>(categories: readonly C[]): C[] {
  return categories.filter((c) => c.saleOrShare && !c.required);
}

/** Whether the signals the browser sent are an opt-out of sale/share in this regime, and which of them. */
export function signalOptOut(regime: RegimeId, modes: SignalModes, signals: Signals): ('gpc' | 'dnt')[] {
  const r = regimeOf(regime);
  return (['gpc', 'dnt'] as const).filter((s) => signals[s] === true && r.signalOptsOut(s, modes[s]));
}

/** The choices before the visitor decides: essential on, the rest as the regime says, opted-out ones off. */
export function defaultChoices(
  regime: RegimeId,
  categories: readonly ModelCategory[],
  modes: SignalModes,
  signals: Signals,
): Record<string, boolean> {
  const r = regimeOf(regime);
  const optedOut = signalOptOut(regime, modes, signals).length > 0;
  const out: Record<string, boolean> = {};
  for (const c of categories) out[c.id] = c.required || (r.onByDefault(c) && !(optedOut && c.saleOrShare));
  return out;
}

/**
 * Applies an honored signal to a choice: the sale/share categories go off (a signal never turns anything on).
 * `honored` says whether the signal was an opt-out here, whether or not anything was on.
 */
export function applySignals(
  choices: Readonly<Record<string, boolean>>,
  regime: RegimeId,
  categories: readonly ModelCategory[],
  modes: SignalModes,
  signals: Signals,
): { choices: Record<string, boolean>; honored: ('gpc' | 'dnt')[] } {
  const honored = signalOptOut(regime, modes, signals);
  const out = { ...choices };
  if (honored.length > 0) for (const c of saleOrShareCategories(categories)) out[c.id] = false;
  return { choices: out, honored };
}
