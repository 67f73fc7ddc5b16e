import type { Dataset } from '../types.js';
import { events } from './parts/events-paint.js';

/**
 * The bundled events alone, as a chart given its own `.data` or `src` draws them over it: their
 * dates and labels. The sources they cite are `parts/events-details.ts`, imported when a reader
 * first reaches for them (in such a chart, no figure cites them).
 */
export const dataset: Dataset = { observations: [], events, sources: [] };
