import type { ClientCategory } from '@cookieproof/schema';
import { chooseLocale } from '@cookieproof/schema/locale-pack';
import type { Host } from './core.ts';
import { send } from './receipts.ts';
import { CSS } from './styles.ts';
import type { LocaleChunk, UiStrings } from './ui-strings.ts';

// The lazily loaded UI: first-layer banner, preferences dialog, storage-blocked notice. Built with DOM calls
// only (no innerHTML, no inline style), so it runs under a strict CSP and cannot inject markup from the config.

const d = document;
let banner: HTMLElement | undefined;
let dialog: HTMLDialogElement | undefined;
let opener: Element | null = null;
let styled = false;

function el(tag: string, attrs: Record<string, string> = {}, ...kids: (Node | string)[]): HTMLElement {
  const e = d.createElement(tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]!);
  e.append(...kids);
  return e;
}

function style(nonce: string) {
  if (styled) return;
  styled = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    d.adoptedStyleSheets = [...d.adoptedStyleSheets, sheet];
  } catch {
    const s = el('style', {}, CSS) as HTMLStyleElement;
    s.nonce = nonce;
    d.head.append(s);
  }
}

type Strings = UiStrings;
interface Shown {
  lang: string;
  dir: LocaleChunk['dir'];
  t: Strings;
}

/**
 * The language to show, by the shared rule: the first of the visitor's browser languages the site declares, then
 * the page's lang, then the default. A config without `locales` declares its default locale only.
 */
export function locale(h: Host): string {
  const c = h.config;
  return chooseLocale(navigator.languages, d.documentElement.lang, c.locales ?? [c.defaultLocale], c.defaultLocale);
}

/** The locale chunk beside this one: named by content where `cookieproof build` wrote the snippet's map. */
function loadPack(tag: string): Promise<LocaleChunk> {
  const map = JSON.parse(d.querySelector<HTMLElement>('script[data-locales]')?.dataset.locales || '{}');
  const url = new URL(map[tag] ?? `cookieproof-locale-${tag.toLowerCase()}.js`, import.meta.url).href;
  return import(url).then((m: { default: LocaleChunk }) => m.default);
}

let shown: Promise<Shown> | undefined;
/** Counts hides, so that a banner whose strings arrive after a decision is not shown. */
let hides = 0;

/** The chosen locale's pack with the config's strings for it on top; the default locale's if that one fails. */
function strings(h: Host): Promise<Shown> {
  const lang = locale(h);
  shown ||= loadPack(lang)
    .catch(() => loadPack(h.config.defaultLocale))
    .then((p) => ({ lang, dir: p.dir, t: { ...p.strings, ...h.config.strings?.[lang] } }));
  return shown;
}

function text(t: ClientCategory['title'], lang: string): string {
  return typeof t === 'string' ? t : (t[lang] ?? t[lang.split('-')[0]!] ?? t.en ?? Object.values(t)[0] ?? '');
}

function buttons(...pairs: string[]): HTMLElement {
  const row = el('div', { class: 'cp-btns' });
  for (let i = 0; i < pairs.length; i += 2)
    row.append(el('button', { type: 'button', 'data-cookieproof-action': pairs[i]! }, pairs[i + 1]!));
  return row;
}

function root(tag: string, kind: string, cls: string, { lang, dir }: Shown, title: string): HTMLElement {
  const id = `cp-${kind}-t`;
  return el(
    tag,
    { 'data-cookieproof': kind, class: `cp ${cls}`, 'aria-labelledby': id, lang, dir },
    el('h2', { id }, title),
  );
}

function signalNote(h: Host, t: Strings): string {
  return h.signals.gpc || h.signals.dnt ? `${t.gpc} ${h.honored ? t.honored : t.recorded}` : '';
}

function place(bar: HTMLElement) {
  banner?.remove();
  banner = bar;
  const put = () => {
    d.body.prepend(bar);
    // WCAG 2.4.11: focused page content must not end up hidden behind the fixed bar.
    d.documentElement.style.scrollPaddingBottom = `${bar.offsetHeight}px`;
  };
  if (d.body) put();
  else d.addEventListener('DOMContentLoaded', put);
}

function showBanner(h: Host, s: Shown) {
  const { t } = s;
  const bar = root('section', 'banner', 'cp-bar', s, t.title);
  bar.append(
    el('p', {}, t.intro, ' ', el('a', { href: h.config.policyUrl }, t.policy)),
    el('p', {}, signalNote(h, t)),
    buttons('accept-all', t.accept, 'reject-all', t.reject, 'preferences', t.prefs),
  );
  place(bar);
}

function showNotice(h: Host, s: Shown) {
  const { lang, t } = s;
  const bar = root('section', 'notice', 'cp-bar', s, t.blockedTitle);
  const ok = el('button', { type: 'button' }, t.ok);
  ok.addEventListener('click', hide);
  bar.append(el('p', {}, t.blocked, ' ', el('a', { href: h.config.policyUrl }, t.policy)), ok);
  place(bar);
  d.querySelectorAll('[data-cookieproof-requires="essential"]').forEach((form, i) => {
    if (form.hasAttribute('data-cookieproof-blocked')) return;
    const id = `cp-req-${i}`;
    const note = el('p', { class: 'cp-req', id, tabindex: '-1', lang }, t.requires);
    form.prepend(note);
    form.setAttribute('data-cookieproof-blocked', '');
    form.setAttribute('aria-describedby', id);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      note.focus();
    });
  });
}

function showPreferences(h: Host, s: Shown) {
  const { lang, t } = s;
  dialog?.close();
  const dlg = root('dialog', 'preferences', 'cp-dlg', s, t.prefsTitle) as HTMLDialogElement;
  dlg.setAttribute('role', 'dialog');
  dlg.setAttribute('aria-modal', 'true');
  dlg.append(el('p', {}, t.intro, ' ', el('a', { href: h.config.policyUrl }, t.policy)));
  const note = signalNote(h, t);
  if (note) dlg.append(el('p', { role: 'status' }, note));
  for (const c of h.config.categories) {
    const id = `cp-c-${c.id}`;
    const box = el('input', { type: 'checkbox', id, name: c.id }) as HTMLInputElement;
    box.checked = !!h.choices[c.id];
    box.disabled = c.required || (c.saleOrShare && h.honored);
    const title = text(c.title, lang) + (c.required ? ` (${t.always})` : '');
    const block = el('div', { class: 'cp-cat' }, el('label', {}, box, title), el('p', {}, text(c.description, lang)));
    if (c.technologies.length)
      block.append(
        el(
          'details',
          {},
          el('summary', {}, `${t.techs} (${c.technologies.length})`),
          el(
            'ul',
            {},
            ...c.technologies.map((x) =>
              el(
                'li',
                {},
                `${x.name ?? x.pattern ?? x.url} (${x.kind}): ${x.provider}${x.duration ? `, ${x.duration}` : ''}`,
              ),
            ),
          ),
        ),
      );
    dlg.append(block);
  }
  const close = el('button', { type: 'button' }, t.close);
  close.addEventListener('click', () => dlg.close());
  const row = buttons('reject-all', t.reject, 'accept-all', t.accept, 'save', t.save);
  row.append(close);
  dlg.append(row);
  // Escape closes the dialog (the browser's cancel) without recording anything; focus goes back where it was.
  dlg.addEventListener('close', () => {
    dlg.remove();
    if (dialog === dlg) dialog = undefined;
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  });
  // Keep Tab and Shift+Tab inside the dialog.
  dlg.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const f = [...dlg.querySelectorAll<HTMLElement>('a[href],button,input:not(:disabled),summary')];
    const edge = e.shiftKey ? f[0] : f[f.length - 1];
    if (d.activeElement === edge) {
      e.preventDefault();
      (e.shiftKey ? f[f.length - 1] : f[0])?.focus();
    }
  });
  opener = d.activeElement;
  dialog = dlg;
  d.body.append(dlg);
  dlg.showModal();
}

function save(h: Host) {
  if (!dialog) return;
  const c: Record<string, boolean> = {};
  for (const box of dialog.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) c[box.name] = box.checked;
  h.decide(c);
}

function hide() {
  hides++;
  banner?.remove();
  banner = undefined;
  d.documentElement.style.scrollPaddingBottom = '';
  dialog?.close();
}

export function show(h: Host, what: number | string): void {
  try {
    if (what === 'accept-all') h.decide(Object.fromEntries(h.config.categories.map((c) => [c.id, true])));
    else if (what === 'reject-all') h.decide({});
    else if (what === 'save') save(h);
    else if (what === 3) hide();
    else if (what === 5) send(h);
    else {
      style(h.nonce);
      const at = hides;
      strings(h).then(
        (s) => {
          if (at !== hides) return;
          if (what === 0) showBanner(h, s);
          else if (what === 2) showNotice(h, s);
          else showPreferences(h, s);
        },
        () => {},
      );
    }
  } catch {}
}
