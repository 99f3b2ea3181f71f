// Site (registrable domain) comparison for validation. The scanner uses the Public Suffix List (tldts); here a
// small rule is enough to tell whether a declared host belongs to the declared surfaces.

import type { Declaration } from './declaration.ts';

export function hostOf(urlOrOrigin: string): string {
  try {
    return new URL(urlOrOrigin).hostname.toLowerCase();
  } catch {
    return urlOrOrigin.toLowerCase();
  }
}

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or']);

export function siteOf(host: string): string {
  const h = host.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const n = labels.length;
  const take = labels[n - 1]!.length === 2 && SECOND_LEVEL.has(labels[n - 2]!) ? 3 : 2;
  return labels.slice(-take).join('.');
}

export function sameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}

/**
 * The registrable domain every surface of a declaration shares, on which the consent cookie is set so that one
 * choice holds on all of them (the SDK and the consent server set it alike); undefined when the surfaces are on
 * unrelated domains, on an IP address or on a bare name such as localhost.
 */
export function sharedCookieDomain(d: Pick<Declaration, 'site'>): string | undefined {
  const sites = new Set(Object.values(d.site.surfaces).flatMap((s) => s.origins.map((o) => siteOf(hostOf(o)))));
  const [shared] = sites;
  return sites.size === 1 && shared!.includes('.') && !/^[\d.]+$/.test(shared!) ? shared : undefined;
}

/** Whether a host is `domain` itself or one of its subdomains. */
export function withinDomain(host: string, domain: string): boolean {
  return `.${host}`.endsWith(`.${domain}`);
}
