import { type Change, type Declaration, diffDeclarations, type PublishedVersion, type Text } from '@cookieproof/schema';
import { type Context, capitalise, section } from './context.ts';
import type { Block, Cell, Inline, Section, Table } from './document.ts';
import { fill } from './messages.ts';

// The "Changes to this policy" section: every published version and history entry, newest first, with what
// changed (from diffDeclarations, described in the page's language) and whether visitors were asked again.

interface HistoryRow {
  version: string;
  effectiveDate: string;
  summary: Text | undefined;
  changes: Inline[][] | undefined;
  reconsent: boolean | undefined;
}

export function updatesSection(ctx: Context, versions: readonly PublishedVersion[]): Section {
  const { d, m } = ctx;
  const rows = new Map<string, HistoryRow>();
  versions.forEach((v, i) => {
    const previous = versions[i - 1];
    const diff = previous ? diffDeclarations(previous.declaration, v.declaration) : undefined;
    rows.set(v.version, {
      version: v.version,
      effectiveDate: v.effectiveDate,
      summary: v.declaration.policy.summary,
      changes: diff?.changes
        .filter((c) => !(c.subject === 'policy' && SHOWN_ELSEWHERE.has(c.id)))
        .map((c) => changeText(ctx, c, previous!.declaration, v.declaration)),
      reconsent: diff?.reconsent,
    });
  });
  // History entries without a published file still belong in the list, with what they say about themselves. The
  // current file's summary of an earlier version wins over the one that version's file gave: it is the one checked
  // for every declared locale, and an old file cannot change without changing its fingerprint.
  for (const h of d.history) {
    const row = rows.get(h.version);
    if (row) row.summary = h.summary;
    else
      rows.set(h.version, {
        version: h.version,
        effectiveDate: h.effectiveDate,
        summary: h.summary,
        changes: undefined,
        reconsent: undefined,
      });
  }
  const ordered = [...rows.values()].sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate));
  const table: Table = {
    caption: m.historyTable,
    columns: [m.colVersion, m.colEffective, m.colSummary, m.colChanges, m.colAskedAgain],
    rows: ordered.map((r): Cell[] => [
      [r.version],
      [ctx.date(r.effectiveDate)],
      [r.summary === undefined ? m.notDeclared : ctx.t(r.summary)],
      r.changes === undefined
        ? [r === ordered.at(-1) ? m.historyFirst : m.historyNoDetails]
        : r.changes.length
          ? { items: r.changes }
          : [m.historyNoChanges],
      [r.reconsent === undefined ? m.notApplicable : r.reconsent ? m.askedAgainYes : m.askedAgainNo],
    ]),
  };
  const blocks: Block[] = [
    { p: fill(m.updatesCurrent, { version: d.policy.version, date: ctx.date(d.policy.effectiveDate) }) },
  ];
  if (d.policy.summary !== undefined) blocks.push({ p: fill(m.updatesSummary, { summary: ctx.t(d.policy.summary) }) });
  blocks.push({ p: [m.updatesHow] }, { table });
  return section('updates', m.updatesTitle, blocks);
}

/** One line of the version history, in the page's language, naming things by their titles. */
function changeText(ctx: Context, c: Change, from: Declaration, to: Declaration): Inline[] {
  const { m, L } = ctx;
  const tech = to.technologies[c.id] ?? from.technologies[c.id];
  const name = tech ? ctx.techName(tech) : [{ code: c.id }];
  switch (c.subject) {
    case 'technology':
      if (!tech) return [c.summary];
      if (c.change === 'added')
        return fill(m.changeTechAdded, {
          kind: capitalise(L.kind(tech.kind).one),
          name,
          category: ctx.categoryTitle(tech.category, to),
        });
      if (c.change === 'removed') return fill(m.changeTechRemoved, { kind: capitalise(L.kind(tech.kind).one), name });
      if (c.field === 'category')
        return fill(m.changeTechCategory, {
          name,
          before: ctx.categoryTitle(String(c.before), from),
          after: ctx.categoryTitle(String(c.after), to),
        });
      if (c.field === 'duration')
        return fill(m.changeTechDuration, {
          name,
          before: ctx.durationText(c.before as string | undefined),
          after: ctx.durationText(c.after as string | undefined),
        });
      if (c.field === 'purposes')
        return fill(m.changeTechPurposes, {
          name,
          purposes: (c.after as string[]).map((p) => ctx.purposeTitle(p, to)).join(m.listComma),
        });
      if (c.field === 'provider') return fill(m.changeTechProvider, { name, provider: ctx.providerName(tech, to) });
      if (c.field === 'surfaces')
        return fill(m.changeTechSurfaces, {
          name,
          surfaces: (c.after as string[]).map((s) => ctx.surfaceTitle(s)).join(m.listComma),
        });
      return fill(m.changeTechDetails, { name });
    case 'purpose': {
      const title = ctx.purposeTitle(c.id, c.change === 'removed' ? from : to);
      if (c.change === 'added') return fill(m.changePurposeAdded, { title });
      if (c.change === 'removed') return fill(m.changePurposeRemoved, { title });
      if (c.field === 'essential')
        return fill(c.after ? m.changePurposeEssential : m.changePurposeNotEssential, { title });
      return fill(m.changePurposeReworded, { title });
    }
    case 'category': {
      const title = ctx.categoryTitle(c.id, c.change === 'removed' ? from : to);
      if (c.change === 'added') return fill(m.changeCategoryAdded, { title });
      if (c.change === 'removed') return fill(m.changeCategoryRemoved, { title });
      const a = from.categories[c.id];
      const b = to.categories[c.id];
      const treatment = a && b && (a.required !== b.required || a.saleOrShare !== b.saleOrShare);
      return fill(treatment ? m.changeCategoryTreatment : m.changeCategoryReworded, { title });
    }
    case 'provider': {
      const name = (c.change === 'removed' ? from : to).providers[c.id]?.name ?? c.id;
      if (c.change === 'added') return fill(m.changeProviderAdded, { name });
      if (c.change === 'removed') return fill(m.changeProviderRemoved, { name });
      return fill(m.changeProviderChanged, { name });
    }
    case 'surface': {
      const s = (c.change === 'removed' ? from : to).site.surfaces[c.id];
      const title = s ? ctx.t(s.title) : c.id;
      return fill(c.change === 'added' ? m.changeSurfaceAdded : m.changeSurfaceRemoved, { title });
    }
    case 'policy':
      return policyChangeText(ctx, c, to);
    case 'consentMode':
      return fill(m.changeConsentMode, { title: ctx.categoryTitle(c.id, to) });
    case 'jurisdiction':
      return fill(m.changeRegime, {
        regions: c.id
          .split(',')
          .map((r) => (r === 'default' ? m.regionsDefault : r === 'unknown' ? m.regionsUnknown : r))
          .join(', '),
      });
    default:
      return [c.summary];
  }
}

/** Version label, date and summary of each version have their own columns, so they are not listed as changes. */
const SHOWN_ELSEWHERE = new Set(['version', 'effectiveDate', 'summary']);

function policyChangeText(ctx: Context, c: Change, to: Declaration): Inline[] {
  const { m } = ctx;
  if (c.id === 'signals.gpc' || c.id === 'signals.dnt')
    return fill(c.after === 'honor' ? m.changeSignalHonor : m.changeSignalRecord, {
      signal: c.id === 'signals.gpc' ? m.gpcName : m.dntName,
    });
  if (c.id === 'sellsPersonalInformation') return [c.after ? m.changeSellsOn : m.changeSellsOff];
  if (c.id === 'sharesPersonalInformation') return [c.after ? m.changeSharesOn : m.changeSharesOff];
  if (c.id === 'url') return [m.changePolicyLink];
  if (c.id === 'privacyPolicyUrl') return [m.changePrivacyLink];
  if (c.id === 'contact') return [m.changeContact];
  if (c.id === 'consentLifetimeDays')
    return fill(m.changeLifetime, { period: ctx.L.count('day', to.policy.consentLifetimeDays) });
  return [c.summary];
}
