import { troopLevelObservations, troopLevelSources } from '../troop-levels.js';
import { events, eventSources } from '../events.js';
import { seedSources } from '../seed-sources.js';
import type { Dataset } from '../types.js';
import { seriesDataset } from './compose.js';

/** The bundled troop levels: its observations, the events, and only the sources they cite. */
export const dataset: Dataset = seriesDataset(troopLevelObservations, events, seedSources, troopLevelSources, eventSources);
