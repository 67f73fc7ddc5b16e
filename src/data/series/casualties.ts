import { casualtyObservations, casualtySources } from '../casualties.js';
import { events, eventSources } from '../events.js';
import { seedSources } from '../seed-sources.js';
import type { Dataset } from '../types.js';
import { seriesDataset } from './compose.js';

/** The bundled casualties: its observations, the events, and only the sources they cite. */
export const dataset: Dataset = seriesDataset(casualtyObservations, events, seedSources, casualtySources, eventSources);
