import { curveLinear, curveStepAfter, line } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { linePath, stepAfterPath, type PathPoint } from '../../src/components/core/layout/path.js';

/**
 * core/path.ts writes what d3-shape's `line().digits(1)` wrote before it replaced it, byte for
 * byte: the layouts' exact path strings (and the SVG snapshots) depend on it. d3-shape is a
 * development dependency for this comparison only.
 */

const RUNS = 1000;

const d3Line = line<PathPoint>((p) => p.x, (p) => p.y).curve(curveLinear).digits(1);
const d3Steps = line<PathPoint>((p) => p.x, (p) => p.y).curve(curveStepAfter).digits(1);

/** Coordinates as a chart has them (pixels, with fractions), and every double, NaN and ±Infinity included. */
const coordinate = fc.oneof(
  fc.double({ min: -2000, max: 5000, noNaN: true }),
  fc.integer({ min: -1000, max: 5000 }).map((n) => n / 20), // …x.x5: where rounding to one decimal is decided
  fc.constantFrom(0, -0, 0.05, -0.05, 0.25, -0.25, 1.45, -1.45, 2.675, 1e-7, -1e-7, 1e21, -1e21, 1e300, Number.MIN_VALUE, Number.MAX_VALUE),
  fc.double(),
);
const points = fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 40 });

describe('linePath', () => {
  test('linePath(points) is d3 line().digits(1)(points), curveLinear', () => {
    fc.assert(
      fc.property(points, (list) => {
        expect(linePath(list)).toBe(d3Line(list));
      }),
      { numRuns: RUNS },
    );
  });

  test('linePath([]) is null, linePath([p]) a move and a close', () => {
    expect(linePath([])).toBeNull();
    expect(linePath([{ x: 1.25, y: -0.04 }])).toBe('M1.3,0Z');
  });

  test('linePath(points) rounds to one decimal with halves up and writes numbers as JavaScript does', () => {
    expect(linePath([{ x: 16, y: 330.25 }, { x: -0.25, y: 12.05 }, { x: 1e21, y: 0.1 + 0.2 }])).toBe('M16,330.3L-0.2,12.1L1e+21,0.3');
    expect(linePath([{ x: Number.NaN, y: Infinity }, { x: -Infinity, y: 0 }])).toBe('MNaN,InfinityL-Infinity,0');
  });
});

describe('stepAfterPath', () => {
  test('stepAfterPath(points) is d3 line().curve(curveStepAfter).digits(1)(points)', () => {
    fc.assert(
      fc.property(points, (list) => {
        expect(stepAfterPath(list)).toBe(d3Steps(list));
      }),
      { numRuns: RUNS },
    );
  });

  test('stepAfterPath(points) holds each value to the next x, then steps', () => {
    expect(stepAfterPath([{ x: 10, y: 100 }, { x: 20.04, y: 50 }, { x: 30, y: 75.55 }])).toBe('M10,100L20,100L20,50L30,50L30,75.6');
    expect(stepAfterPath([])).toBeNull();
    expect(stepAfterPath([{ x: 3, y: 4 }])).toBe('M3,4Z');
  });

  test('stepAfterPath(points) after an infinite x puts the riser at NaN, as d3 does', () => {
    const list = [{ x: Infinity, y: 1 }, { x: 2, y: 3 }];
    expect(stepAfterPath(list)).toBe('MInfinity,1LNaN,1LNaN,3');
    expect(stepAfterPath(list)).toBe(d3Steps(list));
  });
});
