/**
 * Every chart's own options (`mode`, `period`, `measure`, `view`, `compact`), read from the
 * registry: each value draws what the static renderer draws with it, and a wrong value is
 * reported like a wrong shared option (notice and `imc-data-issues`) while the default is drawn.
 * And the static SVG of every chart is painted as the element is.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { attributeName, optionEntries } from '../../src/components/core/chart-spec.js';
import { CHARTS } from '../../src/components/registry.js';
import { renderToSvg } from '../../src/static/render-to-svg.js';
import { cleanup, mountChart, openTable, text } from './fixtures.js';
import type { DataIssue } from '../../src/data/issues.js';

afterEach(cleanup);

const NOW = '2025-01-01';

/** The drawn marks of an SVG: each series shape with its geometry, in order. */
function marks(root: ParentNode): string[] {
  return [...root.querySelectorAll('[part~="series"] rect, [part~="series"] path')].map((shape) =>
    ['class', 'd', 'x', 'y', 'width', 'height'].map((name) => shape.getAttribute(name) ?? '').join(' '),
  );
}

for (const entry of CHARTS) {
  const options = optionEntries(entry.spec.options);
  if (options.length === 0) continue;
  describe(`<${entry.tag}>'s own options`, () => {
    for (const [key, declaration] of options) {
      const values = 'flag' in declaration ? [''] : [...declaration.values];
      for (const value of values) {
        it(`${attributeName(key)}="${value}" draws the heading and marks the static renderer draws`, async () => {
          await entry.load();
          const { root } = await mountChart(entry.tag, { attributes: { [attributeName(key)]: value, now: NOW, annotations: 'none' } });
          const width = Number(root.querySelector('svg[part="svg"]')!.getAttribute('width'));
          const drawn = new DOMParser().parseFromString(
            renderToSvg(entry.tag, { [key]: 'flag' in declaration ? true : value, now: NOW, annotations: 'none', width: width + 24 }),
            'image/svg+xml',
          );
          expect(text(root, '[part="heading"]')).toBe(drawn.querySelector('title')!.textContent);
          expect(marks(root).length).toBeGreaterThan(0);
          expect(marks(root)).toEqual(marks(drawn));
        });
      }
      if ('flag' in declaration) continue;
      it(`${attributeName(key)}="bogus" draws the default and reports it in the notice and in imc-data-issues`, async () => {
        await entry.load();
        const reported: DataIssue[][] = [];
        document.addEventListener('imc-data-issues', (event) => reported.push(event.detail.issues), { once: true });
        const { root } = await mountChart(entry.tag, { attributes: { [attributeName(key)]: 'bogus', now: NOW } });
        const message = `“bogus” is not a valid value for ${attributeName(key)}; using ${declaration.default}.`;
        expect([...root.querySelectorAll('[part="notice"] li')].map((li) => li.textContent)).toEqual([message]);
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(reported.map((issues) => issues.map((i) => [i.field, i.code, i.severity, i.message.en]))).toEqual([
          [[attributeName(key), 'bad-attribute', 'warning', message]],
        ]);
        const { root: fallback } = await mountChart(entry.tag, { attributes: { now: NOW } });
        expect(marks(root)).toEqual(marks(fallback));
      });
    }
  });
}

describe('changing an own option', () => {
  it('lays the chart out again: <airstrikes-chart> from cumulative to per-period and back', async () => {
    const { chart, root } = await mountChart('airstrikes-chart', { attributes: { now: NOW } });
    const cumulative = marks(root);
    chart.mode = 'per-period';
    await chart.ready;
    const width = Number(root.querySelector('svg[part="svg"]')!.getAttribute('width'));
    const perPeriod = new DOMParser().parseFromString(renderToSvg('airstrikes', { mode: 'per-period', now: NOW, annotations: 'none', width: width + 24 }), 'image/svg+xml');
    expect(marks(root)).toEqual(marks(perPeriod));
    // Per year, the years of the counts of a whole year: one, 2015.
    expect(text(root, '[part="heading"]')).toBe('Air strikes in Iraq and Syria, 2015');
    chart.setAttribute('mode', 'cumulative');
    await chart.ready;
    expect(marks(root)).toEqual(cumulative);
  });
});

describe('the data table', () => {
  it('follows an own option that leaves the heading as it is: <airstrikes-chart mode="per-period"> from years to months', async () => {
    const rows = (root: ShadowRoot) => root.querySelectorAll('[part="table"] tbody tr').length;
    const { chart: monthly, root: months } = await mountChart('airstrikes-chart', { attributes: { now: NOW, mode: 'per-period', period: 'month' } });
    await openTable(monthly);
    const { chart, root } = await mountChart('airstrikes-chart', { attributes: { now: NOW, mode: 'per-period', period: 'year' } });
    await openTable(chart);
    const byYear = rows(root);
    chart.period = 'month';
    await chart.ready;
    expect(text(root, '[part="heading"]')).toBe(text(months, '[part="heading"]'));
    expect(rows(root)).toBe(rows(months));
    expect(rows(root)).not.toBe(byYear);
  });
});

describe('the static SVG in the colours of the element', () => {
  /** The fill and stroke of each mark and point, as the browser computes them. */
  const paints = (root: ParentNode) =>
    [...root.querySelectorAll('[part~="series"] rect, [part~="series"] path, circle.point')].map((shape) => {
      const style = getComputedStyle(shape);
      return `${shape.getAttribute('class')}: ${style.fill} ${style.stroke}`;
    });

  for (const entry of CHARTS) {
    it(`<${entry.tag}>: every mark and point has the element's fill and stroke`, async () => {
      await entry.load();
      const { root } = await mountChart(entry.tag, { attributes: { now: NOW, annotations: 'none' } });
      const width = Number(root.querySelector('svg[part="svg"]')!.getAttribute('width'));
      const host = document.createElement('div');
      document.body.append(host);
      // In a shadow root, so that the drawing's <style> applies to it alone.
      host.attachShadow({ mode: 'open' }).append(
        new DOMParser().parseFromString(renderToSvg(entry.tag, { now: NOW, annotations: 'none', width: width + 24 }), 'image/svg+xml').documentElement,
      );
      const drawn = paints(root);
      expect(drawn.length).toBeGreaterThan(0);
      expect(paints(host.shadowRoot!)).toEqual(drawn);
    });
  }
});
