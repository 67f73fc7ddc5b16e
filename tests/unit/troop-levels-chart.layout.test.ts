import { describe, expect, test } from 'vitest';
import type { LayoutContext } from '../../src/components/core/layout/chart-layout.js';
import { strings } from '../../src/components/core/i18n.js';
import { localeInfo } from '../../src/components/core/locale.js';
import { isTroopLevel, layoutTroopLevels, lineObservations } from '../../src/components/troop-levels-chart/troop-levels-chart.layout.js';
import type { Observation } from '../../src/data/types.js';

/*
 * Scale math for a 640 px chart from 2003 to 2012, annotations 'none':
 * height = round(0.56 × 640) = 358; the widest value label "200,000" is 7 × 7.2 → 51 px, so the
 * frame is left 63, right 16, top 12, bottom 28.
 * x(d) = 63 + 561 × d / 3653, d = days since 1 January 2003 (3653 days to 1 January 2013).
 * y(v) = 330 − 318 × v / 200000 (every fixture's largest value nices to 200,000).
 * A month is drawn at its middle: '2003-07' is d = 181 + 15.5 = 196.5 → x = 93.18 → 93.2.
 */

function obs(id: string, date: string, value: Observation['value'], extra: Partial<Observation> = {}): Observation {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return { id, metric: 'us-troops', date, precision, value, qualifier: 'exact', kind: 'reported', scope: 'US', region: 'Iraq', sourceIds: ['s'], ...extra };
}

const en = localeInfo('en');
const NOW = Date.UTC(2010, 0, 1);

function context(overrides: Partial<LayoutContext> = {}): LayoutContext {
  return { width: 640, locale: en, from: 2003, to: 2012, timeDirection: 'ltr', annotations: 'none', now: NOW, ...overrides };
}

/** Reported counts with a 30-month gap, caps, and plans on both sides of the last count. */
const LINE_FIXTURE: Observation[] = [
  obs('plan-2011', '2011-12', 0, { kind: 'planned' }),
  obs('rep-2003', '2003-07', 150000),
  obs('rep-2004', '2004-07', 140000, { qualifier: 'approx' }),
  obs('rep-2007', '2007-01', 160000),
  obs('rep-2008', '2008-01', 150000),
  obs('cap-2005', '2005-01', 160000, { kind: 'authorized' }),
  obs('cap-2006', '2006-01', 200000, { kind: 'authorized' }),
  obs('cap-2008', '2008-07', 150000, { kind: 'authorized' }),
  obs('plan-2006', '2006-06', 180000, { kind: 'planned' }),
  obs('plan-2009', '2009-07', 100000, { kind: 'planned' }),
  obs('coalition-2005', '2005-01', 300000, { metric: 'coalition-troops', scope: 'coalition' }),
  obs('iraqi-2005', '2005-01', 250000, { scope: 'Iraqi' }),
  obs('rep-2014', '2014', 500),
];

/** Ranges, an "at least", an average over two years, and two sources that disagree. */
const MARK_FIXTURE: Observation[] = [
  obs('atleast-2003', '2003-03-20', 100000, { qualifier: 'at-least' }),
  obs('band-2005', '2005', { low: 100000, high: 200000 }, { end: '2006', kind: 'planned' }),
  obs('whisker-2008', '2008-03', { low: 50000, high: 100000 }),
  obs('avg-2009', '2009', 120000, { end: '2010' }),
  obs('rep-2011-06', '2011-06', 50000),
  obs('c-month', '2011-10', 39000, { conflictsWith: ['c-day'] }),
  obs('c-day', '2011-10-21', 40000, { qualifier: 'approx', conflictsWith: ['c-month'] }),
];

const layoutLine = (overrides: Partial<LayoutContext> = {}) => layoutTroopLevels(LINE_FIXTURE, [], context(overrides), strings('en'));
const layoutMarks = (overrides: Partial<LayoutContext> = {}) => layoutTroopLevels(MARK_FIXTURE, [], context(overrides), strings('en'));

describe('layoutTroopLevels: frame and axes', () => {
  test('layoutTroopLevels(data, [], 640 px, en) sizes the chart and puts the value axis on the left', () => {
    const layout = layoutLine();
    expect(layout.size).toEqual({ width: 640, height: 358 });
    expect(layout.frame).toEqual({ width: 640, height: 358, top: 12, bottom: 28, left: 63, right: 16 });
    expect([layout.axisSide, layout.timeDirection]).toEqual(['left', 'ltr']);
  });

  test('layoutTroopLevels(...) ticks every year from 2003 to 2012 and every 50,000 from 0', () => {
    const layout = layoutLine();
    expect(layout.xTicks.map((t) => [t.label, t.position])).toEqual([
      ['2003', 63], ['2004', 119.1], ['2005', 175.3], ['2006', 231.3], ['2007', 287.4], ['2008', 343.4],
      ['2009', 399.6], ['2010', 455.7], ['2011', 511.7], ['2012', 567.8],
    ]);
    expect(layout.yTicks).toEqual([
      { value: 0, position: 330, label: '0' },
      { value: 50000, position: 250.5, label: '50,000' },
      { value: 100000, position: 171, label: '100,000' },
      { value: 150000, position: 91.5, label: '150,000' },
      { value: 200000, position: 12, label: '200,000' },
    ]);
  });

  test('layoutTroopLevels(...) on a 320 px chart uses compact value labels and the minimum height', () => {
    const layout = layoutLine({ width: 320 });
    expect(layout.size).toEqual({ width: 320, height: 280 });
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '50K', '100K', '150K', '200K']);
    // "200K" is 4 × 7.2 → 29 px: left = 29 + 12.
    expect(layout.frame.left).toBe(41);
  });

  test('layoutTroopLevels(...) puts the "today" rule at now: 1 January 2010 is d = 2557 → 455.7', () => {
    expect(layoutLine().todayX).toBe(455.7);
    expect('todayX' in layoutLine({ now: Date.UTC(2013, 0, 1) })).toBe(false);
  });

  test('layoutTroopLevels(...) with annotations "none" draws no annotation', () => {
    expect(layoutLine().annotations).toEqual([]);
  });
});

describe('layoutTroopLevels: lines', () => {
  test('layoutTroopLevels(...) breaks the reported line at a gap of more than 18 months: two runs', () => {
    // 2004-07 → 2007-01 is 914 days, more than 548.
    expect(layoutLine().reported).toEqual(['M93.2,91.5L149.4,107.4', 'M289.7,75.6L345.8,91.5']);
  });

  test('layoutTroopLevels(...) draws caps as one step line: a cap holds until the next (912 days is within 913)', () => {
    // cap-2005 (177.6, 75.6), cap-2006 (233.7, 12), cap-2008 (373.8, 91.5).
    expect(layoutLine().authorized).toEqual(['M177.6,75.6L233.7,75.6L233.7,12L373.8,12L373.8,91.5']);
  });

  test('layoutTroopLevels(...) projects from the last reported point to the plans after it', () => {
    // rep-2008 (345.8, 91.5) → plan-2009 (429.8, 171) → plan-2011 (565.4, 330).
    expect(layoutLine().projection).toEqual(['M345.8,91.5L429.8,171L565.4,330']);
  });

  test('layoutTroopLevels(...) lists every point in time order, a plan before the last count as a marker', () => {
    expect(layoutLine().points.map((p) => [p.key, p.series, p.x, p.y])).toEqual([
      ['rep-2003', 'reported', 93.2, 91.5],
      ['rep-2004', 'reported', 149.4, 107.4],
      ['cap-2005', 'authorized', 177.6, 75.6],
      ['cap-2006', 'authorized', 233.7, 12],
      // Mid-June 2006: d = 1096 + 151 + 15 = 1262.
      ['plan-2006', 'marker', 256.8, 43.8],
      ['rep-2007', 'reported', 289.7, 75.6],
      ['rep-2008', 'reported', 345.8, 91.5],
      ['cap-2008', 'authorized', 373.8, 91.5],
      ['plan-2009', 'planned', 429.8, 171],
      ['plan-2011', 'planned', 565.4, 330],
    ]);
  });

  test('layoutTroopLevels(...) keys its point times to the figure dates', () => {
    const times = layoutLine().points.map((p) => p.time);
    expect(times[0]).toBe(Date.UTC(2003, 6, 16, 12));
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
  });

  test('layoutTroopLevels(...) draws only US troops: not the coalition, not Iraqi forces', () => {
    expect(layoutLine().points.some((p) => ['coalition-2005', 'iraqi-2005'].includes(p.key))).toBe(false);
  });

  test('layoutTroopLevels(...) legend has the line, the caps, the plans and the other figures, in English', () => {
    expect(layoutLine().legend).toEqual([
      { key: 'reported', label: 'Reported', mark: 'line' },
      { key: 'authorized', label: 'Authorized cap', mark: 'dashed' },
      { key: 'planned', label: 'Announced plan', mark: 'dotted' },
      { key: 'marker', label: 'Other figure', mark: 'hollow' },
    ]);
  });

  test('layoutTroopLevels(...) summary names the peak, the latest count and the next plan after now', () => {
    const { summary } = layoutLine();
    expect([summary.peak?.id, summary.latest?.id, summary.nextPlan?.id]).toEqual(['rep-2007', 'rep-2008', 'plan-2011']);
  });

  test('layoutTroopLevels(...) summary has no next plan once every plan is past', () => {
    const { summary } = layoutLine({ now: Date.UTC(2012, 0, 1) });
    expect(Object.keys(summary)).toEqual(['peak', 'latest']);
  });

  test('layoutTroopLevels(...) with no reported count projects from the first plan', () => {
    const layout = layoutTroopLevels(LINE_FIXTURE.filter((o) => o.kind === 'planned'), [], context(), strings('en'));
    // max 180,000 still nices to 200,000.
    expect(layout.reported).toEqual([]);
    expect(layout.projection).toEqual(['M256.8,43.8L429.8,171L565.4,330']);
    expect(layout.legend.map((l) => l.key)).toEqual(['planned']);
  });
});

describe('layoutTroopLevels: ranges and markers', () => {
  test('layoutTroopLevels(...) draws a range with an end as a band over its period', () => {
    // 2005-01-01 (d = 731) to 2007-01-01 (d = 1461); 200,000 → 12, 100,000 → 171.
    expect(layoutMarks().bands).toEqual([{ key: 'band-2005', x: 175.3, y: 12, width: 112.1, height: 159, planned: true }]);
  });

  test('layoutTroopLevels(...) draws a range without an end as a whisker at its date', () => {
    // Mid-March 2008: d = 1826 + 60 + 15.5 = 1901.5 → 355.
    expect(layoutMarks().whiskers).toEqual([{ key: 'whisker-2008', x: 355, y1: 250.5, y2: 171 }]);
  });

  test('layoutTroopLevels(...) keeps "at least", averages and the less precise of two conflicting figures off the line', () => {
    const layout = layoutMarks();
    expect(layout.points.map((p) => [p.key, p.series, p.x, p.y])).toEqual([
      // 20 March 2003, noon: d = 78.5.
      ['atleast-2003', 'marker', 75.1, 171],
      // The band's point is its period's middle, 1 January 2006 (d = 1096), at the range's middle.
      ['band-2005', 'range', 231.3, 91.5],
      ['whisker-2008', 'range', 355, 210.8],
      // 2009–2010 averages at its middle, 1 January 2010 (d = 2557).
      ['avg-2009', 'marker', 455.7, 139.2],
      ['rep-2011-06', 'reported', 537.2, 250.5],
      ['c-month', 'marker', 556, 268],
      ['c-day', 'reported', 556.8, 266.4],
    ]);
    // The day-precise figure wins although the month one comes first in the data.
    expect(layout.reported).toEqual(['M537.2,250.5L556.8,266.4']);
    expect(layout.projection).toEqual([]);
  });

  test('layoutTroopLevels(...) legend has the line, the ranges and the other figures', () => {
    expect(layoutMarks().legend.map((l) => [l.key, l.mark])).toEqual([
      ['reported', 'line'],
      ['range', 'band'],
      ['marker', 'hollow'],
    ]);
  });

  test('layoutTroopLevels(...) summary ignores markers and ranges', () => {
    const { summary } = layoutMarks();
    expect([summary.peak?.id, summary.latest?.id, 'nextPlan' in summary]).toEqual(['rep-2011-06', 'c-day', false]);
  });

  test('lineObservations(data) prefers the more precise date, then the first in the data', () => {
    const a = obs('a', '2011-10', 39000, { conflictsWith: ['b'] });
    const b = obs('b', '2011-10-21', 40000, { conflictsWith: ['a'] });
    const d = obs('d', '2011-11', 1, { qualifier: 'at-most' });
    expect([...lineObservations([a, b, d])].map((o) => o.id)).toEqual(['b']);
    const e = obs('e', '2011-10-21', 1, { conflictsWith: ['f'] });
    const f = obs('f', '2011-10-22', 2, { conflictsWith: ['e'] });
    expect([...lineObservations([f, e])].map((o) => o.id)).toEqual(['f']);
    expect([...lineObservations([e, f])].map((o) => o.id)).toEqual(['e']);
  });

  // Known bug, reported: a conflict is only seen from the side that lists it. When the more precise
  // figure names the other but not the reverse (user data need not be symmetric), both go on the line.
  test('lineObservations(data) keeps the other figure off the line when only the precise one lists the conflict', () => {
    const day = obs('day', '2011-10-21', 40000, { conflictsWith: ['month'] });
    const month = obs('month', '2011-10', 39000);
    expect([...lineObservations([month, day])].map((o) => o.id)).toEqual(['day']);
  });

  test('isTroopLevel(o) is true only for US troops counted for the US', () => {
    expect([
      isTroopLevel(obs('a', '2005', 1)),
      isTroopLevel(obs('b', '2005', 1, { metric: 'us-troops-deployed' })),
      isTroopLevel(obs('c', '2005', 1, { scope: 'coalition' })),
    ]).toEqual([true, false, false]);
  });
});

describe('layoutTroopLevels: right to left', () => {
  const rtl = () => layoutTroopLevels(LINE_FIXTURE, [], context({ locale: localeInfo('ar-IQ'), timeDirection: 'rtl' }), strings('ar'));

  test('layoutTroopLevels(..., ar-IQ, rtl) puts the value axis on the right and runs time right to left', () => {
    const layout = rtl();
    expect([layout.axisSide, layout.timeDirection]).toEqual(['right', 'rtl']);
    // "٢٠٠٬٠٠٠" is 7 characters too: the axis takes the same 63 px, on the right.
    expect(layout.frame).toEqual({ width: 640, height: 358, top: 12, bottom: 28, left: 16, right: 63 });
    const first = layout.points[0]!;
    const last = layout.points[layout.points.length - 1]!;
    expect([first.key, first.x, last.key, last.x]).toEqual(['rep-2003', 546.8, 'plan-2011', 74.6]);
  });

  test('layoutTroopLevels(..., rtl) mirrors every x: x_rtl = 640 − x_ltr', () => {
    const layout = rtl();
    expect(layout.reported).toEqual(['M546.8,91.5L490.6,107.4', 'M350.3,75.6L294.2,91.5']);
    expect(layout.projection).toEqual(['M294.2,91.5L210.2,171L74.6,330']);
    expect(layout.points.map((p) => p.x)).toEqual(layoutLine().points.map((p) => Math.round((640 - p.x) * 10) / 10));
  });

  test('layoutTroopLevels(..., ar-IQ) labels the axes in Arabic-Indic digits and the legend in Arabic', () => {
    const layout = rtl();
    expect(layout.xTicks.map((t) => t.label).slice(0, 3)).toEqual(['٢٠٠٣', '٢٠٠٤', '٢٠٠٥']);
    // Mirrored: 640 − 63 = 577 for 2003, 640 − 567.8 = 72.2 for 2012.
    expect([layout.xTicks[0]!.position, layout.xTicks[9]!.position]).toEqual([577, 72.2]);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['٠', '٥٠٬٠٠٠', '١٠٠٬٠٠٠', '١٥٠٬٠٠٠', '٢٠٠٬٠٠٠']);
    expect(layout.legend.map((l) => l.label)).toEqual(['العدد المعلن', 'الحد الأقصى المصرّح به', 'خطة معلنة', 'رقم آخر']);
  });
});

describe('layoutTroopLevels: from and to', () => {
  test('layoutTroopLevels(..., 2007–2008) draws only what falls in those years', () => {
    const layout = layoutLine({ from: 2007, to: 2008 });
    // 731 days on 561 px: x(d) = 63 + 561 × d / 731.
    expect(layout.points.map((p) => [p.key, p.x])).toEqual([
      ['rep-2007', 74.9],
      ['rep-2008', 355],
      ['cap-2008', 494.7],
    ]);
    expect(layout.reported).toEqual(['M74.9,75.6L355,91.5']);
    // A run of one point is a move and a close, which a round line cap draws as a dot.
    expect(layout.authorized).toEqual(['M494.7,91.5Z']);
    expect(layout.projection).toEqual([]);
    expect(layout.xTicks.map((t) => [t.label, t.position])).toEqual([['2007', 63], ['2008', 343.1]]);
    expect('todayX' in layout).toBe(false);
  });

  test('layoutTroopLevels(..., 2006–2012) clips a band that starts before the range to the range', () => {
    const layout = layoutMarks({ from: 2006 });
    // 2557 days on 561 px; the band now covers 2006 only: 561 × 365 / 2557 = 80.08.
    expect(layout.bands).toEqual([{ key: 'band-2005', x: 63, y: 12, width: 80.1, height: 159, planned: true }]);
    expect(layout.points.map((p) => p.key)).toEqual(['band-2005', 'whisker-2008', 'avg-2009', 'rep-2011-06', 'c-month', 'c-day']);
  });

  test('layoutTroopLevels([], ...) is empty but still has axes', () => {
    const layout = layoutTroopLevels([], [], context(), strings('en'));
    expect([layout.points, layout.reported, layout.authorized, layout.projection, layout.bands, layout.whiskers, layout.legend, layout.summary]).toEqual([
      [], [], [], [], [], [], [], {},
    ]);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
  });
});

describe('layoutTroopLevels: definitions and errata', () => {
  const erratum = { evidence: ['rep-2006'], reason: { en: 'A digit too many', ar: 'رقم زائد' } };
  const DEFINITIONS: Observation[] = [
    obs('in-2005', '2005-01', 150000, { definition: 'in-country' }),
    obs('war-2005', '2005-01-15', 200000, { definition: 'deployed-for-war' }),
    obs('rep-2006', '2006-01', 160000),
    obs('fy-2007', '2006-10', 140000, { end: '2007-09', definition: 'fy-average' }),
    obs('err-2007', '2007-01', 190000, { erratum }),
  ];
  const layout = layoutTroopLevels(DEFINITIONS, [], context(), strings('en'));

  test('layoutTroopLevels(data) draws the line through in-country and unset definitions only, and no erratum', () => {
    // y(150000) = 330 − 238.5 = 91.5; y(160000) = 75.6; '2005-01' is d = 746.5 → x = 177.6.
    expect(layout.reported).toEqual(['M177.6,91.5L233.7,75.6']);
  });

  test('layoutTroopLevels(data) draws other definitions and errata as hollow points of their own, reachable and in time order', () => {
    expect(layout.points.map((p) => [p.key, p.series, p.x, p.y])).toEqual([
      ['war-2005', 'deployed-for-war', 177.5, 12],
      ['in-2005', 'reported', 177.6, 91.5],
      ['rep-2006', 'reported', 233.7, 75.6],
      ['err-2007', 'erratum', 289.7, 27.9],
      ['fy-2007', 'fy-average', 301.3, 107.4],
    ]);
  });

  test('layoutTroopLevels(data) says in the legend which markers are which, in English and Arabic', () => {
    expect(layout.legend.map((l) => [l.key, l.label, l.mark])).toEqual([
      ['reported', 'Reported', 'line'],
      ['deployed-for-war', 'Everyone deployed for the war', 'hollow'],
      ['fy-average', 'Fiscal-year average', 'hollow'],
      ['erratum', 'Likely misprint', 'hollow'],
    ]);
    const ar = layoutTroopLevels(DEFINITIONS, [], context({ locale: localeInfo('ar') }), strings('ar'));
    expect(ar.legend.slice(1, 3).map((l) => l.label)).toEqual(['كل المنتشرين للحرب', 'متوسط السنة المالية']);
  });

  test('layoutTroopLevels(data) counts neither an erratum nor another definition in the peak or the latest', () => {
    expect([layout.summary.peak?.id, layout.summary.latest?.id]).toEqual(['rep-2006', 'rep-2006']);
  });

  test('lineObservations(data) leaves out a figure superseded by a later one of the same source, without a conflict', () => {
    const old = obs('old', '2008-01', 150000, { conflictsWith: ['new'] });
    const update = obs('new', '2008-01-15', 152000, { supersedes: ['old'] });
    expect([...lineObservations([old, update])].map((o) => o.id)).toEqual(['new']);
  });
});
