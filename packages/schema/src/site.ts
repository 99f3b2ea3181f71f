import { getDomain } from 'tldts';

// "Same site" in one place: the registrable domain from the Public Suffix List (tldts, private domains included,
// so two apps on one hosting suffix are different sites). Raw IP addresses and single labels stand for themselves.

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
