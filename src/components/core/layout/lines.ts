import { curveStepAfter, line } from 'd3-shape';

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
