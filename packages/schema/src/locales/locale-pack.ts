// The locale packs' one format, shared by the SDK's banner and the policy page: one file per language in packs/,
// with its text direction. Plain data and no imports, so the SDK can load one pack on its own.

export const LOCALE_KEYS = [
  'title',
  'intro',
  'accept',
  'reject',
  'save',
  'close',
  'policy',
  'prefsTitle',
  'always',
  'techs',
  'gpc',
  'honored',
  'recorded',
  'blockedTitle',
  'blocked',
  'ok',
  'optOut',
  'optOutHonored',
  'notice',
  'changed',
  'receipt',
  'copy',
] as const;
export type LocaleKey = (typeof LOCALE_KEYS)[number];
export type LocaleStrings = Record<LocaleKey, string>;

/** The tag of every pack in packs/ (one file each, named by the tag in lower case), so a loader can list them. */
export const LOCALE_TAGS = [
  'ar',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'he',
  'hr',
  'hu',
  'is',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'mt',
  'nb',
  'nl',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'sk',
  'sl',
  'sv',
  'tr',
  'uk',
  'zh',
] as const;

export interface LocalePack {
  /** BCP 47 tag: a language ("de"), or a language and region where the region's usage differs ("pt-BR"). */
  tag: string;
  /** The language's own name for itself, for a language menu. */
  name: string;
  dir: 'ltr' | 'rtl';
  strings: LocaleStrings;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0]!;
/** Languages some browsers report under another tag than the pack's ("no" and "nn" for Norwegian Bokmål). */
const ALIASES: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb' };

/** The declared locale a tag stands for: the same tag, else the same language, else one of that language. */
function match(tag: unknown, declared: readonly string[]): string | undefined {
  if (typeof tag !== 'string' || !tag.trim()) return;
  const t = tag.trim().toLowerCase();
  const lang = ALIASES[base(t)] ?? base(t);
  const is = (x: string) => (d: string) => d.toLowerCase() === x;
  return declared.find(is(t)) ?? declared.find(is(lang)) ?? declared.find((d) => base(d) === lang);
}

/**
 * The language to show: the first of the visitor's `navigator.languages` the site declares, then the page's
 * `lang`, then the declaration's default. Pure, so the SDK and the server-rendered policy page choose alike.
 */
export function chooseLocale(
  languages: readonly string[] | undefined | null,
  pageLang: string | undefined | null,
  declared: readonly string[],
  defaultLocale: string,
): string {
  for (const tag of [...(languages ?? []), pageLang]) {
    const m = match(tag, declared);
    if (m) return m;
  }
  return defaultLocale;
}
