import type { TechnologyKind } from '@cookieproof/schema';
import { Document, type Scalar, type YAMLMap } from 'yaml';
import { builtinKnownItems, type KnownCategory, type KnownItems } from './known-items.ts';
import { hostOf, registrableDomain } from './party.ts';
import type { CookieproofScanReport } from './scan.ts';

// A starter declaration from what a scan saw: every item once, with a category and the reason for it. A known item
// (the Open Cookie Database the scan read, or our built-in list) gets its known category; anything else goes to
// `needs-review`, a category that needs consent: being present before consent says nothing about being essential,
// and an operator who adopts the draft as is must not leave a tracker ungated.

export interface DeclarationDraft {
  /** The draft as a plain object (input to `parseDeclaration` after `stringify`). */
  declaration: Record<string, unknown>;
  /** Why each technology (by id) got its category; also written above each entry in `yaml`. */
  reasons: Record<string, string>;
  /** The same as commented YAML, ready to save as cookieproof.yaml. */
  yaml: string;
}

type DraftCategory = 'essential' | 'preferences' | 'analytics' | 'marketing' | 'needs-review';

const FROM_KNOWN: Record<KnownCategory, DraftCategory> = {
  essential: 'essential',
  security: 'essential',
  functional: 'preferences',
  preferences: 'preferences',
  analytics: 'analytics',
  marketing: 'marketing',
};
const PURPOSE: Record<DraftCategory, string> = {
  essential: 'service',
  preferences: 'preferences',
  analytics: 'analytics',
  marketing: 'advertising',
  'needs-review': 'needs-review',
};

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(?![a-z])/, 'x-')
    .slice(0, 48) || 'item';

export function draftDeclaration(
  report: CookieproofScanReport,
  known: KnownItems = builtinKnownItems(),
): DeclarationDraft {
  const target = new URL(report.target);
  const site = registrableDomain(target.hostname);
  const now = Date.parse(report.finishedAt) / 1000;
  const providers: Record<string, Record<string, unknown>> = { site: { name: target.hostname, party: 'first' } };
  const technologies: Record<string, Record<string, unknown>> = {};
  const ids = new Set<string>();
  const seen = new Set<string>();
  const beforeConsent = new Set(report.findings.filter((f) => f.pass === 'none').map((f) => `${f.kind}\t${f.name}`));
  // The scan's own look-ups came from the cookie database it read; the list given here covers the rest.
  const suggested = new Map((report.suggestions ?? []).map((x) => [`${x.kind}\t${x.name}`, x]));
  const reasons: Record<string, string> = {};
  const used = new Set<DraftCategory>(['essential']);

  for (const f of report.findings) {
    const key = `${f.kind}\t${f.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const named = f.kind === 'cookie' || f.kind === 'localStorage' || f.kind === 'sessionStorage';
    const hit = named ? (suggested.get(key) ?? known.lookup(f.name)) : undefined;
    const category: DraftCategory = hit ? FROM_KNOWN[hit.category] : 'needs-review';
    const when = beforeConsent.has(key) ? 'present before consent' : `first seen in the ${f.pass} pass`;
    const reason = hit
      ? `${hit.category} in ${hit.source === 'open-cookie-database' ? 'the Open Cookie Database' : "Cookieproof's built-in list"} (${hit.platform}); ${when}.`
      : `not in the Open Cookie Database or the built-in list, so it needs consent until someone decides (${when}, on ${f.page}).`;
    used.add(category);
    const host = hostOf(f.kind === 'cookie' ? `http://${f.origin}` : f.origin);
    let provider: string | undefined;
    if (!f.firstParty) {
      const domain = registrableDomain(host);
      provider = slug(domain);
      providers[provider] ??= {
        name: domain,
        party: 'third',
        kind: category === 'analytics' ? 'analytics' : category === 'marketing' ? 'advertising' : 'integration',
        privacyPolicyUrl: `https://${domain}/privacy`,
        domains: [] as string[],
      };
      const p = providers[provider]!;
      const domains = p.domains as string[];
      if (!domains.includes(host)) domains.push(host);
    }
    let id = slug(f.name.replace(/[?#].*$/, ''));
    for (let n = 2; ids.has(id); n++) id = `${slug(f.name)}-${n}`;
    ids.add(id);
    const tech: Record<string, unknown> = { kind: f.kind as TechnologyKind };
    if (named) tech.name = f.name;
    else tech.url = f.name;
    if (named && !f.firstParty) tech.domain = host;
    if (provider) tech.provider = provider;
    tech.category = category;
    tech.purposes = [PURPOSE[category]];
    tech.surfaces = ['public'];
    const cookie = f.kind === 'cookie' ? findCookie(report, f.name, f.origin) : undefined;
    if (f.kind === 'cookie') {
      const days = cookie?.expires ? Math.min(400, Math.max(1, Math.ceil((cookie.expires - now) / 86_400))) : undefined;
      tech.duration = days ? `${days} days` : 'session';
    } else if (f.kind === 'localStorage') tech.duration = 'persistent';
    else if (f.kind === 'sessionStorage') tech.duration = 'session';
    tech.description = `TODO: say what it does.${hit ? ` Known as ${hit.platform}: ${hit.description}` : ''} Seen on ${f.page} (${f.pass} pass).`;
    if (cookie) {
      tech.attributes = {
        httpOnly: cookie.httpOnly,
        secure: cookie.secure,
        sameSite: (cookie.sameSite ?? 'Lax').toLowerCase(),
      };
    }
    technologies[id] = tech;
    reasons[id] = `category ${category}: ${reason}`;
  }

  for (const id of Object.keys(providers))
    if (id !== 'site' && !Object.values(technologies).some((t) => t.provider === id)) delete providers[id];
  const categories: Record<string, unknown> = {};
  const purposes: Record<string, unknown> = {};
  const titles: Record<DraftCategory, string> = {
    essential: 'Essential',
    preferences: 'Preferences',
    analytics: 'Analytics',
    marketing: 'Marketing',
    'needs-review': 'Needs review',
  };
  for (const c of ['essential', 'preferences', 'analytics', 'marketing', 'needs-review'] as const) {
    if (!used.has(c)) continue;
    categories[c] = {
      title: titles[c],
      description: `TODO: describe ${titles[c].toLowerCase()} items for visitors.`,
      ...(c === 'essential' ? { required: true } : {}),
    };
    purposes[PURPOSE[c]] = {
      title: titles[c],
      description: 'TODO: describe this purpose.',
      ...(c === 'essential' ? { essential: true } : {}),
    };
  }
  const declaration = {
    cookieproof: 1,
    site: { name: target.hostname, surfaces: { public: { title: 'Website', origins: [target.origin] } } },
    policy: {
      version: 'draft',
      effectiveDate: report.finishedAt.slice(0, 10),
      url: `${target.origin}/cookie-policy`,
      privacyPolicyUrl: `${target.origin}/privacy`,
      contact: { email: /^[\d.]+$|:/.test(site) || !site.includes('.') ? 'privacy@example.com' : `privacy@${site}` },
      signals: { gpc: 'record', dnt: 'record' },
      sellsPersonalInformation: false,
      sharesPersonalInformation: false,
    },
    purposes,
    categories,
    providers,
    technologies,
  };
  const header = `Draft declaration written by \`cookieproof scan --declaration-draft\` from a scan of ${report.target}
on ${report.finishedAt}. A known item has its known category; anything else is in "needs-review", which needs
consent like any non-essential category, never essential by default. The reason is above each entry; every TODO
needs a person: check each entry before publishing.`;
  const doc = new Document(declaration, { keepSourceTokens: false });
  doc.commentBefore = header
    .split('\n')
    .map((l) => ` ${l}`)
    .join('\n');
  const techNode = doc.get('technologies', true) as YAMLMap | undefined;
  for (const pair of techNode?.items ?? []) {
    const id = String((pair.key as Scalar).value);
    const reason = reasons[id];
    if (reason) (pair.key as Scalar).commentBefore = ` ${reason}`;
  }
  return { declaration, reasons, yaml: doc.toString({ lineWidth: 0 }) };
}

function findCookie(report: CookieproofScanReport, name: string, domain: string) {
  for (const p of report.passes) {
    const c = p.cookies.find((x) => x.name === name && x.domain === domain);
    if (c) return c;
  }
  return undefined;
}
