// The page's stylesheet. Inlined into the standalone page, or served by the site as a file when its CSP forbids
// inline styles. Colours are chosen for at least 4.5:1 text contrast in both schemes (checked by axe in tests).
// Sides are logical (inline-start, not left), so a right-to-left page mirrors without a stylesheet of its own.

export const policyCss = `:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1b1b1f;
  --muted: #4a4d55;
  --link: #0b57d0;
  --link-visited: #6b2fb3;
  --rule: #c9ccd3;
  --head-bg: #eef0f4;
  --code-bg: #f3f4f7;
  --focus: #0b57d0;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121418;
    --fg: #e9eaee;
    --muted: #b7bbc5;
    --link: #9cc1ff;
    --link-visited: #d3b4ff;
    --rule: #3d424d;
    --head-bg: #1e2229;
    --code-bg: #23272f;
    --focus: #9cc1ff;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
a:visited { color: var(--link-visited); }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link {
  position: absolute;
  inset-inline-start: 0.5rem;
  top: -4rem;
  padding: 0.5rem 1rem;
  background: var(--bg);
  color: var(--link);
  border: 2px solid var(--focus);
  z-index: 1;
}
.skip-link:focus { top: 0.5rem; }
.page { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
header.page-header { border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; }
.site-name { margin: 0; color: var(--muted); font-weight: 600; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 0.5rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid var(--rule); }
h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
nav.languages ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0 0 1rem; padding: 0; }
nav.languages a[aria-current] { font-weight: 600; }
nav.toc ol { padding-inline-start: 1.25rem; columns: 16rem 2; margin: 0.5rem 0 0; }
nav.toc h2 { font-size: 1rem; margin: 0; padding: 0; border: 0; }
main { max-width: 72rem; }
p, ul { max-width: 46rem; }
code {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 0.92em;
  background: var(--code-bg);
  padding: 0.05em 0.3em;
  border-radius: 3px;
  overflow-wrap: anywhere;
}
.table-wrap { overflow-x: auto; margin: 1rem 0 1.5rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: start; font-weight: 600; padding: 0 0 0.5rem; }
th, td { text-align: start; vertical-align: top; padding: 0.5rem 0.6rem; border: 1px solid var(--rule); }
thead th { background: var(--head-bg); }
tbody th { font-weight: 600; }
td ul { margin: 0; padding-inline-start: 1.1rem; }
td time { white-space: nowrap; }
footer.page-footer { border-top: 1px solid var(--rule); margin-top: 3rem; padding-top: 1rem; color: var(--muted); font-size: 0.9rem; }
footer.page-footer p { margin: 0.25rem 0; }
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #333333; --link: #000000; --link-visited: #000000; --rule: #888888; --head-bg: #eeeeee; --code-bg: transparent; }
  body { font-size: 11pt; }
  .skip-link, nav.toc, nav.languages { display: none; }
  .page { max-width: none; padding: 0; }
  .table-wrap { overflow: visible; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a[href^="http"]::after, a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
}
`;
