import type { Dataset } from '../types.js';

/**
 * Each chart's own bundled series, imported when a chart first needs it: each is a chunk of its
 * own, so a page fetches only the series of the charts it shows (and a developer who passes
 * `.data` none). A chart without an entry here draws only what it is given.
 */
const SERIES: Readonly<Record<string, () => Promise<{ dataset: Dataset }>>> = {
  'troop-levels-chart': () => import('./troop-levels.js'),
  'airstrikes-chart': () => import('./airstrikes.js'),
  'casualties-chart': () => import('./casualties.js'),
  'spending-chart': () => import('./spending.js'),
  'mission-timeline': () => import('./events.js'),
};

/** A module loaded once: its promise, and its value once it has arrived (read synchronously by the next chart). */
interface Loading {
  promise: Promise<Dataset>;
  value?: Dataset;
}

const loads = new Map<string, Loading>();

function once(key: string, load: () => Promise<{ dataset: Dataset }>): Loading {
  let entry = loads.get(key);
  if (!entry) {
    const created: Loading = { promise: load().then((module) => (created.value = module.dataset)) };
    // A failed import (the network, a moved file) is tried again by the next chart that asks.
    created.promise.catch(() => loads.delete(key));
    loads.set(key, (entry = created));
  }
  return entry;
}

/** Whether a chart with this tag has a bundled series. */
export function hasSeries(tag: string): boolean {
  return Object.hasOwn(SERIES, tag);
}

/** The bundled series of the chart with this tag. */
export function loadSeries(tag: string): Loading {
  return once(tag, SERIES[tag] ?? (() => Promise.resolve({ dataset: { observations: [], events: [], sources: [] } })));
}

/** The bundled events and the sources they cite, drawn over a chart's own `.data` or `src`. */
export function loadEvents(): Loading {
  return once('mission-timeline', SERIES['mission-timeline']!);
}

/** The whole bundled dataset: for given rows that cite the bundled source registry by id. */
export function loadRegistry(): Loading {
  return once('*', () => import('../dataset.js'));
}

export type { Loading };
