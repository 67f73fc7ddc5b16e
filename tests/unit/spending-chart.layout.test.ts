import { describe, expect, test } from 'vitest';
import type { LayoutContext } from '../../src/components/core/layout/chart-layout.js';
import { strings } from '../../src/components/core/i18n.js';
import { localeInfo } from '../../src/components/core/locale.js';
import { layoutSpending, spendingSeries } from '../../src/components/spending-chart/spending-chart.layout.js';
import type { Observation } from '../../src/data/types.js';

/*
 * Scale math for a 640 px chart from 2003 to 2007, annotations 'none': with a daily-cost panel
 * the height is 358 × 1.2 → 430; the widest label "$100B" is 5 × 7.2 → 36 px, so left = 48,
 * right 16, top 12, bottom 28 (the plot ends at 402). x(d) = 48 + 576 × d / 1826, d = days
 * since 1 January 2003. The daily panel takes 18 px of title and 56 of scale at the top, 12 to
 * 86, on its own scale to $20M: y(v) = 86 − 50 × v / 20M; 30 px below it the bars use
 * y(v) = 402 − 286 × v / 100B. FY2004 (October 2003 to September 2004) is d = 273 to 639 →
 * 134.1 to 249.6, inset 3 px a side.
 */

function obs(id: string, date: string, value: Observation['value'], extra: Partial<Observation> = {}): Observation {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return { id, metric: 'spending', date, precision, value, qualifier: 'approx', kind: 'authorized', scope: 'US', region: 'Iraq', sourceIds: ['s'], ...extra };
}

const FIXTURE: Observation[] = [
  obs('fy2004', '2003-10', 75e9, { end: '2004-09' }),
  obs('fy2005', '2004-10', 85e9, { end: '2005-09', conflictsWith: ['fy2005b'] }),
  obs('fy2005b', '2004-10', 80e9, { end: '2005-09', conflictsWith: ['fy2005'] }),
  obs('fy2006', '2005-10', 10e9, { end: '2006-09', kind: 'estimate' }),
  obs('c1', '2002-10', 250e9, { end: '2005-09', kind: 'cumulative' }),
  obs('c2', '2002-10', 320e9, { end: '2006-06-15', kind: 'cumulative' }),
  obs('c3', '2002-10', 400e9, { end: '2007-03', kind: 'cumulative', qualifier: 'at-least' }),
  obs('dc1', '2004-01', 8e6, { end: '2004-06', metric: 'daily-cost', kind: 'estimate' }),
  obs('dc2', '2004-01', 12e6, { end: '2006-06', metric: 'daily-cost', kind: 'estimate' }),
  obs('dc3', '2005-03-01', { low: 7e6, high: 10e6 }, { metric: 'daily-cost', kind: 'estimate' }),
  obs('request', '2005-10', 50e9, { end: '2006-09', metric: 'budget-request', kind: 'planned' }),
];

const en = localeInfo('en');
function context(overrides: Partial<LayoutContext> = {}): LayoutContext {
  return { width: 640, locale: en, from: 2003, to: 2007, timeDirection: 'ltr', annotations: 'none', now: Date.UTC(2017, 6, 1), ...overrides };
}
const annual = (overrides: Partial<LayoutContext> = {}) => layoutSpending(FIXTURE, [], context(overrides), strings('en'), 'annual');
const cumulative = () => layoutSpending(FIXTURE, [], context(), strings('en'), 'cumulative');

describe('layoutSpending: annual', () => {
  test('layoutSpending(data, 640 px, annual) labels the value axis in compact dollars', () => {
    const layout = annual();
    expect(layout.frame).toEqual({ width: 640, height: 430, top: 12, bottom: 28, left: 48, right: 16 });
    // The daily panel's own scale first, then the bars'.
    expect(layout.yTicks.map((t) => [t.label, t.position])).toEqual([
      ['0', 86], ['$10M', 61], ['$20M', 36],
      ['0', 402], ['$20B', 344.8], ['$40B', 287.6], ['$60B', 230.4], ['$80B', 173.2], ['$100B', 116],
    ]);
  });

  test('layoutSpending(...) draws each fiscal year over October to September, an estimate open, a bar in conflict whole', () => {
    expect(annual().bars).toEqual([
      { key: 'fy2004', series: 'iraq', x: 137.1, y: 187.5, width: 109.5, height: 214.5, open: false, conflict: false },
      { key: 'fy2005', series: 'iraq', x: 252.6, y: 158.9, width: 109.1, height: 243.1, open: false, conflict: true },
      { key: 'fy2006', series: 'iraq', x: 367.7, y: 373.4, width: 109.1, height: 28.6, open: true, conflict: false },
    ]);
  });

  test('layoutSpending(...) flags a bar the sources disagree on, and ticks the other figure 14.3 px below its top', () => {
    // $80B is y = 402 − 228.8 = 173.2; the tick runs 3 px past each side of the bar.
    expect(annual().disputes).toEqual([{ key: 'fy2005', ticks: [{ key: 'fy2005b', y: 173.2 }], others: ['fy2005b'], x1: 249.6, x2: 364.7, top: 158.9, center: 307.2 }]);
  });

  test('layoutSpending(...) puts the daily costs in a panel of their own, at the date they run to, on their own scale', () => {
    const { daily } = annual();
    // dc3 is a range, $7M to $10M a day: y 68.5 to 61.
    expect(daily).toEqual({ top: 12, bottom: 86, title: 'Average cost per day', titleX: 48, titleY: 24, whiskers: [{ key: 'dc3', x: 297.4, y1: 68.5, y2: 61 }] });
  });

  test('layoutSpending(...) orders every point in time; a budget request is not spending', () => {
    expect(annual().points.map((p) => [p.key, p.series, p.x, p.y])).toEqual([
      ['fy2004', 'iraq', 191.8, 187.5],
      ['dc1', 'daily', 215.8, 66],
      ['dc3', 'daily', 297.4, 64.8],
      ['fy2005', 'iraq', 307.1, 158.9],
      ['fy2005b', 'disputed', 307.1, 173.2],
      ['fy2006', 'iraq', 422.3, 373.4],
      ['dc2', 'daily', 446.1, 56],
    ]);
    expect(annual().legend.map((l) => [l.key, l.label])).toEqual([
      ['iraq', 'Iraq war'], ['open', 'Estimate'], ['disputed', '* Sources differ; see the table'], ['dispute-tick', 'Another source’s figure'], ['daily', 'Cost per day'],
    ]);
  });

  test('layoutSpending(..., ar-IQ, rtl) writes dollars in Arabic words and mirrors the bars', () => {
    const layout = layoutSpending(FIXTURE, [], context({ locale: localeInfo('ar-IQ'), timeDirection: 'rtl' }), strings('ar'), 'annual');
    // Intl joins the number and its word with a no-break space.
    const plain = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(layout.yTicks.map((t) => plain(t.label))).toEqual(['٠', '١٠ مليون دولار', '٢٠ مليون دولار', '٠', '٢٠ مليار دولار', '٤٠ مليار دولار', '٦٠ مليار دولار', '٨٠ مليار دولار', '١٠٠ مليار دولار']);
    expect([layout.axisSide, layout.frame.right]).toEqual(['right', 120]);
    expect(layout.daily?.title).toBe('متوسط التكلفة اليومية');
    expect(layout.points[0]!.x).toBeGreaterThan(layout.points[layout.points.length - 1]!.x);
  });
});

describe('layoutSpending: cumulative', () => {
  test('layoutSpending(..., cumulative) draws a line through the running totals, an "at least" off it', () => {
    const layout = cumulative();
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '$10M', '$20M', '0', '$100B', '$200B', '$300B', '$400B']);
    expect(layout.lines).toEqual([{ series: 'iraq', d: 'M360,223.3L445.9,173.2' }]);
    expect(layout.points.map((p) => [p.key, p.series])).toEqual([['dc1', 'daily'], ['dc3', 'daily'], ['c1', 'iraq'], ['c2', 'iraq'], ['dc2', 'daily'], ['c3', 'marker']]);
    expect([layout.summary.peak?.id, layout.summary.latest?.id]).toEqual(['c2', 'c2']);
  });

  test('spendingSeries(o) tells the wars apart by the start of the period', () => {
    expect([spendingSeries(FIXTURE[0]!), spendingSeries({ ...FIXTURE[0]!, date: '2014-08-08' })]).toEqual(['iraq', 'isis']);
  });

  test('layoutSpending([], ...) is empty, with no strip', () => {
    const layout = layoutSpending([], [], context(), strings('en'));
    expect([layout.points, layout.bars, layout.legend, 'daily' in layout]).toEqual([[], [], [], false]);
  });
});

describe('layoutSpending: running totals per family', () => {
  test('layoutSpending(data, cumulative) never joins two definitions counted from the same start, and keeps errata off the line', () => {
    const erratum = { evidence: ['a-2'], reason: { en: 'x', ar: 'س' } };
    const data = [
      obs('a-1', '2002-10', 100e9, { kind: 'cumulative', end: '2005-09' }),
      obs('a-2', '2002-10', 200e9, { kind: 'cumulative', end: '2007-09' }),
      obs('b-1', '2002-10', 150e9, { kind: 'cumulative', end: '2005-12', definition: 'obligations' }),
      obs('b-2', '2002-10', 260e9, { kind: 'cumulative', end: '2007-12', definition: 'obligations' }),
      obs('e-1', '2002-10', 900e9, { kind: 'cumulative', end: '2006-09', erratum }),
    ];
    const layout = layoutSpending(data, [], context(), strings('en'), 'cumulative');
    expect(layout.lines.map((l) => [l.series, l.d.split('L').length])).toEqual([['iraq', 2], ['iraq', 2]]);
    expect(layout.points.filter((p) => p.series === 'erratum').map((p) => p.key)).toEqual(['e-1']);
    expect(layout.summary.peak?.id).toBe('b-2');
  });
});
