import type { ClientConfig } from '@cookieproof/schema';
import { boot, type CookieproofApi, api as instance } from './core.ts';

export { decodeConsent, encodeConsent, type StoredConsent } from './consent-cookie.ts';
export type { Choices, Consent, CookieproofApi, On, Signals, Status } from './core.ts';
export { instance as cookieproof };

/**
 * Applies `config` at once and returns the instance (the same object as `window.cookieproof`); the UI loads only
 * when needed. On a server (no `window`) it touches nothing and returns the instance as it is before any config:
 * `getConsent()` is null and nothing is allowed but what the first browser render then corrects.
 */
export function createCookieproof(config: ClientConfig): CookieproofApi {
  if (typeof window !== 'undefined') boot(() => import('./ui.ts'), null, config);
  return instance;
}

/** ES module use of the earlier API: the same as createCookieproof(config). */
export function init(config: ClientConfig): void {
  createCookieproof(config);
}
