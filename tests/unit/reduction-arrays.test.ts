import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { strings } from '../../src/components/core/i18n.js';
import type { LayoutContext } from '../../src/components/core/layout/chart-layout.js';
import { chartAxes } from '../../src/components/core/layout/frame.js';
import { linePath, splitAtGaps } from '../../src/components/core/layout/lines.js';
import { figurePoint, largestValue } from '../../src/components/core/layout/points.js';
import { summaryFacts } from '../../src/components/core/layout/summary.js';
import { reducedIndices, reduceToColumns } from '../../src/components/core/layout/reduction.js';
import { localeInfo } from '../../src/components/core/locale.js';
import { layoutTroopLevels } from '../../src/components/troop-levels-chart/troop-levels-chart.layout.js';
import { dateToTime } from '../../src/data/dates.js';
import type { Observation } from '../../src/data/types.js';

/*
 * The reduction now runs on arrays of coordinates, before any point object is made. These check
 * it against the reduction as it was written on point objects (kept here as the reference), and
 * the troop chart's line, built that way, against the line built from a point for every count.
 */

/** The reduction on point objects, as `reduceToColumns` was before it read arrays. */
function reference<T extends { x: number; y: number }>(points: readonly T[]): T[] {
  const kept: T[] = [];
  let start = 0;
  while (start < points.length) {
    const column = Math.floor(points[start]!.x);
    let end = start + 1;
    let low = start;
    let high = start;
    while (end < points.length && Math.floor(points[end]!.x) === column) {
      if (points[end]!.y < points[low]!.y) low = end;
      if (points[end]!.y > points[high]!.y) high = end;
      end++;
    }
    const a = Math.min(low, high);
    const b = Math.max(low, high);
    kept.push(points[start]!);
    if (a !== start) kept.push(points[a]!);
    if (b !== a && b !== start) kept.push(points[b]!);
    if (end - 1 !== b && end - 1 !== start) kept.push(points[end - 1]!);
    start = end;
  }
  return kept;
}

/** Points in drawing order, x running one way (either), y anything finite, with ties and steps. */
const line = fc
  .tuple(
    fc.array(fc.tuple(fc.double({ min: 0, max: 3, noNaN: true }), fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 1))), { maxLength: 300, size: 'max' }),
    fc.boolean(),
  )
  .map(([steps, rtl]) => {
    let x = rtl ? 900 : 0;
    return steps.map(([dx, y], i) => {
      x += rtl ? -dx : dx;
      return { i, x, y };
    });
  });

describe('the reduction on arrays', () => {
  test('keeps the same points as the reduction on point objects, for a whole line or a part of it', () => {
    fc.assert(
      fc.property(line, fc.nat(), fc.nat(), (points, a, b) => {
        expect(reduceToColumns(points)).toEqual(reference(points));
        const x = Float64Array.from(points, (p) => p.x);
        const y = Float64Array.from(points, (p) => p.y);
        const from = points.length ? a % points.length : 0;
        const to = from + (points.length ? b % (points.length - from + 1) : 0);
        expect(reducedIndices(x, y, from, to).map((k) => points[k])).toEqual(reference(points.slice(from, to)));
      }),
      { numRuns: 500 },
    );
  });
});

describe("the troop chart's reduced line", () => {
  const context = (width: number, timeDirection: 'ltr' | 'rtl'): LayoutContext => ({
    width,
    locale: localeInfo(timeDirection === 'rtl' ? 'ar-IQ' : 'en'),
    from: 2003,
    to: 2030,
    timeDirection,
    annotations: 'none',
    now: Date.UTC(2002, 0, 1),
  });

  /** Counts a day or two apart from 2003 (to 2030 at most), with a few gaps of 600 days that break the line. */
  const series = fc
    .tuple(fc.array(fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 200_000 })), { minLength: 1, maxLength: 4500, size: 'max' }), fc.boolean())
    .map(([days, gaps]) => {
      let day = 0;
      return days.map(([step, value], i): Observation => {
        day += gaps && i > 0 && i % 997 === 0 ? 600 : step;
        const date = new Date(Date.UTC(2003, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        return { id: `d${i}`, metric: 'us-troops', date, precision: 'day', value, qualifier: 'exact', kind: 'reported', scope: 'US', region: 'Iraq', sourceIds: ['s'] };
      });
    });

  test('draws the paths and keeps the points of the reduction of a point for every count, in both directions', () => {
    let reducedRuns = 0;
    fc.assert(
      fc.property(series, fc.constantFrom(320, 640, 1000), fc.constantFrom<'ltr' | 'rtl'>('ltr', 'rtl'), (observations, width, direction) => {
        const layout = layoutTroopLevels(observations, [], context(width, direction), strings('en'));
        fc.pre(layout.decade === undefined);
        // The reference: a point object for every count, split at gaps, each run reduced on its points.
        const axes = chartAxes(context(width, direction), largestValue(observations));
        const points = observations.map((o) => figurePoint(o, axes.x, axes.y, dateToTime(o.date), 'reported'));
        const runs = splitAtGaps(points, 548 * 86_400_000);
        const reduced = points.length > 2 * (axes.frame.width - axes.frame.left - axes.frame.right);
        const drawn = reduced ? runs.map((run) => reference(run)) : runs;
        expect(!!layout.reduced).toBe(reduced);
        expect(layout.points).toEqual(drawn.flat());
        expect(layout.reported).toEqual(drawn.map((run) => linePath(run) ?? ''));
        expect(layout.summary).toEqual(summaryFacts(points));
        if (reduced) reducedRuns++;
      }),
      { numRuns: 80 },
    );
    // Long lines are among them: most are reduced.
    expect(reducedRuns).toBeGreaterThan(20);
  });
});
