import type { ClientConfig } from '@cookieproof/schema';
import { boot } from './core.ts';

export { decodeConsent, encodeConsent, type StoredConsent } from './consent-cookie.ts';
export type { Choices, Consent, CookieproofApi, Signals, Status } from './core.ts';
export { api as cookieproof } from './core.ts';

/** ES module use: applies `config` at once and installs `window.cookieproof`; the UI loads only when needed. */
export function init(config: ClientConfig): void {
  boot(() => import('./ui.ts'), null, config);
}
