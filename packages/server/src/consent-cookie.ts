import { CONSENT_COOKIE } from '@cookieproof/schema';
import { decodeConsent, encodeConsent, type StoredConsent } from '@cookieproof/sdk/consent-cookie';

// The value of the `cookieproof_consent` cookie the server sets next to a receipt. The browser SDK owns the
// format (it reads and writes the same cookie), so the server uses the SDK's own encoder rather than a copy:
//   1.<decidedAt epoch s>.<fingerprint prefix>.<granted categories joined by ~>.<subjectId>.<pending event>
// `pending` is empty: the receipt is recorded by the time the cookie is set.

export interface ConsentCookie {
  subjectId: string;
  fingerprint: string;
  choices: Record<string, boolean>;
  /** ISO 8601 UTC time of the receipt. */
  decidedAt: string;
}

export function encodeConsentCookie(value: ConsentCookie): string {
  return encodeConsent({
    decidedAt: Math.floor(Date.parse(value.decidedAt) / 1000),
    fp: value.fingerprint,
    granted: Object.keys(value.choices).filter((k) => value.choices[k]),
    subjectId: value.subjectId,
    pending: '',
  });
}

/** The stored choice as the SDK reads it, or null when the value is not in the SDK's format. */
export function decodeConsentCookie(text: string): StoredConsent | null {
  return decodeConsent(text);
}

export interface CookieAttributes {
  maxAgeSeconds: number;
  /** Registrable domain shared by every surface; omitted for a host-only cookie (localhost, IP addresses). */
  domain: string | null;
  secure: boolean;
}

export function consentSetCookie(value: string, attrs: CookieAttributes): string {
  const parts = [`${CONSENT_COOKIE}=${value}`, `Max-Age=${attrs.maxAgeSeconds}`, 'Path=/', 'SameSite=Lax'];
  if (attrs.domain) parts.push(`Domain=${attrs.domain}`);
  if (attrs.secure) parts.push('Secure');
  return parts.join('; ');
}
