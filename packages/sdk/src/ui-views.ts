import type { Host } from './core.ts';
import type { VIEW_KEYS } from './view-keys.ts';

// What the UI shows is one of a few views: the opt-in banner, or the storage-blocked notice. A visitor only ever
// gets one of them, so each view's strings are a locale chunk of their own, and a view whose code is not in the
// UI chunk (the blocked notice) is a chunk too: a visitor downloads the UI chunk, their view's chunk and one
// locale chunk for that view, and nothing else. The strings each view reads are listed in view-keys.ts.

export const VIEWS = ['opt-in', 'blocked'] as const;
export type View = (typeof VIEWS)[number];
/** The views whose code is a chunk of its own. */
export const VIEW_CHUNKS = ['blocked'] as const satisfies readonly View[];

/** The strings of every view; a view reads its own keys only. */
export type UiStrings = Record<(typeof VIEW_KEYS)[View][number], string>;

/** What a locale chunk exports by default. */
export interface LocaleChunk {
  dir: 'ltr' | 'rtl';
  strings: Partial<UiStrings>;
}

/** The file names of the chunks, as the build writes them next to the UI chunk. */
export const localeFile = (tag: string, view: View) => `cookieproof-locale-${tag.toLowerCase()}-${view}.js`;
export const viewFile = (view: View) => `cookieproof-ui-${view}.js`;

/** The language, direction and strings the UI shows in. */
export interface Shown {
  lang: string;
  dir: LocaleChunk['dir'];
  t: UiStrings;
}

/** The UI chunk's helpers, handed to a view chunk (which imports no code, so that it shares none). */
export interface Kit {
  el(tag: string, attrs?: Record<string, string>, ...kids: (Node | string)[]): HTMLElement;
  /** Shows a first layer `<section data-cookieproof=kind>` with a title, a text and one button. */
  notice(h: Host, s: Shown, kind: string, title: string, text: (Node | string)[], button: string): void;
}

/** What a view chunk exports by default: renders the view's first layer. */
export type ViewRender = (kit: Kit, h: Host, s: Shown) => void;
