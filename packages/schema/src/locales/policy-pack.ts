// The cookie policy page's texts in one language: one file per language in policy/, named and tagged like the
// banner pack of the same language in packs/ (whose text direction and banner labels the page also uses). Kept
// apart from the banner packs because those become the SDK's per-visitor chunks under a size budget, and a policy
// page's legal text never belongs in the browser. Plain data, like the banner packs.

import type { ProviderKind, TechnologyKind } from '../constants.ts';
import type { messages } from './policy/en.ts';

/** Every sentence of the page; `{name}` placeholders are filled with declaration data by the policy renderer. */
export type PolicyMessages = { readonly [K in keyof typeof messages]: string };

/** A counted word by plural category (Intl.PluralRules); `{n}` is the number, a form without it stands alone. */
export type PluralForms = { readonly other: string } & {
  readonly [C in 'zero' | 'one' | 'two' | 'few' | 'many']?: string;
};

export const COUNTED = ['technology', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
export type Counted = (typeof COUNTED)[number];

export interface KindText {
  /** One technology of this kind, in a table row ("cookie"). */
  readonly one: string;
  /** The kind in general, in lists and headings ("cookies"). */
  readonly many: string;
  readonly explain: string;
}

export interface PolicyPack {
  /** The tag of the banner pack of the same language ("pt-BR"). */
  readonly tag: string;
  readonly messages: PolicyMessages;
  readonly kinds: Readonly<Record<TechnologyKind, KindText>>;
  readonly providerKinds: Readonly<Record<ProviderKind, string>>;
  /** January to December. */
  readonly months: readonly string[];
  /** A date from {day}, {month} (its name) and {year}. */
  readonly date: string;
  /** The first day of a month where the language writes it differently ("1er" in French). */
  readonly firstDay?: string;
  readonly counted: Readonly<Record<Counted, PluralForms>>;
}
