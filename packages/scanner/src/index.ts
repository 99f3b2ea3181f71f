export { type DeclarationDraft, draftDeclaration } from './draft-declaration.ts';
export type { ScanFinding, Suggestion } from './evaluate.ts';
export {
  defaultCacheDir,
  type KnownCategory,
  type KnownItem,
  type KnownItems,
  loadKnownItems,
  OCD_URL,
  refreshCookieDatabase,
} from './known-items.ts';
export { loginStepFromFlag } from './login-flag.ts';
export { type LoginStep, resolveBrowser, type ScanOptions, type ScanProgress } from './options.ts';
export type { BlockedCookie, ObservedCookie, ObservedRequest, ObservedStorage } from './pass.ts';
export { renderHtmlReport } from './render-html.ts';
export { renderJunit } from './render-junit.ts';
export { type CookieproofScanReport, type PassReport, scan } from './scan.ts';
