import { getDomain } from 'tldts';

/** Registrable domain (eTLD+1 from the Public Suffix List); raw IPs and single labels stand for themselves. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/^\./, '');
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url.toLowerCase().replace(/^\./, '');
  }
}

/** Same site as the page: same registrable domain. Works for `*.localhost` names too. */
export function isFirstParty(host: string, pageUrl: string): boolean {
  return registrableDomain(host) === registrableDomain(hostOf(pageUrl));
}
