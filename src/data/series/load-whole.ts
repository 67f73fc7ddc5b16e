import { dataset } from '../dataset.js';
import type { Dataset } from '../types.js';
import { seriesRecords, type SeriesName } from './records.js';

/**
 * `load.ts` for the single file (`dist/iraq-mission-charts.bundle.js`), which holds the whole
 * dataset already: each series made from the record files, whole, at once, so the file carries
 * every figure once rather than the records and their first-paint and details chunks besides.
 * The same exports as `load.ts` (`scripts/vite-series.ts` puts this module in its place).
 */
const SERIES: Readonly<Record<string, SeriesName | 'events'>> = {
  'troop-levels-chart': 'troop-levels',
  'airstrikes-chart': 'airstrikes',
  'casualties-chart': 'casualties',
  'spending-chart': 'spending',
  'mission-timeline': 'events',
};

interface Loading {
  promise: Promise<Dataset>;
  value?: Dataset;
  details?: () => Loading;
}

let records: ReturnType<typeof seriesRecords> | undefined;
const loads = new Map<string, Loading>();

function ready(key: string, make: () => Dataset): Loading {
  let entry = loads.get(key);
  if (!entry) {
    const value = make();
    loads.set(key, (entry = { promise: Promise.resolve(value), value }));
  }
  return entry;
}

export function hasSeries(tag: string): boolean {
  return Object.hasOwn(SERIES, tag);
}

export function loadSeries(tag: string): Loading {
  const name = SERIES[tag];
  return ready(tag, () => (name ? (records ??= seriesRecords())[name] : { observations: [], events: [], sources: [] }));
}

export function loadEvents(): Loading {
  return ready('events', () => ({ ...(records ??= seriesRecords()).events, sources: [] }));
}

export function loadRegistry(): Loading {
  return ready('*', () => dataset);
}

export type { Loading };
