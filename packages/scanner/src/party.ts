import { hostOf, siteOf } from '@cookieproof/schema';

// "Same site" is @cookieproof/schema's, one implementation for the scanner, the server and validation.
export { hostOf };

/** Registrable domain (eTLD+1 from the Public Suffix List); raw IPs and single labels stand for themselves. */
export const registrableDomain = siteOf;

/** Same site as the page: same registrable domain. Works for `*.localhost` names too. */
export function isFirstParty(host: string, pageUrl: string): boolean {
  return siteOf(host) === siteOf(hostOf(pageUrl));
}
