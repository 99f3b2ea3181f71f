import type { Technology } from './declaration.ts';

// How a technology's name, pattern or URL pattern matches what a browser shows. Shared by validation (overlap
// checks), the SDK config and the scanner so that all of them agree on what "matches" means.

/** Compiles a declared name pattern: a JavaScript regular expression matched against the whole name. */
export function compilePattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

/** Compiles a URL pattern where "*" matches any run of characters and everything else is literal. */
export function compileUrlPattern(url: string): RegExp {
  const body = url
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

/**
 * The one rule as an anchored regular expression source: a name exactly, a name pattern whole, a URL pattern whole
 * or followed by a query string (a pattern without a query part covers the same URL with one). The SDK gets it in
 * its config, so that it matches exactly as validation and the scanner do.
 */
export function matchSource(t: Pick<Technology, 'name' | 'pattern' | 'url'>): string {
  if (t.name !== undefined) return `^${t.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`;
  if (t.pattern !== undefined) return compilePattern(t.pattern).source;
  if (t.url !== undefined) {
    const re = compileUrlPattern(t.url).source.slice(1, -1);
    return t.url.includes('?') ? `^${re}$` : `^${re}(?:\\?.*)?$`;
  }
  return '(?!)';
}

/** A predicate for the names (or URLs) a technology covers. */
export function technologyMatcher(t: Pick<Technology, 'name' | 'pattern' | 'url'>): (value: string) => boolean {
  const re = new RegExp(matchSource(t));
  return (v) => re.test(v);
}

/** Strings that a regular expression (or URL glob) most likely matches, used to detect two patterns overlapping. */
export function samplesOf(t: Pick<Technology, 'name' | 'pattern' | 'url'>): string[] {
  if (t.name !== undefined) return [t.name];
  if (t.url !== undefined) return [t.url.replaceAll('*', ''), t.url.replaceAll('*', 'x1')];
  if (t.pattern !== undefined) return [sampleFromRegex(t.pattern, 'min'), sampleFromRegex(t.pattern, 'more')];
  return [];
}

// A small generator that walks common regex constructs and emits one string they accept. It is a heuristic:
// constructs it does not know only make it miss an overlap, never invent one, since every sample is checked
// against the pattern it came from before it is used.
function sampleFromRegex(src: string, mode: 'min' | 'more'): string {
  let out = '';
  let i = 0;
  const s = src.replace(/^\^/, '').replace(/\$$/, '');
  const repeat = (unit: string): string => {
    const q = s[i];
    if (q === '*' || q === '?') {
      i++;
      if (s[i] === '?') i++;
      return mode === 'more' ? unit : '';
    }
    if (q === '+') {
      i++;
      if (s[i] === '?') i++;
      return mode === 'more' ? unit + unit : unit;
    }
    if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i));
      if (m) {
        i += m[0].length;
        const n = Number(m[1]);
        return unit.repeat(mode === 'more' && m[2] ? Math.max(n, Number(m[3] || n + 1)) : n);
      }
    }
    return unit;
  };
  const classSample = (body: string): string => {
    if (body.startsWith('^')) return body.includes('x') ? '_' : 'x';
    const c = body.replace(/^\\/, '')[0] ?? 'a';
    return body.startsWith('\\d') ? '0' : body.startsWith('\\w') ? 'a' : c;
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\') {
      const e = s[i + 1] ?? '';
      i += 2;
      const unit = e === 'd' ? '0' : e === 'w' ? 'a' : e === 's' ? ' ' : e;
      out += repeat(unit);
    } else if (c === '[') {
      const end = s.indexOf(']', i + 2);
      const body = s.slice(i + 1, end < 0 ? s.length : end);
      i = end < 0 ? s.length : end + 1;
      out += repeat(classSample(body));
    } else if (c === '(') {
      let depth = 1;
      let j = i + 1;
      while (j < s.length && depth > 0) {
        if (s[j] === '\\') j++;
        else if (s[j] === '(') depth++;
        else if (s[j] === ')') depth--;
        j++;
      }
      let body = s.slice(i + 1, j - 1).replace(/^\?:/, '');
      body = splitTopLevel(body)[0] ?? '';
      i = j;
      out += repeat(sampleFromRegex(body, mode));
    } else if (c === '.') {
      i++;
      out += repeat('a');
    } else if (c === '|') {
      break;
    } else {
      i++;
      out += repeat(c);
    }
  }
  return out;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}
