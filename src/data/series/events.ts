import type { Dataset } from '../types.js';
import { events } from './parts/events-paint.js';

/**
 * The bundled events alone, as a chart given its own `.data` or `src` draws them over it: their
 * dates and labels. Such a chart never shows the sources they cite (none of its points is an
 * event); the timeline, whose points they are, has them (`timeline.ts`, `parts/events-details.ts`).
 */
export const dataset: Dataset = { observations: [], events, sources: [] };
