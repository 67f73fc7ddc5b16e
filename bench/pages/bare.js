// The floor: a bare Lit + d3 line chart with axes, the same stack as <troop-levels-chart> with
// none of its features (no data checking, sources, legend, tooltip, keyboard, table, languages,
// themes or reduction). Its own element in a shadow root, laid out by d3-array's ticks and drawn
// by d3-shape's line, one template for the whole drawing.
import { LitElement, css, html, svg } from 'lit';
import { extent, max, ticks } from 'd3-array';
import { line } from 'd3-shape';

const height = (w) => Math.round(Math.min(440, Math.max(280, w * 0.56)));
const MARGIN = { top: 12, right: 12, bottom: 28, left: 56 };
const numbers = new Intl.NumberFormat('en');
const linear = ([d0, d1], [r0, r1]) => (v) => r0 + ((v - d0) / (d1 - d0 || 1)) * (r1 - r0);

class BareLineChart extends LitElement {
  static properties = { data: { attribute: false }, width: { type: Number } };
  static styles = css`
    :host { display: block; font: 12px sans-serif; }
    path { fill: none; stroke: #1f5f9e; stroke-width: 2.25px; }
    .grid line { stroke: #ddd; }
    text { fill: #555; }
  `;

  constructor() {
    super();
    this.width = 640;
  }

  render() {
    const { x, y } = this.data;
    const w = this.width;
    const h = height(w);
    const [x0, x1] = extent(x);
    const top = max(y) || 1;
    const yTicks = ticks(0, top, 5);
    const sy = linear([0, yTicks.at(-1) > top ? yTicks.at(-1) : top], [h - MARGIN.bottom, MARGIN.top]);
    const sx = linear([x0, x1], [MARGIN.left, w - MARGIN.right]);
    const y0 = new Date(x0).getUTCFullYear();
    const years = ticks(y0, new Date(x1).getUTCFullYear() + 1, 6).filter((t) => Number.isInteger(t));
    const xTicks = years.map((year) => Date.UTC(year, 0, 1)).filter((t) => t >= x0 && t <= x1);
    const path = line((i) => sx(x[i]), (i) => sy(y[i])).digits(1)(Array.from(x.keys()));
    const bottom = h - MARGIN.bottom;
    return html`<svg width=${w} height=${h} role="img" aria-label="Line chart">
      <g class="grid">${yTicks.map((t) => svg`<line x1=${MARGIN.left} x2=${w - MARGIN.right} y1=${sy(t)} y2=${sy(t)}></line>`)}</g>
      <g text-anchor="end">${yTicks.map((t) => svg`<text x=${MARGIN.left - 6} y=${sy(t)} dy="0.32em">${numbers.format(t)}</text>`)}</g>
      <g text-anchor="middle">${xTicks.map((t) => svg`<text x=${sx(t)} y=${bottom + 18}>${new Date(t).getUTCFullYear()}</text>`)}</g>
      <path d=${path}></path>
    </svg>`;
  }
}
if (!customElements.get('bare-line-chart')) customElements.define('bare-line-chart', BareLineChart);

let box;
let el;
let many = [];

export function prepare(series) {
  return { x: Float64Array.from(series.x), y: Float64Array.from(series.y) };
}

function make(data, width, parent) {
  const b = document.createElement('div');
  b.style.width = `${width}px`;
  const e = document.createElement('bare-line-chart');
  e.width = width;
  e.data = data;
  b.append(e);
  parent.append(b);
  return { b, e };
}

export async function render(data, width, parent = document.body) {
  ({ b: box, e: el } = make(data, width, parent));
  await el.updateComplete;
}

export async function renderMany(list, width) {
  many = list.map((data) => make(data, width, document.body));
  await Promise.all(many.map((m) => m.e.updateComplete));
}

export async function update(data) {
  el.data = data;
  await el.updateComplete;
}

export async function resize(width) {
  box.style.width = `${width}px`;
  el.width = width;
  await el.updateComplete;
}

export function destroy() {
  box?.remove();
}
