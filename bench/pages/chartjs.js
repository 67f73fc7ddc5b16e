// Chart.js, tree-shaken to a line chart: linear x in UTC milliseconds (no date adapter), no point
// dots (a thousand of them are one blur), no tooltip plugin, animation off.
import { Chart, LineController, LineElement, PointElement, LinearScale } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale);

const height = (w) => Math.round(Math.min(440, Math.max(280, w * 0.56)));
let box;
let chart;

export function prepare(series) {
  const points = new Array(series.x.length);
  for (let i = 0; i < series.x.length; i++) points[i] = { x: series.x[i], y: series.y[i] };
  return points;
}

function make(points, width, parent) {
  const b = document.createElement('div');
  b.style.width = `${width}px`;
  const canvas = document.createElement('canvas');
  b.append(canvas);
  parent.append(b);
  const c = new Chart(canvas, {
    type: 'line',
    data: { datasets: [{ data: points, borderColor: '#1f5f9e', borderWidth: 2.25, pointRadius: 0 }] },
    options: {
      animation: false,
      responsive: false,
      parsing: false,
      normalized: true,
      scales: {
        x: { type: 'linear', ticks: { callback: (v) => new Date(v).getUTCFullYear() } },
        y: { type: 'linear', beginAtZero: true },
      },
    },
  });
  c.resize(width, height(width));
  return { b, c };
}

export async function render(points, width, parent = document.body) {
  ({ b: box, c: chart } = make(points, width, parent));
}

export async function renderMany(list, width) {
  for (const points of list) make(points, width, document.body);
}

export async function update(points) {
  chart.data.datasets[0].data = points;
  chart.update('none');
}

export async function resize(width) {
  box.style.width = `${width}px`;
  chart.resize(width, height(width));
}

export function destroy() {
  chart?.destroy();
  box?.remove();
}
