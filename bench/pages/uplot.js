// uPlot, as its own line-chart example: one line series, its default cursor, no legend, times in
// milliseconds.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const height = (w) => Math.round(Math.min(440, Math.max(280, w * 0.56)));
let box;
let plot;

export function prepare(series) {
  return [Float64Array.from(series.x), Float64Array.from(series.y)];
}

function make(data, width, parent) {
  return new Promise((resolve) => {
    const b = document.createElement('div');
    parent.append(b);
    let u;
    const options = {
      width,
      height: height(width),
      ms: 1,
      legend: { show: false },
      scales: { x: { time: true } },
      series: [{}, { stroke: '#1f5f9e', width: 2.25 }],
      hooks: { draw: [() => resolve({ b, u })] },
    };
    u = new uPlot(options, data, b);
  });
}

let pending;
export async function render(data, width, parent = document.body) {
  ({ b: box, u: plot } = await make(data, width, parent));
}

export async function renderMany(list, width) {
  for (const data of list) await make(data, width, document.body);
}

function drawnOnce(act) {
  return new Promise((resolve) => {
    pending = resolve;
    plot.hooks.draw = [...(plot.hooks.draw ?? []), () => pending?.()];
    act();
  });
}

export async function update(data) {
  await drawnOnce(() => plot.setData(data));
}

export async function resize(width) {
  await drawnOnce(() => plot.setSize({ width, height: height(width) }));
}

export function destroy() {
  plot?.destroy();
  box?.remove();
}
