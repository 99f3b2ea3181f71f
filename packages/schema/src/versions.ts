import { dirname, resolve } from 'node:path';
import type { Declaration, Text } from './declaration.ts';
import { type DeclarationDiff, diffDeclarations } from './diff.ts';
import { CookieproofError } from './errors.ts';
import { fingerprint } from './fingerprint.ts';
import { loadDeclaration } from './load.ts';
import { textFor } from './text.ts';

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

/** The newest material change: its version's effective date and what changed, per locale. */
export interface ChangeNotice {
  date: string;
  summary: Text;
}

/**
 * What a visitor who chose before the newest material change is told when asked again: that version's effective
 * date and what changed, in each locale the declaration has. The version's own `policy.summary` says it where the
 * declaration gives one; else the names of what the diff found changed materially (categories, purposes and
 * providers by their declared titles and names, in each locale). Undefined when no version was a material change.
 */
export function changeNotice(versions: readonly PublishedVersion[]): ChangeNotice | undefined {
  for (let i = versions.length - 1; i > 0; i--) {
    const diff = diffDeclarations(versions[i - 1]!.declaration, versions[i]!.declaration);
    if (!diff.reconsent) continue;
    const d = versions[i]!.declaration;
    return { date: versions[i]!.effectiveDate, summary: d.policy.summary ?? changedNames(diff, d) };
  }
  return undefined;
}

function changedNames(diff: DeclarationDiff, d: Declaration): Text {
  const locales = [...new Set([d.site.defaultLocale, ...Object.keys(d.locales ?? {})])];
  const names = (locale: string) => {
    const title = (t: Text | undefined) => (t === undefined ? undefined : textFor(t, locale, d.site.defaultLocale));
    const out = new Set<string>();
    for (const c of diff.changes.filter((x) => x.material)) {
      const tech = c.subject === 'technology' ? d.technologies[c.id] : undefined;
      const name =
        c.subject === 'technology'
          ? [title(d.categories[tech?.category ?? '']?.title), d.providers[tech?.provider ?? '']?.name]
              .filter(Boolean)
              .join(', ')
          : c.subject === 'category'
            ? title(d.categories[c.id]?.title)
            : c.subject === 'purpose'
              ? title(d.purposes[c.id]?.title)
              : c.subject === 'provider'
                ? d.providers[c.id]?.name
                : // Regimes, signal handling, Consent Mode: the diff's own words (no declared title names them).
                  c.summary;
      if (name) out.add(name);
    }
    return [...out].join('; ');
  };
  return Object.fromEntries(locales.map((l) => [l, names(l)]));
}
