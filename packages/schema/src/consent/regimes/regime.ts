import type { RegimeId, SignalMode } from '../../constants.ts';

/** What consent means in one kind of jurisdiction. One file per regime; the registry is regimes/index.ts. */
export interface Regime {
  id: RegimeId;
  /** Higher is stricter: a visitor from an unknown region gets the strictest regime the declaration names. */
  strictness: number;
  /** Whether a non-essential category is on before the visitor (or a signal) decides. */
  onByDefault(category: { saleOrShare: boolean }): boolean;
  /** Whether the banner asks for a choice before anything optional runs (else it informs and offers opt-out). */
  asksFirst: boolean;
  /** Whether this signal turns off the sale/share categories, given the declaration's mode for it. */
  signalOptsOut(signal: 'gpc' | 'dnt', mode: SignalMode): boolean;
  /**
   * Whether a server honors the Sec-GPC request header on its own. Elsewhere only what the page saw counts, so the
   * record matches what the SDK applied.
   */
  gpcHeaderOptsOut: boolean;
}
