import { airstrikeObservations, airstrikeSources } from './airstrikes.js';
import { casualtyObservations, casualtySources } from './casualties.js';
import { events, eventSources } from './events.js';
import { seedSources } from './seed-sources.js';
import { spendingObservations, spendingSources } from './spending.js';
import { troopLevelObservations, troopLevelSources } from './troop-levels.js';
import type { Dataset, Source } from './types.js';

function registry(...lists: Source[][]): Source[] {
  const byId = new Map<string, Source>();
  for (const source of lists.flat()) if (!byId.has(source.id)) byId.set(source.id, source);
  return [...byId.values()];
}

/**
 * The bundled dataset: troop levels, air strikes, casualties and spending, with the events.
 * Every observation and event cites sources in `sources`: the five seed documents first, then
 * the public records of each series.
 */
export const dataset: Dataset = {
  sources: registry(seedSources, troopLevelSources, airstrikeSources, casualtySources, spendingSources, eventSources),
  observations: [...troopLevelObservations, ...airstrikeObservations, ...casualtyObservations, ...spendingObservations],
  events: [...events],
};
