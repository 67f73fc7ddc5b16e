// Apache ECharts, tree-shaken: line chart, grid, SVG renderer, no symbols, no tooltip; animation off.
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, SVGRenderer]);

const height = (w) => Math.round(Math.min(440, Math.max(280, w * 0.56)));
let box;
let chart;

export function prepare(series) {
  const pairs = new Array(series.x.length);
  for (let i = 0; i < series.x.length; i++) pairs[i] = [series.x[i], series.y[i]];
  return pairs;
}

function make(pairs, width, parent) {
  const b = document.createElement('div');
  b.style.width = `${width}px`;
  b.style.height = `${height(width)}px`;
  parent.append(b);
  const c = echarts.init(b, null, { renderer: 'svg', width, height: height(width) });
  c.setOption({
    animation: false,
    xAxis: { type: 'time' },
    yAxis: { type: 'value' },
    series: [{ type: 'line', data: pairs, showSymbol: false, lineStyle: { width: 2.25, color: '#1f5f9e' }, itemStyle: { color: '#1f5f9e' } }],
  });
  return { b, c };
}

export async function render(pairs, width, parent = document.body) {
  ({ b: box, c: chart } = make(pairs, width, parent));
}

export async function renderMany(list, width) {
  for (const pairs of list) make(pairs, width, document.body);
}

export async function update(pairs) {
  chart.setOption({ series: [{ data: pairs }] });
}

export async function resize(width) {
  box.style.width = `${width}px`;
  box.style.height = `${height(width)}px`;
  chart.resize({ width, height: height(width) });
}

export function destroy() {
  chart?.dispose();
  box?.remove();
}
