import {
  type Declaration,
  durationSeconds,
  parseDuration,
  TECHNOLOGY_KINDS,
  type Technology,
  type Text,
} from '@cookieproof/schema';
import type { Block, Inline, Section } from './document.ts';
import { fill, joinList, type Localised } from './messages.ts';

/** Lookups shared by the sections, all returning localised plain data. */
export class Context {
  readonly m: Localised['m'];
  constructor(
    readonly d: Declaration,
    readonly L: Localised,
    readonly t: (text: Text | undefined) => string,
  ) {
    this.m = L.m;
  }
  get technologies(): [string, Technology][] {
    return Object.entries(this.d.technologies);
  }
  /** The kinds in use, in a fixed order (cookies first), unknown kinds last. */
  kinds(): string[] {
    const used = new Set(this.technologies.map(([, tech]) => tech.kind as string));
    return [
      ...TECHNOLOGY_KINDS.filter((k) => used.has(k)),
      ...[...used].filter((k) => !TECHNOLOGY_KINDS.includes(k as never)),
    ];
  }
  date(iso: string): Inline {
    return { time: iso, text: this.L.date(iso) };
  }
  list(items: Inline[][]): Inline[] {
    return joinList(items, this.m);
  }
  surfaceTitle(id: string): string {
    const s = this.d.site.surfaces[id];
    return s ? this.t(s.title) : id;
  }
  categoryTitle(id: string, d = this.d): string {
    const c = d.categories[id];
    return c ? this.t(c.title) : id;
  }
  purposeTitle(id: string, d = this.d): string {
    const p = d.purposes[id];
    return p ? this.t(p.title) : id;
  }
  providerName(tech: Technology, d = this.d): string {
    if (tech.provider) return d.providers[tech.provider]?.name ?? tech.provider;
    return Object.values(d.providers).find((p) => p.party === 'first')?.name ?? d.site.name;
  }
  techName(tech: Technology): Inline[] {
    if (tech.name !== undefined) return [{ code: tech.name }];
    if (tech.pattern !== undefined) return fill(this.m.namedPattern, { pattern: { code: tech.pattern } });
    return fill(this.m.urlPattern, { url: { code: tech.url ?? '' } });
  }
  duration(tech: Technology): string {
    if (tech.duration === undefined) return tech.kind === 'cookie' ? this.m.notDeclared : this.m.notApplicable;
    return this.durationText(tech.duration);
  }
  /** A declared duration in the page's language, keeping the unit it was declared in ("14 days", not "2 weeks"). */
  durationText(text: string | undefined): string {
    if (text === undefined) return this.m.notApplicable;
    const parsed = parseDuration(text);
    if (!parsed) return text;
    if (parsed.kind !== 'fixed') return this.L.duration(parsed.kind);
    return this.L.amount(text) ?? this.L.duration(durationSeconds(parsed));
  }
  attributes(tech: Technology): Inline[] {
    if (tech.kind !== 'cookie') return [this.m.notApplicable];
    const a = tech.attributes;
    if (!a) return [this.m.notDeclared];
    const parts: Inline[][] = [];
    if (a.httpOnly) parts.push([{ code: 'HttpOnly' }]);
    if (a.httpOnly === false) parts.push([this.m.scriptReadable]);
    if (a.secure) parts.push([{ code: 'Secure' }]);
    if (a.sameSite) parts.push([{ code: `SameSite=${a.sameSite[0]!.toUpperCase()}${a.sameSite.slice(1)}` }]);
    return parts.length ? joinWith(parts, ', ') : [this.m.notDeclared];
  }
  thirdParties() {
    return Object.entries(this.d.providers).filter(([, p]) => p.party !== 'first');
  }
  essentialTechnologies(): [string, Technology][] {
    return this.technologies.filter(([, tech]) => this.d.categories[tech.category]?.required === true);
  }
}

export function joinWith(items: Inline[][], separator: string): Inline[] {
  return items.flatMap((item, i) => (i === 0 ? item : [separator, ...item]));
}

export const section = (id: string, title: string, blocks: Block[], subsections: Section[] = []): Section => ({
  id,
  title,
  blocks,
  subsections,
});
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Plain text of inline pieces, for captions and other text-only places. */
export function inlineText(pieces: Inline[]): string {
  return pieces
    .map((p) => (typeof p === 'string' ? p : 'code' in p ? p.code : 'strong' in p ? p.strong : p.text))
    .join('');
}
