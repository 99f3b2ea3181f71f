// The UI's CSS, adopted as a constructed stylesheet by the UI's shadow root: no inline style is needed under a
// strict CSP, and the page's own CSS cannot reach inside (`all: initial` stops what would be inherited). Colours
// are custom properties on the host element: a site restyles the UI by setting --cp-* on `cookieproof-ui`.
export const CSS = `:host{all:initial!important;--cp-bg:#fff;--cp-fg:#1a1a1a;--cp-ac:#1d4ed8;--cp-on:#fff;--cp-bd:#6b6b6b}
@media (prefers-color-scheme:dark){:host{--cp-bg:#1c1c1e;--cp-fg:#f2f2f2;--cp-ac:#9cc3ff;--cp-on:#111;--cp-bd:#a0a0a0}}
.cp{background:var(--cp-bg);color:var(--cp-fg);font:16px/1.5 system-ui,sans-serif;box-sizing:border-box;text-align:start}
a{color:var(--cp-ac)}
h2{font-size:1.15em;margin:0 0 .5em}
p{margin:0 0 .75em}
.cp-bar{position:fixed;inset-inline:0;bottom:0;z-index:2147483646;padding:1em 1.25em;border-top:1px solid var(--cp-bd);box-shadow:0 -2px 12px #0004;max-height:80vh;overflow:auto}
.cp-btns{display:flex;flex-wrap:wrap;gap:.5em}
button{font:inherit;font-weight:600;min-height:44px;min-width:44px;padding:.5em 1em;border:2px solid var(--cp-ac);border-radius:6px;background:var(--cp-ac);color:var(--cp-on);cursor:pointer}
:focus-visible{outline:3px solid var(--cp-fg);outline-offset:2px}
dialog{max-width:40em;width:calc(100% - 2em);max-height:90vh;padding:1.25em;border:1px solid var(--cp-bd);border-radius:8px}
::backdrop{background:#0009}
label{display:flex;gap:.5em;align-items:center;font-weight:600}
.cp-cat{border-top:1px solid var(--cp-bd);padding:.75em 0}
input{width:24px;height:24px;margin:0;accent-color:var(--cp-ac)}
ul{margin:.25em 0;padding-inline-start:1.25em;font-size:.9em}
@media (prefers-reduced-motion:no-preference){.cp-bar{animation:cp-in .25s ease-out}}
@keyframes cp-in{from{transform:translateY(100%)}}`;
