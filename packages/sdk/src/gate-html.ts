import type { ClientConfig } from '@cookieproof/schema';

// Gated markup written into HTML before it reaches the browser. A `<script src>`, `<img src>` or `<iframe src>` in
// the HTML itself is requested by Chromium before any script of the page can run (its preload scanner reads ahead
// of the parser; an iframe starts loading as the parser inserts it), so the core can keep it from running but not
// from being requested. The operator's server (or a build step over static files) passes its pages through
// gateHtml(), which turns each such tag whose URL is a declared non-essential technology into the markup the core
// activates on consent, exactly as the core rewrites one that page script inserts. Plain string work, no DOM and
// nothing of Node.js, so it runs in any server or edge runtime.

export interface GateHtmlOptions {
  /** The page's URL, against which relative URLs in it are resolved (a `<base href>` in the HTML is not read). */
  url: string;
}

/** Elements whose content is text, not markup: nothing inside them is a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const LOADERS = new Set(['script', 'img', 'iframe']);

interface Attribute {
  name: string;
  value: string;
  /** Where it starts and ends in the HTML, leading whitespace included. */
  start: number;
  end: number;
}

/**
 * The HTML with every markup-less script, image and iframe whose URL matches a declared URL of a non-essential
 * category turned into gated markup (`type="text/plain"` / `data-cookieproof-src`, with `data-cookieproof-category`).
 * Everything else is left byte for byte as it was.
 */
export function gateHtml(html: string, config: ClientConfig, options: GateHtmlOptions): string {
  const urls = config.categories.flatMap((c) =>
    c.required ? [] : c.technologies.filter((t) => t.url).map((t) => [new RegExp(t.match), c.id] as const),
  );
  const categoryOf = (src: string): string | undefined => {
    let abs: string;
    try {
      abs = new URL(src.trim(), options.url).href;
    } catch {
      return undefined;
    }
    return urls.find(([re]) => re.test(abs))?.[1];
  };

  let out = '';
  let copied = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const tag = readStartTag(html, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (LOADERS.has(tag.name)) {
      const rewritten = gateTag(html, tag, categoryOf);
      if (rewritten !== undefined) {
        out += html.slice(copied, lt) + rewritten;
        copied = tag.end;
      }
    }
    if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      const close = new RegExp(`</${tag.name}[\\s/>]`, 'gi');
      close.lastIndex = i;
      const m = close.exec(html);
      i = m ? m.index : html.length;
    }
  }
  return out + html.slice(copied);
}

interface StartTag {
  name: string;
  attributes: Attribute[];
  end: number;
  selfClosing: boolean;
}

/** A start tag at `lt` as the HTML tokenizer reads it, or undefined when "<" does not open one. */
function readStartTag(html: string, lt: number): StartTag | undefined {
  const nameMatch = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 64));
  if (!nameMatch) return undefined;
  const attributes: Attribute[] = [];
  let i = lt + nameMatch[0].length;
  const attr = /[\s/]*([^\s/>=][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;
  for (;;) {
    const ws = /[\s/]*/y;
    ws.lastIndex = i;
    ws.exec(html);
    const at = ws.lastIndex;
    if (at >= html.length) return undefined;
    if (html[at] === '>') {
      const selfClosing = html[at - 1] === '/';
      return { name: nameMatch[1]!.toLowerCase(), attributes, end: at + 1, selfClosing };
    }
    attr.lastIndex = i;
    const m = attr.exec(html);
    if (!m || attr.lastIndex === i) return undefined;
    attributes.push({
      name: m[1]!.toLowerCase(),
      value: decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''),
      start: i,
      end: attr.lastIndex,
    });
    i = attr.lastIndex;
  }
}

/** The gated form of a script, image or iframe tag, or undefined when it is to stay as it is. */
function gateTag(html: string, tag: StartTag, categoryOf: (src: string) => string | undefined): string | undefined {
  // The first of a repeated attribute counts, as in the browser.
  const get = (name: string) => tag.attributes.find((a) => a.name === name);
  const src = get('src');
  if (!src || get('data-cookieproof-category')) return undefined;
  const type = get('type');
  // A script of a type the browser does not run is left alone.
  if (
    tag.name === 'script' &&
    type &&
    !/^(module|(text|application)\/(x-)?(java|ecma)script|)$/i.test(type.value.trim())
  )
    return undefined;
  const category = categoryOf(src.value);
  if (!category) return undefined;
  // A script keeps its src (type="text/plain" keeps it from loading); an image or iframe gets it back on consent
  // from data-cookieproof-src, and an image's srcset goes, or the browser would load from it.
  const dropped = tag.name === 'script' ? ['type'] : ['src', 'srcset'];
  const kept = tag.attributes
    .filter((a) => !dropped.includes(a.name))
    .map((a) => html.slice(a.start, a.end))
    .join('');
  const added =
    tag.name === 'script'
      ? ` type="text/plain"${type ? ` data-cookieproof-type="${escapeAttribute(type.value)}"` : ''}`
      : ` data-cookieproof-src="${escapeAttribute(src.value)}"`;
  return `<${tag.name}${kept}${added} data-cookieproof-category="${escapeAttribute(category)}"${tag.selfClosing ? ' />' : '>'}`;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references in an attribute value, as far as URLs use them. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
