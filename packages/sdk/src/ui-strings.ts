import type { LocaleKey } from '@cookieproof/schema/locale-pack';

/**
 * The locale-pack strings the UI shows today, and so the only ones its locale chunks carry: a visitor downloads no
 * text the banner cannot show. A key the UI starts to use is added here.
 */
export const UI_KEYS = [
  'title',
  'intro',
  'accept',
  'reject',
  'prefs',
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
  'requires',
] as const satisfies readonly LocaleKey[];
export type UiStrings = Record<(typeof UI_KEYS)[number], string>;

/** What a locale chunk exports by default. */
export interface LocaleChunk {
  dir: 'ltr' | 'rtl';
  strings: UiStrings;
}
