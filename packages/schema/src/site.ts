import { getDomain } from 'tldts';

// "Same site" in one place: the registrable domain from the Public Suffix List (tldts, private domains included,
// so two apps on one hosting suffix are different sites). Raw IP addresses and single labels stand for themselves.

import type { Declaration } from './declaration.ts';

export function hostOf(urlOrOrigin: string): string {
  try {
    return new URL(urlOrOrigin).hostname.toLowerCase();
  } catch {
    return urlOrOrigin.toLowerCase().replace(/^\./, '');
  }
}

const bare = (host: string) =>
  host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/^\.|\.$/g, '');

/** Registrable domain (eTLD+1) of a host name; null for an IP address or a name with no registrable part. */
export function registrableDomain(host: string): string | null {
  return getDomain(bare(host), { allowPrivateDomains: true });
}

/** The site a host belongs to: its registrable domain, or the host itself where it has none. */
export function siteOf(host: string): string {
  return registrableDomain(host) ?? bare(host);
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
