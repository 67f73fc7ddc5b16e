import { afterEach, describe, expect, it } from 'vitest';
import { accessibility, badInput, keyboardAndEvents, svgSnapshot } from './chart-contract.js';
import { mountChart, points, text, type MountOptions } from './fixtures.js';
import { SpendingChart } from '../../src/components/spending-chart/spending-chart.js';

/** Three fiscal years (one with a second, disagreeing figure, one an estimate), two running totals and two daily costs. */
const fixture = {
  sources: [
    { id: 's1', publisher: 'Congressional Research Service', title: 'RL33110', date: '2014', url: 'https://www.everycrsreport.com/reports/RL33110.html' },
    { id: 's2', publisher: 'US Department of Defense', title: 'Cost of operations', date: '2016' },
  ],
  observations: [
    { id: 'a', date: '2006-10', end: '2007-09', value: 131.2e9, qualifier: 'approx', kind: 'authorized', sourceIds: ['s1'], conflictsWith: ['b'] },
    { id: 'b', date: '2006-10', end: '2007-09', value: 127e9, kind: 'authorized', sourceIds: ['s2'], conflictsWith: ['a'] },
    { id: 'c', date: '2007-10', end: '2008-09', value: 142.1e9, qualifier: 'approx', kind: 'authorized', sourceIds: ['s1'] },
    { id: 'd', date: '2012-10', end: '2013-09', value: 2.9e9, qualifier: 'approx', kind: 'estimate', sourceIds: ['s1'] },
    { id: 'e', date: '2002-10', end: '2009-09', value: 683e9, kind: 'cumulative', sourceIds: ['s1'] },
    { id: 'f', metric: 'daily-cost', date: '2014-08-08', end: '2015-06', value: 9.2e6, kind: 'estimate', region: 'both', sourceIds: ['s2'] },
    { id: 'g', metric: 'daily-cost', date: '2014-08-08', end: '2016-07-31', value: 12.1e6, kind: 'estimate', region: 'both', sourceIds: ['s2'] },
  ],
};

/** The fixture's points in keyboard (time) order. */
const order = ['a', 'b', 'c', 'd', 'f', 'g'];

/** The years the fixture is drawn over, given: its own default years are 2007–2016. */
const range: Record<string, string> = { from: '2003', to: '2026' };

afterEach(() => document.body.replaceChildren());

const mount = (options: MountOptions = {}) => mountChart('spending-chart', options);

describe('<spending-chart> rendering', () => {
  it('draws the bundled series with no configuration', async () => {
    const { root } = await mount();
    expect(text(root, '[part="heading"]')).toBe('US war funding for Iraq by fiscal year, 2003–2016');
    expect(root.querySelectorAll('rect.bar').length).toBeGreaterThan(10);
    // The daily costs have a panel of their own: its title, and its scale on the value axis.
    expect([...root.querySelectorAll('[part~="daily-cost"] text')].map((t) => t.textContent)).toEqual(['Average cost per day']);
    expect([...root.querySelectorAll('[part~="axis-y"] text')].map((t) => t.textContent).slice(0, 3)).toEqual(['0', '$10M', '$20M']);
    expect(root.querySelector('[part="notice"]')).toBeNull();
  });

  it('has a shadow root with the shared parts and its own marks for .data', async () => {
    const { root } = await mount({ data: fixture, attributes: range });
    expect(root.mode).toBe('open');
    for (const part of ['heading', 'description', 'legend', 'svg', 'footer', 'table']) expect(root.querySelector(`[part~="${part}"]`), part).not.toBeNull();
    expect(points(root).length).toBe(6);
    expect([...root.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim())).toEqual(['Iraq war', 'Estimate', '* Sources differ; see the table', 'Another source’s figure', 'Cost per day']);
    // FY2007: $131.2 billion drawn, $127 billion from the other source, a tick across the bar below its top.
    expect(root.querySelectorAll('text.dispute').length).toBe(1);
    const tick = root.querySelector('line.dispute')!;
    const bar = [...root.querySelectorAll('rect.bar')].find((r) => Number(tick.getAttribute('x1')) < Number(r.getAttribute('x')))!;
    expect(Number(tick.getAttribute('y1'))).toBeGreaterThan(Number(bar.getAttribute('y')) + 3);
  });

  it('summarises the chart in the role="img" label, in English and in Arabic', async () => {
    const en = await mount({ data: fixture, attributes: range });
    expect(en.root.querySelector('.plot')!.getAttribute('role')).toBe('img');
    expect(en.root.querySelector('.plot')!.getAttribute('aria-label')).toBe('US war funding for Iraq by fiscal year, 2003–2026. Chart from 2003 to 2026 with 6 data points. Peak: about $142.1 billion (October 2007 – September 2008). Latest reported: about $2.9 billion (October 2012 – September 2013).');
    const ar = await mount({ data: fixture, attributes: { ...range, lang: 'ar-IQ' } });
    expect(ar.root.querySelector('.plot')!.getAttribute('aria-label')).toBe('تمويل الحرب الأمريكية في العراق حسب السنة المالية، ٢٠٠٣–٢٠٢٦. رسم بياني من ٢٠٠٣ إلى ٢٠٢٦ يضم ٦ من نقاط البيانات. الذروة: نحو ١٤٢٫١ مليار دولار (تشرين الأول ٢٠٠٧ – أيلول ٢٠٠٨). آخر عدد معلن: نحو ٢٫٩ مليار دولار (تشرين الأول ٢٠١٢ – أيلول ٢٠١٣).');
  });

  it('mirrors in right-to-left: time runs from the right, the value axis is on the right', async () => {
    const { root } = await mount({ data: fixture, attributes: { ...range, lang: 'ar-IQ' } });
    const xs = points(root).map((c) => Number(c.getAttribute('cx')));
    expect(xs[0]).toBeGreaterThan(xs[xs.length - 1]!);
    const width = Number(root.querySelector('svg[part="svg"]')!.getAttribute('width'));
    expect(Number(root.querySelector('[part~="axis-y"] text')!.getAttribute('x'))).toBeGreaterThan(width / 2);
    expect(root.querySelector('.chart')!.getAttribute('dir')).toBe('rtl');
  });

  it('writes the value axis in compact dollars, and draws running totals with view="cumulative"', async () => {
    const { root } = await mount({ data: fixture });
    expect([...root.querySelectorAll('[part~="axis-y"] text')].map((t) => t.textContent).slice(-1)).toEqual(['$200B']);
    expect([...root.querySelectorAll('[part~="daily-cost"] text')].map((t) => t.textContent)).toEqual(['Average cost per day']);
    expect([...root.querySelectorAll('[part~="axis-y"] text')].map((t) => t.textContent).slice(0, 3)).toEqual(['0', '$10M', '$20M']);
    const cumulative = await mount({ data: fixture, attributes: { view: 'cumulative' } });
    expect(cumulative.root.querySelectorAll('path.line').length).toBe(1);
    // Its own years: the running total counts to 2009, the last daily cost to 2016.
    expect(text(cumulative.root, '[part="heading"]')).toBe('US war spending in Iraq, running totals, 2009–2016');
  });
});

keyboardAndEvents({ tag: 'spending-chart', fixture, range, order, disputed: 'a', conflicting: ['$127 billion', 'US Department of Defense: Cost of operations'] });

badInput({
  tag: 'spending-chart',
  element: SpendingChart,
  bad: {
    rows: [
      { date: '2007-10', end: '2008-09', value: 142e9, kind: 'authorized', source: 'Desk' },
      { date: 'FY2009', value: 95e9, source: 'Desk' },
      { date: '2009-10', end: '2010-09', value: 'lots', source: 'Desk' },
    ],
    issues: [
      [1, 'date', 'bad-date'],
      [2, 'value', 'not-a-number'],
    ],
    drawn: 1,
  },
  option: { name: 'view', fixture, range, points: 6 },
});

accessibility('spending-chart');

svgSnapshot('spending-chart');
