import type { Host } from './core.ts';
import type { VIEW_KEYS } from './view-keys.ts';

// What the UI shows is one view per consent regime (opt-in: the banner; opt-out: a "do not sell or share" entry
// point; notice: an informational banner), or the storage-blocked notice. A visitor only ever gets one of them, so
// each view is a chunk per locale: its strings in that language (view-keys.ts lists them, the preferences dialog's
// included where the view offers choices) and its first layer's code (src/ui-<view>.ts). The UI chunk holds what
// the views share (the shadow root and its CSS, the language rule, the layouts, the preferences dialog, decisions
// and receipts) and the opt-in banner, the view most visitors get. A visitor downloads the UI chunk and one view's.

export const VIEWS = ['opt-in', 'opt-out', 'notice', 'blocked'] as const;
export type View = (typeof VIEWS)[number];
/** The views whose first layer's code is in their chunk (the opt-in banner's is in the UI chunk). */
export const VIEW_CODE = ['opt-out', 'notice', 'blocked'] as const satisfies readonly View[];
/** The views that offer choices, in the preferences dialog; the others show themselves when asked for it. */
export const CHOICES: readonly View[] = ['opt-in', 'opt-out'];

/** The strings of every view; a view reads its own keys only. */
export type UiStrings = Record<(typeof VIEW_KEYS)[View][number], string>;

/** Shows part of a view: its first layer, or the preferences dialog. */
export type ViewRender = (kit: Kit, h: Host, s: Shown) => void;

/** What a view chunk exports. */
export interface ViewChunk {
  /** The pack's text direction and the view's strings. */
  default: { dir: 'ltr' | 'rtl'; strings: Partial<UiStrings> };
  /** The view's first layer, but opt-in's. */
  render?: ViewRender;
}

/** A view chunk's file name in a locale, as the build writes it next to the UI chunk. */
export const viewFile = (view: View, tag: string) => `cookieproof-${view}-${tag.toLowerCase()}.js`;

/** The language, direction and strings the UI shows in, and the view's code. */
export interface Shown extends Pick<ViewChunk, 'render'> {
  lang: string;
  dir: ViewChunk['default']['dir'];
  t: UiStrings;
}

/** The UI chunk's helpers, handed to a view chunk (which imports no code of the UI chunk, so that it shares none). */
export interface Kit {
  el(tag: string, attrs?: Record<string, string>, ...kids: (Node | string)[]): HTMLElement;
  button(action: string, label: string): HTMLElement;
  /** The link to the cookie policy. */
  link(h: Host, t: UiStrings): HTMLElement;
  /** `<tag data-cookieproof=kind class="cp cls" lang dir>` named by its `<h2>` title. */
  labelled(tag: string, kind: string, cls: string, s: Shown, title: string): HTMLElement;
  /** Shows the first layer `data-cookieproof=kind`, titled, in the config's layout, replacing any other. */
  firstLayer(h: Host, s: Shown, kind: string, title: string, ...kids: (Node | string)[]): void;
  /** The shadow root the UI shows in. */
  root(): ShadowRoot;
}
