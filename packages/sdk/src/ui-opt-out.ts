import type { ViewRender } from './ui-views.ts';

// The opt-out regime's first layer: no banner (the declared categories are on until the visitor or a signal opts
// out), but a "Do not sell or share my personal information" entry point that stays on every page and opens the
// preferences, where the sale/share categories are switched off. When a GPC signal was honored as that opt-out,
// it says so.

export const render: ViewRender = ({ el, button, root }, h, s) => {
  const { lang, dir, t } = s;
  root().querySelector('[data-cookieproof="opt-out"]')?.remove();
  root().append(
    el(
      'section',
      { 'data-cookieproof': 'opt-out', class: 'cp cp-box', lang, dir },
      button('preferences', t.optOut),
      h.honored ? el('p', { role: 'status' }, t.optOutHonored) : '',
    ),
  );
};
