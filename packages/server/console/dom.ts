// Small DOM helpers for the console's views. Text is always set as text (never parsed as markup).

export function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the console page has no #${id}`);
  return found as T;
}

/** An element with text or children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content: string | Node | (string | Node)[] = [],
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  node.append(...(Array.isArray(content) ? content : [content]));
  return node;
}

/** Replaces a table's body with one row per entry; a cell is text or a node. */
export function fill(table: HTMLTableElement, rows: (string | Node)[][]): void {
  const body = table.tBodies[0]!;
  body.replaceChildren();
  for (const cells of rows) {
    const tr = body.insertRow();
    for (const cell of cells) tr.insertCell().append(cell);
  }
}

/** Replaces a table's head with one row of column headers. */
export function head(table: HTMLTableElement, columns: string[]): void {
  table.tHead!.replaceChildren(
    el(
      'tr',
      columns.map((c) => el('th', c, { scope: 'col' })),
    ),
  );
}

export const when = (iso: string | null) => (iso ? iso.replace('T', ' ').replace(/(\.\d+)?Z$/, '') : '');
export const count = (n: number) => n.toLocaleString('en');
export const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(part === whole || part === 0 ? 0 : 1)}%`;
export const short = (fingerprint: string) => fingerprint.slice(0, 12);

const status = () => $('status');
export function say(text: string, error = false): void {
  status().textContent = text;
  status().className = error ? 'error' : '';
}
