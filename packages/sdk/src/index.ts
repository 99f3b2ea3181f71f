import type { ClientConfig } from '@cookieproof/schema';
import { boot, type CookieproofApi, api as instance } from './core.ts';
import { VIEWS, viewFile } from './ui-views.ts';

export { decodeConsent, encodeConsent, type StoredConsent } from './consent-cookie.ts';
export type { Choices, Consent, CookieproofApi, On, Signals, Status } from './core.ts';
export { instance as cookieproof };

export interface CookieproofOptions {
  /**
   * Where the UI's view chunks (`@cookieproof/sdk/browser/esm/cookieproof-<view>-<tag>.js`) are served, when the
   * UI is bundled into an application: a bundler does not see them. Default: beside the UI module, as in the
   * package's `browser/esm/` folder.
   */
  chunks?: string;
}

/**
 * Applies `config` at once and returns the instance (the same object as `window.cookieproof`); the UI loads only
 * when needed. On a server (no `window`) it touches nothing and returns the instance as it is before any config:
 * `getConsent()` is null and nothing is allowed but what the first browser render then corrects.
 */
export function createCookieproof(config: ClientConfig, options: CookieproofOptions = {}): CookieproofApi {
  if (typeof window === 'undefined') return instance;
  if (options.chunks) {
    // The UI finds its chunks through a `data-chunks` map (as `cookieproof build`'s snippet gives it): one here for
    // the declared locales.
    const base = new URL(options.chunks, location.href);
    const map: Record<string, string> = {};
    for (const tag of config.locales ?? [config.defaultLocale])
      for (const v of VIEWS) map[viewFile(v, tag)] = new URL(viewFile(v, tag), base).href;
    const data = document.createElement('script');
    data.type = 'application/json';
    data.dataset.chunks = JSON.stringify(map);
    document.head.append(data);
  }
  boot(() => import('./ui.ts'), null, config);
  return instance;
}

/** ES module use of the earlier API: the same as createCookieproof(config). */
export function init(config: ClientConfig): void {
  createCookieproof(config);
}
