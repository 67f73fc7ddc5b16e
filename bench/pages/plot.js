// Observable Plot, as its own line-chart example: one line mark, a y grid, utc x. Plot has no
// update: a new plot replaces the old.
import { plot as makePlot, line } from '@observablehq/plot';

const height = (w) => Math.round(Math.min(440, Math.max(280, w * 0.56)));
let box;
let current;
let data0;

export function prepare(series) {
  const rows = new Array(series.x.length);
  for (let i = 0; i < series.x.length; i++) rows[i] = { x: series.x[i], y: series.y[i] };
  return rows;
}

function figure(rows, width) {
  return makePlot({
    width,
    height: height(width),
    x: { type: 'utc' },
    y: { grid: true, zero: true },
    marks: [line(rows, { x: 'x', y: 'y', stroke: '#1f5f9e', strokeWidth: 2.25 })],
  });
}

export async function render(rows, width, parent = document.body) {
  box = document.createElement('div');
  parent.append(box);
  data0 = rows;
  current = figure(rows, width);
  box.append(current);
}

export async function renderMany(list, width) {
  for (const rows of list) {
    const b = document.createElement('div');
    document.body.append(b);
    b.append(figure(rows, width));
  }
}

export async function update(rows) {
  data0 = rows;
  const next = figure(rows, Number(current.getAttribute('width')));
  current.replaceWith(next);
  current = next;
}

export async function resize(width) {
  const next = figure(data0, width);
  current.replaceWith(next);
  current = next;
}

export function destroy() {
  box?.remove();
}

