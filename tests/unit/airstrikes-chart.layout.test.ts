import { describe, expect, test } from 'vitest';
import type { LayoutContext } from '../../src/components/core/layout/chart-layout.js';
import { strings } from '../../src/components/core/i18n.js';
import { localeInfo } from '../../src/components/core/locale.js';
import { isAirstrike, layoutAirstrikes } from '../../src/components/airstrikes-chart/airstrikes-chart.layout.js';
import type { Observation } from '../../src/data/types.js';

/*
 * Scale math for a 640 px chart from 2014 to 2017, annotations 'none': height 358; the widest
 * value label ("10,000" or "14,000") is 6 × 7.2 → 44 px, so left = 56, right 16, top 12, bottom 28.
 * x(d) = 56 + 568 × d / 1461, d = days since 1 January 2014. 2015 starts at d = 365 → 197.9.
 * Per period (max 9,000 → 10,000): y(v) = 330 − 318 × v / 10000. A year's bar is inset 3 px
 * on each side: 2015 runs 197.9–339.8, so x = 200.9, width 135.9, centre 268.9.
 */

function obs(id: string, date: string, value: Observation['value'], extra: Partial<Observation> = {}): Observation {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return { id, metric: 'airstrikes', date, precision, value, qualifier: 'exact', kind: 'reported', scope: 'coalition', region: 'Iraq', sourceIds: ['s'], ...extra };
}

const FIXTURE: Observation[] = [
  obs('y2015', '2015', 8000, { qualifier: 'at-least', scope: 'US', region: 'both' }),
  obs('y2016-iraq', '2016', 5000),
  obs('y2016-syria', '2016', 3000, { region: 'Syria' }),
  obs('y2016-both', '2016', 9000, { region: 'both' }),
  obs('y2016-iraq-b', '2016', 4800, { conflictsWith: ['y2016-iraq'] }),
  obs('m2016-10', '2016-10', 300),
  obs('c1', '2014-08-08', 2000, { end: '2015-01-08', kind: 'cumulative', region: 'both' }),
  obs('c2', '2014-08-08', 6000, { end: '2015-08', kind: 'cumulative', region: 'both', conflictsWith: ['c2b'] }),
  obs('c2b', '2014-08-08', 5900, { end: '2015-08', kind: 'cumulative', region: 'both', conflictsWith: ['c2'] }),
  obs('c3', '2014-08-08', 12000, { end: '2016-06-28', kind: 'cumulative', region: 'both' }),
  obs('ci1', '2014-08-08', 3000, { end: '2015-08', kind: 'cumulative' }),
  obs('ci2', '2014-08-08', 8000, { end: '2016-06-28', kind: 'cumulative' }),
  obs('cus', '2014-08-08', 7000, { end: '2016-06-28', kind: 'cumulative', scope: 'US', region: 'both' }),
  obs('cal', '2014-08-08', 13000, { end: '2016-08-07', kind: 'cumulative', region: 'both', qualifier: 'at-least' }),
  obs('day', '2016-03-01', 5),
];

const en = localeInfo('en');
function context(overrides: Partial<LayoutContext> = {}): LayoutContext {
  return { width: 640, locale: en, from: 2014, to: 2017, timeDirection: 'ltr', annotations: 'none', now: Date.UTC(2017, 6, 1), ...overrides };
}
const perYear = (overrides: Partial<LayoutContext> = {}) => layoutAirstrikes(FIXTURE, [], context(overrides), strings('en'), { mode: 'per-period', period: 'year' });
const cumulative = (overrides: Partial<LayoutContext> = {}) => layoutAirstrikes(FIXTURE, [], context(overrides), strings('en'), { mode: 'cumulative', period: 'year' });

describe('layoutAirstrikes: per year', () => {
  test('layoutAirstrikes(data, 640 px, per-period year) frames the plot and ticks every year and every 2,000', () => {
    const layout = perYear();
    expect(layout.frame).toEqual({ width: 640, height: 358, top: 12, bottom: 28, left: 56, right: 16 });
    expect(layout.xTicks.map((t) => [t.label, t.position])).toEqual([['2014', 56], ['2015', 197.9], ['2016', 339.8], ['2017', 482.1]]);
    expect(layout.yTicks.map((t) => [t.label, t.position])).toEqual([['0', 330], ['2,000', 266.4], ['4,000', 202.8], ['6,000', 139.2], ['8,000', 75.6], ['10,000', 12]]);
  });

  test('layoutAirstrikes(...) stacks Iraq and Syria over the count for both, an "at least" open, a conflict outlined', () => {
    expect(perYear().bars).toEqual([
      { key: 'y2015', series: 'both', x: 200.9, y: 75.6, width: 135.9, height: 254.4, open: true, conflict: false },
      { key: 'y2016-both', series: 'both', x: 342.8, y: 43.8, width: 136.3, height: 286.2, open: false, conflict: false },
      // Iraq 0–5,000, Syria 5,000–8,000 on top; the 1,000 not split shows above them.
      { key: 'y2016-iraq', series: 'iraq', x: 342.8, y: 171, width: 136.3, height: 159, open: false, conflict: true },
      { key: 'y2016-syria', series: 'syria', x: 342.8, y: 75.6, width: 136.3, height: 95.4, open: false, conflict: false },
    ]);
  });

  test('layoutAirstrikes(...) puts each point on its bar top, the other figure as a marker; no month, day or total over a span', () => {
    expect(perYear().points.map((p) => [p.key, p.series, p.x, p.y])).toEqual([
      ['y2015', 'both', 268.9, 75.6],
      ['y2016-iraq', 'iraq', 411, 171],
      ['y2016-syria', 'syria', 411, 75.6],
      ['y2016-both', 'both', 411, 43.8],
      ['y2016-iraq-b', 'marker', 411, 177.4],
    ]);
  });

  test('layoutAirstrikes(...) legend and summary: the total of the latest year, not one country', () => {
    const layout = perYear();
    expect(layout.legend.map((l) => [l.key, l.label, l.mark])).toEqual([
      ['iraq', 'Iraq', 'band'],
      ['syria', 'Syria', 'band'],
      ['both', 'Iraq and Syria, not split', 'band'],
      ['open', 'At least', 'band'],
      ['conflict', 'Sources disagree', 'band'],
      ['marker', 'Other figure', 'hollow'],
    ]);
    expect([layout.summary.peak?.id, layout.summary.latest?.id]).toEqual(['y2016-both', 'y2016-both']);
  });

  test('layoutAirstrikes(..., per-period month) draws only the month with a count, over its month', () => {
    const layout = layoutAirstrikes(FIXTURE, [], context(), strings('en'), { mode: 'per-period', period: 'month' });
    // The only value, 300, is the top of the scale, and its label "300" (22 px) makes left = 34:
    // x(d) = 34 + 590 × d / 1461. October 2016 is d = 1004 to 1035 → 439.5 to 452 (12.5 px),
    // inset 12 % = 1.5 px a side → x 441, width 9.5.
    expect(layout.bars).toEqual([{ key: 'm2016-10', series: 'iraq', x: 441, y: 12, width: 9.5, height: 318, open: false, conflict: false }]);
    expect(layout.points.map((p) => p.key)).toEqual(['m2016-10']);
  });
});

describe('layoutAirstrikes: cumulative', () => {
  test('layoutAirstrikes(..., cumulative) draws a line per region through the running totals', () => {
    // 8 January 2015 noon: d = 372.5 → 200.8; mid-August 2015: d = 587.5 → 286.3; 28 June 2016: d = 909.5 → 409.6.
    expect(cumulative().lines).toEqual([
      { series: 'both', d: 'M200.8,284.6L286.3,193.7L409.6,57.4' },
      { series: 'iraq', d: 'M286.3,261.9L409.6,148.3' },
    ]);
  });

  test('layoutAirstrikes(..., cumulative) keeps the second of two figures, US totals and "at least" totals off the lines', () => {
    expect(cumulative().points.map((p) => [p.key, p.series, p.x, p.y])).toEqual([
      ['c1', 'both', 200.8, 284.6],
      ['ci1', 'iraq', 286.3, 261.9],
      ['c2', 'both', 286.3, 193.7],
      ['c2b', 'marker', 286.3, 196],
      ['ci2', 'iraq', 409.6, 148.3],
      ['c3', 'both', 409.6, 57.4],
      ['cus', 'us', 409.6, 171],
      ['cal', 'marker', 425.1, 34.7],
    ]);
    expect(cumulative().legend.map((l) => l.key)).toEqual(['both', 'iraq', 'us', 'marker']);
  });

  test('layoutAirstrikes(...) keys Airwars\' count and the declared count apart: one colour per country, a dash for Airwars', () => {
    const airwars = [
      obs('aw1', '2014-08-08', 2500, { end: '2015-01-08', kind: 'cumulative', region: 'both', definition: 'airwars' }),
      obs('aw2', '2014-08-08', 6500, { end: '2015-08', kind: 'cumulative', region: 'both', definition: 'airwars' }),
    ];
    const layout = layoutAirstrikes([...FIXTURE, ...airwars], [], context(), strings('en'), { mode: 'cumulative', period: 'year' });
    expect(layout.lines.map((l) => [l.series, l.definition])).toEqual([
      ['both', undefined],
      ['both', 'airwars'],
      ['iraq', undefined],
    ]);
    expect(layout.legend.map((l) => [l.key, l.label, l.mark])).toEqual([
      ['both', 'Iraq and Syria', 'line'],
      ['iraq', 'Iraq', 'line'],
      ['declared', 'Declared by the coalition', 'line'],
      ['airwars', 'Counted by Airwars', 'dashed'],
      ['us', 'US strikes alone', 'hollow'],
      ['marker', 'Other figure', 'hollow'],
    ]);
    const ar = layoutAirstrikes([...FIXTURE, ...airwars], [], context({ locale: localeInfo('ar-IQ'), timeDirection: 'rtl' }), strings('ar'), { mode: 'cumulative', period: 'year' });
    expect(ar.legend.slice(2, 4).map((l) => l.label)).toEqual(['كما أعلنها التحالف', 'كما أحصتها إيروورز']);
    // Without Airwars' count, no line needs telling apart.
    expect(cumulative().legend.map((l) => l.key)).not.toContain('declared');
  });

  test('layoutAirstrikes(..., rtl) mirrors every x and puts the axis on the right', () => {
    const layout = layoutAirstrikes(FIXTURE, [], context({ locale: localeInfo('ar-IQ'), timeDirection: 'rtl' }), strings('ar'), { mode: 'cumulative', period: 'year' });
    expect([layout.axisSide, layout.frame.left, layout.frame.right]).toEqual(['right', 16, 56]);
    expect(layout.points.map((p) => p.x)).toEqual(cumulative().points.map((p) => Math.round((640 - p.x) * 10) / 10));
    expect(layout.yTicks.map((t) => t.label).slice(0, 3)).toEqual(['٠', '٢٬٠٠٠', '٤٬٠٠٠']);
    expect(layout.legend.map((l) => l.label)).toEqual(['العراق وسوريا', 'العراق', 'الغارات الأمريكية وحدها', 'رقم آخر']);
  });

  test('layoutAirstrikes([], ...) is empty but keeps its axes', () => {
    const layout = layoutAirstrikes([], [], context(), strings('en'));
    expect([layout.points, layout.lines, layout.bars, layout.legend, layout.summary]).toEqual([[], [], [], [], {}]);
    expect([isAirstrike(FIXTURE[0]!), isAirstrike({ ...FIXTURE[0]!, metric: 'enemy-killed' })]).toEqual([true, false]);
  });
});

describe('layoutAirstrikes: families, errata and updates', () => {
  const erratum = { evidence: ['a-2016'], reason: { en: 'A zero too many', ar: 'صفر زائد' } };

  test('layoutAirstrikes(data, cumulative) draws a line per family and never joins totals of two operations', () => {
    const data = [
      obs('oir-1', '2015-01-01', 1000, { kind: 'cumulative', region: 'both', operation: 'OIR' }),
      obs('oir-2', '2016-01-01', 3000, { kind: 'cumulative', region: 'both', operation: 'OIR' }),
      obs('other-1', '2015-06-01', 2000, { kind: 'cumulative', region: 'both' }),
      obs('other-2', '2016-06-01', 2500, { kind: 'cumulative', region: 'both' }),
    ];
    const layout = layoutAirstrikes(data, [], context(), strings('en'), { mode: 'cumulative', period: 'year' });
    expect(layout.lines.map((l) => l.series)).toEqual(['both', 'both']);
    expect(layout.lines.map((l) => l.d.split('L').length)).toEqual([2, 2]);
    expect(layout.legend.map((l) => l.key)).toEqual(['both']);
  });

  test('layoutAirstrikes(data, per-period) draws an erratum as a hollow point, never as a bar, and leaves it out of the summary', () => {
    const data = [obs('a-2016', '2016', 5000), obs('e-2016', '2016', 50000, { erratum, conflictsWith: ['a-2016'] })];
    const layout = layoutAirstrikes(data, [], context(), strings('en'), { mode: 'per-period', period: 'year' });
    expect(layout.bars.map((b) => [b.key, b.series, b.conflict])).toEqual([['a-2016', 'iraq', true]]);
    expect(layout.points.map((p) => [p.key, p.series])).toEqual([['a-2016', 'iraq'], ['e-2016', 'erratum']]);
    expect(layout.legend.map((l) => l.key)).toEqual(['iraq', 'conflict', 'erratum']);
    expect([layout.summary.peak?.id, layout.summary.latest?.id]).toEqual(['a-2016', 'a-2016']);
  });

  test('layoutAirstrikes(data, per-period) draws the update of a figure, not as a conflict, and the superseded one as a marker', () => {
    const data = [obs('old', '2016', 100, { conflictsWith: ['new'] }), obs('new', '2016', 120, { supersedes: ['old'] })];
    const layout = layoutAirstrikes(data, [], context(), strings('en'), { mode: 'per-period', period: 'year' });
    expect(layout.bars.map((b) => [b.key, b.conflict])).toEqual([['new', false]]);
    expect(layout.points.map((p) => [p.key, p.series])).toEqual([['new', 'iraq'], ['old', 'marker']]);
    expect(layout.legend.map((l) => l.key)).toEqual(['iraq', 'marker']);
  });
});
