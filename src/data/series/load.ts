import type { Dataset } from '../types.js';
import { withDetails, type SeriesDetails } from './details.js';

/** A series in two imports: what the chart first draws, and the details a reader reaches for. */
interface Parts {
  paint: () => Promise<{ dataset: Dataset }>;
  details: () => Promise<SeriesDetails>;
}

/**
 * Each chart's own bundled series, imported when a chart first needs it: each is a chunk of its
 * own, so a page fetches only the series of the charts it shows (and a developer who passes
 * `.data` none). Its details (notes, whole sources) are another chunk, imported when the chart
 * first asks for them. A chart without an entry here draws only what it is given.
 */
const SERIES: Readonly<Record<string, Parts>> = {
  'troop-levels-chart': { paint: () => import('./troop-levels.js'), details: () => import('./parts/troop-levels-details.js') },
  'airstrikes-chart': { paint: () => import('./airstrikes.js'), details: () => import('./parts/airstrikes-details.js') },
  'casualties-chart': { paint: () => import('./casualties.js'), details: () => import('./parts/casualties-details.js') },
  'spending-chart': { paint: () => import('./spending.js'), details: () => import('./parts/spending-details.js') },
  'mission-timeline': { paint: () => import('./timeline.js'), details: () => import('./parts/events-details.js') },
};

/** A module loaded once: its promise, and its value once it has arrived (read synchronously by the next chart). */
interface Loading {
  promise: Promise<Dataset>;
  value?: Dataset;
  /** The same data with its details (each note, each source whole), imported once, when first asked for. */
  details?: () => Loading;
}

const loads = new Map<string, Loading>();

function once(key: string, load: () => Promise<Dataset>, details?: () => Loading): Loading {
  let entry = loads.get(key);
  if (!entry) {
    const created: Loading = { promise: load().then((dataset) => (created.value = dataset)), ...(details ? { details } : {}) };
    // A failed import (the network, a moved file) is tried again by the next chart that asks.
    created.promise.catch(() => loads.delete(key));
    loads.set(key, (entry = created));
  }
  return entry;
}

/** A series' first paint, whose `details` import the rest and merge it in. */
function series(key: string, parts: Parts): Loading {
  const paint = (): Loading => once(key, () => parts.paint().then((module) => module.dataset), details);
  const details = (): Loading => once(`${key}+details`, async () => {
    const [first, rest] = await Promise.all([paint().promise, parts.details()]);
    return withDetails(first, rest);
  });
  return paint();
}

/** Whether a chart with this tag has a bundled series. */
export function hasSeries(tag: string): boolean {
  return Object.hasOwn(SERIES, tag);
}

/** The bundled series of the chart with this tag, as it first draws it; its `details` bring the rest. */
export function loadSeries(tag: string): Loading {
  const parts = SERIES[tag];
  return parts ? series(tag, parts) : once(tag, () => Promise.resolve({ observations: [], events: [], sources: [] }));
}

/**
 * The bundled events drawn over a chart's own `.data` or `src`: their dates and labels, without
 * the sources they cite, which such a chart never shows (no point of it is an event).
 */
export function loadEvents(): Loading {
  return once('events', () => import('./events.js').then((module) => module.dataset));
}

/** The whole bundled dataset: for given rows that cite the bundled source registry by id. */
export function loadRegistry(): Loading {
  return once('*', () => import('../dataset.js').then((module) => module.dataset));
}

export type { Loading };
