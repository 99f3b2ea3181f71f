import type { RegimeId } from '../constants.ts';
import { regimeOf } from './regimes/index.ts';
import { expandRegion } from './regions.ts';

// Which jurisdiction and regime apply to a visitor, from the declaration's `jurisdictions` and the region the
// operator passed on. Plain data in, plain data out: the server, the policy page and the SDK share it.

export interface JurisdictionRule {
  regions: readonly string[];
  regime: RegimeId;
}
export interface JurisdictionsConfig {
  default: { regime: RegimeId };
  rules: Readonly<Record<string, JurisdictionRule>>;
}

/** What a receipt records: the region seen (null: unknown), the rule that matched, and its regime. */
export interface AppliedJurisdiction {
  region: string | null;
  /** A rule id, "default" for a known region no rule names, or "unknown" when the region is not known. */
  jurisdiction: string;
  regime: RegimeId;
}

/** No `jurisdictions` declared: one opt-in regime everywhere, as before jurisdictions existed. */
export const NO_JURISDICTIONS: JurisdictionsConfig = { default: { regime: 'opt-in' }, rules: {} };

/** The strictest regime the declaration names, for visitors whose region is not known. */
export function strictestRegime(j: JurisdictionsConfig): RegimeId {
  let best = j.default.regime;
  for (const r of Object.values(j.rules))
    if (regimeOf(r.regime).strictness > regimeOf(best).strictness) best = r.regime;
  return best;
}

/** The rule naming this exact code (after expanding groups), if any. */
function ruleFor(j: JurisdictionsConfig, code: string): string | undefined {
  for (const [id, r] of Object.entries(j.rules)) if (r.regions.some((x) => expandRegion(x).includes(code))) return id;
  return undefined;
}

/** The more specific region wins, as in Consent Mode: "US-CA" before "US", then the default. */
export function resolveJurisdiction(j: JurisdictionsConfig | undefined, region: string | null): AppliedJurisdiction {
  const config = j ?? NO_JURISDICTIONS;
  if (region === null) return { region, jurisdiction: 'unknown', regime: strictestRegime(config) };
  const id = ruleFor(config, region) ?? (region.includes('-') ? ruleFor(config, region.slice(0, 2)) : undefined);
  return id === undefined
    ? { region, jurisdiction: 'default', regime: config.default.regime }
    : { region, jurisdiction: id, regime: config.rules[id]!.regime };
}
