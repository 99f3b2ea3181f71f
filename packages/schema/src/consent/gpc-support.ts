import type { SignalMode } from '../constants.ts';
import type { JurisdictionsConfig } from './jurisdiction.ts';
import { signalOptOut } from './model.ts';

export interface GpcSupportInput {
  policy: {
    effectiveDate: string;
    signals: { gpc: SignalMode; dnt: SignalMode };
    sellsPersonalInformation: boolean;
    sharesPersonalInformation: boolean;
  };
  categories: Readonly<Record<string, { saleOrShare: boolean }>>;
  jurisdictions?: JurisdictionsConfig;
}

/**
 * The `/.well-known/gpc.json` resource (GPC spec): `gpc: true` when the site abides by the signal somewhere: it
 * honors GPC everywhere, or must because it sells or shares, or a declared opt-out regime honors it for a
 * sale/share category. Served by the consent server and written by `cookieproof build` from this one rule.
 */
export function gpcSupport(d: GpcSupportInput): { gpc: boolean; lastUpdate: string } {
  const { policy } = d;
  const saleShare = Object.values(d.categories).some((c) => c.saleOrShare);
  const regimes = d.jurisdictions
    ? [d.jurisdictions.default.regime, ...Object.values(d.jurisdictions.rules).map((r) => r.regime)]
    : [];
  const honoredByRegime =
    saleShare && regimes.some((r) => signalOptOut(r, policy.signals, { gpc: true, dnt: null }).length > 0);
  return {
    gpc:
      policy.signals.gpc === 'honor' ||
      policy.sellsPersonalInformation ||
      policy.sharesPersonalInformation ||
      honoredByRegime,
    lastUpdate: policy.effectiveDate,
  };
}
