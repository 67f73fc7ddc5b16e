import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fixture, mount, until } from '../fixtures.js';
import type { TroopLevelsChart } from '../../../src/components/troop-levels-chart/troop-levels-chart.js';

/**
 * A long-lived page: bursts of attribute changes end in one correct render; a chart in a
 * zero-size or hidden container draws once it has room; the page switching its language or
 * theme at run time re-renders every chart.
 */

afterEach(() => {
  cleanup();
  document.documentElement.setAttribute('lang', 'en');
  document.documentElement.removeAttribute('theme');
});

/** Counts the chart's renders from now on. */
function countRenders(chart: TroopLevelsChart): () => number {
  let renders = 0;
  const target = chart as unknown as { render: () => unknown };
  const render = target.render.bind(chart);
  target.render = () => {
    renders++;
    return render();
  };
  return () => renders;
}

describe('bursts of changes', () => {
  it('100 attribute changes in one task end in one render, showing the last values', async () => {
    const { chart, root } = await mount({ data: fixture });
    const renders = countRenders(chart);
    const langs = ['en', 'ar-IQ', 'ar', 'en-GB'];
    for (let i = 0; i < 100; i++) {
      chart.setAttribute('from', String(2003 + (i % 10)));
      chart.setAttribute('lang', langs[i % langs.length]!);
      chart.setAttribute('theme', i % 2 ? 'dark' : 'light');
      chart.setAttribute('heading', `Heading ${i}`);
    }
    await chart.updateComplete;
    expect(renders()).toBe(1);
    // i = 99: from 2012, lang en-GB, theme dark, heading 99.
    expect(root.querySelector('[part="heading"]')!.textContent).toBe('Heading 99');
    expect(root.querySelector('.chart')!.getAttribute('lang')).toBe('en-GB');
    expect(root.querySelector('.chart')!.getAttribute('data-theme')).toBe('dark');
    expect(root.querySelector('[part~="axis-x"] text')!.textContent).toBe('2012');
    expect(root.querySelectorAll('circle.point').length).toBe(1);
  });

  it('100 changes spread over 100 tasks settle on the last value', async () => {
    const { chart, root } = await mount({ data: fixture });
    for (let i = 0; i < 100; i++) {
      chart.setAttribute('to', String(2011 + (i % 16)));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await chart.updateComplete;
    // i = 99: to = 2011 + 3 = 2014; the points up to 2014 remain.
    expect(root.querySelector('[part="heading"]')!.textContent).toBe('US troops in Iraq, 2004–2014');
    expect(root.querySelectorAll('circle.point').length).toBe(3);
  });
});

describe('containers without room', () => {
  it('a chart in a zero-width container draws when the container gets a width', async () => {
    const box = document.createElement('div');
    box.style.width = '0px';
    const chart = document.createElement('troop-levels-chart');
    chart.setAttribute('now', '2025-01-01');
    chart.data = fixture;
    box.append(chart);
    document.body.append(box);
    await chart.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const root = chart.shadowRoot!;
    // Nothing to draw in: no SVG yet (the padding leaves it no width), and nothing thrown.
    expect(root.querySelector('svg[part="svg"]')).toBeNull();
    box.style.width = '524px';
    await until(() => root.querySelector('svg[part="svg"]')?.getAttribute('width') === '500');
    expect(root.querySelectorAll('circle.point').length).toBe(4);
  });

  it('a chart mounted inside display:none draws when it is shown', async () => {
    const box = document.createElement('div');
    box.style.display = 'none';
    box.style.width = '664px';
    const chart = document.createElement('troop-levels-chart');
    chart.data = fixture;
    box.append(chart);
    document.body.append(box);
    await chart.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(chart.shadowRoot!.querySelector('svg[part="svg"]')).toBeNull();
    box.style.display = '';
    await until(() => chart.shadowRoot!.querySelector('svg[part="svg"]')?.getAttribute('width') === '640');
  });
});

describe('the page changing language or theme', () => {
  it('re-renders every chart that inherits them, and none that sets its own', async () => {
    const charts = await Promise.all([mount({ data: fixture }), mount({ data: fixture }), mount({ data: fixture, attributes: { lang: 'en', theme: 'light' } })]);
    const state = () => charts.map(({ root }) => [root.querySelector('.chart')!.getAttribute('dir'), root.querySelector('.chart')!.getAttribute('data-theme')].join(' '));
    expect(state()).toEqual(['ltr light', 'ltr light', 'ltr light']);
    document.documentElement.setAttribute('lang', 'ar-IQ');
    await until(() => state()[1] === 'rtl light');
    expect(state()).toEqual(['rtl light', 'rtl light', 'ltr light']);
    expect(charts[0]!.root.querySelector('[part="heading"]')!.textContent).toBe('القوات الأمريكية في العراق، ٢٠٠٤–٢٠٢٦');
    document.documentElement.setAttribute('theme', 'dark');
    await until(() => state()[1] === 'rtl dark');
    expect(state()).toEqual(['rtl dark', 'rtl dark', 'ltr light']);
    document.documentElement.setAttribute('lang', 'en');
    document.documentElement.removeAttribute('theme');
    await until(() => state()[0] === 'ltr light');
    expect(state()).toEqual(['ltr light', 'ltr light', 'ltr light']);
  });
});
