import { group } from 'd3-array';
import { curveStepAfter, line } from 'd3-shape';
import type { Observation } from '../../../data/types.js';
import type { ObservationPoint } from './chart-layout.js';

/** A point in SVG coordinates. */
export interface PathPoint {
  x: number;
  y: number;
}

/*
 * d3-shape's line generators with one decimal (`digits(1)`): a single point is `Mx,yZ`, which a
 * round line cap draws as a dot, and no points is null, not an empty path.
 */

/** A straight line through `points`, in order. */
export const linePath = line<PathPoint>((p) => p.x, (p) => p.y).digits(1);

/** Steps through `points`: each value held to the next point's x, then up or down (`curveStepAfter`). */
export const stepAfterPath = line<PathPoint>((p) => p.x, (p) => p.y).curve(curveStepAfter).digits(1);

/**
 * Splits a time-ordered run of points where two neighbours are further apart than `maxGap`
 * milliseconds: a gap in the record stays a gap on the chart, never a guessed line.
 */
export function splitAtGaps<T extends { time: number }>(points: readonly T[], maxGap: number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const point of points) {
    const last = run[run.length - 1];
    if (last && point.time - last.time > maxGap) {
      runs.push(run);
      run = [];
    }
    run.push(point);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** A running total's family: points of different families are never joined by one line. */
export function familyKey(o: Observation): string {
  return [o.metric, o.scope, o.region, o.operation ?? '', o.definition ?? ''].join('|');
}

/** A running total's line: its series, its path, and the definition it counts when it has one. */
export interface RunningTotalLine {
  series: string;
  d: string;
  definition?: string;
}

/**
 * Lines through running totals: the points grouped by `runKey` (which must tell families apart,
 * see {@link familyKey}), the groups in the order of their keys, each in time order and broken
 * where neighbours are more than `maxGap` apart.
 */
export function runningTotalLines<T extends ObservationPoint>(points: readonly T[], runKey: (p: T) => string, maxGap: number): RunningTotalLine[] {
  const runs = [...group(points, runKey)].sort(([a], [b]) => a.localeCompare(b));
  return runs.flatMap(([, run]) =>
    splitAtGaps([...run].sort((a, b) => a.time - b.time), maxGap).map((part) => {
      const { definition } = part[0]!.observation;
      return { series: part[0]!.series, d: linePath(part) ?? '', ...(definition ? { definition } : {}) };
    }),
  );
}
