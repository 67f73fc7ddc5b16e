import { events, eventSources } from '../events.js';
import { seedSources } from '../seed-sources.js';
import type { Dataset } from '../types.js';
import { seriesDataset } from './compose.js';

/**
 * The bundled events and only the sources they cite: what `<mission-timeline>` draws, and the
 * annotations a chart given its own `.data` or `src` draws over it.
 */
export const dataset: Dataset = seriesDataset([], events, seedSources, eventSources);
