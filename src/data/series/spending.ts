import { spendingObservations, spendingSources } from '../spending.js';
import { events, eventSources } from '../events.js';
import { seedSources } from '../seed-sources.js';
import type { Dataset } from '../types.js';
import { seriesDataset } from './compose.js';

/** The bundled spending: its observations, the events, and only the sources they cite. */
export const dataset: Dataset = seriesDataset(spendingObservations, events, seedSources, spendingSources, eventSources);
