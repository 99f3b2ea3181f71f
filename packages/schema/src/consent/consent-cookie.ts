// The `cookieproof_consent` cookie value: the one codec, used by the browser SDK (which reads and writes the cookie)
// and by the consent server (which sets the same cookie with Set-Cookie when it is same-site). It imports nothing,
// so the SDK's bundle gets only these few lines. Six fields joined by ".", every character URL-safe and cookie-safe:
//
//   1.<decidedAt>.<fp>.<granted>.<subjectId>.<pending>
//
//   1          format version
//   decidedAt  epoch seconds of the decision, decimal
//   fp         the first 16 hex digits of the declaration fingerprint the choice was made under
//   granted    ids of the optional categories the visitor allowed, joined by "~" (may be empty; absent = refused).
//              Required categories are always on and never listed, whoever writes the cookie.
//   subjectId  the server's subject id from the last receipt response (may be empty)
//   pending    "" once the server recorded the receipt, else the event still to send (grant, refuse, partial,
//              withdraw or signal): what survives of the SDK's receipt queue when the page goes away

export interface StoredConsent {
  decidedAt: number;
  fp: string;
  granted: string[];
  subjectId: string;
  pending: string;
}

export const FP_LENGTH = 16;

export function encodeConsent(c: StoredConsent): string {
  return ['1', c.decidedAt, c.fp.slice(0, FP_LENGTH), c.granted.join('~'), c.subjectId, c.pending].join('.');
}

/** The stored choice, or null when the value is missing or not in this format (then the visitor is asked). */
export function decodeConsent(value: string | undefined): StoredConsent | null {
  const m = /^1\.(\d{1,12})\.([\da-f]{8,64})\.([\w~-]*)\.([\w-]{0,64})\.([a-z]*)$/.exec(value ?? '');
  return m
    ? { decidedAt: +m[1]!, fp: m[2]!, granted: m[3]!.split('~').filter(Boolean), subjectId: m[4]!, pending: m[5]! }
    : null;
}

/** The `granted` field for a set of choices: the optional categories that are on, in declaration order. */
export function grantedCategories(
  choices: Readonly<Record<string, boolean>>,
  categories: readonly { id: string; required: boolean }[],
): string[] {
  return categories.filter((c) => !c.required && choices[c.id] === true).map((c) => c.id);
}
