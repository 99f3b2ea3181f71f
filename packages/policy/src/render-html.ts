import { CookieproofError, type PublishedVersion, sha256Hex } from '@cookieproof/schema';
import { buildDocument, type PolicyRenderOptions } from './build-document.ts';
import type { Block, Cell, Inline, LanguageLink, PolicyDocument, Section, Table } from './document.ts';
import { escapeHtml as e, safeHref } from './escape.ts';
import { policyCss } from './policy-css.ts';

/** The complete, standalone policy page: no scripts, readable, printable, light and dark. */
export function renderPolicyHtml(versions: readonly PublishedVersion[], options: PolicyRenderOptions = {}): string {
  return renderDocument(buildDocument(versions, options), options.stylesheetHref);
}

/** SHA-256 (hex) of a rendered page, so a proof bundle can say exactly which page a visitor was shown. */
export function policyPageHash(html: string): string {
  return sha256Hex(html);
}

function renderDocument(doc: PolicyDocument, stylesheetHref: string | undefined): string {
  const link = (href: string) => safeHref(href, doc.baseUrl);
  const canonical = link(doc.canonicalUrl);
  const sheet = stylesheetHref === undefined ? undefined : link(stylesheetHref);
  if (stylesheetHref !== undefined && sheet === undefined)
    throw new CookieproofError(
      'invalid-input',
      `stylesheetHref ${JSON.stringify(stylesheetHref)} is not usable: give an http(s) URL or a path starting with "/"`,
    );
  const style = sheet ? `<link rel="stylesheet" href="${e(sheet)}">` : `<style>\n${policyCss}</style>`;
  const inline = (pieces: Inline[]) => pieces.map((p) => renderInline(p, link)).join('');
  const languages = doc.languages.flatMap((l) => {
    const href = link(l.href);
    return href ? [{ ...l, href }] : [];
  });
  const out = [
    '<!doctype html>',
    `<html lang="${e(doc.lang)}"${doc.dir === 'rtl' ? ' dir="rtl"' : ''}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${e(doc.title)} · ${e(doc.siteName)}</title>`,
    ...(canonical ? [`<link rel="canonical" href="${e(canonical)}">`] : []),
    ...languages.map((l) => `<link rel="alternate" hreflang="${e(l.locale)}" href="${e(l.href)}">`),
    `<meta name="cookieproof-version" content="${e(doc.version)}">`,
    `<meta name="cookieproof-fingerprint" content="${e(doc.fingerprint)}">`,
    style,
    '</head>',
    '<body>',
    `<a class="skip-link" href="#main">${e(doc.labels.skip)}</a>`,
    '<div class="page">',
    '<header class="page-header">',
    `<p class="site-name">${e(doc.siteName)}</p>`,
    `<h1>${e(doc.title)}</h1>`,
    `<p class="meta">${inline(doc.meta)}</p>`,
    ...languageNav(doc.labels.languages, languages),
    '</header>',
    '<nav class="toc" aria-labelledby="toc-title">',
    `<h2 id="toc-title">${e(doc.labels.contents)}</h2>`,
    '<ol>',
    ...doc.sections.map((s) => `<li><a href="#${e(s.id)}">${e(s.title)}</a></li>`),
    '</ol>',
    '</nav>',
    '<main id="main" tabindex="-1">',
  ];
  const tables = { count: 0 };
  for (const s of doc.sections) out.push(renderSection(s, 2, inline, tables));
  out.push('</main>', '<footer class="page-footer">', ...doc.footer.map((line) => `<p>${inline(line)}</p>`));
  out.push('</footer>', '</div>', '</body>', '</html>', '');
  return out.join('\n');
}

/** Links to the page in each language, each named in its own language and marked with it. */
function languageNav(label: string, languages: (LanguageLink & { href: string })[]): string[] {
  if (languages.length < 2) return [];
  const items = languages.map(
    (l) =>
      `<li><a href="${e(l.href)}" hreflang="${e(l.locale)}" lang="${e(l.locale)}"${l.current ? ' aria-current="page"' : ''}>${e(l.name)}</a></li>`,
  );
  return [`<nav class="languages" aria-label="${e(label)}">`, '<ul>', ...items, '</ul>', '</nav>'];
}

function renderInline(p: Inline, link: (href: string) => string | undefined): string {
  if (typeof p === 'string') return e(p);
  if ('code' in p) return `<code>${e(p.code)}</code>`;
  if ('strong' in p) return `<strong>${e(p.strong)}</strong>`;
  if ('time' in p)
    return /^\d{4}-\d{2}-\d{2}$/.test(p.time) ? `<time datetime="${p.time}">${e(p.text)}</time>` : e(p.text);
  const href = link(p.link);
  return href ? `<a href="${e(href)}">${e(p.text)}</a>` : e(p.text);
}

type InlineRenderer = (pieces: Inline[]) => string;

function renderSection(s: Section, level: 2 | 3, inline: InlineRenderer, tables: { count: number }): string {
  const headingId = `${s.id}-title`;
  const parts = [`<section id="${e(s.id)}" aria-labelledby="${e(headingId)}">`];
  parts.push(`<h${level} id="${e(headingId)}">${e(s.title)}</h${level}>`);
  for (const b of s.blocks) parts.push(renderBlock(b, inline, tables));
  for (const sub of s.subsections) parts.push(renderSection(sub, 3, inline, tables));
  parts.push('</section>');
  return parts.join('\n');
}

function renderBlock(b: Block, inline: InlineRenderer, tables: { count: number }): string {
  if ('p' in b) return `<p>${inline(b.p)}</p>`;
  if ('ul' in b) return `<ul>\n${b.ul.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`;
  return renderTable(b.table, inline, ++tables.count);
}

function renderTable(t: Table, inline: InlineRenderer, n: number): string {
  const captionId = `table-${n}`;
  const cell = (c: Cell) =>
    Array.isArray(c) ? inline(c) : `<ul>${c.items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
  const rows = t.rows.map(
    ([head, ...rest]) =>
      `<tr><th scope="row">${head ? cell(head) : ''}</th>${rest.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`,
  );
  // A focusable, labelled scroll container: narrow screens can scroll the table with the keyboard.
  return [
    `<div class="table-wrap" role="region" aria-labelledby="${captionId}" tabindex="0">`,
    '<table>',
    `<caption id="${captionId}">${e(t.caption)}</caption>`,
    `<thead><tr>${t.columns.map((c) => `<th scope="col">${e(c)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</div>',
  ].join('\n');
}
