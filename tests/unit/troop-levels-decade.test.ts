import { describe, expect, test } from 'vitest';
import type { LayoutContext } from '../../src/components/core/layout/chart-layout.js';
import { strings } from '../../src/components/core/i18n.js';
import { localeInfo } from '../../src/components/core/locale.js';
import { decadeStart, layoutTroopLevels } from '../../src/components/troop-levels-chart/troop-levels-chart.layout.js';
import { drawnTime } from '../../src/components/core/layout/periods.js';
import type { Observation } from '../../src/data/types.js';

function obs(id: string, date: string, value: number, extra: Partial<Observation> = {}): Observation {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return { id, metric: 'us-troops', date, precision, value, qualifier: 'exact', kind: 'reported', scope: 'US', region: 'Iraq', sourceIds: ['s'], ...extra };
}

function context(overrides: Partial<LayoutContext> = {}): LayoutContext {
  return { width: 640, locale: localeInfo('en'), from: 2003, to: 2026, timeDirection: 'ltr', annotations: 'none', now: Date.UTC(2026, 10, 21), ...overrides };
}

/** A war's count, then a decade below a tenth of its peak (160,000 → under 16,000 from 2012). */
const FIXTURE: Observation[] = [
  obs('r-2005', '2005-07', 160000),
  obs('r-2010', '2010-07', 50000),
  obs('r-2011', '2011-12', 16000),
  obs('r-2015', '2015-07', 3000),
  obs('r-2018', '2018-07', 5200),
  obs('r-2022', '2022-07', 2500),
  // Another definition is not the line's: it neither sets the peak nor keeps the panel away.
  obs('w-2016', '2016-07', 90000, { definition: 'deployed-for-war' }),
];
const withTimes = (list: Observation[]) => list.map((o) => ({ o, time: drawnTime(o) }));

describe('the troop chart\'s decade panel', () => {
  test('decadeStart(figures, context) is the year after the last count of a tenth of the peak or more', () => {
    expect(decadeStart(withTimes(FIXTURE), context())).toBe(2012);
    // Five years at least: to 2015 the stretch is four.
    expect(decadeStart(withTimes(FIXTURE), context({ to: 2015 }))).toBeUndefined();
    // From 2013 the peak is 5,200: no year is a flat line.
    expect(decadeStart(withTimes(FIXTURE.filter((o) => o.date > '2013')), context({ from: 2013 }))).toBeUndefined();
    // Fewer than three reported counts above zero in the stretch: nothing to show there.
    expect(decadeStart(withTimes(FIXTURE.filter((o) => o.id !== 'r-2018')), context())).toBeUndefined();
  });

  test('layoutTroopLevels(data) draws 2012–2026 under the whole chart, at its own scale, with its own ticks and title', () => {
    const layout = layoutTroopLevels(FIXTURE, [], context(), strings('en'));
    const decade = layout.decade!;
    // Height 358 × 1.6 = 573; plots 573 − 12 − 28 = 533, the lower 38 %: 203 px, from 342 to 545.
    expect(layout.size).toEqual({ width: 640, height: 573 });
    expect([decade.frame.top, decade.frame.height - decade.frame.bottom]).toEqual([342, 545]);
    // The upper panel ends 50 px above it, for its year labels and the lower panel's title.
    expect(layout.frame.height - layout.frame.bottom).toBe(292);
    expect(decade.yTicks.map((t) => t.label)).toEqual(['0', '2,000', '4,000', '6,000']);
    expect(decade.xTicks.map((t) => t.label)).toEqual(['2012', '2014', '2016', '2018', '2020', '2022', '2024', '2026']);
    expect(decade.xTicks[0]!.anchor).toBe('left');
    expect(decade.title).toEqual({ x: 0, y: 328, text: '2012–2026, at a scale of its own' });
    // Counts three years or more apart stay apart, as in the upper panel: three dots.
    // y(v) = 545 − 203 × v / 6,000: 3,000 → 443.5, 5,200 → 369.1, 2,500 → 460.4.
    expect(decade.reported).toEqual(['M195.3,443.5Z', 'M307.6,369.1Z', 'M457.2,460.4Z']);
    // The box in the upper panel covers 2012–2026 up to 6,000 on its 0–200,000 scale.
    // (280 px for 200,000: 6,000 is 8.4 px), from 1 January 2012 to the plot's end, 624.
    expect(decade.context).toEqual({ x: 273.4, y: 283.6, width: 350.6, height: 8.4 });
  });

  test('layoutTroopLevels(data) reaches each figure once: before 2012 in the upper panel, from 2012 in the lower', () => {
    const layout = layoutTroopLevels(FIXTURE, [], context(), strings('en'));
    const below = layout.decade!.frame.top;
    expect(layout.points.map((p) => [p.key, p.y >= below ? 'lower' : 'upper'])).toEqual([
      ['r-2005', 'upper'],
      ['r-2010', 'upper'],
      ['r-2011', 'upper'],
      ['r-2015', 'lower'],
      ['w-2016', 'upper'],
      ['r-2018', 'lower'],
      ['r-2022', 'lower'],
    ]);
  });

  test('layoutTroopLevels(data) draws no decade panel when `from` already starts the chart in the quiet years', () => {
    const layout = layoutTroopLevels(FIXTURE, [], context({ from: 2012 }), strings('en'));
    expect(layout.decade).toBeUndefined();
    expect(layout.size.height).toBe(358);
  });

  test('layoutTroopLevels(data) titles the panel in Arabic with Arabic-Indic digits', () => {
    const layout = layoutTroopLevels(FIXTURE, [], context({ locale: localeInfo('ar-IQ'), timeDirection: 'rtl' }), strings('ar'));
    expect(layout.decade!.title).toEqual({ x: 640, y: 328, text: '٢٠١٢–٢٠٢٦، بمقياس خاص بها' });
  });
});
