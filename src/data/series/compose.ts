import type { Dataset, MissionEvent, Observation, Source } from '../types.js';

/**
 * One series as a chart loads it: its observations, the events, and of the given source lists
 * (in registry order: the seed documents, the series' own records, the events' records) only the
 * sources that these observations and events cite, each once.
 */
export function seriesDataset(observations: readonly Observation[], events: readonly MissionEvent[], ...lists: readonly Source[][]): Dataset {
  const cited = new Set([...observations, ...events].flatMap((record) => record.sourceIds));
  const byId = new Map<string, Source>();
  for (const source of lists.flat()) if (cited.has(source.id) && !byId.has(source.id)) byId.set(source.id, source);
  return { observations: [...observations], events: [...events], sources: [...byId.values()] };
}
