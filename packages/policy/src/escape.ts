// Escaping for both output formats and the one rule for links: only http(s), mailto, site-relative paths and
// files beside the page ("cookie-policy.fr.html", the page's other languages) become links; anything else
// (javascript:, data:, vbscript:, protocol tricks with control characters) is shown as text.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const SAFE_ABSOLUTE = /^(https?:\/\/[^\s/?#\\]+|mailto:[^\s]+)/i;
const SAFE_RELATIVE = /^\/(?![/\\])/;
/** A page file in the page's own folder ("cookie-policy.fr.html"): no scheme, no slash, so it cannot leave the site. */
const SAME_FOLDER = /^[\w-]+(\.[\w-]+)*\.(html?|md)$/;

/** The link target to use, or undefined when the link must not become a link. */
export function safeHref(href: string, baseUrl?: string): string | undefined {
  // Browsers strip control characters and whitespace before parsing a scheme, so "java\tscript:" would still
  // run; quotes, angle brackets and backslashes never belong in a link we publish. Refuse them all outright.
  if (/[\u0000-\u0020\u007f-\u009f<>"'`\\]/.test(href)) return undefined;
  if (SAFE_ABSOLUTE.test(href)) return href;
  if (!SAFE_RELATIVE.test(href) && !SAME_FOLDER.test(href)) return undefined;
  if (baseUrl === undefined || !/^https?:\/\//i.test(baseUrl)) return href;
  try {
    return new URL(href, baseUrl).href;
  } catch {
    return href;
  }
}

/**
 * Markdown text that renders as the same literal text: HTML-significant characters become entities (so raw
 * HTML in a declaration never passes through a Markdown renderer) and inline syntax is backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&');
}

/** A rendered line whose start could open a heading, list, quote or rule gets that start escaped. */
export function markdownLineStart(line: string): string {
  return line.replace(/^(\s*)([#+\-=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/**
 * A code span. Text with backticks in it becomes escaped plain text instead: a longer fence could open a fenced
 * code block at the start of a line, and an escaped first backtick would end the span early.
 */
export function markdownCode(text: string, inTable: boolean): string {
  if (text.includes('`')) return escapeMarkdown(text);
  let flat = text.replace(/[\r\n]+/g, ' ');
  // Inside a table a bare pipe ends the cell even in a code span; GFM removes the backslash again.
  if (inTable) flat = flat.replace(/\|/g, '\\|');
  const pad = flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '' ? ' ' : '';
  return `\`${pad}${flat}${pad}\``;
}

/** A link destination in angle brackets, with the characters that could end it percent-encoded. */
export function markdownUrl(href: string): string {
  return `<${href.replace(/[<>\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}
