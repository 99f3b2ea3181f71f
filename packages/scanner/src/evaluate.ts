import {
  type Declaration,
  durationSeconds,
  type Finding,
  parseDuration,
  regimeOf,
  resolveJurisdiction,
  type ScanPassName,
  signalOptOut,
  type Technology,
  type TechnologyKind,
  technologyMatcher,
  type Violation,
  type ViolationRule,
} from '@cookieproof/schema';
import { CONSENT_REQUIRED, type KnownItem, type KnownItems } from './known-items.ts';
import { hostOf, isFirstParty } from './party.ts';
import type { ObservedCookie, ObservedRequest, PassObservation } from './pass.ts';

// Turns what each pass observed into findings (each matched to a declared technology or to none) and violations.

export type ScanFinding = Finding & {
  /** Found in the GPC pass. */
  gpc?: true;
  /** Found in a pass from this region (`--region`). */
  region?: string;
  /** Surface of the page it was found on, from the declaration's origins and paths. */
  surface: string | null;
  /** Created by the login step rather than by the site on its own. */
  viaLogin?: boolean;
};

export interface Suggestion {
  kind: TechnologyKind;
  name: string;
  platform: string;
  category: KnownItem['category'];
  description: string;
  retention?: string;
  source: KnownItem['source'];
}

/** A declared non-essential technology the accept pass visited its surface for and never saw. */
export type NotObserved = {
  rule: 'not-observed';
  pass: 'accept';
  kind: TechnologyKind;
  /** The declared name, pattern or URL pattern. */
  name: string;
  technologyId: string;
  category: string;
  /** Surfaces of the technology the accept pass visited. */
  surfaces: string[];
  /** The first accept-pass page on one of those surfaces. */
  page: string;
  message: string;
};

export interface Evaluation {
  findings: ScanFinding[];
  violations: Violation[];
  suggestions: Suggestion[];
  notObserved: NotObserved[];
}

/** Tolerance on declared durations: clocks and rounding, at least an hour or 1 %. */
const toleranceSeconds = (declared: number) => Math.max(3600, declared * 0.01);

export function surfaceOf(declaration: Declaration | undefined, pageUrl: string): string | null {
  if (!declaration) return null;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  let best: { id: string; length: number } | undefined;
  for (const [id, s] of Object.entries(declaration.site.surfaces)) {
    if (!s.origins.some((o) => o.replace(/\/$/, '') === url.origin)) continue;
    const length = s.paths
      ? Math.max(-1, ...s.paths.filter((p) => url.pathname.startsWith(p)).map((p) => p.length))
      : 0;
    if (length >= 0 && (!best || length > best.length)) best = { id, length };
  }
  return best?.id ?? null;
}

type Match = { id: string; tech: Technology } | { id: null; why: string };

function hostUnder(host: string, domain: string): boolean {
  const d = domain.toLowerCase().replace(/^\./, '').replace(/:\d+$/, '');
  return host === d || host.endsWith(`.${d}`);
}

/** The declared technology an item is, judged by kind, name/pattern/URL, domain and surface. */
export function matchTechnology(
  declaration: Declaration,
  item: { kind: TechnologyKind; value: string; host: string; page: string; surface: string | null },
): Match {
  const named = Object.entries(declaration.technologies).filter(
    ([, t]) => t.kind === item.kind && safeMatch(t, item.value),
  );
  if (named.length === 0) return { id: null, why: 'not declared' };
  const reasons: string[] = [];
  for (const [id, t] of named) {
    const provider = t.provider ? declaration.providers[t.provider] : undefined;
    const urlKind = t.url !== undefined;
    let hostOk: boolean;
    if (t.domain) hostOk = hostUnder(item.host, t.domain);
    else if (urlKind) hostOk = true;
    // Tags such as Google Analytics set first-party cookies, so the site itself always counts.
    else hostOk = isFirstParty(item.host, item.page) || (provider?.domains ?? []).some((d) => hostUnder(item.host, d));
    if (!hostOk) {
      reasons.push(
        `"${id}" is declared for ${t.domain ?? provider?.domains?.join(', ') ?? 'the site itself'}, not ${item.host}`,
      );
      continue;
    }
    if (item.surface !== null && !t.surfaces.includes(item.surface)) {
      reasons.push(`"${id}" is declared for surface ${t.surfaces.join(', ')}, not ${item.surface}`);
      continue;
    }
    return { id, tech: t };
  }
  return { id: null, why: reasons.join('; ') };
}

function safeMatch(t: Technology, value: string): boolean {
  try {
    return technologyMatcher(t)(value);
  } catch {
    return false;
  }
}

const stripQuery = (url: string) => url.replace(/[?#].*$/, '');

/** Which requests are judged, in the words the report gives (`requestRule`). */
export const REQUEST_RULE =
  'Judged: every pixel (beacon, collection endpoint, tiny image), iframe and script, whether first-party, same-site ' +
  'or third-party, and any request whose URL a declared technology names. Left out: page loads, styles, fonts, ' +
  "media and other requests that are none of these (the site's own API calls, including a fetch or XHR to the " +
  "page's own origin answered with JSON, whatever its path), and scripts served from the page's own origin or " +
  "from an origin of one of the declaration's surfaces (the site's own code) unless a technology names them.";

type RequestKind = 'pixel' | 'script' | 'iframe';

/** The kind a request is judged as under REQUEST_RULE, or null when it stays out of the findings. */
export function judgedKind(
  r: Pick<ObservedRequest, 'url' | 'kind' | 'page'>,
  declaration: Declaration | undefined,
): RequestKind | null {
  // A declaration may name any request, a first-party API endpoint included, as the technology it is.
  const declared = declaration ? declaredRequestKind(declaration, r.url, r.kind) : null;
  if (declared) return declared;
  if (r.kind !== 'script') return r.kind;
  let origin: string;
  try {
    origin = new URL(r.url).origin;
  } catch {
    return null;
  }
  const own = new Set([pageOrigin(r.page)]);
  for (const s of Object.values(declaration?.site.surfaces ?? {}))
    for (const o of s.origins) own.add(o.replace(/\/$/, ''));
  return own.has(origin) ? null : 'script';
}

function declaredRequestKind(declaration: Declaration, url: string, seen: RequestKind | null): RequestKind | null {
  let found: RequestKind | null = null;
  for (const t of Object.values(declaration.technologies)) {
    if (t.url === undefined || (t.kind !== 'pixel' && t.kind !== 'script' && t.kind !== 'iframe')) continue;
    if (!safeMatch(t, url)) continue;
    // The kind seen wins when the declaration agrees with it; else the declared kind, so a named API call counts.
    if (t.kind === seen) return seen;
    found ??= t.kind;
  }
  return found;
}

function pageOrigin(page: string): string {
  try {
    return new URL(page).origin;
  } catch {
    return '';
  }
}

export function evaluate(
  passes: PassObservation[],
  declaration: Declaration | undefined,
  known: KnownItems,
  nowSeconds: number,
): Evaluation {
  const findings: ScanFinding[] = [];
  const violations: Violation[] = [];
  const suggestions = new Map<string, Suggestion>();
  const seenViolation = new Set<string>();
  const violate = (
    rule: ViolationRule,
    pass: ScanPassName,
    f: Pick<Finding, 'kind' | 'name' | 'origin' | 'page'>,
    message: string,
  ) => {
    const key = [rule, pass, f.kind, f.name, f.origin, gpcPass, region].join('\t');
    if (seenViolation.has(key)) return;
    seenViolation.add(key);
    violations.push({
      rule,
      pass,
      kind: f.kind,
      name: f.name,
      origin: f.origin,
      page: f.page,
      message: region
        ? `${message} (From ${region}: ${jurisdiction.regime} regime, "${jurisdiction.jurisdiction}".)`
        : message,
      ...(gpcPass ? { gpc: true } : {}),
      ...(region ? { region } : {}),
    });
  };
  let gpcPass = false;
  let region: string | undefined;
  let jurisdiction = resolveJurisdiction(declaration?.jurisdictions, null);

  for (const p of passes) {
    gpcPass = p.gpc === true;
    region = p.region;
    // The regime the site owes this pass's visitor: its region's, or for an unknown region the strictest declared.
    jurisdiction = resolveJurisdiction(declaration?.jurisdictions, region ?? null);
    const regime = regimeOf(jurisdiction.regime);
    const saleOrShare = (category: string) => declaration?.categories[category]?.saleOrShare === true;
    const seen = new Set<string>();
    const items: {
      kind: TechnologyKind;
      name: string;
      value: string;
      host: string;
      origin: string;
      page: string;
      viaLogin: boolean;
      beforeChoice?: true;
      cookie?: ObservedCookie;
    }[] = [
      ...p.cookies.map((c) => ({
        kind: 'cookie' as const,
        name: c.name,
        value: c.name,
        host: c.domain,
        origin: c.domain,
        page: c.page,
        viaLogin: c.viaLogin,
        ...(c.beforeChoice ? { beforeChoice: c.beforeChoice } : {}),
        cookie: c,
      })),
      ...p.storage.map((s) => ({
        kind: s.kind,
        name: s.key,
        value: s.key,
        host: hostOf(s.origin),
        origin: s.origin,
        page: s.page,
        viaLogin: s.viaLogin,
        ...(s.beforeChoice ? { beforeChoice: s.beforeChoice } : {}),
      })),
      ...p.requests.flatMap((r) => {
        const kind = judgedKind(r, declaration);
        if (!kind) return [];
        return [
          {
            kind,
            name: stripQuery(r.url),
            value: r.url,
            host: hostOf(r.url),
            origin: new URL(r.url).origin,
            page: r.page,
            viaLogin: false,
            ...(r.beforeChoice ? { beforeChoice: r.beforeChoice } : {}),
          },
        ];
      }),
    ];
    for (const item of items) {
      const surface = surfaceOf(declaration, item.page);
      const key = [item.kind, item.name, item.origin, surface].join('\t');
      if (seen.has(key)) continue;
      seen.add(key);
      const match: Match = declaration
        ? matchTechnology(declaration, {
            kind: item.kind,
            value: item.value,
            host: item.host,
            page: item.page,
            surface,
          })
        : { id: null, why: 'no declaration' };
      const tech = match.id !== null ? match.tech : undefined;
      const finding: ScanFinding = {
        pass: p.consent,
        kind: item.kind,
        name: item.name,
        origin: item.origin,
        firstParty: isFirstParty(item.host, item.page),
        page: item.page,
        technologyId: match.id,
        category: tech?.category ?? null,
        surface,
        ...(item.viaLogin ? { viaLogin: true } : {}),
        ...(gpcPass ? { gpc: true } : {}),
        ...(region ? { region } : {}),
      };
      findings.push(finding);
      // The GPC pass repeats another pass with the signal on: what it adds is only whether the signal was honored,
      // as the regime and the declaration's signal mode say (an opt-out regime honors it whatever the mode).
      if (gpcPass) {
        const honored =
          declaration !== undefined &&
          signalOptOut(jurisdiction.regime, declaration.policy.signals, { gpc: true, dnt: null }).length > 0;
        const t = match.id !== null ? match.tech : undefined;
        if (honored && t && saleOrShare(t.category))
          violate(
            'gpc-not-honored',
            p.consent,
            finding,
            `${item.name} (${match.id}, category ${t.category}, which sells or shares personal information) loaded although the browser sent Global Privacy Control, which ${declaration.policy.signals.gpc === 'honor' ? 'the declaration honors' : `the ${jurisdiction.regime} regime makes an opt-out`}.`,
          );
        continue;
      }
      const knownItem =
        item.kind === 'cookie' || item.kind === 'localStorage' || item.kind === 'sessionStorage'
          ? known.lookup(item.name)
          : undefined;
      if (match.id === null && knownItem && !suggestions.has(`${item.kind}\t${item.name}`)) {
        suggestions.set(`${item.kind}\t${item.name}`, {
          kind: item.kind,
          name: item.name,
          platform: knownItem.platform,
          category: knownItem.category,
          description: knownItem.description,
          ...(knownItem.retention ? { retention: knownItem.retention } : {}),
          source: knownItem.source,
        });
      }
      const insecureNone = item.cookie?.sameSite === 'None' && !item.cookie.secure;
      if (insecureNone && match.id === null) {
        violate('cookie-attributes', p.consent, finding, `${item.name}: SameSite=None without Secure.`);
      }
      if (!declaration) continue;
      if (match.id === null) {
        const hint = knownItem ? ` It looks like ${knownItem.platform} (${knownItem.category}).` : '';
        const why = match.why === 'not declared' ? '' : ` (${match.why})`;
        violate(
          'undeclared',
          p.consent,
          finding,
          `${item.kind} ${item.name} from ${item.origin} is not declared${surface ? ` for surface ${surface}` : ''}${why}.${hint}`,
        );
        continue;
      }
      const t = match.tech;
      const category = declaration.categories[t.category];
      const essential = category?.required === true;
      // Opt-in regimes: nothing optional before a choice, nothing after "reject all". Where categories are on by
      // default (opt-out, notice), only what is sold or shared must stop, and only once the visitor opted out.
      if (!essential && !item.viaLogin && p.consent === 'none' && regime.asksFirst) {
        violate(
          'before-consent',
          'none',
          finding,
          `${item.name} (${match.id}, category ${t.category}) is present before any consent was given.`,
        );
      }
      if (!essential && !item.viaLogin && p.consent === 'reject' && regime.asksFirst) {
        violate(
          'after-reject',
          'reject',
          finding,
          `${item.name} (${match.id}, category ${t.category}) is present after "reject all".`,
        );
      }
      if (
        !item.viaLogin &&
        !item.beforeChoice &&
        p.consent === 'reject' &&
        !regime.asksFirst &&
        saleOrShare(t.category)
      ) {
        violate(
          'after-reject',
          'reject',
          finding,
          `${item.name} (${match.id}, category ${t.category}, which sells or shares personal information) is present after the visitor opted out.`,
        );
      }
      const strictKnown = knownItem && known.lookup(item.name, true);
      if (essential && strictKnown && CONSENT_REQUIRED.includes(strictKnown.category)) {
        violate(
          'category-mismatch',
          p.consent,
          finding,
          `${item.name} is declared in "${t.category}" (always on) but is a known ${strictKnown.category} item (${strictKnown.platform}, ${strictKnown.source}); it needs consent.`,
        );
      }
      if (item.cookie) {
        const c = item.cookie;
        const want = t.attributes;
        const problems: string[] = insecureNone ? ['SameSite=None without Secure'] : [];
        if (want?.httpOnly !== undefined && want.httpOnly !== c.httpOnly)
          problems.push(`HttpOnly is ${c.httpOnly ? 'set' : 'missing'}, declared ${want.httpOnly}`);
        if (want?.secure !== undefined && want.secure !== c.secure)
          problems.push(`Secure is ${c.secure ? 'set' : 'missing'}, declared ${want.secure}`);
        // An unspecified SameSite is treated as Lax by browsers.
        const sameSite = (c.sameSite ?? 'Lax').toLowerCase();
        if (want?.sameSite !== undefined && want.sameSite !== sameSite)
          problems.push(`SameSite is ${sameSite}, declared ${want.sameSite}`);
        if (problems.length) violate('cookie-attributes', p.consent, finding, `${c.name}: ${problems.join('; ')}.`);
        const declared = t.duration ? parseDuration(t.duration) : undefined;
        if (declared) {
          const limit = durationSeconds(declared);
          const actual = c.expires === null ? 0 : c.expires - nowSeconds;
          if (actual > limit + (Number.isFinite(limit) ? toleranceSeconds(limit) : 0)) {
            violate(
              'duration-exceeds-declared',
              p.consent,
              finding,
              `${c.name} lives ${describeSeconds(actual)} but is declared for ${t.duration}.`,
            );
          }
        }
      }
    }
    for (const b of p.blockedCookies) {
      if (!b.reasons.includes('SameSiteNoneInsecure')) continue;
      violate(
        'cookie-attributes',
        p.consent,
        { kind: 'cookie', name: b.name, origin: b.domain, page: b.page },
        `${b.name} is set with SameSite=None without Secure; browsers refuse it (${b.url}).`,
      );
    }
  }
  return {
    findings,
    violations,
    suggestions: [...suggestions.values()],
    notObserved: notObserved(passes, declaration, findings),
  };
}

/**
 * What the accept pass should have seen and did not: every declared non-essential technology with a surface the
 * pass visited (a page or an in-app route) and no finding there. A gated tag that never loads after consent is a
 * broken promise to the site owner, though not to the visitor, so it is a warning unless asked otherwise.
 */
export function notObserved(
  passes: PassObservation[],
  declaration: Declaration | undefined,
  findings: ScanFinding[],
): NotObserved[] {
  // With regions there is an accept pass per region: what any of them saw was seen.
  const accept = passes.filter((p) => p.consent === 'accept' && !p.gpc);
  if (!declaration || accept.length === 0) return [];
  const firstPage = new Map<string, string>();
  for (const page of accept.flatMap((a) => [...a.pages, ...(a.routes ?? []).map((r) => r.url)])) {
    const surface = surfaceOf(declaration, page);
    if (surface !== null && !firstPage.has(surface)) firstPage.set(surface, page);
  }
  const seen = new Set(findings.filter((f) => f.pass === 'accept' && !f.gpc).map((f) => f.technologyId));
  const out: NotObserved[] = [];
  for (const [id, t] of Object.entries(declaration.technologies)) {
    if (declaration.categories[t.category]?.required === true || seen.has(id)) continue;
    const surfaces = t.surfaces.filter((s) => firstPage.has(s));
    if (surfaces.length === 0) continue;
    const name = t.name ?? t.pattern ?? t.url ?? id;
    out.push({
      rule: 'not-observed',
      pass: 'accept',
      kind: t.kind,
      name,
      technologyId: id,
      category: t.category,
      surfaces,
      page: firstPage.get(surfaces[0]!)!,
      message: `${t.kind} ${name} ("${id}", category ${t.category}) is declared for surface ${surfaces.join(', ')} but was not seen there after "accept all".`,
    });
  }
  return out;
}

function describeSeconds(s: number): string {
  const days = s / 86_400;
  return days >= 1 ? `${Math.round(days)} days` : `${Math.round(s / 3600)} hours`;
}
