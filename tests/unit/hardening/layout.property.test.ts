import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import type { LayoutContext } from '../../../src/components/core/layout/chart-layout.js';
import { strings } from '../../../src/components/core/i18n.js';
import { localeInfo } from '../../../src/components/core/locale.js';
import { layoutTroopLevels, type TroopLevelsLayout } from '../../../src/components/troop-levels-chart/troop-levels-chart.layout.js';
import { dataset } from '../../../src/data/dataset.js';
import { periodEnd, periodStart } from '../../../src/data/dates.js';
import type { Observation } from '../../../src/data/types.js';
import { RUNS, validFields } from './arbitraries.js';


// 500 runs a property take a second or two alone, several when the Chromium tests run alongside.
vi.setConfig({ testTimeout: 30_000 });
/**
 * Counts of 0, or from 10^-3 to 10^12 (the dataset's largest figure is $808 billion). Beyond
 * those the layout has known bugs (see the `test.fails` below); `validate` accepts such values.
 */
const LARGEST = 1e12;
const SMALLEST = 1e-3;
const usable = (v: number) => v === 0 || (v >= SMALLEST && v <= LARGEST);
const realistic = (o: Omit<Observation, 'id' | 'sourceIds'>) =>
  typeof o.value === 'number' ? usable(o.value) : usable(o.value.low) && usable(o.value.high);

/**
 * A figure over a period that starts before `from` or ends after `to` is drawn at the period's
 * middle, which can fall outside the years shown: a known bug (see the `test.fails` below).
 */
const straddles = (o: Observation, from: number, to: number) =>
  !!o.end && (periodStart(o.date) < Date.UTC(from, 0, 1) || periodEnd(o.end) > Date.UTC(to + 1, 0, 1));

/**
 * `layoutTroopLevels` on arbitrary valid observations, at any width from 120 to 3000 px, in both
 * directions and both languages: it never throws, every point lies inside the plot frame, and
 * every coordinate and path number is finite.
 */

const NUMBER = /-?\d+(\.\d+)?(e[+-]?\d+)?|NaN|-?Infinity/g;

function checkLayout(layout: TroopLevelsLayout, width: number): void {
  const { frame, size } = layout;
  expect(size.width).toBe(width);
  expect(Number.isFinite(size.height) && size.height > 0).toBe(true);
  for (const n of [frame.left, frame.right, frame.top, frame.bottom]) expect(Number.isFinite(n)).toBe(true);
  // Rounding to 0.1 px may put a point that sits exactly on an edge 0.05 px past it.
  const left = frame.left - 0.05;
  const right = frame.width - frame.right + 0.05;
  // A point is in the upper panel, or in the decade panel below it when there is one.
  const panels = [frame, ...(layout.decade ? [layout.decade.frame] : [])].map((f) => [f.top - 0.05, f.height - f.bottom + 0.05] as const);
  for (const p of layout.points) {
    expect(Number.isFinite(p.x) && Number.isFinite(p.y), `point ${p.key} at ${p.x},${p.y}`).toBe(true);
    expect(p.x >= left && p.x <= right, `point ${p.key} x=${p.x} outside ${left}–${right}`).toBe(true);
    expect(
      panels.some(([top, bottom]) => p.y >= top && p.y <= bottom),
      `point ${p.key} y=${p.y} outside ${panels.map(([a, b]) => `${a}–${b}`).join(', ')}`,
    ).toBe(true);
  }
  for (const b of layout.bands) for (const n of [b.x, b.y, b.width, b.height]) expect(Number.isFinite(n), `band ${b.key}`).toBe(true);
  for (const w of layout.whiskers) for (const n of [w.x, w.y1, w.y2]) expect(Number.isFinite(n), `whisker ${w.key}`).toBe(true);
  for (const t of [...layout.xTicks, ...layout.yTicks]) expect(Number.isFinite(t.position)).toBe(true);
  for (const a of layout.annotations) expect(Number.isFinite(a.x) && Number.isFinite(a.labelX)).toBe(true);
  for (const d of [...layout.reported, ...layout.authorized, ...layout.projection]) {
    expect(d).toMatch(/^M/);
    for (const n of d.match(NUMBER) ?? []) expect(Number.isFinite(Number(n)), `path ${d}`).toBe(true);
  }
}

/** Troop figures: mostly the chart's own series, some of other scopes and metrics it must leave out. */
const troopObservations = fc
  .array(
    fc.tuple(validFields.filter(realistic), fc.boolean()).map(([fields, troops]) =>
      troops ? { ...fields, metric: 'us-troops' as const, scope: 'US' as const } : fields,
    ),
    { maxLength: 60 },
  )
  .map((list) => list.map((fields, i): Observation => ({ id: `o${i}`, ...fields, sourceIds: ['s'] })));

const contextArb = fc.record({
  width: fc.integer({ min: 120, max: 3000 }),
  lang: fc.constantFrom('en', 'ar-IQ'),
  timeDirection: fc.constantFrom('ltr', 'rtl' as const),
  annotations: fc.constantFrom('none', 'key', 'all' as const),
  years: fc.oneof(
    fc.constant([2003, 2026] as const),
    fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1990, max: 2100 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
  ),
  now: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
});

function contextOf(c: { width: number; lang: string; timeDirection: 'ltr' | 'rtl'; annotations: 'none' | 'key' | 'all'; years: readonly [number, number]; now: number }): LayoutContext {
  return { width: c.width, locale: localeInfo(c.lang), from: c.years[0], to: c.years[1], timeDirection: c.timeDirection, annotations: c.annotations, now: c.now };
}

describe(`layoutTroopLevels (${RUNS} runs per property)`, () => {
  test(`arbitrary valid observations, widths 120–3000, both directions: finite and inside the frame (${RUNS} layouts)`, () => {
    fc.assert(
      fc.property(troopObservations, contextArb, (observations, c) => {
        const context = contextOf(c);
        const shown = observations.filter((o) => !straddles(o, context.from, context.to));
        checkLayout(layoutTroopLevels(shown, dataset.events, context, strings(context.locale.language)), c.width);
      }),
      { numRuns: RUNS },
    );
  });

  test(`the bundled series at every width and direction (${RUNS} layouts)`, () => {
    fc.assert(
      fc.property(contextArb, (c) => {
        const context = contextOf(c);
        const shown = dataset.observations.filter((o) => !straddles(o, context.from, context.to));
        checkLayout(layoutTroopLevels(shown, dataset.events, context, strings(context.locale.language)), c.width);
      }),
      { numRuns: RUNS },
    );
  });

  test('empty, one point, and 10,000 points', () => {
    const context = contextOf({ width: 640, lang: 'en', timeDirection: 'ltr', annotations: 'key', years: [2003, 2026], now: Date.UTC(2025, 0, 1) });
    checkLayout(layoutTroopLevels([], dataset.events, context, strings('en')), 640);
    const one = layoutTroopLevels([{ id: 'a', metric: 'us-troops', date: '2010', precision: 'year', value: 5, qualifier: 'exact', kind: 'reported', scope: 'US', region: 'Iraq', sourceIds: [] }], [], context, strings('en'));
    checkLayout(one, 640);
    expect(one.points.length).toBe(1);
    const many: Observation[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `m${i}`,
      metric: 'us-troops',
      date: `${2003 + (i % 24)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      precision: 'month',
      value: (i * 7919) % 200_000,
      qualifier: 'exact',
      kind: 'reported',
      scope: 'US',
      region: 'Iraq',
      sourceIds: ['s'],
    }));
    const layout = layoutTroopLevels(many, dataset.events, context, strings('en'));
    checkLayout(layout, 640);
    expect(layout.points.length).toBe(10_000);
  });

  // Inputs at the edges that once broke the layout, kept as plain tests now that they are fixed.
  const reported = (id: string, date: string, value: Observation['value'], end?: string): Observation => ({
    id, metric: 'us-troops', date, precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day', value,
    qualifier: 'exact', kind: 'reported', scope: 'US', region: 'Iraq', sourceIds: ['s'], ...(end ? { end } : {}),
  });
  const at640 = (from = 2003, to = 2026) => contextOf({ width: 640, lang: 'en', timeDirection: 'ltr', annotations: 'none', years: [from, to], now: Date.UTC(2025, 0, 1) });

  test('an average over 2003–2005 on a chart from 2005 is not drawn left of the plot', () => {
    const context = at640(2005, 2026);
    checkLayout(layoutTroopLevels([reported('avg', '2003', 100_000, '2005'), reported('a', '2010', 5)], [], context, strings('en')), 640);
  });

  test('a count of 10^100 keeps the plot inside the chart (its labels are cut)', () => {
    checkLayout(layoutTroopLevels([reported('big', '2010', 1e100)], [], at640(), strings('en')), 640);
  });

  test('a single count of 5e-324 (Number.MIN_VALUE) keeps a finite frame and axis', () => {
    checkLayout(layoutTroopLevels([reported('tiny', '2010', Number.MIN_VALUE)], [], at640(), strings('en')), 640);
  });

  test('a range up to Number.MAX_VALUE keeps a finite value axis', () => {
    checkLayout(layoutTroopLevels([reported('max', '2010', { low: 0, high: Number.MAX_VALUE })], [], at640(), strings('en')), 640);
  });
});
