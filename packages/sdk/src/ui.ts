import type { ClientCategory } from '@cookieproof/schema';
import { chooseLocale } from '@cookieproof/schema/locale-pack';
import type { Host, UiAction } from './core.ts';
import { send } from './receipts.ts';
import { CSS } from './styles.ts';
import {
  type Kit,
  type LocaleChunk,
  localeFile,
  type Shown,
  type UiStrings,
  type View,
  type ViewRender,
  viewFile,
} from './ui-views.ts';

// The lazily loaded UI: the opt-in banner and the preferences dialog, and the loader of the other view (storage
// blocked), a chunk of its own. They live in the open shadow root of one <cookieproof-ui> element, so the page's CSS
// does not restyle them. Built with DOM calls only (no innerHTML, no inline style), so it runs under a strict CSP
// and cannot inject markup from the config.

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
    const put = () => d.body.prepend(host);
    if (d.body) put();
    else d.addEventListener('DOMContentLoaded', put);
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

const view = (): View => (blocked ? 'blocked' : 'opt-in');

/** A chunk beside this one, or where `cookieproof build`'s map says (it names them by content). */
function load<T>(file: string): Promise<T> {
  const map = JSON.parse(d.querySelector<HTMLElement>('script[data-chunks]')?.dataset.chunks || '{}');
  return import(new URL(map[file] ?? file, import.meta.url).href).then((m: { default: T }) => m.default);
}

let shown: Promise<Shown> | undefined;
/** Counts hides, so that a banner whose strings arrive after a decision is not shown. */
let hides = 0;

/** The view's strings in the chosen locale with the config's strings for it on top; the default's if that fails. */
function strings(h: Host): Promise<Shown> {
  const lang = locale(h);
  const pack = (tag: string) => load<LocaleChunk>(localeFile(tag, view()));
  shown ||= pack(lang)
    .catch(() => pack(h.config.defaultLocale))
    .then((p) => ({ lang, dir: p.dir, t: { ...p.strings, ...h.config.strings?.[lang] } as UiStrings }));
  return shown;
}

/** A declared text in the shown language (a declared locale), else in the default one. */
const text = (h: Host, t: ClientCategory['title'], lang: string): string =>
  typeof t === 'string' ? t : (t[lang] ?? t[h.config.defaultLocale] ?? Object.values(t)[0]!);

const button = (action: string, label: string) =>
  el('button', { type: 'button', 'data-cookieproof-action': action }, label);

/** `<tag data-cookieproof=kind class="cp cls" lang dir>` labelled by its `<h2>` title. */
function labelled(tag: string, kind: string, cls: string, { lang, dir }: Shown, title: string): HTMLElement {
  const id = `cp-${kind}-t`;
  return el(
    tag,
    { 'data-cookieproof': kind, class: `cp ${cls}`, 'aria-labelledby': id, lang, dir },
    el('h2', { id }, title),
  );
}

const link = (h: Host, t: UiStrings) => el('a', { href: h.config.policyUrl }, t.policy);

const signalNote = (h: Host, t: UiStrings) =>
  h.signals.gpc || h.signals.dnt ? `${t.gpc} ${h.honored ? t.honored : t.recorded}` : '';

/** Shows `bar` as the first layer, replacing any other. */
function place(bar: HTMLElement) {
  layer?.remove();
  layer = bar;
  root().prepend(bar);
  // WCAG 2.4.11: focused page content must not end up hidden behind the fixed bar.
  d.documentElement.style.scrollPaddingBottom = `${bar.offsetHeight}px`;
}

function hide() {
  hides++;
  layer?.remove();
  layer = undefined;
  d.documentElement.style.scrollPaddingBottom = '';
  dialog?.close();
}

const notice: Kit['notice'] = (h, s, kind, title, body, label) => {
  const bar = labelled('section', kind, 'cp-bar', s, title);
  bar.append(el('p', {}, ...body, ' ', link(h, s.t)), button('close', label));
  place(bar);
};

function showBanner(h: Host, s: Shown) {
  const { t } = s;
  const bar = labelled('section', 'banner', 'cp-bar', s, t.title);
  bar.append(
    el('p', {}, t.intro, ' ', link(h, t)),
    el('p', {}, signalNote(h, t)),
    el(
      'div',
      { class: 'cp-btns' },
      button('accept-all', t.accept),
      button('reject-all', t.reject),
      button('preferences', t.prefs),
    ),
  );
  place(bar);
}

function showPreferences(h: Host, s: Shown) {
  const { lang, t } = s;
  dialog?.close();
  const dlg = labelled('dialog', 'preferences', '', s, t.prefsTitle) as HTMLDialogElement;
  const note = signalNote(h, t);
  dlg.append(el('p', {}, t.intro, ' ', link(h, t)), note && el('p', { role: 'status' }, note));
  for (const c of h.config.categories) {
    const box = el('input', { type: 'checkbox', name: c.id }) as HTMLInputElement;
    box.checked = !!h.choices[c.id];
    box.disabled = c.required || (c.saleOrShare && h.honored);
    const n = c.technologies.length;
    dlg.append(
      el(
        'div',
        { class: 'cp-cat' },
        el('label', {}, box, text(h, c.title, lang) + (c.required ? ` (${t.always})` : '')),
        el('p', {}, text(h, c.description, lang)),
        n
          ? el(
              'details',
              {},
              el('summary', {}, `${t.techs} (${n})`),
              el(
                'ul',
                {},
                ...c.technologies.map((x) =>
                  el(
                    'li',
                    {},
                    `${x.name ?? x.pattern ?? x.url} (${x.kind}): ${x.provider}${x.duration && `, ${x.duration}`}`,
                  ),
                ),
              ),
            )
          : '',
      ),
    );
  }
  dlg.append(
    el(
      'div',
      { class: 'cp-btns' },
      button('reject-all', t.reject),
      button('accept-all', t.accept),
      button('save', t.save),
      button('close', t.close),
    ),
  );
  // A modal dialog keeps focus off the page behind it. Escape closes it (the browser's cancel) without recording
  // anything, and focus goes back where it was.
  const opener = (root().activeElement ?? d.activeElement) as HTMLElement | null;
  dlg.addEventListener('close', () => {
    dlg.remove();
    if (dialog === dlg) dialog = undefined;
    opener?.focus();
  });
  dialog = dlg;
  root().append(dlg);
  dlg.showModal();
}

function save(h: Host) {
  const c: Record<string, boolean> = {};
  for (const box of dialog?.querySelectorAll('input') ?? []) c[box.name] = box.checked;
  if (dialog) h.decide(c);
}

/** The core's one entry into the UI (see `UiAction`); it never throws into the page. */
export function show(h: Host, action: UiAction): void {
  try {
    current = h;
    if (action === 'accept-all') h.decide(Object.fromEntries(h.config.categories.map((c) => [c.id, true])));
    else if (action === 'reject-all') h.decide({});
    else if (action === 'save') save(h);
    else if (action === 'close') dialog ? dialog.close() : hide();
    else if (action === 'hide') hide();
    else if (action === 'send') send(h);
    else if (action === 'banner' || action === 'blocked' || action === 'preferences') {
      if (action === 'blocked') blocked = true;
      const at = hides;
      const v = view();
      // The dialog and the opt-in banner are here; another view's first layer is a chunk of its own.
      const render: ViewRender | Promise<ViewRender> =
        action === 'preferences' && !blocked
          ? (_, h, s) => showPreferences(h, s)
          : v === 'opt-in'
            ? (_, h, s) => showBanner(h, s)
            : load<ViewRender>(viewFile(v));
      Promise.all([render, strings(h)]).then(
        ([r, s]) => {
          if (at === hides) r({ el, notice }, h, s);
        },
        () => {},
      );
    }
  } catch {}
}
