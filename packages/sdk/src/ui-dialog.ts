import type { Text } from '@cookieproof/schema';
import type { Host } from './core.ts';
import type { Kit, Shown, UiStrings } from './ui-views.ts';

// The preferences dialog of the views that offer choices (opt-in, opt-out): every category with its switch, and
// its technologies by their declared names and purposes; the receipt of the latest decision, to quote to support.

/** A declared text in the shown language (a declared locale), else in the default one. */
export const text = (h: Host, t: Text | undefined, lang: string): string =>
  typeof t === 'object' ? (t[lang] ?? t[h.config.defaultLocale] ?? Object.values(t)[0]!) : (t ?? '');

/** What the browser's GPC or DNT signal did, if it sent one (the opt-out view says it at its entry point). */
export const signalNote = (h: Host, t: UiStrings) =>
  t.gpc && (h.signals.gpc || h.signals.dnt) ? `${t.gpc} ${h.honored ? t.honored : t.recorded}` : '';

/** Builds the dialog; `modal` shows it. */
export function preferences(
  { el, button, link, labelled }: Kit,
  h: Host,
  s: Shown,
  receipt: string,
): HTMLDialogElement {
  const { lang, t } = s;
  const c = h.config;
  const dlg = labelled('dialog', 'preferences', '', s, t.prefsTitle) as HTMLDialogElement;
  dlg.append(el('p', {}, link(h, t), ' ', signalNote(h, t)));
  for (const cat of c.categories) {
    const box = el('input', { type: 'checkbox', name: cat.id }) as HTMLInputElement;
    box.checked = !!h.choices[cat.id];
    box.disabled = cat.required || (cat.saleOrShare && h.honored);
    const n = cat.technologies.length;
    dlg.append(
      el(
        'div',
        { class: 'cp-cat' },
        el('label', {}, box, text(h, cat.title, lang) + (cat.required ? ` (${t.always})` : '')),
        el('p', {}, text(h, cat.description, lang)),
        n
          ? el(
              'details',
              {},
              el('summary', {}, `${t.techs} (${n})`),
              el(
                'ul',
                {},
                // By their declared names and purposes: the cookie or key name where there is one, what it is, what
                // for, who and how long (never a matching pattern or URL).
                ...cat.technologies.map((x) =>
                  el(
                    'li',
                    {},
                    `${x.name ? `${x.name}: ` : ''}${text(h, x.description, lang)} (${[
                      ...(x.purposes ?? []).map((p) => text(h, c.purposes?.[p], lang)),
                      x.provider,
                      x.duration,
                    ]
                      .filter(Boolean)
                      .join(', ')})`,
                  ),
                ),
              ),
            )
          : '',
      ),
    );
  }
  dlg.append(
    // The receipt the consent server gave for the latest decision on this page.
    receipt ? el('p', {}, `${t.receipt}: `, el('code', {}, receipt), ' ', button('copy', t.copy)) : '',
    el(
      'div',
      { class: 'cp-btns' },
      button('reject-all', t.reject),
      button('accept-all', t.accept),
      button('save', t.save),
      button('close', t.close),
    ),
  );
  return dlg;
}
