// The languages an HTTP Accept-Language header asks for, best first: what `navigator.languages` is to the SDK, so a
// server-rendered page can pick its language by the same rule (chooseLocale) as the banner.

const TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;
/** A header longer than any browser sends is read only this far, so a hostile one costs nothing. */
const MAX_ENTRIES = 32;

/** "fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5" → ["fr-CH", "fr", "en"]. Wildcards, q=0 and malformed entries are left out. */
export function acceptLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const entries: { tag: string; q: number; i: number }[] = [];
  for (const [i, part] of header.split(',', MAX_ENTRIES).entries()) {
    const [rawTag = '', ...params] = part.split(';');
    const tag = rawTag.trim();
    if (!TAG.test(tag)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!(q > 0 && q <= 1)) continue;
    entries.push({ tag, q, i });
  }
  return entries.sort((a, b) => b.q - a.q || a.i - b.i).map((e) => e.tag);
}
