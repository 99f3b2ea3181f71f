export { buildClientConfig, type ClientConfigOptions, clientJurisdictions } from './build-client-config.ts';
export { checkDeclaration } from './checks.ts';
export { ClientCategory, ClientConfig, ClientJurisdictions, ClientRegime, ClientTechnology } from './client-config.ts';
export * from './consent/index.ts';
export {
  ChainPosition,
  ConsentOverview,
  ConsoleVersion,
  ConsoleVersions,
  Day,
  ListedReceipt,
  MAX_RECEIPTS_PER_PAGE,
  OVERVIEW_DIMENSIONS,
  type OverviewDimension,
  OverviewQuery,
  OverviewSlice,
  RECEIPT_CURSOR,
  ReceiptDetail,
  ReceiptExportQuery,
  ReceiptFilter,
  ReceiptListQuery,
  ReceiptPage,
  VERIFY_STATUSES,
  VerifyResult,
  VerifyRun,
  VerifyRuns,
  type VersionReceipts,
} from './console.ts';
export {
  BANNER_LAYOUTS,
  type BannerLayout,
  CONSENT_COOKIE,
  CONSENT_EVENTS,
  CONSENT_TYPES,
  type ConsentEvent,
  type ConsentType,
  DEFAULT_CONSENT_LIFETIME_DAYS,
  MAX_CONSENT_LIFETIME_DAYS,
  MAX_COOKIE_DAYS,
  NAMED_KINDS,
  PROVIDER_KINDS,
  type ProviderKind,
  REGIMES,
  type RegimeId,
  SIGNAL_MODES,
  type SignalMode,
  TECHNOLOGY_KINDS,
  type TechnologyKind,
  URL_KINDS,
  VIOLATION_RULES,
  type ViolationRule,
} from './constants.ts';
export {
  Category,
  type ConsentModeConfig,
  Declaration,
  type DeclarationInput,
  HistoryEntry,
  JurisdictionRule,
  Jurisdictions,
  LocaleSettings,
  Policy,
  Provider,
  Purpose,
  Surface,
  Technology,
  Text,
} from './declaration.ts';
export { type Change, type ChangeSubject, type DeclarationDiff, diffDeclarations } from './diff.ts';
export { type Duration, durationSeconds, formatDuration, parseDuration } from './duration.ts';
export { CookieproofError, DeclarationError, type ErrorCode, formatProblem, type Problem } from './errors.ts';
export { canonicalJson, fingerprint, sha256Hex } from './fingerprint.ts';
export { clientConfigJsonSchema, declarationJsonSchema, toJsonSchema } from './json-schema.ts';
export { type LoadResult, loadDeclaration, parseDeclaration } from './load.ts';
export { acceptLanguages } from './locales/accept-language.ts';
export { LOCALE_PACKS, localePack, offeredLocales, POLICY_PACKS, policyPack } from './locales/index.ts';
export {
  chooseLocale,
  LOCALE_KEYS,
  LOCALE_TAGS,
  type LocaleKey,
  type LocalePack,
  type LocaleStrings,
} from './locales/locale-pack.ts';
export type { Counted, KindText, PluralForms, PolicyMessages, PolicyPack } from './locales/policy-pack.ts';
export { compilePattern, compileUrlPattern, matchSource, technologyMatcher } from './matchers.ts';
export {
  ConsentModeValues,
  ErrorBody,
  Receipt,
  ReceiptJurisdiction,
  ReceiptRequest,
  ReceiptResponse,
} from './receipt.ts';
export { Finding, ScanPassName, ScanReport, Violation } from './report.ts';
export { hostOf, registrableDomain, sameSite, sharedCookieDomain, siteOf, withinDomain } from './site.ts';
export { closest, textFor } from './text.ts';
export {
  acceptedFingerprints,
  type ChangeNotice,
  changeNotice,
  loadVersions,
  type PublishedVersion,
} from './versions.ts';
