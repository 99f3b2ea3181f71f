import { chooseLocale } from '@cookieproof/schema/locale-pack';
import type { ChunkScript, Host, UiAction } from './core.ts';
import { receiptId, send } from './receipts.ts';
import { CSS } from './styles.ts';
import { preferences, signalNote, text } from './ui-dialog.ts';
import {
  CHOICES,
  type Kit,
  type Shown,
  type UiStrings,
  type View,
  type ViewChunk,
  type ViewRender,
  viewFile,
} from './ui-views.ts';

// The lazily loaded UI: what the views share (the shadow root and its CSS, the language rule, the layouts, the
// preferences dialog, decisions and receipts), and the loader of the visitor's one view chunk (the view's first
// layer and strings in their language; ui-views.ts). Everything shows in the open shadow root of one <cookieproof-ui> element, so the
// page's CSS does not restyle it. Built with DOM calls only (no innerHTML, no inline style), so it runs under a
// strict CSP and cannot inject markup from the config.

const d = document;
let shadow: ShadowRoot | undefined;
/** The host of the latest call, for the clicks on the UI's own buttons. */
let current: Host;
/** The first layer on screen: the banner or a notice. */
let layer: HTMLElement | undefined;
let dialog: HTMLDialogElement | undefined;
/** Storage is blocked: the blocked notice is the only view. */
let blocked = false;

function el(tag: string, attrs: Record<string, string> = {}, ...kids: (Node | string)[]): HTMLElement {
  const e = d.createElement(tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]!);
  e.append(...kids);
  return e;
}

/** The shadow root everything is shown in, made (and its host put first in <body>) on first use. */
function root(): ShadowRoot {
  if (!shadow) {
    const host = el('cookieproof-ui');
    shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
    // The core's click handler on document sees the host only: the UI's own buttons are handled here.
    shadow.addEventListener('click', (e) => {
      const act = (e.target as Element).closest('[data-cookieproof-action]');
      if (act) show(current, act.getAttribute('data-cookieproof-action') as UiAction);
    });
    // First in <body>, so that the banner comes first in the tab order (before the parser reaches <body>, first in
    // the document).
    (d.body ?? d.documentElement).prepend(host);
  }
  return shadow;
}

/**
 * The language to show, by the shared rule: the first of the visitor's browser languages the site declares, then
 * the page's lang, then the default. A config without `locales` declares its default locale only.
 */
export function locale(h: Host): string {
  const c = h.config;
  return chooseLocale(navigator.languages, d.documentElement.lang, c.locales ?? [c.defaultLocale], c.defaultLocale);
}

const view = (h: Host): View => (blocked ? 'blocked' : h.regime);

let shown: Promise<Shown> | undefined;
/** Counts hides, so that a banner whose strings arrive after a decision is not shown. */
let hides = 0;

/**
 * The view's chunk in the chosen locale (its code, and its strings with the config's strings for that locale on
 * top), or the default locale's if that one fails. It is beside this chunk, or where `cookieproof build`'s map says
 * (it names the chunks by content).
 */
function load(h: Host): Promise<Shown> {
  const lang = locale(h);
  const s = d.querySelector<ChunkScript>('script[data-chunks]');
  const map = JSON.parse(s?.dataset.chunks || '{}');
  const pack = (tag: string): Promise<ViewChunk> => {
    const file = viewFile(view(h), tag);
    const url = new URL(map[file] ?? file, import.meta.url).href;
    return s?.cookieproofImport ? s.cookieproofImport(url) : import(/* @vite-ignore */ url);
  };
  shown ||= pack(lang)
    .catch(() => pack(h.config.defaultLocale))
    .then((m) => ({
      ...m,
      lang,
      dir: m.default.dir,
      t: { ...m.default.strings, ...h.config.strings?.[lang] } as UiStrings,
    }));
  return shown;
}

const button = (action: string, label: string) =>
  el('button', { type: 'button', 'data-cookieproof-action': action }, label);

const labelled: Kit['labelled'] = (tag, kind, cls, { lang, dir }, title) =>
  el(tag, { 'data-cookieproof': kind, class: `cp ${cls}`, 'aria-label': title, lang, dir }, el('h2', {}, title));

const link = (h: Host, t: UiStrings) => el('a', { href: h.config.policyUrl }, t.policy);

/**
 * Shows the first layer (the banner or a notice) in the config's layout, replacing any other: a bar along the
 * bottom, a box in the bottom corner, or a centred modal dialog.
 */
const firstLayer: Kit['firstLayer'] = (h, s, kind, title, ...kids) => {
  const layout = h.config.layout ?? 'bar';
  const modal = layout === 'dialog';
  const bar = labelled(modal ? 'dialog' : 'section', kind, `cp-${layout}`, s, title);
  bar.append(...kids);
  layer?.remove();
  layer = bar;
  root().prepend(bar);
  if (modal) (bar as HTMLDialogElement).showModal();
  // WCAG 2.4.11: focused page content must not end up hidden behind a bar or box (a modal dialog keeps focus).
  // Its size is read when the browser has laid it out anyway, never forced right after inserting it.
  else
    new ResizeObserver(() => {
      if (layer === bar) d.documentElement.style.scrollPaddingBottom = `${innerHeight - bar.offsetTop}px`;
    }).observe(bar);
};

/** A modal dialog keeps focus off the page behind it; closed (Escape included), focus goes back where it was. */
function modal(dlg: HTMLDialogElement) {
  dialog?.close();
  const opener = (root().activeElement ?? d.activeElement) as HTMLElement | null;
  dlg.onclose = () => {
    dlg.remove();
    if (dialog === dlg) dialog = undefined;
    opener?.focus();
  };
  dialog = dlg;
  root().append(dlg);
  dlg.showModal();
}

function hide() {
  hides++;
  layer?.remove();
  layer = undefined;
  d.documentElement.style.scrollPaddingBottom = '';
  dialog?.close();
}

/** The opt-in banner: nothing optional before a choice, and "reject all" as near as "accept all". */
const banner: ViewRender = (_, h, s) => {
  const { lang, t } = s;
  const c = h.config;
  firstLayer(
    h,
    s,
    'banner',
    t.title,
    el(
      'p',
      {},
      // A visitor asked again after a material change is told what changed and when.
      c.changed && h.stored && h.stored.decidedAt * 1000 < Date.parse(c.changed.date)
        ? `${text(h, c.changed.text, lang)} `
        : '',
      t.intro,
      ' ',
      link(h, t),
    ),
    el('p', {}, signalNote(h, t)),
    el(
      'div',
      { class: 'cp-btns' },
      button('accept-all', t.accept),
      button('reject-all', t.reject),
      button('preferences', t.prefsTitle),
    ),
  );
};

const kit: Kit = { el, button, link, labelled, firstLayer, root };

function save(h: Host) {
  const c: Record<string, boolean> = {};
  for (const box of dialog?.querySelectorAll('input') ?? []) c[box.name] = box.checked;
  if (dialog) h.decide(c);
}

/** The core's one entry into the UI (see `UiAction`; `copy` copies the receipt id); it never throws into the page. */
export function show(h: Host, action: UiAction | 'copy'): void {
  try {
    current = h;
    if (action === 'accept-all') h.decide(Object.fromEntries(h.config.categories.map((c) => [c.id, true])));
    else if (action === 'reject-all') h.decide({});
    else if (action === 'save') save(h);
    else if (action === 'close') dialog ? dialog.close() : hide();
    else if (action === 'hide') hide();
    else if (action === 'send') send(h);
    else if (action === 'copy') navigator.clipboard.writeText(receiptId).catch(() => {});
    else if (action === 'banner' || action === 'blocked' || action === 'preferences') {
      // Storage blocked turns whatever view was loaded into the blocked notice.
      if (action === 'blocked' && !blocked) shown = undefined;
      if (action === 'blocked') blocked = true;
      const at = hides;
      load(h).then(
        (s) => {
          if (at !== hides) return;
          // The notice and the blocked notice offer no choices: asked for preferences, they show themselves again.
          if (action === 'preferences' && CHOICES.includes(view(h))) modal(preferences(kit, h, s, receiptId));
          else (s.render ?? banner)(kit, h, s);
        },
        () => {},
      );
    }
  } catch {}
}
