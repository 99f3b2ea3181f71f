import type { RegimeId } from '../../constants.ts';
import { notice } from './notice.ts';
import { optIn } from './opt-in.ts';
import { optOut } from './opt-out.ts';
import type { Regime } from './regime.ts';

export type { Regime } from './regime.ts';

export const REGIME_REGISTRY: Readonly<Record<RegimeId, Regime>> = {
  'opt-in': optIn,
  'opt-out': optOut,
  notice,
};

export function regimeOf(id: RegimeId): Regime {
  return REGIME_REGISTRY[id];
}
