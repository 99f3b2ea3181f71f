// The UI's CSS, adopted as a constructed stylesheet so that no inline style is needed under a strict CSP.
// Colours are custom properties on .cp: a site restyles the UI by setting --cp-* on .cp.
export const CSS = `.cp{--cp-bg:#fff;--cp-fg:#1a1a1a;--cp-ac:#1d4ed8;--cp-on:#fff;--cp-bd:#6b6b6b;background:var(--cp-bg);color:var(--cp-fg);font:16px/1.5 system-ui,sans-serif;box-sizing:border-box;text-align:start}
@media (prefers-color-scheme:dark){.cp{--cp-bg:#1c1c1e;--cp-fg:#f2f2f2;--cp-ac:#9cc3ff;--cp-on:#111;--cp-bd:#a0a0a0}}
.cp a{color:var(--cp-ac)}
.cp h2{font-size:1.15rem;margin:0 0 .5rem}
.cp p{margin:0 0 .75rem}
.cp-bar{position:fixed;inset-inline:0;bottom:0;z-index:2147483646;padding:1rem 1.25rem;border-top:1px solid var(--cp-bd);box-shadow:0 -2px 12px #0004;max-height:80vh;overflow:auto}
.cp-btns{display:flex;flex-wrap:wrap;gap:.5rem}
.cp button{font:inherit;font-weight:600;min-height:44px;min-width:44px;padding:.5rem 1rem;border:2px solid var(--cp-ac);border-radius:6px;background:var(--cp-ac);color:var(--cp-on);cursor:pointer}
.cp :focus-visible{outline:3px solid var(--cp-fg);outline-offset:2px}
.cp-dlg{max-width:40rem;width:calc(100% - 2rem);max-height:90vh;padding:1.25rem;border:1px solid var(--cp-bd);border-radius:8px}
.cp-dlg::backdrop{background:#0009}
.cp-cat{border-top:1px solid var(--cp-bd);padding:.75rem 0}
.cp label{display:flex;gap:.5rem;align-items:center;font-weight:600}
.cp input{width:24px;height:24px;margin:0;accent-color:var(--cp-ac)}
.cp ul{margin:.25rem 0;padding-inline-start:1.25rem;font-size:.9rem}
.cp-req{font-weight:600;border-inline-start:4px solid currentColor;padding-inline-start:.5rem}
@media (prefers-reduced-motion:no-preference){.cp-bar{animation:cp-in .25s ease-out}}
@keyframes cp-in{from{transform:translateY(100%)}}`;
