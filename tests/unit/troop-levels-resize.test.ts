import { expect, test } from 'vitest';
import type { LayoutContext } from '../../src/components/core/layout/chart-layout.js';
import { strings } from '../../src/components/core/i18n.js';
import { localeInfo } from '../../src/components/core/locale.js';
import { layoutTroopLevels } from '../../src/components/troop-levels-chart/troop-levels-chart.layout.js';
import type { Observation } from '../../src/data/types.js';

const context = (width: number): LayoutContext => ({ width, locale: localeInfo('en'), from: 2003, to: 2012, timeDirection: 'ltr', annotations: 'none', now: Date.UTC(2010, 0, 1) });

/** Reported counts whose `scope` reads are counted: each read is the chart choosing its figures. */
function counted(): { observations: Observation[]; reads: () => number } {
  let reads = 0;
  const observations = ['2004-01', '2005-06', '2007-10', '2009-03', '2011-12'].map((date, i) => {
    const o = { id: `r${i}`, metric: 'us-troops', date, precision: 'month', value: 100_000 + i * 10_000, qualifier: 'exact', kind: 'reported', region: 'Iraq', sourceIds: ['s'] } as Omit<Observation, 'scope'>;
    return Object.defineProperty(o, 'scope', { enumerable: true, get: () => (reads++, 'US') }) as Observation;
  });
  return { observations, reads: () => reads };
}

test('a new width lays the same figures out again without choosing them again', () => {
  const { observations, reads } = counted();
  const wide = layoutTroopLevels(observations, [], context(640), strings('en'));
  const chosen = reads();
  expect(chosen).toBeGreaterThan(0);
  const narrow = layoutTroopLevels(observations, [], context(480), strings('en'));
  expect(reads()).toBe(chosen);
  expect(narrow.points.map((p) => p.key)).toEqual(wide.points.map((p) => p.key));
  expect(narrow.size.width).toBe(480);
  expect(narrow.points[0]!.x).toBeLessThan(wide.points[0]!.x);
  // The summary's facts are the same object: found once, not again for the width.
  expect(narrow.summary).toBe(wide.summary);
  expect(narrow.summary.peak?.id).toBe('r4');
  // Other years choose again.
  const later = layoutTroopLevels(observations, [], { ...context(480), from: 2005 }, strings('en'));
  expect(reads()).toBeGreaterThan(chosen);
  expect(later.summary).not.toBe(wide.summary);
  // Another day may name another next plan: the summary is found again, with the same figures.
  const tomorrow = layoutTroopLevels(observations, [], { ...context(480), now: Date.UTC(2010, 0, 2) }, strings('en'));
  expect(tomorrow.summary).not.toBe(wide.summary);
  expect(tomorrow.summary).toEqual(wide.summary);
});
