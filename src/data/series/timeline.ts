import type { Dataset, Source } from '../types.js';
import { events } from './parts/events-paint.js';
import { sources } from './parts/events-sources-paint.js';

/**
 * What `<mission-timeline>` first draws: the events, and of the sources they cite their names
 * and links (its points are the events, so its source line and list name them). The whole
 * sources are `parts/events-details.ts`.
 */
// Until the details arrive, a source is its name and link (`SourceName`): nothing before then reads more of it.
export const dataset: Dataset = { observations: [], events, sources: sources as Source[] };
