// The UI's CSS, adopted as a constructed stylesheet by the UI's shadow root: no inline style is needed under a
// strict CSP, and the page's own CSS cannot reach inside (`all: initial` on the host stops what would be inherited).
// A site themes it with the custom properties below, set on `cookieproof-ui` or any ancestor (docs/guide.md lists
// each; a test checks that the list and this CSS agree). The default colours are the browser's system colours,
// which follow the visitor's light or dark preference.
export const CSS = `:host{all:initial!important}
.cp{color-scheme:light dark;box-sizing:border-box;background:var(--cp-background,Canvas);color:var(--cp-text,CanvasText);font:var(--cp-font-size,16px)/var(--cp-line-height,1.5) var(--cp-font,system-ui,sans-serif);padding:var(--cp-padding,1em 1.25em);border:1px solid var(--cp-border,GrayText);border-radius:var(--cp-radius,8px);box-shadow:var(--cp-shadow,0 2px 12px #0004)}
.cp-bar,.cp-box{position:fixed;z-index:var(--cp-z-index,2147483646);max-height:80vh;overflow:auto}
.cp-bar{inset:auto 0 0;border-width:1px 0 0;border-radius:0}
.cp-box{bottom:var(--cp-offset,1em);inset-inline-end:var(--cp-offset,1em);width:min(var(--cp-width,26em),100% - 2em)}
dialog{width:var(--cp-width,40em)}
a{color:var(--cp-link,LinkText)}
h2{font-size:var(--cp-title-size,1.15em)}
h2,p{margin:0 0 .75em}
.cp-btns{display:flex;flex-wrap:wrap;gap:var(--cp-gap,.5em)}
button{font:inherit;font-weight:var(--cp-button-weight,600);min-height:44px;min-width:44px;padding:.5em 1em;border:0;border-radius:var(--cp-button-radius,6px);background:var(--cp-accent,LinkText);color:var(--cp-on-accent,Canvas)}
:focus-visible{outline:3px solid var(--cp-focus,CanvasText);outline-offset:2px}
.cp-cat{border-top:1px solid var(--cp-border,GrayText);padding-top:.75em}
label{display:flex;gap:.5em;align-items:center;font-weight:600}
input{width:24px;height:24px;margin:0;accent-color:var(--cp-accent,LinkText)}
@media (prefers-reduced-motion:no-preference){.cp-bar,.cp-box{animation:cp-in .25s ease-out}}
@keyframes cp-in{from{transform:translateY(100%)}}`;
