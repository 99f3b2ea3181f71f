import { type Declaration, parseDeclaration } from '@cookieproof/schema';
import { describe, expect, it } from 'vitest';
import { evaluate, judgedKind, matchTechnology, surfaceOf } from './evaluate.ts';
import { builtinKnownItems } from './known-items.ts';
import type { ObservedCookie, ObservedRequest, PassObservation } from './pass.ts';

// The judging rules on hand-made observations (the browser test covers them end to end on the fixture).

const YAML = `
cookieproof: 1
site:
  name: T
  surfaces:
    web: { title: Web, origins: ["https://t.example"] }
    app: { title: App, origins: ["https://t.example", "https://app.t.example"], paths: ["/app"] }
policy:
  version: "1"
  effectiveDate: "2026-01-01"
  url: /cookies
  privacyPolicyUrl: /privacy
  contact: { email: p@t.example }
  signals: { gpc: record, dnt: record }
  sellsPersonalInformation: false
  sharesPersonalInformation: false
purposes:
  service: { title: S, description: S, essential: true }
  stats: { title: A, description: A }
categories:
  essential: { title: E, description: E, required: true }
  analytics: { title: A, description: A }
providers:
  me: { name: T, party: first }
  ga: { name: GA, party: third, kind: analytics, privacyPolicyUrl: "https://ga.example/p", domains: [ga.example] }
technologies:
  sess: { kind: cookie, name: s, category: essential, purposes: [service], surfaces: [web, app], duration: session, description: S, attributes: { secure: true, sameSite: strict } }
  pref: { kind: cookie, pattern: "p_[a-z]+", category: analytics, purposes: [stats], surfaces: [web], duration: 1 day, description: P }
  ga: { kind: cookie, name: _ga, provider: ga, category: analytics, purposes: [stats], surfaces: [web], duration: 13 months, description: G }
  tag: { kind: script, url: "https://ga.example/tag*.js", provider: ga, category: analytics, purposes: [stats], surfaces: [web], description: T }
`;
const declaration = parseDeclaration(YAML).declaration as Declaration;
const NOW = 1_800_000_000;

const cookie = (over: Partial<ObservedCookie>): ObservedCookie => ({
  name: 's',
  domain: 't.example',
  path: '/',
  secure: true,
  httpOnly: false,
  sameSite: 'Strict',
  expires: null,
  page: 'https://t.example/',
  viaLogin: false,
  ...over,
});
const pass = (consent: PassObservation['consent'], cookies: ObservedCookie[]): PassObservation => ({
  consent,
  pages: ['https://t.example/'],
  consentMethod: 'not-asked',
  consentDetail: '',
  consentElsewhere: [],
  bannerFound: false,
  cookies,
  storage: [],
  indexedDb: [],
  requests: [],
  blockedCookies: [],
  routes: [],
  quietBoundReached: [],
  timing: { loadMs: 0, quietMs: 0, snapshotMs: 0 },
  notes: [],
});

describe('surfaces and matching', () => {
  it('picks the most specific surface by origin and path', () => {
    expect(declaration).toBeDefined();
    expect(surfaceOf(declaration, 'https://t.example/')).toBe('web');
    expect(surfaceOf(declaration, 'https://t.example/app/x')).toBe('app');
    expect(surfaceOf(declaration, 'https://app.t.example/')).toBeNull();
    expect(surfaceOf(declaration, 'https://app.t.example/app')).toBe('app');
    expect(surfaceOf(declaration, 'https://other.example/')).toBeNull();
  });

  it('matches by name, pattern and URL pattern, with domain and surface', () => {
    const m = (kind: 'cookie' | 'script', value: string, host: string, surface: string | null) =>
      matchTechnology(declaration, { kind, value, host, page: 'https://t.example/', surface }).id;
    expect(m('cookie', 's', 't.example', 'web')).toBe('sess');
    expect(m('cookie', 'p_lang', 't.example', 'web')).toBe('pref');
    expect(m('cookie', 'p_lang', 't.example', 'app')).toBeNull();
    expect(m('cookie', 'p_1', 't.example', 'web')).toBeNull();
    expect(m('cookie', 's', 'evil.example', 'web')).toBeNull();
    // A tag's first-party cookie, and the same name on the provider's own domain.
    expect(m('cookie', '_ga', 't.example', 'web')).toBe('ga');
    expect(m('cookie', '_ga', 'ga.example', 'web')).toBe('ga');
    expect(m('script', 'https://ga.example/tag.v2.js?id=1', 'ga.example', 'web')).toBe('tag');
    expect(m('script', 'https://ga.example/other.js', 'ga.example', 'web')).toBeNull();
  });
});

describe('violations', () => {
  it('judges consent, attributes and duration', () => {
    const { violations, findings } = evaluate(
      [
        pass('none', [cookie({ name: 'p_x', expires: NOW + 3 * 86_400, sameSite: null, secure: false })]),
        pass('reject', [cookie({ name: 'p_x', expires: NOW + 3600 }), cookie({ secure: false, sameSite: 'None' })]),
        pass('accept', [cookie({ expires: NOW + 7200, sameSite: 'Lax' }), cookie({ name: 'p_y', viaLogin: true })]),
      ],
      declaration,
      builtinKnownItems(),
      NOW,
    );
    expect(findings.map((f) => `${f.pass} ${f.name} ${f.technologyId}`)).toEqual([
      'none p_x pref',
      'reject p_x pref',
      'reject s sess',
      'accept s sess',
      'accept p_y pref',
    ]);
    expect(violations.map((v) => `${v.pass} ${v.rule} ${v.name}: ${v.message}`)).toEqual([
      'none before-consent p_x: p_x (pref, category analytics) is present before any consent was given.',
      'none duration-exceeds-declared p_x: p_x lives 3 days but is declared for 1 day.',
      'reject after-reject p_x: p_x (pref, category analytics) is present after "reject all".',
      'reject cookie-attributes s: s: SameSite=None without Secure; Secure is missing, declared true; SameSite is none, declared strict.',
      'accept cookie-attributes s: s: SameSite is lax, declared strict.',
      'accept duration-exceeds-declared s: s lives 2 hours but is declared for session.',
    ]);
  });

  it('flags a known analytics cookie declared essential, and suggests names for undeclared ones', () => {
    const decl = parseDeclaration(YAML.replace('name: s,', 'name: _gid,')).declaration as Declaration;
    const { violations, suggestions } = evaluate(
      [pass('accept', [cookie({ name: '_gid', sameSite: 'Strict' }), cookie({ name: '_fbp', sameSite: 'Strict' })])],
      decl,
      builtinKnownItems(),
      NOW,
    );
    expect(violations.map((v) => `${v.rule} ${v.name}`)).toEqual(['category-mismatch _gid', 'undeclared _fbp']);
    expect(violations[1]!.message).toContain('It looks like Meta Pixel (marketing).');
    expect(suggestions).toEqual([
      expect.objectContaining({ kind: 'cookie', name: '_fbp', platform: 'Meta Pixel', category: 'marketing' }),
    ]);
  });

  it('reports without judging when there is no declaration', () => {
    const { violations, findings } = evaluate(
      [pass('none', [cookie({ name: '_ga' }), cookie({ name: 'x', sameSite: 'None', secure: false })])],
      undefined,
      builtinKnownItems(),
      NOW,
    );
    expect(findings.map((f) => [f.name, f.technologyId, f.surface])).toEqual([
      ['_ga', null, null],
      ['x', null, null],
    ]);
    // Only what is wrong whatever the declaration says.
    expect(violations.map((v) => v.message)).toEqual(['x: SameSite=None without Secure.']);
  });
});

describe('requests judged whatever their party', () => {
  const request = (url: string, kind: ObservedRequest['kind'], resourceType = 'image'): ObservedRequest => ({
    url,
    resourceType,
    kind,
    thirdParty: !url.includes('t.example'),
    frameUrl: 'https://t.example/',
    initiator: null,
    status: 200,
    page: 'https://t.example/',
  });
  const withRequests = (requests: ObservedRequest[]): PassObservation => ({ ...pass('none', []), requests });
  const judged = (r: ObservedRequest, d: Declaration | undefined = declaration) => judgedKind(r, d);

  it('judges first-party and same-site pixels, iframes and other-origin scripts', () => {
    expect(judged(request('https://t.example/px.gif', 'pixel'))).toBe('pixel');
    expect(judged(request('https://metrics.t.example/collect', 'pixel', 'ping'))).toBe('pixel');
    expect(judged(request('https://t.example/embed', 'iframe', 'document'))).toBe('iframe');
    expect(judged(request('https://cdn.t.example/app.js', 'script', 'script'))).toBe('script');
  });

  it("leaves out the site's own code, styles and API calls unless a technology names them", () => {
    expect(judged(request('https://t.example/app.js', 'script', 'script'))).toBeNull();
    // app.t.example is an origin of the "app" surface: its scripts are the site's own code.
    expect(judged(request('https://app.t.example/bundle.js', 'script', 'script'))).toBeNull();
    expect(judged(request('https://t.example/site.css', null, 'stylesheet'))).toBeNull();
    expect(judged(request('https://t.example/api/items', null, 'fetch'))).toBeNull();
    const named = parseDeclaration(
      `${YAML}  feed: { kind: pixel, url: "https://t.example/api/feature-events*", category: analytics, purposes: [stats], surfaces: [web], description: F }\n  own: { kind: script, url: "https://t.example/stats.js", category: analytics, purposes: [stats], surfaces: [web], description: O }\n`,
    ).declaration as Declaration;
    expect(judged(request('https://t.example/api/feature-events?e=1', null, 'fetch'), named)).toBe('pixel');
    expect(judged(request('https://t.example/stats.js', 'script', 'script'), named)).toBe('script');
  });

  it('flags a same-site beacon sent before consent and matches a declared first-party pixel', () => {
    const d = parseDeclaration(
      `${YAML}  beacon: { kind: pixel, url: "https://metrics.t.example/collect*", provider: me, category: analytics, purposes: [stats], surfaces: [web], description: B }\n`,
    ).declaration as Declaration;
    const { findings, violations } = evaluate(
      [
        withRequests([
          request('https://metrics.t.example/collect?v=1', 'pixel', 'ping'),
          request('https://t.example/app.js', 'script', 'script'),
        ]),
      ],
      d,
      builtinKnownItems(),
      NOW,
    );
    expect(findings.map((f) => `${f.kind} ${f.name} ${f.firstParty} ${f.technologyId}`)).toEqual([
      'pixel https://metrics.t.example/collect true beacon',
    ]);
    expect(violations.map((v) => `${v.rule} ${v.name}`)).toEqual(['before-consent https://metrics.t.example/collect']);
  });
});

describe('regimes per region', () => {
  // analytics is sold or shared here; California opts out, everything else opts in.
  const regional = parseDeclaration(
    YAML.replace(
      'analytics: { title: A, description: A }',
      'analytics: { title: A, description: A, saleOrShare: true }',
    )
      .replace('sharesPersonalInformation: false', 'sharesPersonalInformation: true')
      .concat(
        'jurisdictions:\n  default: { regime: opt-in }\n  rules:\n    ca: { regions: [US-CA], regime: opt-out }\n',
      ),
  ).declaration as Declaration;
  const from = (region: string, p: PassObservation, gpc = false): PassObservation => ({
    ...p,
    region,
    ...(gpc ? { gpc: true as const } : {}),
  });
  const judge = (...passes: PassObservation[]) =>
    evaluate(passes, regional, builtinKnownItems(), NOW).violations.map(
      (v) =>
        `${(v as { region?: string }).region} ${v.pass}${(v as { gpc?: boolean }).gpc ? '+gpc' : ''} ${v.rule} ${v.name}`,
    );
  const ga = (over: Partial<ObservedCookie> = {}) => cookie({ name: '_ga', sameSite: 'Strict', ...over });

  it('opt-in: before consent and after reject are violations', () => {
    expect(judge(from('DE', pass('none', [ga()])), from('DE', pass('reject', [ga()])))).toEqual([
      'DE none before-consent _ga',
      'DE reject after-reject _ga',
    ]);
  });

  it('opt-out: on by default; after the opt-out only what came before it is allowed; GPC is an opt-out', () => {
    expect(judge(from('US-CA', pass('none', [ga()])))).toEqual([]);
    expect(judge(from('US-CA', pass('reject', [ga({ beforeChoice: true })])))).toEqual([]);
    expect(judge(from('US-CA', pass('reject', [ga()])))).toEqual(['US-CA reject after-reject _ga']);
    // The declaration only records GPC, but California makes it an opt-out; Germany's opt-in regime does not.
    expect(judge(from('US-CA', pass('none', [ga()]), true))).toEqual(['US-CA none+gpc gpc-not-honored _ga']);
    expect(judge(from('DE', pass('accept', [ga()]), true))).toEqual([]);
  });

  it('says which region and regime a violation was judged by', () => {
    const [v] = evaluate([from('US-CA', pass('reject', [ga()]))], regional, builtinKnownItems(), NOW).violations;
    expect(v!.message).toBe(
      '_ga (ga, category analytics, which sells or shares personal information) is present after the visitor opted out. (From US-CA: opt-out regime, "ca".)',
    );
  });
});
