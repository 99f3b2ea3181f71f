// The consent model: regimes, jurisdictions, what signals mean, sale/share categories, the consent cookie's codec.
// No zod and nothing of ours but the constant tables, so the browser SDK may import it.
export { decodeConsent, encodeConsent, FP_LENGTH, grantedCategories, type StoredConsent } from './consent-cookie.ts';
export { type GpcSupportInput, gpcSupport } from './gpc-support.ts';
export {
  type AppliedJurisdiction,
  type JurisdictionsConfig,
  NO_JURISDICTIONS,
  resolveJurisdiction,
  strictestRegime,
} from './jurisdiction.ts';
export {
  applySignals,
  defaultChoices,
  type ModelCategory,
  type SignalModes,
  type Signals,
  saleOrShareCategories,
  signalOptOut,
} from './model.ts';
export { REGIME_REGISTRY, type Regime, regimeOf } from './regimes/index.ts';
export { EU, expandRegion, normalizeRegion, REGION_GROUPS, visitorRegion } from './regions.ts';
