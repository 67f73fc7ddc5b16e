// <troop-levels-chart>: the element, as a newsroom page would load it (its module with the
// bundled dataset, which base-chart imports for its source registry).
import { TroopLevelsChart } from '../../src/components/troop-levels-chart/troop-levels-chart.ts';

// package.json's "sideEffects" does not list the element's source module, so a bare import would
// be tree-shaken away; using the class keeps its registration.
if (!customElements.get('troop-levels-chart')) customElements.define('troop-levels-chart', TroopLevelsChart);

let box;
let el;
let many = [];

/** Records in the element's input format; built before any timing starts. */
export function prepare(series) {
  if (series.records) return { observations: series.records, sources: series.sources };
  const observations = new Array(series.x.length);
  for (let i = 0; i < series.x.length; i++) {
    observations[i] = { date: new Date(series.x[i]).toISOString().slice(0, 10), value: series.y[i], source: 'Seeded random walk' };
  }
  return { observations, to: new Date(series.x[series.x.length - 1]).getUTCFullYear() };
}

const line = (e) => e.shadowRoot?.querySelector('svg[part="svg"] g[part="series reported"] path');
const drawn = (e) => !!line(e);

/** Resolves once `check` holds after an update; the element draws in its first update. */
async function settle(e, check = () => drawn(e)) {
  await e.updateComplete;
  while (!check()) {
    await new Promise((r) => requestAnimationFrame(r));
    await e.updateComplete;
  }
}

function make(data, width, parent) {
  const b = document.createElement('div');
  b.style.width = `${width}px`;
  const e = document.createElement('troop-levels-chart');
  e.setAttribute('annotations', 'none');
  e.setAttribute('now', '2002-01-01');
  e.setAttribute('to', String(data.to ?? 2026));
  e.data = data.records ?? data;
  b.append(e);
  parent.append(b);
  return { b, e };
}

export async function render(data, width, parent = document.body) {
  ({ b: box, e: el } = make(data, width, parent));
  await settle(el);
}

export async function renderMany(list, width) {
  many = list.map((data) => make(data, width, document.body));
  for (const m of many) await settle(m.e);
}

export async function update(data) {
  const before = line(el)?.getAttribute('d');
  el.setAttribute('to', String(data.to ?? 2026));
  el.data = data;
  await settle(el, () => drawn(el) && line(el).getAttribute('d') !== before);
}

const svgWidth = () => el.shadowRoot.querySelector('svg[part="svg"]')?.getAttribute('width');
let widthBefore;

/**
 * The element resizes itself: its ResizeObserver sees the new width in the next frame's layout
 * and redraws before that frame is painted. Only the box changes here; the harness then waits
 * for the frame and checks {@link resized}.
 */
export async function resize(width) {
  widthBefore = svgWidth();
  box.style.width = `${width}px`;
}

/** Whether the last resize() is drawn. */
export function resized() {
  return svgWidth() !== widthBefore;
}

export function destroy() {
  box?.remove();
}
