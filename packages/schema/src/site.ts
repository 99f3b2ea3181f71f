// Site (registrable domain) comparison for validation. The scanner uses the Public Suffix List (tldts); here a
// small rule is enough to tell whether a declared host belongs to the declared surfaces.

export function hostOf(urlOrOrigin: string): string {
  try {
    return new URL(urlOrOrigin).hostname.toLowerCase();
  } catch {
    return urlOrOrigin.toLowerCase();
  }
}

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or']);

export function siteOf(host: string): string {
  const h = host.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const n = labels.length;
  const take = labels[n - 1]!.length === 2 && SECOND_LEVEL.has(labels[n - 2]!) ? 3 : 2;
  return labels.slice(-take).join('.');
}

export function sameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}
