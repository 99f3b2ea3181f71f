import { readFile } from 'node:fs/promises';
import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { checkDeclaration, salvage } from './checks.ts';
import { Declaration } from './declaration.ts';
import { CookieproofError, DeclarationError, type Problem } from './errors.ts';
import { closest } from './text.ts';

export interface LoadResult {
  declaration: Declaration | undefined;
  problems: Problem[];
}

/**
 * Parses YAML or JSON (JSON is YAML 1.2) and validates it, returning every problem at once, each located at the
 * line and column of the offending node. Never throws for bad input.
 */
export function parseDeclaration(source: string, file = 'cookieproof.yaml'): LoadResult {
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(source, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
      logLevel: 'error',
    });
  } catch (err) {
    return { declaration: undefined, problems: [problem(file, 1, 1, '', `cannot parse: ${String(err)}`)] };
  }
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, source.length)));
    return { line, column: col };
  };
  const syntax = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'DUPLICATE_KEY')];
  if (syntax.length > 0) {
    return {
      declaration: undefined,
      problems: syntax.map((e) => {
        const { line, column } = at(e.pos[0]);
        return problem(file, line, column, '', syntaxMessage(e.code, e.message));
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return { declaration: undefined, problems: [problem(file, 1, 1, '', `cannot read: ${(err as Error).message}`)] };
  }
  const locate = (path: readonly PropertyKey[], key?: string) => {
    const parts = path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[];
    let node: Node | undefined;
    // Walk down as far as the document goes; a missing field points at its parent.
    for (let i = parts.length; i >= 0; i--) {
      const found = i === 0 ? doc.contents : doc.getIn(parts.slice(0, i), true);
      if (found && typeof found === 'object' && 'range' in found) {
        node = found as Node;
        if (i === parts.length && key !== undefined && isMap(node)) {
          const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === key);
          if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
        }
        break;
      }
    }
    return at(node?.range?.[0] ?? 0);
  };
  const problems = validate(data, file, locate);
  const errors = problems.filter((p) => p.severity === 'error');
  const parsed = errors.length === 0 ? Declaration.safeParse(data) : undefined;
  return { declaration: parsed?.success ? parsed.data : undefined, problems: sortProblems(problems) };
}

type Locate = (path: readonly PropertyKey[], key?: string) => { line: number; column: number };

function validate(data: unknown, file: string, locate: Locate): Problem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [
      problem(
        file,
        1,
        1,
        '',
        'a declaration is a mapping with site, policy, purposes, categories, providers and technologies',
      ),
    ];
  }
  const problems: Problem[] = [];
  const result = Declaration.safeParse(data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...fromIssue(issue, file, locate));
  }
  const declaration = result.success ? result.data : salvage(data as Record<string, unknown>);
  // Warnings about a half-parsed file are noise (an entry dropped for a typo looks "unused"), so only errors then.
  const checks = checkDeclaration(declaration).filter((c) => result.success || c.severity === 'error');
  for (const c of checks) {
    const { line, column } = locate(c.path, c.key);
    problems.push(problem(file, line, column, [...c.path, ...(c.key ? [c.key] : [])].join('.'), c.message, c.severity));
  }
  return problems;
}

function fromIssue(issue: z.core.$ZodIssue, file: string, locate: Locate): Problem[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const { line, column } = locate(issue.path, key);
      const known = knownKeys(issue.path);
      const hint = known ? closest(key, known) : undefined;
      const msg = `unknown field "${key}"${hint ? `; did you mean "${hint}"?` : known ? `; expected one of ${known.join(', ')}` : ''}`;
      return problem(file, line, column, [...path, key].join('.'), msg);
    });
  }
  const { line, column } = locate(issue.path);
  return [problem(file, line, column, path.join('.'), issueMessage(issue))];
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing required field; expected ${article(issue.expected)}`
        : `expected ${article(issue.expected)}, got ${describe(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(issue.input)}`;
    case 'invalid_union':
      return issue.input === undefined
        ? 'missing required field; expected text, or an object with one text per locale'
        : 'expected text, or an object with one text per locale (e.g. { en: "…", de: "…" })';
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'must not be empty'
          : issue.message;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  if (type === 'object' || type === 'record') return 'a mapping';
  if (type === 'array') return 'a list';
  if (type === 'int') return 'an integer';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

// Field names allowed at a path, for "did you mean" hints on unknown fields.
const SHAPES: Record<string, readonly string[]> = {
  '': Object.keys(Declaration.shape),
  site: ['name', 'defaultLocale', 'surfaces'],
  'site.surfaces.*': ['title', 'origins', 'paths'],
  policy: [
    'version',
    'effectiveDate',
    'summary',
    'url',
    'privacyPolicyUrl',
    'contact',
    'signals',
    'sellsPersonalInformation',
    'sharesPersonalInformation',
    'consentLifetimeDays',
  ],
  'policy.contact': ['name', 'email', 'url', 'address'],
  'policy.signals': ['gpc', 'dnt'],
  'purposes.*': ['title', 'description', 'essential'],
  'categories.*': ['title', 'description', 'required', 'saleOrShare'],
  'providers.*': ['name', 'party', 'kind', 'privacyPolicyUrl', 'optOutUrl', 'domains'],
  'technologies.*': [
    'kind',
    'name',
    'pattern',
    'url',
    'domain',
    'category',
    'purposes',
    'provider',
    'surfaces',
    'duration',
    'description',
    'attributes',
  ],
  'technologies.*.attributes': ['httpOnly', 'secure', 'sameSite'],
  jurisdictions: ['default', 'rules'],
  'locales.*': ['strings'],
  'jurisdictions.default': ['regime', 'wording'],
  'jurisdictions.rules.*': ['regions', 'regime', 'wording'],
  consentMode: ['mapping', 'waitForUpdate', 'adsDataRedaction', 'urlPassthrough'],
  'history.*': ['version', 'effectiveDate', 'summary', 'file'],
};

function knownKeys(path: readonly PropertyKey[]): readonly string[] | undefined {
  const p = path.map(String);
  const generic = p.map((seg, i) =>
    i === 1 && p.length >= 2 && p[0] !== 'policy' && p[0] !== 'consentMode' ? '*' : seg,
  );
  if (p[0] === 'site' && p[1] === 'surfaces' && p.length === 3) return SHAPES['site.surfaces.*'];
  if (p[0] === 'history' && p.length === 2) return SHAPES['history.*'];
  if (p[0] === 'jurisdictions')
    return SHAPES[p.length === 3 && p[1] === 'rules' ? 'jurisdictions.rules.*' : p.join('.')];
  return SHAPES[generic.join('.')];
}

function syntaxMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'DUPLICATE_KEY') return 'this key appears twice in the same mapping; keep one';
  return `syntax error: ${first.replace(/ at line \d+, column \d+.*$/, '')}`;
}

function problem(
  file: string,
  line: number,
  column: number,
  path: string,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file, line, column, path, message, severity };
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column || a.path.localeCompare(b.path));
}

/** Reads and validates a declaration file; throws DeclarationError with every problem when it has errors. */
export async function loadDeclaration(file: string): Promise<Declaration> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CookieproofError(
      'invalid-input',
      code === 'ENOENT'
        ? `${file}: no such file; create one with \`cookieproof init\``
        : `${file}: cannot read (${code})`,
    );
  }
  const { declaration, problems } = parseDeclaration(source, file);
  if (!declaration) throw new DeclarationError(problems.filter((p) => p.severity === 'error'));
  return declaration;
}
