import type { LocaleKey } from '@cookieproof/schema/locale-pack';
import type { View } from './ui-views.ts';

/** The strings of the preferences dialog, which the opt-in and opt-out views open. */
const DIALOG = [
  'prefsTitle',
  'policy',
  'accept',
  'reject',
  'save',
  'close',
  'always',
  'techs',
  'receipt',
  'copy',
] as const satisfies readonly LocaleKey[];

/** What a browser's GPC or DNT signal did: recorded, or honored as an opt-out of sale and sharing. */
const SIGNALS = ['gpc', 'honored', 'recorded'] as const satisfies readonly LocaleKey[];

/**
 * The locale-pack strings each view shows, and so the only ones its chunk carries. A visitor whose browser blocks
 * storage cannot store a choice: the blocked notice is all they are shown, "cookie settings" included; the notice
 * regime asks nothing, so its notice is all there is too. In the opt-out regime the entry point says, in its own
 * words, when a signal was honored.
 */
export const VIEW_KEYS = {
  'opt-in': [...DIALOG, ...SIGNALS, 'title', 'intro'],
  'opt-out': [...DIALOG, 'optOut', 'optOutHonored'],
  notice: ['title', 'notice', 'ok', 'policy'],
  blocked: ['blockedTitle', 'blocked', 'ok', 'policy'],
} as const satisfies Record<View, readonly LocaleKey[]>;
