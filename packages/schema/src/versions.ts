import { dirname, resolve } from 'node:path';
import type { Declaration } from './declaration.ts';
import { diffDeclarations } from './diff.ts';
import { CookieproofError } from './errors.ts';
import { fingerprint } from './fingerprint.ts';
import { loadDeclaration } from './load.ts';

export interface PublishedVersion {
  declaration: Declaration;
  fingerprint: string;
  version: string;
  effectiveDate: string;
}

function published(declaration: Declaration): PublishedVersion {
  return {
    declaration,
    fingerprint: fingerprint(declaration),
    version: declaration.policy.version,
    effectiveDate: declaration.policy.effectiveDate,
  };
}

/**
 * The declaration and every earlier version its history names with a `file`, oldest first. History entries
 * without a file are listed on the policy page but cannot be diffed or used to verify old receipts.
 */
export async function loadVersions(file: string): Promise<PublishedVersion[]> {
  const current = await loadDeclaration(file);
  const versions = [published(current)];
  const seen = new Set([resolve(file)]);
  for (const entry of current.history) {
    if (!entry.file) continue;
    const path = resolve(dirname(file), entry.file);
    if (seen.has(path))
      throw new CookieproofError('invalid-input', `${file}: history file ${entry.file} is listed twice`);
    seen.add(path);
    const old = await loadDeclaration(path);
    if (old.policy.version !== entry.version)
      throw new CookieproofError(
        'invalid-input',
        `${file}: history entry ${entry.version} points at ${entry.file}, whose policy.version is ${old.policy.version}`,
      );
    versions.push(published(old));
  }
  return versions.sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
}

/**
 * Fingerprints under which a stored choice is still valid for the newest version: the newest one and each
 * older one reachable without crossing a material change.
 */
export function acceptedFingerprints(versions: readonly PublishedVersion[]): string[] {
  const newest = versions.at(-1);
  if (!newest) return [];
  const out = [newest.fingerprint];
  for (let i = versions.length - 1; i > 0; i--) {
    if (diffDeclarations(versions[i - 1]!.declaration, versions[i]!.declaration).reconsent) break;
    out.push(versions[i - 1]!.fingerprint);
  }
  return out;
}
