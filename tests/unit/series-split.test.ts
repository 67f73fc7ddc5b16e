import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset.js';
import { withDetails, type SeriesDetails } from '../../src/data/series/details.js';
import { loadEvents, loadSeries } from '../../src/data/series/load.js';
import { SERIES_NAMES, seriesRecords } from '../../src/data/series/records.js';
import { partModules, paintSource } from '../../src/data/series/split.js';
import { dataset as troopPaint } from '../../src/data/series/troop-levels.js';
import { dataset as airstrikePaint } from '../../src/data/series/airstrikes.js';
import { dataset as casualtyPaint } from '../../src/data/series/casualties.js';
import { dataset as spendingPaint } from '../../src/data/series/spending.js';
import { dataset as eventsPaint } from '../../src/data/series/events.js';
import { dataset as timelinePaint } from '../../src/data/series/timeline.js';
import * as troopDetails from '../../src/data/series/parts/troop-levels-details.js';
import * as airstrikeDetails from '../../src/data/series/parts/airstrikes-details.js';
import * as casualtyDetails from '../../src/data/series/parts/casualties-details.js';
import * as spendingDetails from '../../src/data/series/parts/spending-details.js';
import * as eventDetails from '../../src/data/series/parts/events-details.js';
import type { Dataset } from '../../src/data/types.js';

const records = seriesRecords();

/** Each series' first paint and details, as the charts import them, with what the record files make of it. */
const PARTS: [name: string, tag: string, paint: Dataset, details: SeriesDetails, whole: Dataset][] = [
  ['troop-levels', 'troop-levels-chart', troopPaint, troopDetails, records['troop-levels']],
  ['airstrikes', 'airstrikes-chart', airstrikePaint, airstrikeDetails, records.airstrikes],
  ['casualties', 'casualties-chart', casualtyPaint, casualtyDetails, records.casualties],
  ['spending', 'spending-chart', spendingPaint, spendingDetails, records.spending],
  ['the timeline', 'mission-timeline', timelinePaint, eventDetails, records.events],
];

describe('the first paint and the details of each series (src/data/series/parts)', () => {
  it('are what scripts/series-split.mjs writes from the record files now', () => {
    const files = partModules();
    const dir = 'src/data/series/parts';
    expect(readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
    for (const [name, text] of Object.entries(files)) expect(readFileSync(`${dir}/${name}`, 'utf8'), name).toBe(text);
  });

  for (const [name, , paint, details, whole] of PARTS) {
    it(`${name}: the first paint with its details is the series as the record files make it, record for record`, () => {
      expect(withDetails(paint, details)).toEqual(whole);
      expect(withDetails(paint, details).observations.map((o) => o.id)).toEqual(whole.observations.map((o) => o.id));
      expect(withDetails(paint, details).sources.map((s) => s.id)).toEqual(whole.sources.map((s) => s.id));
    });

    it(`${name}: the first paint holds no note, and of the sources only the names and links of those its points cite`, () => {
      expect(paint.observations.filter((o) => 'note' in o)).toEqual([]);
      expect(paint.observations).toEqual(whole.observations.map(({ note: _note, ...rest }) => rest));
      expect(paint.events).toEqual(whole.events);
      const points = name === 'the timeline' ? whole.events : whole.observations;
      const cited = new Set(points.flatMap((r) => r.sourceIds));
      expect(paint.sources).toEqual(whole.sources.filter((s) => cited.has(s.id)).map(paintSource));
      for (const source of paint.sources) expect(Object.keys(source).sort()).toEqual(['id', 'publisher', 'title', ...(source.url ? ['url'] : [])].sort());
      expect(paint.sources.every((s) => s.title === '' && s.publisher.en !== '')).toBe(true);
    });
  }

  it('the events drawn over given data: their labels alone, and their sources as details', () => {
    expect(eventsPaint).toEqual({ observations: [], events: records.events.events, sources: [] });
    expect(withDetails(eventsPaint, eventDetails)).toEqual(records.events);
  });

  it('the series with their details are the whole dataset of iraq-mission-charts/data: every observation and every source record, unchanged', () => {
    const merged = PARTS.slice(0, 4).map(([, , paint, details]) => withDetails(paint, details));
    expect(merged.flatMap((d) => d.observations)).toEqual(dataset.observations);
    const sources = new Map(merged.flatMap((d) => d.sources).map((s) => [s.id, s]));
    expect([...sources.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(dataset.sources.filter((s) => sources.has(s.id)).sort((a, b) => a.id.localeCompare(b.id)));
    // Every note of the dataset is in one series' details.
    const notes = merged.flatMap((d) => d.observations.flatMap((o) => (o.note ? [o.id] : [])));
    expect(notes).toEqual(dataset.observations.flatMap((o) => (o.note ? [o.id] : [])));
    expect(SERIES_NAMES.length).toBe(4);
  });
});

describe('loading a series and its details', () => {
  for (const [name, tag, paint, , whole] of PARTS) {
    it(`${name}: loadSeries gives the first paint; its details, imported once, the whole series`, async () => {
      const loading = loadSeries(tag);
      expect(await loading.promise).toEqual(paint);
      const details = loading.details!();
      expect(loading.details!()).toBe(details);
      expect(await details.promise).toEqual(whole);
      expect(details.value).toEqual(whole);
    });
  }

  it('loadEvents gives the events without sources, and no details: over given data no point is an event', async () => {
    const loading = loadEvents();
    expect(await loading.promise).toEqual(eventsPaint);
    expect(loading.details).toBeUndefined();
  });
});
