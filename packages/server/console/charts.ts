// The console's charts: SVG drawn here, about a hundred lines instead of a charting library (decision record
// 0005). An SVG is part of the page: it needs no inline style or script (the CSP allows neither), takes its colours
// from the stylesheet (light and dark), scales with the page, and is read by screen readers as one image with a
// label; every chart also has a table or text alternative beside it that gives each value.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 720;
const HEIGHT = 220;
const LEFT = 48;
const BOTTOM = 24;
const TOP = 8;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A round maximum for the axis: 1, 2 or 5 times a power of ten, at least max. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= max)!;
}

export interface Series {
  name: string;
  values: number[];
}

/** Legend entries: a swatch of the series' colour class and its name. */
function legend(series: Series[]): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'legend';
  for (const [i, s] of series.entries()) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = `swatch series-${i}`;
    item.append(swatch, s.name);
    list.append(item);
  }
  return list;
}

/**
 * Stacked columns, one per x label (a day, a scan), each series a colour. label: what a screen reader hears for the
 * whole image (the table beside it gives the values).
 */
export function stackedColumns(label: string, xLabels: string[], series: Series[]): HTMLElement {
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': label, class: 'plot' });
  const totals = xLabels.map((_, i) => series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  const top = niceMax(Math.max(0, ...totals));
  const plotW = WIDTH - LEFT - 8;
  const plotH = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  for (const tick of [0, top / 2, top]) {
    root.append(svg('line', { x1: LEFT, x2: WIDTH - 8, y1: y(tick), y2: y(tick), class: 'grid' }));
    root.append(svg('text', { x: LEFT - 6, y: y(tick) + 4, class: 'tick', 'text-anchor': 'end' }, String(tick)));
  }
  const step = plotW / Math.max(1, xLabels.length);
  const barW = Math.max(1, step * 0.8);
  for (const [i] of xLabels.entries()) {
    let base = 0;
    for (const [k, s] of series.entries()) {
      const v = s.values[i] ?? 0;
      if (v <= 0) continue;
      root.append(
        svg('rect', {
          x: LEFT + i * step + (step - barW) / 2,
          y: y(base + v),
          width: barW,
          height: y(base) - y(base + v),
          class: `series-${k}`,
        }),
      );
      base += v;
    }
  }
  const shown =
    xLabels.length <= 3 ? xLabels.map((_, i) => i) : [0, Math.floor(xLabels.length / 2), xLabels.length - 1];
  for (const i of shown)
    root.append(
      svg('text', { x: LEFT + i * step + step / 2, y: HEIGHT - 6, class: 'tick', 'text-anchor': 'middle' }, xLabels[i]),
    );
  const figure = document.createElement('div');
  figure.append(root, legend(series));
  return figure;
}

/** Horizontal bars of shares (0 to 1), each labelled with its text. */
export function shareBars(label: string, items: { name: string; share: number; text: string }[]): SVGSVGElement {
  const row = 28;
  const height = Math.max(row, items.length * row) + 4;
  const nameW = 160;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': label, class: 'plot' });
  const barMax = WIDTH - nameW - 80;
  for (const [i, item] of items.entries()) {
    const yTop = 4 + i * row;
    root.append(svg('text', { x: nameW - 8, y: yTop + 17, class: 'tick', 'text-anchor': 'end' }, item.name));
    root.append(svg('rect', { x: nameW, y: yTop + 4, width: barMax, height: row - 10, class: 'track' }));
    root.append(
      svg('rect', {
        x: nameW,
        y: yTop + 4,
        width: Math.max(0, item.share) * barMax,
        height: row - 10,
        class: 'series-0',
      }),
    );
    root.append(svg('text', { x: nameW + barMax + 8, y: yTop + 17, class: 'tick' }, item.text));
  }
  return root;
}
