/**
 * SVG path data for the charts' lines: straight segments through points, and steps that hold
 * each value until the next point. They write exactly what d3-shape 3's `line()` with
 * `.digits(1)` and `curveLinear` or `curveStepAfter` writes (tests/unit/path.test.ts compares
 * them on many inputs), in a few lines instead of d3-shape and d3-path, which put 27 KB of code
 * (5 KB gzip) into an element's bundle: most of d3-shape is not shaken out.
 *
 * The format, as d3-path's `appendRound(1)` writes it: every coordinate is rounded to one
 * decimal with `Math.round(v * 10) / 10` (so halves round up: -0.25 → -0.2) and written with
 * JavaScript's default number to string conversion (`12`, `12.5`, `-0.1`, `1e+21`; `-0` as
 * `0`; NaN as `NaN`). A path is `M` then `L` commands with the coordinates joined by a comma
 * and no spaces; a single point is `Mx,yZ`, which a round line cap draws as a dot; no points is
 * `null`, not an empty path.
 */

/** A point in SVG coordinates. */
export interface PathPoint {
  x: number;
  y: number;
}

/** A coordinate as d3-path writes it with one decimal. */
const coordinate = (value: number): string => String(Math.round(value * 10) / 10);

/** `M` or `L` to a point. */
const command = (letter: 'M' | 'L', x: number, y: number): string => `${letter}${coordinate(x)},${coordinate(y)}`;

/** A straight line through `points`, in order; `Mx,yZ` for one point, null for none. */
export function linePath(points: readonly PathPoint[]): string | null {
  if (points.length === 0) return null;
  let path = command('M', points[0]!.x, points[0]!.y);
  if (points.length === 1) return `${path}Z`;
  for (let i = 1; i < points.length; i++) path += command('L', points[i]!.x, points[i]!.y);
  return path;
}

/**
 * Steps through `points`: from each point, level to the next point's x, then up or down to its
 * y (d3's `curveStepAfter`). `Mx,yZ` for one point, null for none.
 */
export function stepAfterPath(points: readonly PathPoint[]): string | null {
  if (points.length === 0) return null;
  let previousX = points[0]!.x;
  let previousY = points[0]!.y;
  let path = command('M', previousX, previousY);
  if (points.length === 1) return `${path}Z`;
  for (let i = 1; i < points.length; i++) {
    const { x, y } = points[i]!;
    // d3 places the riser at x0 · (1 − t) + x · t with t = 1: that is x, except that an
    // infinite x0 makes it NaN. Written the same way, the output is the same for every input.
    const riser = previousX * 0 + x;
    path += command('L', riser, previousY) + command('L', riser, y);
    previousX = x;
    previousY = y;
  }
  return path;
}
