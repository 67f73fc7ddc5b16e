import { airstrikeObservations, airstrikeSources } from '../airstrikes.js';
import { casualtyObservations, casualtySources } from '../casualties.js';
import { events, eventSources } from '../events.js';
import { seedSources } from '../seed-sources.js';
import { spendingObservations, spendingSources } from '../spending.js';
import { troopLevelObservations, troopLevelSources } from '../troop-levels.js';
import type { Dataset } from '../types.js';
import { seriesDataset } from './compose.js';

/** The bundled series, by the name of their chunks. */
export const SERIES_NAMES = ['troop-levels', 'airstrikes', 'casualties', 'spending'] as const;
export type SeriesName = (typeof SERIES_NAMES)[number];

/**
 * Each series as the record files make it: its observations, the events, and only the sources
 * they cite, seed documents first; and the events alone with theirs. What a chart shows once its
 * details have arrived. Read by `scripts/series-split.mjs`, which writes `parts/` from it, and by
 * the tests; no chart imports it (it holds every record file).
 */
export function seriesRecords(): Record<SeriesName | 'events', Dataset> {
  return {
    'troop-levels': seriesDataset(troopLevelObservations, events, seedSources, troopLevelSources, eventSources),
    airstrikes: seriesDataset(airstrikeObservations, events, seedSources, airstrikeSources, eventSources),
    casualties: seriesDataset(casualtyObservations, events, seedSources, casualtySources, eventSources),
    spending: seriesDataset(spendingObservations, events, seedSources, spendingSources, eventSources),
    events: seriesDataset([], events, seedSources, eventSources),
  };
}
