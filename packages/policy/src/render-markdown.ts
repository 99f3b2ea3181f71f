import type { PublishedVersion } from '@cookieproof/schema';
import { buildDocument, type PolicyRenderOptions } from './build-document.ts';
import type { Block, Cell, Inline, PolicyDocument, Section, Table } from './document.ts';
import { escapeMarkdown as e, markdownCode, markdownLineStart, markdownUrl, safeHref } from './escape.ts';

/** The policy as GitHub-flavoured Markdown, with every declaration string escaped. */
export function renderPolicyMarkdown(versions: readonly PublishedVersion[], options: PolicyRenderOptions = {}): string {
  return renderDocument(buildDocument(versions, options));
}

function renderDocument(doc: PolicyDocument): string {
  const inline = (pieces: Inline[], inTable = false) =>
    pieces.map((p) => renderInline(p, inTable, (href) => safeHref(href, doc.baseUrl))).join('');
  const out = [`# ${e(doc.title)}`, '', markdownLineStart(`${e(doc.siteName)} · ${inline(doc.meta)}`), ''];
  const languages = doc.languages.map((l) => (l.current ? e(l.name) : inline([{ link: l.href, text: l.name }])));
  if (languages.length > 1) out.push(markdownLineStart(`${e(doc.labels.languages)}: ${languages.join(' · ')}`), '');
  for (const s of doc.sections) out.push(...renderSection(s, 2, inline));
  out.push('---', '', ...doc.footer.flatMap((line) => [markdownLineStart(inline(line)), '']));
  return `${out.join('\n').trimEnd()}\n`;
}

type InlineRenderer = (pieces: Inline[], inTable?: boolean) => string;

function renderInline(p: Inline, inTable: boolean, link: (href: string) => string | undefined): string {
  const text = e; // escapes "|" too, so table cells stay intact
  if (typeof p === 'string') return text(p);
  if ('code' in p) return markdownCode(p.code, inTable);
  if ('strong' in p) return `**${text(p.strong)}**`;
  if ('time' in p) return text(p.text);
  const href = link(p.link);
  return href ? `[${text(p.text)}](${markdownUrl(href)})` : text(p.text);
}

function renderSection(s: Section, level: 2 | 3, inline: InlineRenderer): string[] {
  const out = [`${'#'.repeat(level)} ${e(s.title)}`, ''];
  for (const b of s.blocks) out.push(...renderBlock(b, inline), '');
  for (const sub of s.subsections) out.push(...renderSection(sub, 3, inline));
  return out;
}

function renderBlock(b: Block, inline: InlineRenderer): string[] {
  if ('p' in b) return [markdownLineStart(inline(b.p))];
  if ('ul' in b) return b.ul.map((item) => `- ${markdownLineStart(inline(item))}`);
  return renderTable(b.table, inline);
}

function renderTable(t: Table, inline: InlineRenderer): string[] {
  const cell = (c: Cell) => (Array.isArray(c) ? inline(c, true) : c.items.map((item) => inline(item, true)).join('; '));
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `*${e(t.caption)}*`, // starts with "*", so it cannot open another block
    '',
    row(t.columns.map(e)),
    row(t.columns.map(() => '---')),
    ...t.rows.map((r) => row(r.map(cell))),
  ];
}
