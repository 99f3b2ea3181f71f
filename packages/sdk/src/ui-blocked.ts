import type { ViewRender } from './ui-views.ts';

// The storage-blocked notice: the browser blocks cookies and storage, so no choice can be kept. It says so, and
// forms that need essential cookies explain themselves instead of failing silently.

const render: ViewRender = ({ el, notice }, h, s) => {
  const { lang, t } = s;
  notice(h, s, 'notice', t.blockedTitle, [t.blocked], t.ok);
  document.querySelectorAll('[data-cookieproof-requires="essential"]').forEach((form, i) => {
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
};
export default render;
