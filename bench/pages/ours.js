// <troop-levels-chart>: the element, as a newsroom page would load it (its module with the
// bundled dataset, which base-chart imports for its source registry).
import { TroopLevelsChart } from '../../src/components/troop-levels-chart/troop-levels-chart.ts';

// package.json's "sideEffects" does not list the element's source module, so a bare import would
// be tree-shaken away; using the class keeps its registration.
if (!customElements.get('troop-levels-chart')) customElements.define('troop-levels-chart', TroopLevelsChart);

const height = (w) => Math.round(Math.min(440, Math.max(280, w * 0.56)));
let box;
let el;
// The harness's own waits use the browser's requestAnimationFrame; while a resize is timed, the
// page's is wrapped so that the start of the frame callback in which the element redraws is known.
const frame = window.requestAnimationFrame.bind(window);
let work = Number.NaN;
let renderStart = 0;
let readyAt = 0;

/** Records in the element's input format; built before any timing starts. */
export function prepare(series) {
  if (series.records) return { observations: series.records, sources: series.sources };
  const observations = new Array(series.x.length);
  for (let i = 0; i < series.x.length; i++) {
    observations[i] = { date: new Date(series.x[i]).toISOString().slice(0, 10), value: series.y[i], source: 'Seeded random walk' };
  }
  return { observations, to: new Date(series.x[series.x.length - 1]).getUTCFullYear() };
}

function drawn() {
  const svg = el.shadowRoot?.querySelector('svg[part="svg"]');
  return !!svg && !!svg.querySelector('g[part="points"] circle');
}

async function settle(check = drawn) {
  await el.updateComplete;
  while (!check()) {
    await new Promise((r) => frame(r));
    await el.updateComplete;
  }
}

export async function render(data, width, parent = document.body) {
  renderStart = performance.now();
  box = document.createElement('div');
  box.style.width = `${width}px`;
  parent.append(box);
  el = document.createElement('troop-levels-chart');
  el.setAttribute('annotations', 'none');
  el.setAttribute('now', '2002-01-01');
  el.setAttribute('to', String(data.to ?? 2026));
  el.data = data.records ?? data;
  box.append(el);
  void el.ready.then(() => (readyAt = performance.now()));
  await settle();
  return { box, el };
}

/** Milliseconds from the start of the last render() until the chart and its data table were complete. */
export async function readyTime() {
  await el.ready;
  return readyAt - renderStart;
}

export async function renderMany(list, width) {
  const made = list.map((data) => {
    const b = document.createElement('div');
    b.style.width = `${width}px`;
    const e = document.createElement('troop-levels-chart');
    e.setAttribute('annotations', 'none');
    e.setAttribute('now', '2002-01-01');
    e.setAttribute('to', String(data.to ?? 2026));
    e.data = data;
    b.append(e);
    document.body.append(b);
    return { b, e };
  });
  for (const m of made) {
    box = m.b;
    el = m.e;
    await settle();
  }
  many = made;
}

let many = [];

/**
 * Resolves once the chart's data table is built and laid out: the table of the previous update is
 * built in idle time, and its first layout would otherwise fall into the next timed frame.
 */
export async function quiet() {
  await el.ready;
  for (let i = 0; i < 2; i++) await new Promise((r) => frame(r));
}

/** Resolves once every chart of renderMany() has its data table too. */
export async function allReady() {
  await Promise.all(many.map((m) => m.e.ready));
}

export async function update(data) {
  const before = el.shadowRoot.querySelector('g[part="series reported"] path')?.getAttribute('d');
  el.setAttribute('to', String(data.to ?? 2026));
  el.data = data;
  await settle(() => drawn() && el.shadowRoot.querySelector('g[part="series reported"] path')?.getAttribute('d') !== before);
}

const svgWidth = () => el.shadowRoot.querySelector('svg[part="svg"]')?.getAttribute('width');

export async function resize(width) {
  const before = svgWidth();
  work = Number.NaN;
  window.requestAnimationFrame = (callback) =>
    frame((time) => {
      const start = performance.now();
      callback(time);
      // The callback asks for an update; it runs in the microtasks right after, in this frame.
      void el.updateComplete.then(() => {
        document.body.offsetHeight;
        if (svgWidth() !== before) work = performance.now() - start;
      });
    });
  try {
    box.style.width = `${width}px`;
    await settle(() => drawn() && svgWidth() !== before);
  } finally {
    window.requestAnimationFrame = frame;
  }
}

/**
 * The redraw's own time in the last resize(): from the start of the animation-frame callback in
 * which the element re-rendered until that render and a forced style and layout were done.
 */
export function resizeWork() {
  return work;
}

export function destroy() {
  box?.remove();
}

export const chartHeight = height;
