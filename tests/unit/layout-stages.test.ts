import { describe, expect, test } from 'vitest';
import { stackValues } from '../../src/components/core/layout/bars.js';
import type { ChartPoint, LayoutContext } from '../../src/components/core/layout/chart-layout.js';
import { conflictMap, fillSlots, hasConflict, preferredFigures } from '../../src/components/core/layout/conflicts.js';
import { markerSeries } from '../../src/components/core/layout/figures.js';
import { chartAxes } from '../../src/components/core/layout/frame.js';
import { apartEntries, legendOf } from '../../src/components/core/layout/legend.js';
import { familyKey, linePath, runningTotalLines, stepAfterPath } from '../../src/components/core/layout/lines.js';
import { groupByPeriod, periodMilliseconds } from '../../src/components/core/layout/periods.js';
import { summaryFacts } from '../../src/components/core/layout/summary.js';
import { localeInfo } from '../../src/components/core/locale.js';
import type { Observation } from '../../src/data/types.js';

function obs(id: string, date: string, value: number, extra: Partial<Observation> = {}): Observation {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return { id, metric: 'airstrikes', date, precision, value, qualifier: 'exact', kind: 'cumulative', scope: 'coalition', region: 'Iraq', sourceIds: ['s'], ...extra };
}
const point = (o: Observation, time: number, x = 0, y = 0, series = 'iraq'): ChartPoint => ({ key: o.id, x, y, time, observation: o, series });
const context: LayoutContext = { width: 640, locale: localeInfo('en'), from: 2003, to: 2012, timeDirection: 'ltr', annotations: 'none', now: 0 };

describe('frame and axes', () => {
  test('chartAxes(context, 150000) is the shared frame: 358 px high, the axis 63 px wide, five value ticks and a year each', () => {
    const axes = chartAxes(context, 150000);
    expect([axes.size, axes.frame, axes.axisSide]).toEqual([{ width: 640, height: 358 }, { width: 640, height: 358, top: 12, bottom: 28, left: 63, right: 16 }, 'left']);
    expect(axes.yTicks.map((t) => [t.label, t.position])).toEqual([['0', 330], ['50,000', 250.5], ['100,000', 171], ['150,000', 91.5], ['200,000', 12]]);
    expect(axes.xTicks.map((t) => t.label)).toEqual(['2003', '2004', '2005', '2006', '2007', '2008', '2009', '2010', '2011', '2012']);
  });

  test('chartAxes(context, max, { heightScale, reserveTop }) makes a taller chart and keeps the top of the plot free', () => {
    const axes = chartAxes({ ...context, locale: localeInfo('ar-IQ') }, 150000, { heightScale: 1.6, reserveTop: 62 });
    expect([axes.size.height, axes.axisSide, axes.y.range()]).toEqual([573, 'right', [545, 74]]);
  });
});

describe('periods', () => {
  test('groupByPeriod(figures, keyOf) keeps the periods in order of appearance and leaves out figures with no period', () => {
    const [a, b, c] = [obs('a', '2016', 1), obs('b', '2015', 2), obs('c', '2016', 3)];
    const groups = groupByPeriod([a, b, c, obs('d', '2016-05-03', 4)], (o) => (o.precision === 'year' ? o.date : undefined));
    expect([...groups].map(([key, list]) => [key, list.map((o) => o.id)])).toEqual([['2016', ['a', 'c']], ['2015', ['b']]]);
  });

  test('periodMilliseconds(key) is the start of the period and the start of the next, in UTC milliseconds', () => {
    expect([periodMilliseconds('2015'), periodMilliseconds('2016-02')]).toEqual([
      [Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)],
      [Date.UTC(2016, 1, 1), Date.UTC(2016, 2, 1)],
    ]);
  });
});

describe('conflicts', () => {
  test('conflictMap(figures) links a conflict both ways, and none for a figure that a later one supersedes', () => {
    const map = conflictMap([obs('a', '2016', 1, { conflictsWith: ['b'] }), obs('b', '2016', 2), obs('c', '2016', 3, { conflictsWith: ['d'] }), obs('d', '2016', 4, { supersedes: ['c'] })]);
    expect([...map].map(([id, set]) => [id, [...set]])).toEqual([['a', ['b']], ['b', ['a']]]);
  });

  test('preferredFigures(figures) draws neither an erratum nor a superseded figure, and lets the other of a conflict through', () => {
    const erratum = { evidence: ['b'], reason: { en: 'x', ar: 'س' } };
    const figures = [obs('a', '2016', 1, { erratum, conflictsWith: ['b'] }), obs('b', '2016', 2), obs('c', '2016', 3), obs('d', '2016', 4, { supersedes: ['c'] })];
    expect([...preferredFigures(figures)].map((o) => o.id)).toEqual(['b', 'd']);
    expect([hasConflict(figures[1]!, conflictMap(figures)), markerSeries(figures[0]!), markerSeries(figures[2]!, 'part')]).toEqual([true, 'erratum', 'part']);
  });

  test('fillSlots(figures, preferred, slotOf) gives each slot its first preferred figure and the rest to others', () => {
    const [a, b, c] = [obs('a', '2016', 1), obs('b', '2016', 2), obs('c', '2016', 3, { region: 'Syria' })];
    const slots = fillSlots([a, b, c], new Set([a, b, c]), (o) => o.region);
    expect([[...slots.chosen].map(([k, o]) => [k, o.id]), slots.others.map((o) => o.id)]).toEqual([[['Iraq', 'a'], ['Syria', 'c']], ['b']]);
  });
});

describe('marks', () => {
  test('stackValues(items, value) stacks from zero with d3-shape, the first at the bottom', () => {
    expect(stackValues([3, 0.1, 0.2], (v) => v).map(({ y0, y1 }) => [y0, y1])).toEqual([[0, 3], [3, 3.1], [3.1, 3.3000000000000003]]);
  });

  test('linePath and stepAfterPath write one decimal, Mx,yZ for one point and null for none', () => {
    const points = [{ x: 10, y: 100 }, { x: 20.04, y: 50 }, { x: 30, y: 75.55 }];
    expect([linePath(points), stepAfterPath(points), linePath([{ x: 1.25, y: -0.04 }]), linePath([])]).toEqual([
      'M10,100L20,50L30,75.6',
      'M10,100L20,100L20,50L30,50L30,75.6',
      'M1.3,0Z',
      null,
    ]);
  });

  test('runningTotalLines(points, key, gap) draws a line per family, in time order, broken at gaps', () => {
    const DAY = 86_400_000;
    const a = [obs('a1', '2015', 1), obs('a2', '2016', 2), obs('a3', '2020', 3)];
    const b = [obs('b1', '2015', 5, { operation: 'OIR' }), obs('b2', '2016', 6, { operation: 'OIR' })];
    const points = [point(a[1]!, 400 * DAY, 20, 2), point(b[0]!, 0, 5, 5), point(a[0]!, 0, 10, 1), point(a[2]!, 2000 * DAY, 30, 3), point(b[1]!, 365 * DAY, 15, 6)];
    expect(familyKey(b[0]!)).toBe('airstrikes|coalition|Iraq|OIR|');
    expect(runningTotalLines(points as never, (p: ChartPoint) => familyKey(p.observation!), 548 * DAY)).toEqual([
      { series: 'iraq', d: 'M10,1L20,2' },
      { series: 'iraq', d: 'M30,3Z' },
      { series: 'iraq', d: 'M5,5L15,6' },
    ]);
  });
});

describe('summary and legend', () => {
  test('summaryFacts(drawn) names the first of the highest as the peak and the last in time (the higher of two) as the latest', () => {
    const [a, b, c, d] = [obs('a', '2015', 5), obs('b', '2016', 9), obs('c', '2017', 9), obs('d', '2017', 7)];
    const facts = summaryFacts([point(a, 1), point(b, 2), point(d, 3), point(c, 3)], point(a, 4));
    expect([facts.peak?.id, facts.latest?.id, facts.nextPlan?.id]).toEqual(['b', 'c', 'a']);
    expect(summaryFacts([])).toEqual({});
  });

  test('legendOf(entries) keeps the entries whose condition holds; apartEntries names the figures drawn apart in both languages', () => {
    expect(legendOf([[false, { key: 'a', label: 'A', mark: 'line' }], [true, { key: 'b', label: 'B', mark: 'band' }]]).map((l) => l.key)).toEqual(['b']);
    expect(legendOf(apartEntries(new Set(['erratum', 'fy-average']), 'ar')).map((l) => [l.key, l.label])).toEqual([
      ['fy-average', 'متوسط السنة المالية'],
      ['erratum', 'خطأ مطبعي مرجّح'],
    ]);
  });
});
