// The policy page as data: built once from the declaration, then rendered to HTML or Markdown. Every string in
// it is plain text; only the renderers escape, so there is exactly one place where escaping happens per format.

export type Inline =
  | string
  | { code: string }
  | { strong: string }
  | { link: string; text: string }
  | { time: string; text: string };

/** A table cell: inline content, or a list of items (rendered as a list in HTML, joined in Markdown). */
export type Cell = Inline[] | { items: Inline[][] };

export interface Table {
  caption: string;
  columns: string[];
  /** The first cell of each row names the row (a row header). */
  rows: Cell[][];
}

export type Block = { p: Inline[] } | { ul: Inline[][] } | { table: Table };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
  subsections: Section[];
}

/** One language version of the page, for the links between them. */
export interface LanguageLink {
  locale: string;
  /** The language's own name for itself ("Français"). */
  name: string;
  href: string;
  current: boolean;
}

export interface PolicyDocument {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  siteName: string;
  /** Lines under the main heading: version and effective date. */
  meta: Inline[];
  sections: Section[];
  footer: Inline[][];
  labels: { skip: string; contents: string; languages: string };
  /** Every language version with a link, the current one included; empty when there is only one. */
  languages: LanguageLink[];
  version: string;
  fingerprint: string;
  canonicalUrl: string;
  baseUrl: string | undefined;
}
