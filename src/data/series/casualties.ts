import type { Dataset, Source } from '../types.js';
import { events } from './parts/events-paint.js';
import { observations, sources } from './parts/casualties-paint.js';

/**
 * The bundled casualty figures as a chart first draws them: the observations without their notes, the
 * events, and of the sources the observations cite their names and links. The notes and the
 * whole sources are `parts/casualties-details.ts`, imported when a reader first reaches for them.
 */
// Until the details arrive, a source is its name and link (`SourceName`): nothing before then reads more of it.
export const dataset: Dataset = { observations, events, sources: sources as Source[] };
