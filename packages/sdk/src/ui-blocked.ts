import type { ViewRender } from './ui-views.ts';

// The storage-blocked notice: the browser blocks cookies and storage, so no choice can be kept. It says so, and
// forms that need essential cookies explain themselves with the same words instead of failing silently.

export const render: ViewRender = ({ el, button, link, firstLayer }, h, s) => {
  const { lang, t } = s;
  firstLayer(h, s, 'notice', t.blockedTitle, el('p', {}, t.blocked, ' ', link(h, t)), button('close', t.ok));
  let i = 0;
  for (const form of document.querySelectorAll(
    '[data-cookieproof-requires="essential"]:not([data-cookieproof-blocked])',
  )) {
    const note = el('p', { class: 'cp-req', id: `cp-req-${i++}`, tabindex: '-1', lang }, t.blocked);
    form.prepend(note);
    form.setAttribute('data-cookieproof-blocked', '');
    form.setAttribute('aria-describedby', note.id);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      note.focus();
    });
  }
};
