import { CONSENT_COOKIE, encodeConsent, grantedCategories } from '@cookieproof/schema';

// The `cookieproof_consent` cookie the server sets next to a receipt, in the one format of
// @cookieproof/schema/consent-cookie that the SDK reads and writes. `pending` is empty: the receipt is recorded by
// the time the cookie is set.

export interface ConsentCookie {
  subjectId: string;
  fingerprint: string;
  choices: Record<string, boolean>;
  /** The declaration's categories, in order: required ones are never listed as granted. */
  categories: readonly { id: string; required: boolean }[];
  /** ISO 8601 UTC time of the receipt. */
  decidedAt: string;
}

export function encodeConsentCookie(value: ConsentCookie): string {
  return encodeConsent({
    decidedAt: Math.floor(Date.parse(value.decidedAt) / 1000),
    fp: value.fingerprint,
    granted: grantedCategories(value.choices, value.categories),
    subjectId: value.subjectId,
    pending: '',
  });
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
