import type { ViewRender } from './ui-views.ts';

// The notice regime's first layer: it informs (what the site uses, and where the policy says how to switch it
// off) and asks nothing. Its one button acknowledges: the choice the core applied is kept and recorded, so the
// notice does not come back on every page.

export const render: ViewRender = ({ el, link, firstLayer }, h, s) => {
  const { t } = s;
  const [before, after] = t.notice.split('{policy}');
  const ok = el('button', { type: 'button' }, t.ok);
  ok.onclick = () => h.decide(h.choices);
  firstLayer(
    h,
    s,
    'banner',
    t.title,
    el('p', {}, before!, link(h, t), after ?? ''),
    el('div', { class: 'cp-btns' }, ok),
  );
};
