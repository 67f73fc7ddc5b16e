import { afterEach, describe, expect, it } from 'vitest';
import { accessibility, badInput, keyboardAndEvents, svgSnapshot } from './chart-contract.js';
import { mountChart, points, text, type MountOptions } from './fixtures.js';
import { AirstrikesChart } from '../../src/components/airstrikes-chart/airstrikes-chart.js';

/** Running totals for both countries and Iraq, a pair that disagrees, a US total, and monthly counts. */
const fixture = {
  sources: [
    { id: 's1', publisher: 'CJTF-OIR', title: 'Strike summary', date: '2017', url: 'https://www.inherentresolve.mil/' },
    { id: 's2', publisher: 'Airwars', title: 'Monthly report', date: '2017' },
  ],
  observations: [
    { id: 'a', date: '2014-08-08', end: '2015-08', value: 6000, kind: 'cumulative', region: 'both', scope: 'coalition', sourceIds: ['s1'], conflictsWith: ['b'] },
    { id: 'b', date: '2014-08-08', end: '2015-08', value: 5900, kind: 'cumulative', region: 'both', scope: 'coalition', sourceIds: ['s2'], conflictsWith: ['a'] },
    { id: 'c', date: '2014-08-08', end: '2016-06-28', value: 13000, kind: 'cumulative', region: 'both', scope: 'coalition', sourceIds: ['s1'] },
    { id: 'd', date: '2014-08-08', end: '2016-06-28', value: 9000, kind: 'cumulative', region: 'Iraq', scope: 'coalition', sourceIds: ['s1'] },
    { id: 'e', date: '2016-10', value: 300, region: 'Iraq', scope: 'coalition', sourceIds: ['s2'] },
    { id: 'f', date: '2016-10', value: 270, region: 'Syria', scope: 'coalition', sourceIds: ['s2'] },
  ],
};

/** The fixture's points in keyboard (time) order. */
const order = ['a', 'b', 'd', 'c'];

/** The years the fixture is drawn over. */
const range: Record<string, string> = {};

afterEach(() => document.body.replaceChildren());

const mount = (options: MountOptions = {}) => mountChart('airstrikes-chart', options);

describe('<airstrikes-chart> rendering', () => {
  it('draws the bundled series with no configuration', async () => {
    const { root } = await mount();
    // The years of the running totals, not the mission's.
    expect(text(root, '[part="heading"]')).toBe('Air strikes in Iraq and Syria, running totals, 2014–2020');
    expect(root.querySelectorAll('path.line').length).toBeGreaterThan(2);
    expect(points(root).length).toBeGreaterThan(30);
    expect(root.querySelector('[part="notice"]')).toBeNull();
  });

  it('has a shadow root with the shared parts and its own marks for .data', async () => {
    const { root } = await mount({ data: fixture, attributes: range });
    expect(root.mode).toBe('open');
    for (const part of ['heading', 'description', 'legend', 'svg', 'footer', 'table']) expect(root.querySelector(`[part~="${part}"]`), part).not.toBeNull();
    expect(points(root).length).toBe(4);
    expect([...root.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim())).toEqual(['Iraq and Syria', 'Iraq', 'Other figure']);
  });

  it('summarises the chart in the role="img" label, in English and in Arabic', async () => {
    const en = await mount({ data: fixture, attributes: range });
    expect(en.root.querySelector('.plot')!.getAttribute('role')).toBe('img');
    expect(en.root.querySelector('.plot')!.getAttribute('aria-label')).toBe('Air strikes in Iraq and Syria, running totals, 2015–2016. Chart from 2015 to 2016 with 4 data points. Peak: 13,000 (August 8, 2014 – June 28, 2016). Latest reported: 13,000 (August 8, 2014 – June 28, 2016).');
    const ar = await mount({ data: fixture, attributes: { ...range, lang: 'ar-IQ' } });
    expect(ar.root.querySelector('.plot')!.getAttribute('aria-label')).toBe('الغارات الجوية في العراق وسوريا، المجاميع التراكمية، ٢٠١٥–٢٠١٦. رسم بياني من ٢٠١٥ إلى ٢٠١٦ يضم ٤ من نقاط البيانات. الذروة: ١٣٬٠٠٠ (٨ آب ٢٠١٤ – ٢٨ حزيران ٢٠١٦). آخر عدد معلن: ١٣٬٠٠٠ (٨ آب ٢٠١٤ – ٢٨ حزيران ٢٠١٦).');
  });

  it('mirrors in right-to-left: time runs from the right, the value axis is on the right', async () => {
    const { root } = await mount({ data: fixture, attributes: { ...range, lang: 'ar-IQ' } });
    const xs = points(root).map((c) => Number(c.getAttribute('cx')));
    expect(xs[0]).toBeGreaterThan(xs[xs.length - 1]!);
    const width = Number(root.querySelector('svg[part="svg"]')!.getAttribute('width'));
    expect(Number(root.querySelector('[part~="axis-y"] text')!.getAttribute('x'))).toBeGreaterThan(width / 2);
    expect(root.querySelector('.chart')!.getAttribute('dir')).toBe('rtl');
  });

  it('draws per-month bars stacked by country with mode="per-period" period="month"', async () => {
    const { root } = await mount({ data: fixture, attributes: { mode: 'per-period', period: 'month' } });
    expect([...root.querySelectorAll('rect.bar')].map((r) => r.getAttribute('class'))).toEqual(['bar iraq', 'bar syria']);
    // The fixture's years: its counts of a whole month are in 2016; its running totals, drawn where
    // they count to, from January 2015.
    expect(text(root, '[part="heading"]')).toBe('Air strikes in Iraq and Syria, 2016');
    // The per-period bars carry their own marks: their points are kept for focus, not drawn.
    expect(getComputedStyle(points(root)[0]!).opacity).toBe('0');
  });
});

keyboardAndEvents({ tag: 'airstrikes-chart', fixture, range, order, disputed: 'a', conflicting: ['5,900', 'Airwars: Monthly report'] });

badInput({
  tag: 'airstrikes-chart',
  element: AirstrikesChart,
  bad: {
    rows: [
      { date: '2014-08-08', end: '2016-06-28', value: 13000, kind: 'cumulative', region: 'both', scope: 'coalition', source: 'Desk' },
      { date: '28/06/2016', value: 3000, kind: 'cumulative', source: 'Desk' },
      { date: '2014-08-08', end: '2017', value: 'many', kind: 'cumulative', source: 'Desk' },
    ],
    issues: [
      [1, 'date', 'bad-date'],
      [2, 'value', 'not-a-number'],
    ],
    drawn: 1,
  },
  option: { name: 'mode', fixture, range, points: 4 },
});

accessibility('airstrikes-chart');

svgSnapshot('airstrikes-chart');
