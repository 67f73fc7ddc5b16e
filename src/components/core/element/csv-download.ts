import type { ChartData } from '../chart-spec.js';
import type { ChartLayoutBase } from '../layout/chart-layout.js';
import { tablePoints } from '../render/table.js';

/**
 * Saves a chart's points as CSV, `<file>.csv`: the observations (every one shown, even where the
 * drawing is reduced), or a timeline's events, with their sources spelled out. A Blob URL rather
 * than a `data:` link, so the download works under a Content-Security-Policy that forbids `data:`.
 */
export async function downloadCsv(file: string, layout: ChartLayoutBase, data: ChartData, of: 'observations' | 'events'): Promise<void> {
  // The CSV writers are fetched on the first download, like the loader: most readers never press it.
  let csv: string;
  try {
    csv =
      of === 'events'
        ? (await import('./event-csv.js')).eventsToCsv(layout.points.flatMap((p) => (p.event ? [p.event] : [])), data.sources)
        : (await import('../../../data/csv.js')).toCsv(tablePoints(layout).flatMap((p) => (p.observation ? [p.observation] : [])), data.sources);
  } catch {
    // The module could not be fetched (the page went offline): the button stays and can be pressed again.
    return;
  }
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${file}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
