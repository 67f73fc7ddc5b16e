import { describe, expect, test } from 'vitest';
import type { LayoutContext } from '../../src/components/core/layout/chart-layout.js';
import { strings } from '../../src/components/core/i18n.js';
import { localeInfo } from '../../src/components/core/locale.js';
import { reduceToColumns } from '../../src/components/core/layout/reduction.js';
import { layoutTroopLevels } from '../../src/components/troop-levels-chart/troop-levels-chart.layout.js';
import type { Observation } from '../../src/data/types.js';

/** A small seeded PRNG (mulberry32), so every run tests the same series. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface P {
  i: number;
  x: number;
  y: number;
}

/** `n` points over `columns` pixel columns (left to right, or right to left), y a random walk. */
function walk(n: number, columns: number, seed: number, rtl = false): P[] {
  const random = mulberry32(seed);
  let y = 100;
  return Array.from({ length: n }, (_, i) => {
    y += random() * 2 - 1 + (random() < 0.01 ? (random() - 0.5) * 40 : 0);
    const x = (i / n) * columns;
    return { i, x: rtl ? columns - x : x, y };
  });
}

function byColumn(points: readonly P[]): Map<number, P[]> {
  const columns = new Map<number, P[]>();
  for (const p of points) columns.set(Math.floor(p.x), [...(columns.get(Math.floor(p.x)) ?? []), p]);
  return columns;
}

const ys = (points: readonly P[]) => points.map((p) => p.y);

describe('reduceToColumns', () => {
  const cases = [
    { n: 100_000, columns: 560, seed: 1 },
    { n: 10_000, columns: 560, seed: 2 },
    { n: 35_000, columns: 300, seed: 3, rtl: true },
    { n: 2_000, columns: 997, seed: 4 },
    { n: 5, columns: 560, seed: 5 },
  ];

  for (const { n, columns, seed, rtl } of cases) {
    test(`${n} points over ${columns} columns${rtl ? ', right to left' : ''}: the drawn extremes are the data's`, () => {
      const data = walk(n, columns, seed, rtl);
      const kept = reduceToColumns(data);
      const dataColumns = byColumn(data);
      const keptColumns = byColumn(kept);

      expect(kept.length).toBeLessThanOrEqual(4 * dataColumns.size);
      expect(kept[0]).toBe(data[0]);
      expect(kept[kept.length - 1]).toBe(data[data.length - 1]);
      // Kept points are the data's own, in their order.
      for (let k = 1; k < kept.length; k++) expect(kept[k]!.i).toBeGreaterThan(kept[k - 1]!.i);

      expect(Math.min(...ys(kept))).toBe(Math.min(...ys(data)));
      expect(Math.max(...ys(kept))).toBe(Math.max(...ys(data)));
      expect([...keptColumns.keys()]).toEqual([...dataColumns.keys()]);
      for (const [column, inColumn] of dataColumns) {
        const drawn = keptColumns.get(column)!;
        expect(Math.min(...ys(drawn))).toBe(Math.min(...ys(inColumn)));
        expect(Math.max(...ys(drawn))).toBe(Math.max(...ys(inColumn)));
        expect(drawn[0]).toBe(inColumn[0]);
        expect(drawn[drawn.length - 1]).toBe(inColumn[inColumn.length - 1]);
        expect(drawn.length).toBeLessThanOrEqual(4);
      }
    });
  }

  test('keeps every point when no two share a column, and nothing of nothing', () => {
    const data = [0, 1.5, 3, 7.9].map((x, i) => ({ i, x, y: i * 3 }));
    expect(reduceToColumns(data)).toEqual(data);
    expect(reduceToColumns([])).toEqual([]);
  });

  test('a column whose first or last point is its extreme keeps no duplicates', () => {
    const data = [
      { i: 0, x: 0.1, y: 5 },
      { i: 1, x: 0.2, y: 1 },
      { i: 2, x: 0.3, y: 3 },
      { i: 3, x: 0.9, y: 9 },
    ];
    expect(reduceToColumns(data).map((p) => p.i)).toEqual([0, 1, 3]);
  });
});

describe('layoutTroopLevels with many points', () => {
  const en = localeInfo('en');
  const day = 86_400_000;
  const start = Date.UTC(2003, 0, 1);

  function daily(n: number, seed: number): Observation[] {
    const random = mulberry32(seed);
    let value = 100_000;
    return Array.from({ length: n }, (_, i) => {
      value = Math.max(0, value + Math.round((random() - 0.5) * 2_000));
      const date = new Date(start + i * day).toISOString().slice(0, 10);
      return { id: `d${i}`, metric: 'us-troops', date, precision: 'day', value, qualifier: 'exact', kind: 'reported', scope: 'US', region: 'Iraq', sourceIds: ['s'] } satisfies Observation;
    });
  }

  const context = (width: number, to: number, timeDirection: 'ltr' | 'rtl' = 'ltr'): LayoutContext => ({
    width,
    locale: en,
    from: 2003,
    to,
    timeDirection,
    annotations: 'none',
    now: Date.UTC(2003, 0, 1),
  });

  test.each([
    [10_000, 640, 'ltr'],
    [30_000, 480, 'rtl'],
  ] as const)('%i daily counts at %i px (%s): reduced points keep the peak, the ends and every column\'s extremes', (n, width, dir) => {
    const observations = daily(n, n);
    const to = new Date(start + (n - 1) * day).getUTCFullYear();
    const layout = layoutTroopLevels(observations, [], context(width, to, dir), strings('en'));
    const plotWidth = layout.frame.width - layout.frame.left - layout.frame.right;

    expect(layout.reduced?.observations).toHaveLength(n);
    expect(layout.points.length).toBeLessThanOrEqual(4 * Math.ceil(plotWidth + 1));
    expect(layout.points[0]!.observation).toBe(observations[0]);
    expect(layout.points[layout.points.length - 1]!.observation).toBe(observations[n - 1]);
    const values = observations.map((o) => o.value as number);
    const drawn = layout.points.map((p) => p.observation!.value as number);
    expect(Math.max(...drawn)).toBe(Math.max(...values));
    expect(Math.min(...drawn)).toBe(Math.min(...values));
    expect(layout.summary.peak?.value).toBe(Math.max(...values));
    expect(layout.summary.latest).toBe(observations[n - 1]);
    // One unbroken run: one path, through the reduced points only.
    expect(layout.reported).toHaveLength(1);
    expect(layout.reported[0]!.split('L')).toHaveLength(layout.points.length);
  });

  test('a few hundred counts are not reduced', () => {
    const layout = layoutTroopLevels(daily(400, 7), [], context(640, 2004), strings('en'));
    expect(layout.reduced).toBeUndefined();
    expect(layout.points).toHaveLength(400);
  });
});
