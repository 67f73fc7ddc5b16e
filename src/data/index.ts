import { events, eventSources } from './events.js';
import { seedSources } from './seed-sources.js';
import { troopLevelObservations, troopLevelSources } from './troop-levels.js';
import type { Dataset, Source } from './types.js';

export type * from './types.js';
export type { DataIssue, IssueCode, IssueParams } from './issues.js';
export { issueMessage } from './issues.js';
export { validate, METRICS, YEAR_RANGE, safeUrl } from './validate.js';
export type { ValidateOptions, ValidationResult } from './validate.js';
export { parseCsv, toCsv, CSV_COLUMNS } from './csv.js';
export { parseIsoDate, dateToTime } from './dates.js';

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
