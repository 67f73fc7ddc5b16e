import { events, eventSources } from './events.js';
import { seedSources } from './seed-sources.js';
import { troopLevelObservations, troopLevelSources } from './troop-levels.js';
import type { Dataset, Source } from './types.js';

function registry(...lists: Source[][]): Source[] {
  const byId = new Map<string, Source>();
  for (const source of lists.flat()) if (!byId.has(source.id)) byId.set(source.id, source);
  return [...byId.values()];
}

/**
 * The bundled dataset: every observation cites sources in `sources`; every event too.
 * Seed documents come first in the registry, then the public records.
 */
export const dataset: Dataset = {
  sources: registry(seedSources, troopLevelSources, eventSources),
  observations: [...troopLevelObservations],
  events: [...events],
};
