import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/components/registry.js';
import { dataset } from '../../src/data/dataset.js';
import { airstrikeObservations } from '../../src/data/airstrikes.js';
import { casualtyObservations } from '../../src/data/casualties.js';
import { events } from '../../src/data/events.js';
import { spendingObservations } from '../../src/data/spending.js';
import { troopLevelObservations } from '../../src/data/troop-levels.js';
import { hasSeries, loadEvents, loadRegistry, loadSeries } from '../../src/data/series/load.js';
import { seriesRecords } from '../../src/data/series/records.js';
import { dataset as troopsFirstPaint } from '../../src/data/series/troop-levels.js';
import type { Dataset } from '../../src/data/types.js';

// Each series as a chart shows it once its details have arrived (tests/unit/series-split.test.ts
// checks that the first paint and the details make exactly these).
const { 'troop-levels': troops, airstrikes, casualties, spending, events: timeline } = seriesRecords();

/** Each chart's series, as the chart shows it, and the records it is made of. */
const SERIES: Record<string, { series: Dataset; records: unknown[] }> = {
  'troop-levels-chart': { series: troops, records: troopLevelObservations },
  'airstrikes-chart': { series: airstrikes, records: airstrikeObservations },
  'casualties-chart': { series: casualties, records: casualtyObservations },
  'spending-chart': { series: spending, records: spendingObservations },
  'mission-timeline': { series: timeline, records: [] },
};


const cited = (d: Dataset) => new Set([...d.observations, ...d.events].flatMap((r) => r.sourceIds));

describe('the series split (src/data/series)', () => {
  it('gives every registered chart a series, and the observations of the series add up to the whole dataset, each once', () => {
    expect(CHARTS.map((c) => c.tag).filter((tag) => !hasSeries(tag))).toEqual([]);
    expect(Object.keys(SERIES).sort()).toEqual(CHARTS.map((c) => c.tag).sort());
    const all = Object.values(SERIES).flatMap(({ series }) => series.observations);
    expect(all.length).toBe(dataset.observations.length);
    expect(new Set(all.map((o) => o.id))).toEqual(new Set(dataset.observations.map((o) => o.id)));
  });

  for (const [tag, { series, records }] of Object.entries(SERIES)) {
    it(`${tag}: its own records, every event, and the sources they cite, each once, in the registry's order`, () => {
      expect(series.observations).toEqual(records);
      expect(series.events).toEqual(events);
      const ids = series.sources.map((s) => s.id);
      expect(ids.length).toBe(new Set(ids).size);
      const missing = [...cited(series)].filter((id) => !ids.includes(id)).sort();
      expect(missing).toEqual([]);
      // Only cited sources, the same as the whole registry's, in its order.
      expect(series.sources).toEqual(dataset.sources.filter((s) => cited(series).has(s.id)));
    });
  }
});

describe('loadSeries, loadEvents, loadRegistry', () => {
  it('import each module once: the same promise for every chart, and the value kept once it has arrived', async () => {
    const first = loadSeries('troop-levels-chart');
    expect(loadSeries('troop-levels-chart')).toBe(first);
    expect(await first.promise).toEqual(troopsFirstPaint);
    expect(first.value).toEqual(troopsFirstPaint);
    expect(await first.details!().promise).toEqual(troops);
    expect((await loadEvents().promise).events).toEqual(events);
    // Over given data the events come without their sources, the timeline's first paint with their names.
    expect(loadEvents()).not.toBe(loadSeries('mission-timeline'));
    expect((await loadEvents().promise).sources).toEqual([]);
    expect(await loadSeries('mission-timeline').details!().promise).toEqual(timeline);
    expect((await loadRegistry().promise).sources).toEqual(dataset.sources);
  });

  it('gives a tag without a series an empty one', async () => {
    expect(hasSeries('mission-dashboard')).toBe(false);
    expect(await loadSeries('mission-dashboard').promise).toEqual({ observations: [], events: [], sources: [] });
  });
});
