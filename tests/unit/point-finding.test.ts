import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nearestPoint } from '../../src/components/core/element/point-navigation-controller.js';
import type { ChartPoint, LegendItem } from '../../src/components/core/layout/chart-layout.js';
import { dottedPoints } from '../../src/components/core/render/points.js';

const point = (x: number, y: number, i: number, series = 'reported'): ChartPoint => ({ key: `p${i}`, x, y, time: i, series, event: { id: `p${i}` } as never });

/** The search before bisection: every point, horizontal distance counting four times, the first of two as near. */
function scan(points: readonly ChartPoint[], x: number, y: number): number {
  let best = -1;
  let bestDistance = Infinity;
  points.forEach((p, i) => {
    const distance = Math.abs(p.x - x) * 4 + Math.abs(p.y - y);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}

const coordinate = fc.integer({ min: 0, max: 600 });

describe('nearestPoint(points, x, y)', () => {
  test('finds the point the full scan finds, in left-to-right time, right-to-left time and any order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { maxLength: 60 }), coordinate, coordinate, fc.constantFrom('ltr', 'rtl', 'any'), (pairs, x, y, way) => {
        const xs = pairs.map(([px]) => px);
        if (way !== 'any') xs.sort((a, b) => (way === 'ltr' ? a - b : b - a));
        const points = pairs.map(([, py], i) => point(xs[i]!, py, i));
        expect(nearestPoint(points, x, y)).toBe(scan(points, x, y));
      }),
      { numRuns: 500 },
    );
  });

  test('is -1 with no points, and the first of points stacked at one x when as near', () => {
    expect(nearestPoint([], 10, 10)).toBe(-1);
    expect(nearestPoint([point(5, 0, 0), point(5, 20, 1), point(5, 20, 2), point(9, 0, 3)], 5, 20)).toBe(1);
  });
});

describe('dottedPoints(layout)', () => {
  const legend: LegendItem[] = [
    { key: 'reported', label: 'Reported', mark: 'line' },
    { key: 'marker', label: 'Other figure', mark: 'hollow' },
  ];

  test('keeps every dot where most of the line’s points are at least 4 px from the next', () => {
    const points = [0, 4, 8, 9, 13].map((x, i) => point(x, 0, i));
    expect(dottedPoints({ points, legend })).toBe(points);
  });

  test('drops the dots of a line whose points are mostly closer than 4 px, and keeps every other mark', () => {
    const points = [point(0, 0, 0), point(1, 0, 1), point(2, 5, 2, 'marker'), point(3, 0, 3), point(20, 0, 4)];
    expect(dottedPoints({ points, legend }).map((p) => p.key)).toEqual(['p2']);
  });

  test('keeps the dots of a series the legend does not draw as a line', () => {
    const points = [0, 1, 2, 3].map((x, i) => point(x, 0, i, 'marker'));
    expect(dottedPoints({ points, legend })).toBe(points);
  });
});
