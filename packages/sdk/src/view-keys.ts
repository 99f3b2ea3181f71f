import type { LocaleKey } from '@cookieproof/schema/locale-pack';
import type { View } from './ui-views.ts';

/** The strings of the preferences dialog, which every view but the blocked notice can open. */
const DIALOG = [
  'prefsTitle',
  'intro',
  'policy',
  'accept',
  'reject',
  'save',
  'close',
  'always',
  'techs',
  'gpc',
  'honored',
  'recorded',
] as const satisfies readonly LocaleKey[];

/**
 * The locale-pack strings each view shows, and so the only ones its locale chunk carries (the build reads this;
 * the UI does not). A visitor whose browser blocks storage cannot store a choice either: the blocked notice is all
 * they are shown, "cookie settings" included.
 */
export const VIEW_KEYS = {
  'opt-in': [...DIALOG, 'title', 'prefs'],
  blocked: ['blockedTitle', 'blocked', 'ok', 'requires', 'policy'],
} as const satisfies Record<View, readonly LocaleKey[]>;
