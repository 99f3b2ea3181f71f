import {
  CookieproofError,
  type Counted,
  type Declaration,
  type KindText,
  LOCALE_KEYS,
  type LocaleStrings,
  localePack,
  POLICY_PACKS,
  type PolicyMessages,
  policyPack,
} from '@cookieproof/schema';
import type { Inline } from './document.ts';

// The page's words in one language, from the schema's locale registry: the policy texts of that language, and the
// banner pack of the same tag for the text direction and the labels the page quotes. Placeholders such as {site}
// are filled with declaration data as separate inline pieces (see fill), so a template never concatenates
// unescaped data into markup.

export type Messages = PolicyMessages;

export interface Localised {
  /** The locale the page is written in, as the declaration names it ("pt-BR"). */
  locale: string;
  dir: 'ltr' | 'rtl';
  m: Messages;
  /** The banner's labels in this language, with the declaration's overrides, so the page quotes what visitors see. */
  banner: Partial<LocaleStrings>;
  kind(kind: string): KindText;
  providerKind(kind: string): string;
  date(iso: string): string;
  duration(seconds: number | 'session' | 'persistent'): string;
  /** "14 days" → "14 Tage": an amount with a unit, in the declared unit; undefined for other forms. */
  amount(text: string): string | undefined;
  count(what: Counted, n: number): string;
}

const UNIT_OF: Record<string, Exclude<Counted, 'technology'>> = {
  y: 'year',
  year: 'year',
  mo: 'month',
  month: 'month',
  w: 'week',
  week: 'week',
  d: 'day',
  day: 'day',
  h: 'hour',
  hour: 'hour',
  m: 'minute',
  min: 'minute',
  minute: 'minute',
  s: 'second',
  sec: 'second',
  second: 'second',
};

/** The page's words for a locale the declaration offers. Throws when Cookieproof has no policy texts for it. */
export function localised(locale: string, d: Declaration): Localised {
  const pack = policyPack(locale);
  if (!pack)
    throw new CookieproofError(
      'invalid-input',
      `no cookie policy texts in "${locale}"; the page is written in ${POLICY_PACKS.map((p) => p.tag).join(', ')}`,
    );
  const bannerPack = localePack(locale) ?? localePack(pack.tag);
  const overrides = d.locales?.[locale]?.strings ?? {};
  const banner: Partial<LocaleStrings> = {};
  for (const key of LOCALE_KEYS) {
    const text = overrides[key] ?? bannerPack?.strings[key];
    if (text !== undefined) banner[key] = text;
  }
  const plural = new Intl.PluralRules(pack.tag);
  const count = (what: Counted, n: number) => {
    const forms = pack.counted[what];
    return (forms[plural.select(n)] ?? forms.other).replaceAll('{n}', String(n));
  };
  return {
    locale,
    dir: bannerPack?.dir ?? 'ltr',
    m: pack.messages,
    banner,
    count,
    kind: (kind) => pack.kinds[kind as keyof typeof pack.kinds] ?? { one: kind, many: kind, explain: '' },
    providerKind: (kind) => pack.providerKinds[kind as keyof typeof pack.providerKinds] ?? kind,
    date(iso) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      const month = m ? pack.months[Number(m[2]) - 1] : undefined;
      if (!m || !month) return iso;
      const day = Number(m[3]) === 1 && pack.firstDay ? pack.firstDay : String(Number(m[3]));
      return pack.date.replace('{day}', day).replace('{month}', month).replace('{year}', m[1]!);
    },
    amount(text) {
      const match = /^(\d+)\s*([a-z]+)$/.exec(text.trim().toLowerCase());
      const unit = match ? (UNIT_OF[match[2]!] ?? UNIT_OF[match[2]!.replace(/s$/, '')]) : undefined;
      return match && unit ? count(unit, Number(match[1])) : undefined;
    },
    duration(seconds) {
      if (seconds === 'session') return pack.messages.durationSession;
      if (seconds === 'persistent') return pack.messages.durationPersistent;
      const steps: [Counted, number][] = [
        ['year', 365 * 86_400],
        ['month', 30 * 86_400],
        ['week', 7 * 86_400],
        ['day', 86_400],
        ['hour', 3600],
        ['minute', 60],
      ];
      for (const [unit, per] of steps) if (seconds >= per && seconds % per === 0) return count(unit, seconds / per);
      if (seconds >= 86_400) return count('day', Math.round(seconds / 86_400));
      return count('second', seconds);
    },
  };
}

/** Fills a template's {placeholders} with inline pieces; unknown placeholders stay as written. */
export function fill(template: string, values: Record<string, Inline | Inline[]>): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[match[1]!];
    if (value === undefined) continue;
    if (match.index > last) out.push(template.slice(last, match.index));
    out.push(...(Array.isArray(value) ? value : [value]));
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}

/** "a, b and c" from inline pieces, with the language's separators. */
export function joinList(items: Inline[][], m: Pick<Messages, 'listComma' | 'listAnd'>): Inline[] {
  const out: Inline[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(i === items.length - 1 ? m.listAnd : m.listComma);
    out.push(...item);
  });
  return out;
}
