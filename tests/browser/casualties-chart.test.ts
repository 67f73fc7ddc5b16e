import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibility, badInput, keyboardAndEvents, svgSnapshot } from './chart-contract.js';
import { mountChart, points, text, type MountOptions } from './fixtures.js';
import { CasualtiesChart } from '../../src/components/casualties-chart/casualties-chart.js';

/** Three years of deaths (the operation's total, its point at the middle of its band, comes between 2005 and 2007) (one with a second, disagreeing figure), hostile and non-hostile for one, an operation total, wounded for one year. */
const fixture = {
  sources: [
    { id: 's1', publisher: 'US Department of Defense', title: 'Casualty status', date: '2013', url: 'https://www.defense.gov/casualty.pdf' },
    { id: 's2', publisher: 'Associated Press', title: 'Year-end count', date: '2008' },
  ],
  observations: [
    { id: 'a', date: '2004', value: 849, sourceIds: ['s1'], conflictsWith: ['b'] },
    { id: 'b', date: '2004', value: 848, sourceIds: ['s2'], conflictsWith: ['a'] },
    { id: 'c', date: '2005', value: 600, cause: 'hostile', sourceIds: ['s1'] },
    { id: 'd', date: '2005', value: 246, cause: 'non-hostile', sourceIds: ['s1'] },
    { id: 'e', date: '2007', value: 904, sourceIds: ['s2'] },
    { id: 'f', date: '2003-03-19', end: '2010-08-31', value: 4409, kind: 'cumulative', operation: 'OIF', sourceIds: ['s1'] },
    { id: 'g', metric: 'wounded', date: '2004', value: 7989, sourceIds: ['s2'] },
  ],
};

/** The fixture's points in keyboard (time) order. */
const order = ['a', 'b', 'c', 'd', 'f', 'e'];

/** The years the fixture is drawn over. */
const range: Record<string, string> = { to: '2012' };

afterEach(() => document.body.replaceChildren());

const mount = (options: MountOptions = {}) => mountChart('casualties-chart', options);

describe('<casualties-chart> where sources disagree, in Arabic', () => {
  it('says in the tooltip which figure disagrees, with the Arabic comma and semicolon', async () => {
    const { chart, root } = await mount({ data: fixture, attributes: { ...range, lang: 'ar-IQ' } });
    await userEvent.tab();
    // Time runs right to left: the left arrow moves forward, to 2004's drawn figure.
    await userEvent.keyboard('{ArrowLeft}');
    await chart.updateComplete;
    expect(text(root, '[part="tooltip"] li')).toBe('٨٤٨، ٢٠٠٤ (Associated Press: Year-end count)');
    expect(text(root, '[part="legend"]')).toContain('* المصادر مختلفة؛ انظر الجدول');
  });
});

describe('<casualties-chart> rendering', () => {
  it('draws the bundled series with no configuration', async () => {
    const { root } = await mount();
    expect(text(root, '[part="heading"]')).toBe('US military deaths in Iraq, 2003–2026');
    expect(root.querySelectorAll('rect.bar').length).toBeGreaterThan(6);
    // With `now` in 2025: 2013 and 2021–2025 have no yearly count in the record.
    expect(root.querySelectorAll('rect.missing').length).toBe(6);
    expect(text(root, 'text.operation')).toBe('Iraqi Freedom: 4,419');
    expect(root.querySelector('[part="notice"]')).toBeNull();
  });

  it('has a shadow root with the shared parts and its own marks for .data', async () => {
    const { root } = await mount({ data: fixture, attributes: range });
    expect(root.mode).toBe('open');
    for (const part of ['heading', 'description', 'legend', 'svg', 'footer', 'table']) expect(root.querySelector(`[part~="${part}"]`), part).not.toBeNull();
    expect(points(root).length).toBe(6);
    expect([...root.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim())).toEqual(['Total', 'Hostile', 'Non-hostile', '* Sources differ; see the table', 'No figure for the year']);
    // 2004's two sources say 849 and 848: an asterisk over the bar, no tick (the other figure is on its top), no dashed outline.
    expect([...root.querySelectorAll('text.dispute')].map((t) => t.textContent)).toEqual(['*']);
    expect(root.querySelectorAll('line.dispute, rect.conflict').length).toBe(0);
  });

  it('summarises the chart in the role="img" label, in English and in Arabic', async () => {
    const en = await mount({ data: fixture, attributes: range });
    expect(en.root.querySelector('.plot')!.getAttribute('role')).toBe('img');
    expect(en.root.querySelector('.plot')!.getAttribute('aria-label')).toBe('US military deaths in Iraq, 2003–2012. Chart from 2003 to 2012 with 6 data points. Peak: 904 (2007). Latest reported: 904 (2007).');
    const ar = await mount({ data: fixture, attributes: { ...range, lang: 'ar-IQ' } });
    expect(ar.root.querySelector('.plot')!.getAttribute('aria-label')).toBe('قتلى الجيش الأمريكي في العراق، ٢٠٠٣–٢٠١٢. رسم بياني من ٢٠٠٣ إلى ٢٠١٢ يضم ٦ من نقاط البيانات. الذروة: ٩٠٤ (٢٠٠٧). آخر عدد معلن: ٩٠٤ (٢٠٠٧).');
  });

  it('mirrors in right-to-left: time runs from the right, the value axis is on the right', async () => {
    const { root } = await mount({ data: fixture, attributes: { ...range, lang: 'ar-IQ' } });
    const xs = points(root).map((c) => Number(c.getAttribute('cx')));
    expect(xs[0]).toBeGreaterThan(xs[xs.length - 1]!);
    const width = Number(root.querySelector('svg[part="svg"]')!.getAttribute('width'));
    expect(Number(root.querySelector('[part~="axis-y"] text')!.getAttribute('x'))).toBeGreaterThan(width / 2);
    expect(root.querySelector('.chart')!.getAttribute('dir')).toBe('rtl');
  });

  it('marks the years without a figure instead of drawing zero, and draws wounded in a second panel with measure="both"', async () => {
    const { root } = await mount({ data: fixture, attributes: range });
    // 2003, 2006 and 2008–2012 have no yearly figure.
    expect(root.querySelectorAll('rect.missing').length).toBe(7);
    const both = await mount({ data: fixture, attributes: { to: '2012', measure: 'both' } });
    expect([...both.root.querySelectorAll('text.panel-title')].map((t) => t.textContent)).toEqual(['Deaths', 'Wounded']);
    expect(text(both.root, '[part="heading"]')).toBe('US military deaths and wounded in Iraq, 2003–2012');
  });
});

keyboardAndEvents({ tag: 'casualties-chart', fixture, range, order, disputed: 'a', conflicting: ['848', 'Associated Press: Year-end count'] });

badInput({
  tag: 'casualties-chart',
  element: CasualtiesChart,
  bad: {
    rows: [
      { date: '2007', value: 904, source: 'Desk' },
      { date: '2008/01', value: 300, source: 'Desk' },
      { date: '2009', value: 'many', source: 'Desk' },
    ],
    issues: [
      [1, 'date', 'bad-date'],
      [2, 'value', 'not-a-number'],
    ],
    drawn: 1,
  },
  option: { name: 'measure', fixture, range, points: 6 },
});

accessibility('casualties-chart');

svgSnapshot('casualties-chart');
