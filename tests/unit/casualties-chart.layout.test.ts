import { describe, expect, test } from 'vitest';
import type { LayoutContext } from '../../src/components/core/layout/chart-layout.js';
import { strings } from '../../src/components/core/i18n.js';
import { localeInfo } from '../../src/components/core/locale.js';
import { layoutCasualties } from '../../src/components/casualties-chart/casualties-chart.layout.js';
import type { Observation } from '../../src/data/types.js';

/*
 * Scale math for a 640 px chart from 2003 to 2012, annotations 'none', now 1 July 2010:
 * height 358; the widest label "1,000" is 5 × 7.2 → 36 px, so left = 48, right 16, top 12,
 * bottom 28. x(d) = 48 + 576 × d / 3653, d = days since 1 January 2003. Two rows of operation
 * labels (15 px each) and 4 px stay above the bars: y(v) = 330 − 284 × v / 1000.
 * A year's bar is inset 3 px a side: 2003 runs 48–105.6 → x 51, width 51.6, centre 76.8.
 */

function obs(id: string, date: string, value: Observation['value'], extra: Partial<Observation> = {}): Observation {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return { id, metric: 'deaths', date, precision, value, qualifier: 'exact', kind: 'reported', scope: 'US', region: 'Iraq', sourceIds: ['s'], ...extra };
}

const FIXTURE: Observation[] = [
  obs('d2003', '2003', 480),
  obs('d2004', '2004', 850, { conflictsWith: ['d2004b'] }),
  obs('d2004b', '2004', 840, { conflictsWith: ['d2004'] }),
  obs('d2005-h', '2005', 600, { cause: 'hostile' }),
  obs('d2005-n', '2005', 200, { cause: 'non-hostile' }),
  obs('d2006', '2006', 700),
  obs('d2006-h', '2006', 500, { cause: 'hostile' }),
  obs('part-2008', '2008-01', 40, { end: '2008-06', kind: 'cumulative' }),
  obs('oif', '2003-03-19', 3000, { end: '2010-08-31', kind: 'cumulative', operation: 'OIF' }),
  obs('oif-early', '2003-03-19', 1000, { end: '2005-01-01', kind: 'cumulative', operation: 'OIF' }),
  obs('ond', '2010-09-01', 60, { end: '2011-12-15', kind: 'cumulative', operation: 'OND' }),
  obs('w2004', '2004', 8000, { metric: 'wounded' }),
  obs('iraqi', '2005', 20000, { scope: 'Iraqi' }),
];

const en = localeInfo('en');
function context(overrides: Partial<LayoutContext> = {}): LayoutContext {
  return { width: 640, locale: en, from: 2003, to: 2012, timeDirection: 'ltr', annotations: 'none', now: Date.UTC(2010, 6, 1), ...overrides };
}
const deaths = (overrides: Partial<LayoutContext> = {}) => layoutCasualties(FIXTURE, [], context(overrides), strings('en'), 'deaths');

describe('layoutCasualties: deaths', () => {
  test('layoutCasualties(data, 640 px, deaths) frames one panel with ticks every 200', () => {
    const layout = deaths();
    expect(layout.frame).toEqual({ width: 640, height: 358, top: 12, bottom: 28, left: 48, right: 16 });
    expect(layout.panels).toEqual([{ metric: 'deaths', label: 'Deaths', top: 12, bottom: 330 }]);
    expect(layout.yTicks.map((t) => [t.label, t.position])).toEqual([['0', 330], ['200', 273.2], ['400', 216.4], ['600', 159.6], ['800', 102.8], ['1,000', 46]]);
  });

  test('layoutCasualties(...) draws totals, hostile and non-hostile stacked, a cause over its total, a bar in conflict whole', () => {
    expect(deaths().bars.map((b) => [b.key, b.series, b.x, b.y, b.width, b.height, b.conflict])).toEqual([
      ['d2003', 'total', 51, 193.7, 51.6, 136.3, false],
      ['d2004', 'total', 108.6, 88.6, 51.7, 241.4, true],
      ['d2005-h', 'hostile', 166.3, 159.6, 51.6, 170.4, false],
      ['d2005-n', 'non-hostile', 166.3, 102.8, 51.6, 56.8, false],
      ['d2006', 'total', 223.8, 131.2, 51.6, 198.8, false],
      ['d2006-h', 'hostile', 223.8, 188, 51.6, 142, false],
    ]);
  });

  test('layoutCasualties(...) marks the years up to now with no figure, never a zero bar', () => {
    // 2007–2010 have no yearly figure; 2011 and 2012 are after "now" (2010) and are left alone.
    expect(deaths().missing.map((m) => [m.year, m.x, m.y, m.width])).toEqual([
      [2007, 281.4, 325, 51.6],
      [2008, 338.9, 325, 51.7],
      [2009, 396.6, 325, 51.6],
      [2010, 454.2, 325, 51.6],
    ]);
  });

  test('layoutCasualties(...) labels each operation band with its latest total from the data', () => {
    expect(deaths().operations.map((o) => [o.operation, o.x, o.width, o.label, o.labelX, o.labelY, o.hidden])).toEqual([
      // 19 March 2003 (d = 77) to 1 September 2010 (d = 2800).
      ['OIF', 60.1, 429.4, 'Iraqi Freedom: 3,000', 208.8, 23, false],
      ['OND', 489.5, 74.3, 'New Dawn: 60', 486.6, 23, false],
    ]);
  });

  test('layoutCasualties(...) orders the points in time: bars, the other figure, the part of a year, the operations', () => {
    expect(deaths().points.map((p) => [p.key, p.series, p.x, p.y])).toEqual([
      ['d2003', 'total', 76.8, 193.7],
      ['d2004', 'total', 134.4, 88.6],
      ['d2004b', 'disputed', 134.4, 91.4],
      ['d2005-h', 'hostile', 192, 159.6],
      ['d2005-n', 'non-hostile', 192, 102.8],
      ['d2006', 'total', 249.6, 131.2],
      ['d2006-h', 'hostile', 249.6, 188],
      ['oif', 'operation', 274.8, 19],
      // January to June 2008, at its middle.
      ['part-2008', 'part', 350.3, 318.6],
      ['ond', 'operation', 526.6, 19],
    ]);
  });

  test('layoutCasualties(...) legend and summary', () => {
    const layout = deaths();
    expect(layout.legend.map((l) => [l.key, l.mark])).toEqual([
      ['total', 'band'], ['hostile', 'band'], ['non-hostile', 'band'], ['disputed', 'point'], ['part', 'hollow'], ['missing', 'band'],
    ]);
    expect(layout.legend.find((l) => l.key === 'disputed')?.label).toBe('* Sources differ; see the table');
    expect([layout.summary.peak?.id, layout.summary.latest?.id]).toEqual(['d2004', 'd2006']);
  });
});

describe('layoutCasualties: where sources disagree', () => {
  test('layoutCasualties(...) flags a bar in conflict with an asterisk over it; a figure 2.8 px away gets no tick', () => {
    // 850 is drawn (the first in the data); 840 is y = 330 − 284 × 0.84 = 91.4, 2.8 px below the top at 88.6.
    expect(deaths().disputes).toEqual([{ key: 'd2004', ticks: [], others: ['d2004b'], x1: 105.6, x2: 163.3, top: 88.6, center: 134.5 }]);
  });

  test('layoutCasualties(...) ticks another source’s figure that lies apart, across the bar, and keys the tick', () => {
    const data = [obs('a', '2004', 850, { conflictsWith: ['b'] }), obs('b', '2004', 500), obs('c', '2004', 300)];
    const layout = layoutCasualties(data, [], context(), strings('en'), 'deaths');
    // 500 is y = 330 − 142 = 188; 'c' names no conflict: a hollow marker, not a tick.
    expect(layout.disputes.map((d) => [d.key, d.ticks, d.others, d.top])).toEqual([['a', [{ key: 'b', y: 188 }], ['b'], 88.6]]);
    expect(layout.points.filter((p) => p.key !== 'a').map((p) => [p.key, p.series])).toEqual([['b', 'disputed'], ['c', 'marker']]);
    expect(layout.legend.map((l) => l.key)).toEqual(['total', 'disputed', 'dispute-tick', 'marker', 'missing']);
  });

  test('layoutCasualties(...) ticks a cause’s other figure where its own segment would end, and flags the top of the stack', () => {
    const data = [
      obs('h', '2004', 600, { cause: 'hostile' }),
      obs('n', '2004', 200, { cause: 'non-hostile', conflictsWith: ['n2'] }),
      obs('n2', '2004', 100, { cause: 'non-hostile' }),
      obs('scale', '2003', 850),
    ];
    // 2003's 850 makes the scale 0–1,000, as in the fixture. n2 stacks on the 600 hostile: 700, y = 330 − 198.8 = 131.2; the stack's top is 800, y = 102.8.
    expect(layoutCasualties(data, [], context(), strings('en'), 'deaths').disputes.map((d) => [d.key, d.ticks, d.top])).toEqual([['n', [{ key: 'n2', y: 131.2 }], 102.8]]);
  });

  test('layoutCasualties(...) names both totals of an operation the sources disagree on, in the reader’s words', () => {
    const data = [
      obs('oif-a', '2003-03-19', 4409, { end: '2010-08-31', kind: 'cumulative', operation: 'OIF', conflictsWith: ['oif-b'] }),
      obs('oif-b', '2003-03-19', 4411, { end: '2010-08-31', kind: 'cumulative', operation: 'OIF' }),
    ];
    expect(layoutCasualties(data, [], context(), strings('en'), 'deaths').operations[0]?.label).toBe('Iraqi Freedom: 4,409 or 4,411');
    const ar = layoutCasualties(data, [], context({ locale: localeInfo('ar-IQ'), timeDirection: 'rtl' }), strings('ar'), 'deaths');
    expect(ar.operations[0]?.label).toBe('حرية العراق: ٤٬٤٠٩ أو ٤٬٤١١');
  });
});

describe('layoutCasualties: wounded and both', () => {
  test('layoutCasualties(..., both) stacks two panels, each on its own scale, in a taller chart', () => {
    const layout = layoutCasualties(FIXTURE, [], context(), strings('en'), 'both');
    expect(layout.size).toEqual({ width: 640, height: 573 });
    expect(layout.panels).toEqual([
      { metric: 'deaths', label: 'Deaths', top: 12, bottom: 271.5, titleY: 24 },
      { metric: 'wounded', label: 'Wounded', top: 285.5, bottom: 545, titleY: 297.5 },
    ]);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '500', '1,000', '0', '2,000', '4,000', '6,000', '8,000']);
    expect(layout.bars.find((b) => b.key === 'w2004')).toEqual({ key: 'w2004', series: 'total', x: 108.6, y: 335.5, width: 51.7, height: 209.5, open: false, conflict: false });
    expect(layout.missing.filter((m) => m.metric === 'wounded').map((m) => m.year)).toEqual([2003, 2005, 2006, 2007, 2008, 2009, 2010]);
  });

  test('layoutCasualties(..., wounded) draws wounded only', () => {
    const layout = layoutCasualties(FIXTURE, [], context(), strings('en'), 'wounded');
    expect(layout.points.map((p) => p.key)).toEqual(['w2004']);
  });

  test('layoutCasualties(..., ar-IQ, rtl) mirrors the bars and writes the labels in Arabic', () => {
    const layout = layoutCasualties(FIXTURE, [], context({ locale: localeInfo('ar-IQ'), timeDirection: 'rtl' }), strings('ar'), 'deaths');
    expect([layout.axisSide, layout.frame.left, layout.frame.right]).toEqual(['right', 16, 48]);
    expect(layout.points.slice(0, 2).map((p) => p.x)).toEqual([563.2, 505.6]);
    expect(layout.operations.map((o) => o.label)).toEqual(['حرية العراق: ٣٬٠٠٠', 'الفجر الجديد: ٦٠']);
  });

  test('layoutCasualties([], ...) marks every year up to now as having no figure and reaches no point', () => {
    const layout = layoutCasualties([], [], context(), strings('en'));
    expect(layout.points).toEqual([]);
    expect(layout.missing.map((m) => m.year)).toEqual([2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010]);
  });
});

/** Years with no yearly count of US deaths in Iraq in any source found (see the casualty notes). */
const MISSING_DEATH_YEARS = [2013, 2021, 2022, 2023, 2024, 2025, 2026];

describe('layoutCasualties: the bundled record', () => {
  test('layoutCasualties(dataset, deaths) marks as missing only the years no source gives a yearly figure for', async () => {
    const { dataset } = await import('../../src/data/dataset.js');
    const layout = layoutCasualties(dataset.observations, dataset.events, context({ from: 2003, to: 2026, now: Date.UTC(2026, 11, 1) }), strings('en'), 'deaths');
    expect(layout.missing.map((m) => m.year)).toEqual(MISSING_DEATH_YEARS);
  });
});
