import type { Declaration, PublishedVersion } from '@cookieproof/schema';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown, safeHref } from './escape.ts';
import { policyCss, renderPolicyHtml, renderPolicyMarkdown } from './index.ts';
import { loadAiPromo, published } from './test-support.ts';

// Every string a declaration holds ends up on a public page. These tests put script and markup payloads into
// each string field in turn (and into the ids), render HTML and Markdown, and check the output strictly: every
// tag and attribute must be one the renderer itself writes, and every link must have a safe scheme.

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '</style></title><script>alert(1)</script>',
  '[click](javascript:alert(1)) ![x](x "y") <b>bold</b>',
  '```\n<iframe src="https://evil.example"></iframe>\n```',
  '&lt;script&gt;alert(1)&lt;/script&gt; &amp; {site} | a | b |',
  '# heading\n- item\n1. one\n> quote',
];

// One field at a time, all payloads above would take minutes. This one carries their attacks together; a bare
// script URL is also put into every field that holds a link or origin, as a link must be the whole string.
const FIELD_PAYLOAD =
  '<script>alert(1)</script>"><img src=x onerror=alert(1)>\'><svg/onload=alert(1)>```\n<iframe src="https://evil.example"></iframe>\n```[click](javascript:alert(1)) # x | y &amp; {site}';
const LINK_PAYLOADS = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>'];

const TAGS = new Set(
  'html head meta title link style body a div header p h1 h2 h3 nav ol li main section ul strong code time table caption thead tbody tr th td footer'.split(
    ' ',
  ),
);
const ATTRIBUTES = new Set(
  'lang charset name content rel href class id aria-labelledby tabindex role scope datetime'.split(' '),
);
const SAFE_LINK = /^(https?:\/\/[^\s"<>\\]+|mailto:[^\s"<>]+|\/(?![/\\])[^\s"<>]*|#[a-z0-9_-]+)$/i;

/** Throws unless every "<" in the page opens a tag the renderer writes, with only its attributes and safe links. */
function assertInertHtml(html: string): void {
  const styleAt = html.indexOf('<style>\n');
  let body = html;
  if (styleAt >= 0) {
    const end = html.indexOf('</style>', styleAt);
    expect(html.slice(styleAt + 8, end)).toBe(policyCss);
    body = html.slice(0, styleAt + 7) + html.slice(end);
  }
  expect(body.startsWith('<!doctype html>\n')).toBe(true);
  assertOnlyTags(body.slice('<!doctype html>'.length), TAGS, ATTRIBUTES);
}

function assertOnlyTags(html: string, tags: Set<string>, attributes: Set<string>): void {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+="[^"<>]*")*)\s*>/y;
  const attr = /\s+([a-zA-Z-]+)="([^"<>]*)"/g;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    tag.lastIndex = at;
    const m = tag.exec(html);
    if (!m) throw new Error(`stray "<" at ${at}: ${html.slice(at, at + 60)}`);
    if (!tags.has(m[2]!.toLowerCase())) throw new Error(`unexpected element <${m[2]}>`);
    for (const [, name, value] of m[3]!.matchAll(attr)) {
      if (!attributes.has(name!)) throw new Error(`unexpected attribute ${name} on <${m[2]}>`);
      if (name === 'href' && !SAFE_LINK.test(value!.replace(/&amp;/g, '&'))) throw new Error(`unsafe link ${value}`);
    }
  }
}

const markdown = new MarkdownIt({ html: true });
const MD_TAGS = new Set('p h1 h2 h3 ul li table thead tbody tr th td code strong em a hr br'.split(' '));

/** Parses the Markdown the way a renderer that allows raw HTML would, and checks nothing raw got through. */
function assertInertMarkdown(md: string): void {
  const tokens = markdown.parse(md, {});
  const walk = (list: typeof tokens) => {
    for (const t of list) {
      if (t.type === 'html_block' || t.type === 'html_inline') throw new Error(`raw HTML passed through: ${t.content}`);
      if (t.type === 'fence' || t.type === 'code_block') throw new Error(`unexpected code block: ${t.content}`);
      if (t.tag && !MD_TAGS.has(t.tag)) throw new Error(`unexpected element <${t.tag}>`);
      const href = t.attrGet('href');
      if (href !== null && !SAFE_LINK.test(decodeURI(String(href)))) throw new Error(`unsafe link ${href}`);
      if (t.children) walk(t.children);
    }
  };
  walk(tokens);
  assertOnlyTags(markdown.renderer.render(tokens, markdown.options, {}), MD_TAGS, new Set(['href']));
}

/** Paths of every string in a value, e.g. ["technologies", "session", "description", "de"]. */
function stringPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
}

function setAt(root: unknown, path: string[], value: string): void {
  let node = root as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
}

let versions: PublishedVersion[];
let current: Declaration;
beforeAll(async () => {
  versions = await loadAiPromo();
  current = versions.at(-1)!.declaration;
});

function renderBoth(vs: PublishedVersion[], locale: string) {
  assertInertHtml(renderPolicyHtml(vs, { locale }));
  assertInertHtml(renderPolicyHtml(vs, { locale, stylesheetHref: '/policy.css', baseUrl: 'https://site.example' }));
  assertInertMarkdown(renderPolicyMarkdown(vs, { locale }));
}

describe('declaration strings cannot inject markup', () => {
  it('the checks themselves catch injected markup and unsafe links', () => {
    expect(() => assertInertHtml('<!doctype html>\n<p><img src=x onerror=alert(1)></p>')).toThrow(/img/);
    expect(() => assertInertHtml('<!doctype html>\n<p title="x">a</p>')).toThrow(/attribute title/);
    expect(() => assertInertHtml('<!doctype html>\n<a href="javascript:alert(1)">a</a>')).toThrow(/unsafe link/);
    expect(() => assertInertHtml('<!doctype html>\n<p>a < b</p>')).toThrow(/stray/);
    expect(() => assertInertMarkdown('<script>alert(1)</script>')).toThrow(/raw HTML/);
    expect(() => assertInertMarkdown('[x](https://a.example/ "t") <b>x</b>')).toThrow(/raw HTML/);
  });

  it('keeps every string field inert, one field at a time', () => {
    const paths = stringPaths(current);
    expect(paths.length).toBeGreaterThan(250);
    let rendered = 0;
    let links = 0;
    for (const path of paths) {
      const original = String(path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], current));
      const isLink = /^(https?:|mailto:|\/)/.test(original) || path.at(-1) === 'email';
      if (isLink) links++;
      for (const payload of isLink ? [FIELD_PAYLOAD, ...LINK_PAYLOADS] : [FIELD_PAYLOAD]) {
        const d = structuredClone(current);
        setAt(d, path, payload);
        const vs = [...versions.slice(0, -1), { ...versions.at(-1)!, declaration: d }];
        assertInertHtml(renderPolicyHtml(vs, { locale: path.includes('de') ? 'de' : 'en' }));
        assertInertMarkdown(renderPolicyMarkdown(vs, { locale: path.includes('de') ? 'de' : 'en' }));
        rendered++;
      }
    }
    expect(links).toBeGreaterThan(15);
    expect(rendered).toBe(paths.length + links * LINK_PAYLOADS.length);
  });

  it('keeps the page inert when every string of every version is a payload at once', () => {
    for (const [i, payload] of PAYLOADS.entries()) {
      const vs = versions.map((v, n) => {
        const d = structuredClone(v.declaration);
        for (const path of stringPaths(d)) setAt(d, path, `${payload} ${n}.${i}`);
        return published(d);
      });
      renderBoth(vs, 'en');
      renderBoth(vs, 'de');
    }
  });

  it('keeps ids (record keys and references) inert too', () => {
    let json = JSON.stringify(versions.map((v) => v.declaration));
    const ids = new Set(
      (['purposes', 'categories', 'providers', 'technologies'] as const).flatMap((k) => Object.keys(current[k])),
    );
    for (const s of Object.keys(current.site.surfaces)) ids.add(s);
    for (const id of ids)
      json = json.replaceAll(JSON.stringify(id), JSON.stringify(`${id}"><img src=x onerror=alert(1)>`));
    const vs = (JSON.parse(json) as Declaration[]).map(published);
    renderBoth(vs, 'en');
    expect(renderPolicyHtml(vs)).toContain('id="category-1"');
  });
});

describe('link and text escaping', () => {
  it('allows only http(s), mailto, site-relative links and page files beside the page', () => {
    for (const ok of [
      'https://a.example/x?y=1#z',
      'http://aipromo.localhost:4000/privacy',
      'mailto:a@b.example',
      '/privacy',
      'cookie-policy.fr.html',
    ])
      expect(safeHref(ok), ok).toBe(ok);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,x',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      '/\\evil.example',
      'https:evil',
      'privacy',
      'javascript.html:alert(1)',
      '',
    ])
      expect(safeHref(bad), bad).toBeUndefined();
    expect(safeHref('/privacy', 'https://site.example/base/')).toBe('https://site.example/privacy');
    expect(safeHref('/privacy', 'javascript:alert(1)//')).toBe('/privacy');
  });

  it('escapes Markdown syntax and HTML so text renders as itself', () => {
    for (const s of ['a *b* _c_ `d` [e](f) <g> & h | i ~j~ \\k', '<img src=x onerror=alert(1)>'])
      expect(markdown.renderInline(escapeMarkdown(s))).toBe(
        s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      );
  });
});
