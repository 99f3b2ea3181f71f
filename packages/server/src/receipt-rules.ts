import { CookieproofError, type PublishedVersion, type ReceiptRequest } from '@cookieproof/schema';

// Checks the schema cannot make: the receipt must match the declaration version it names.

/** Seconds an SDK should wait before sending a receipt for an unknown version again (a reload takes less). */
export const UNKNOWN_VERSION_RETRY_SECONDS = 5;

function refuse(path: string, message: string): never {
  throw new CookieproofError('invalid-input', `${path}: ${message}`, [{ path, message }]);
}

/** The published version the receipt refers to, after checking its categories and surface against it. */
export function checkReceipt(
  body: ReceiptRequest,
  byFingerprint: ReadonlyMap<string, PublishedVersion>,
): PublishedVersion {
  const version = byFingerprint.get(body.fingerprint);
  // Right after a deploy, pages may carry a version this server has not loaded yet (until its reload): a retryable
  // answer, so the SDK keeps the receipt and sends it again instead of dropping the proof.
  if (!version)
    throw new CookieproofError(
      'unknown-version',
      'fingerprint: not a declaration version this server has loaded; retry after a reload',
      { path: 'fingerprint', retryAfterSeconds: UNKNOWN_VERSION_RETRY_SECONDS },
    );
  const { categories, site } = version.declaration;
  if (!Object.hasOwn(site.surfaces, body.surface))
    refuse('surface', `not a declared surface (one of: ${Object.keys(site.surfaces).join(', ')})`);
  for (const id of Object.keys(body.choices)) {
    if (!Object.hasOwn(categories, id))
      refuse(`choices.${id}`, `not a declared category of version ${version.version}`);
  }
  for (const [id, category] of Object.entries(categories)) {
    const choice = body.choices[id];
    if (choice === undefined) refuse(`choices.${id}`, 'missing: every declared category must be true or false');
    if (category.required && choice !== true) refuse(`choices.${id}`, 'an essential category cannot be refused');
  }
  return version;
}
