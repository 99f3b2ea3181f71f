// Shared by the tests: the real AI Promo declaration and its published history, plus variants of it.
import { fileURLToPath } from 'node:url';
import { type Declaration, fingerprint, loadVersions, type PublishedVersion } from '@cookieproof/schema';

export const AI_PROMO_FILE = fileURLToPath(new URL('../../../apps/ai-promo/cookieproof.yaml', import.meta.url));

export function loadAiPromo(): Promise<PublishedVersion[]> {
  return loadVersions(AI_PROMO_FILE);
}

export function published(declaration: Declaration): PublishedVersion {
  return {
    declaration,
    fingerprint: fingerprint(declaration),
    version: declaration.policy.version,
    effectiveDate: declaration.policy.effectiveDate,
  };
}

/** The versions with the current declaration changed by `edit` (on a deep copy). */
export function withCurrent(versions: readonly PublishedVersion[], edit: (d: Declaration) => void): PublishedVersion[] {
  const current = structuredClone(versions.at(-1)!.declaration);
  edit(current);
  return [...versions.slice(0, -1), published(current)];
}

/** The text content of the `<section id="…">` element, up to its closing tag at the same depth. */
export function sectionHtml(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start < 0) return '';
  let depth = 0;
  const re = /<(\/?)section\b/g;
  re.lastIndex = start;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + '</section>'.length);
  }
  return html.slice(start);
}
