import { resolveJurisdiction } from './consent/jurisdiction.ts';
import { expandRegion } from './consent/regions.ts';
import type { Declaration, Technology } from './declaration.ts';
import { durationSeconds, parseDuration } from './duration.ts';
import { canonicalJson, fingerprint } from './fingerprint.ts';

export type ChangeSubject =
  | 'technology'
  | 'purpose'
  | 'category'
  | 'provider'
  | 'surface'
  | 'policy'
  | 'consentMode'
  | 'jurisdiction';

export interface Change {
  subject: ChangeSubject;
  id: string;
  change: 'added' | 'removed' | 'changed';
  field?: string;
  before?: unknown;
  after?: unknown;
  /** True when visitors must be asked again because of this change. */
  material: boolean;
  summary: string;
}

export interface DeclarationDiff {
  from: { version: string; fingerprint: string; effectiveDate: string };
  to: { version: string; fingerprint: string; effectiveDate: string };
  changes: Change[];
  /** Visitors who decided under `from` must be asked again under `to`. */
  reconsent: boolean;
}

const TEXT_KEYS = new Set(['title', 'description', 'summary', 'intro']);
const isLocaleMap = (v: unknown): v is Record<string, string> =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.entries(v).every(([k, x]) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(k) && typeof x === 'string');

/** `b` with each text kept to the languages it had in `a`: a translation added rewords nothing that was there. */
function withoutAddedTranslations(a: unknown, b: unknown): unknown {
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return b;
  if (Array.isArray(a)) return (b as unknown[]).map((x, i) => withoutAddedTranslations(a[i], x));
  const old = a as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(b).map(([k, v]) => {
      const before = old[k];
      if (TEXT_KEYS.has(k) && isLocaleMap(before) && isLocaleMap(v) && Object.keys(before).every((l) => l in v))
        return [k, Object.fromEntries(Object.keys(before).map((l) => [l, v[l]]))];
      return [k, withoutAddedTranslations(before, v)];
    }),
  );
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(withoutAddedTranslations(a, b));

/**
 * Where the regime a visitor gets changed: every region either declaration names, the default (for regions neither
 * names) and unknown regions. One change per pair of regimes, listing the regions. Any regime change is material:
 * what is on before a choice, and what a signal does, is not what the visitor decided under.
 */
function regimeChanges(from: Declaration, to: Declaration): Change[] {
  const codes = new Set<string>();
  for (const d of [from, to])
    for (const r of Object.values(d.jurisdictions?.rules ?? {}))
      for (const x of r.regions) for (const c of expandRegion(x)) codes.add(c);
  const groups = new Map<string, string[]>();
  const note = (where: string, a: string, b: string) => {
    if (a === b) return;
    const key = `${a}\u0000${b}`;
    groups.set(key, [...(groups.get(key) ?? []), where]);
  };
  const regime = (d: Declaration, code: string | null) => resolveJurisdiction(d.jurisdictions, code).regime;
  note('unknown', regime(from, null), regime(to, null));
  note('default', from.jurisdictions?.default.regime ?? 'opt-in', to.jurisdictions?.default.regime ?? 'opt-in');
  for (const c of [...codes].sort()) note(c, regime(from, c), regime(to, c));
  return [...groups].map(([key, where]) => {
    const [before, after] = key.split('\u0000') as [string, string];
    const shown = where.length > 8 ? `${where.slice(0, 8).join(', ')} and ${where.length - 8} more` : where.join(', ');
    return {
      subject: 'jurisdiction',
      id: where.join(','),
      change: 'changed',
      field: 'regime',
      before,
      after,
      material: true,
      summary: `consent regime in ${shown}: ${before} → ${after}`,
    };
  });
}

/**
 * What changed between two declarations and whether it needs fresh consent. Asking again is needed when a visitor's
 * earlier choice no longer covers what happens: a new non-essential technology, purpose, provider or category, a
 * technology moved to another category, a longer duration, a new purpose or provider on a non-essential
 * technology, or weaker signal handling. Wording, removals and essential additions do not need it.
 */
export function diffDeclarations(from: Declaration, to: Declaration): DeclarationDiff {
  const changes: Change[] = [];
  const add = (c: Change) => changes.push(c);
  const essentialIn = (d: Declaration, t: Technology) => d.categories[t.category]?.required === true;

  for (const [id, t] of Object.entries(to.technologies)) {
    const old = from.technologies[id];
    const essential = essentialIn(to, t);
    if (!old) {
      add({
        subject: 'technology',
        id,
        change: 'added',
        after: t.category,
        material: !essential,
        summary: essential
          ? `new essential ${t.kind} "${t.name ?? t.pattern ?? t.url}" (${id}); essential, so no new consent is needed`
          : `new ${t.kind} "${t.name ?? t.pattern ?? t.url}" (${id}) in category "${t.category}"`,
      });
      continue;
    }
    if (old.category !== t.category)
      add({
        subject: 'technology',
        id,
        change: 'changed',
        field: 'category',
        before: old.category,
        after: t.category,
        material: true,
        summary: `${id} moved from category "${old.category}" to "${t.category}"`,
      });
    const before = durationSeconds(parseDuration(old.duration ?? 'session') ?? { kind: 'session' });
    const after = durationSeconds(parseDuration(t.duration ?? 'session') ?? { kind: 'session' });
    if (before !== after)
      add({
        subject: 'technology',
        id,
        change: 'changed',
        field: 'duration',
        before: old.duration,
        after: t.duration,
        material: after > before && !essential,
        summary: `${id} now lasts ${t.duration} (was ${old.duration})${after > before ? '' : ', shorter'}`,
      });
    const newPurposes = t.purposes.filter((p) => !old.purposes.includes(p));
    const droppedPurposes = old.purposes.filter((p) => !t.purposes.includes(p));
    if (newPurposes.length || droppedPurposes.length)
      add({
        subject: 'technology',
        id,
        change: 'changed',
        field: 'purposes',
        before: old.purposes,
        after: t.purposes,
        material: newPurposes.length > 0 && !essential,
        summary: `${id} purposes: ${[...newPurposes.map((p) => `+${p}`), ...droppedPurposes.map((p) => `-${p}`)].join(', ')}`,
      });
    if ((old.provider ?? '') !== (t.provider ?? ''))
      add({
        subject: 'technology',
        id,
        change: 'changed',
        field: 'provider',
        before: old.provider,
        after: t.provider,
        material: !essential,
        summary: `${id} is now provided by ${t.provider ?? 'the first party'} (was ${old.provider ?? 'the first party'})`,
      });
    const newSurfaces = t.surfaces.filter((s) => !old.surfaces.includes(s));
    if (newSurfaces.length || old.surfaces.some((s) => !t.surfaces.includes(s)))
      add({
        subject: 'technology',
        id,
        change: 'changed',
        field: 'surfaces',
        before: old.surfaces,
        after: t.surfaces,
        material: newSurfaces.length > 0 && !essential,
        summary: `${id} is now used on ${t.surfaces.join(', ')} (was ${old.surfaces.join(', ')})`,
      });
    const rest = (x: Technology) => ({ ...x, category: 0, duration: 0, purposes: 0, provider: 0, surfaces: 0 });
    if (!same(rest(old), rest(t)))
      add({
        subject: 'technology',
        id,
        change: 'changed',
        material: false,
        summary: `${id}: description, matching or attributes changed`,
      });
  }
  for (const [id, t] of Object.entries(from.technologies))
    if (!to.technologies[id])
      add({
        subject: 'technology',
        id,
        change: 'removed',
        before: t.category,
        material: false,
        summary: `${id} removed`,
      });

  const usedByConsentTech = (field: 'purposes' | 'provider', id: string) =>
    Object.values(to.technologies).some(
      (t) => !essentialIn(to, t) && (field === 'provider' ? t.provider === id : t.purposes.includes(id)),
    );

  for (const [id, p] of Object.entries(to.purposes)) {
    const old = from.purposes[id];
    if (!old)
      add({
        subject: 'purpose',
        id,
        change: 'added',
        material: !p.essential,
        summary: p.essential ? `new essential purpose "${id}"` : `new purpose "${id}"`,
      });
    else if (old.essential !== p.essential)
      add({
        subject: 'purpose',
        id,
        change: 'changed',
        field: 'essential',
        before: old.essential,
        after: p.essential,
        material: old.essential && !p.essential,
        summary: `purpose "${id}" is ${p.essential ? 'now' : 'no longer'} essential`,
      });
    else if (!same(old, p))
      add({ subject: 'purpose', id, change: 'changed', material: false, summary: `purpose "${id}" reworded` });
  }
  for (const id of Object.keys(from.purposes))
    if (!to.purposes[id])
      add({ subject: 'purpose', id, change: 'removed', material: false, summary: `purpose "${id}" removed` });

  for (const [id, c] of Object.entries(to.categories)) {
    const old = from.categories[id];
    if (!old)
      add({
        subject: 'category',
        id,
        change: 'added',
        material: !c.required,
        summary: `new ${c.required ? 'essential ' : ''}category "${id}"`,
      });
    else if (old.required !== c.required || old.saleOrShare !== c.saleOrShare)
      add({
        subject: 'category',
        id,
        change: 'changed',
        material: (old.required && !c.required) || (!old.saleOrShare && c.saleOrShare),
        summary: `category "${id}" changed: required ${old.required}→${c.required}, saleOrShare ${old.saleOrShare}→${c.saleOrShare}`,
      });
    else if (!same(old, c))
      add({ subject: 'category', id, change: 'changed', material: false, summary: `category "${id}" reworded` });
  }
  for (const id of Object.keys(from.categories))
    if (!to.categories[id])
      add({ subject: 'category', id, change: 'removed', material: false, summary: `category "${id}" removed` });

  for (const [id, p] of Object.entries(to.providers)) {
    const old = from.providers[id];
    if (!old) {
      const material = usedByConsentTech('provider', id);
      add({
        subject: 'provider',
        id,
        change: 'added',
        material,
        summary: `new provider "${p.name}"${material ? '' : ' (essential technologies only)'}`,
      });
    } else if (!same(old, p))
      add({
        subject: 'provider',
        id,
        change: 'changed',
        material: false,
        summary: `provider "${p.name}" details changed`,
      });
  }
  for (const [id, p] of Object.entries(from.providers))
    if (!to.providers[id])
      add({ subject: 'provider', id, change: 'removed', material: false, summary: `provider "${p.name}" removed` });

  for (const id of Object.keys(to.site.surfaces))
    if (!from.site.surfaces[id])
      add({ subject: 'surface', id, change: 'added', material: false, summary: `new surface "${id}"` });
  for (const id of Object.keys(from.site.surfaces))
    if (!to.site.surfaces[id])
      add({ subject: 'surface', id, change: 'removed', material: false, summary: `surface "${id}" removed` });

  for (const signal of ['gpc', 'dnt'] as const) {
    const a = from.policy.signals[signal];
    const b = to.policy.signals[signal];
    if (a !== b)
      add({
        subject: 'policy',
        id: `signals.${signal}`,
        change: 'changed',
        before: a,
        after: b,
        material: a === 'honor' && b === 'record',
        summary: `${signal.toUpperCase()} is now ${b === 'honor' ? 'honored' : 'recorded only'} (was ${a === 'honor' ? 'honored' : 'recorded only'})`,
      });
  }
  for (const field of ['sellsPersonalInformation', 'sharesPersonalInformation'] as const) {
    if (from.policy[field] !== to.policy[field])
      add({
        subject: 'policy',
        id: field,
        change: 'changed',
        before: from.policy[field],
        after: to.policy[field],
        material: to.policy[field],
        summary: `${field === 'sellsPersonalInformation' ? 'sells' : 'shares'} personal information: ${from.policy[field]} → ${to.policy[field]}`,
      });
  }
  for (const field of [
    'version',
    'effectiveDate',
    'summary',
    'url',
    'privacyPolicyUrl',
    'contact',
    'consentLifetimeDays',
  ] as const) {
    if (!same(from.policy[field], to.policy[field]))
      add({
        subject: 'policy',
        id: field,
        change: 'changed',
        before: from.policy[field],
        after: to.policy[field],
        material: false,
        summary: `policy ${field} changed`,
      });
  }

  regimeChanges(from, to).forEach(add);

  const mapFrom = from.consentMode?.mapping ?? {};
  const mapTo = to.consentMode?.mapping ?? {};
  for (const cat of new Set([...Object.keys(mapFrom), ...Object.keys(mapTo)])) {
    const a = mapFrom[cat] ?? [];
    const b = mapTo[cat] ?? [];
    if (!same([...a].sort(), [...b].sort())) {
      const added = b.filter((x) => !a.includes(x));
      add({
        subject: 'consentMode',
        id: cat,
        change: 'changed',
        before: a,
        after: b,
        material: added.length > 0 && to.categories[cat]?.required !== true,
        summary: `consent mode for "${cat}": ${a.join(', ') || '(none)'} → ${b.join(', ') || '(none)'}`,
      });
    }
  }

  return {
    from: { version: from.policy.version, fingerprint: fingerprint(from), effectiveDate: from.policy.effectiveDate },
    to: { version: to.policy.version, fingerprint: fingerprint(to), effectiveDate: to.policy.effectiveDate },
    changes,
    reconsent: changes.some((c) => c.material),
  };
}
