// Small constant tables shared by every package, the browser SDK included, so they must stay tiny.

/** Google Consent Mode v2 consent types, in the order Google documents them. */
export const CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;
export type ConsentType = (typeof CONSENT_TYPES)[number];

export const TECHNOLOGY_KINDS = ['cookie', 'localStorage', 'sessionStorage', 'pixel', 'script', 'iframe'] as const;
export type TechnologyKind = (typeof TECHNOLOGY_KINDS)[number];

/** Kinds identified by a name (cookie or storage key) rather than by a URL. */
export const NAMED_KINDS = ['cookie', 'localStorage', 'sessionStorage'] as const;
/** Kinds identified by the URL they load. */
export const URL_KINDS = ['pixel', 'script', 'iframe'] as const;

export const PROVIDER_KINDS = [
  'authentication',
  'analytics',
  'hosting',
  'payment',
  'integration',
  'advertising',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const SIGNAL_MODES = ['record', 'honor'] as const;
export type SignalMode = (typeof SIGNAL_MODES)[number];

/** Consent regimes (consent/regimes/): ask first, on until opted out, or inform only. */
export const REGIMES = ['opt-in', 'opt-out', 'notice'] as const;
export type RegimeId = (typeof REGIMES)[number];

/** How the banner shows: a bar along the bottom, a box in a bottom corner, or a centred modal dialog. */
export const BANNER_LAYOUTS = ['bar', 'box', 'dialog'] as const;
export type BannerLayout = (typeof BANNER_LAYOUTS)[number];

export const CONSENT_EVENTS = ['grant', 'refuse', 'partial', 'withdraw', 'signal'] as const;
export type ConsentEvent = (typeof CONSENT_EVENTS)[number];

/** The SDK's own consent-state cookie (essential, first party). */
export const CONSENT_COOKIE = 'cookieproof_consent';

/** Browsers cap cookie lifetimes at 400 days (rfc6265bis). */
export const MAX_COOKIE_DAYS = 400;
/** Default and maximum lifetime of a stored choice. */
export const DEFAULT_CONSENT_LIFETIME_DAYS = 182;
export const MAX_CONSENT_LIFETIME_DAYS = 395;

export const VIOLATION_RULES = [
  'undeclared',
  'before-consent',
  'after-reject',
  'category-mismatch',
  'cookie-attributes',
  'duration-exceeds-declared',
  // A declared non-essential technology the accept pass should have seen and did not; a violation only when the
  // scan is asked to fail on it (`--fail-on-not-observed`), else a warning (`notObserved` in the report).
  'not-observed',
  // In the GPC pass (Sec-GPC: 1 and navigator.globalPrivacyControl), a sale/share technology loaded although the
  // declaration says GPC is honored.
  'gpc-not-honored',
] as const;
export type ViolationRule = (typeof VIOLATION_RULES)[number];
