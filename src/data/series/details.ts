import type { Dataset, LocalizedText, Source } from '../types.js';

/**
 * A source as a chart's first paint has it: what the source line under the chart shows (the
 * publisher, the link's URL; the title only where there is no publisher to name it by, else
 * empty). A tooltip shows such a source by its publisher alone until the details arrive.
 */
export type SourceName = Pick<Source, 'id' | 'publisher' | 'title' | 'url'>;

/**
 * What a series' first paint leaves out, imported when a reader first reaches for it (a
 * tooltip, a keystroke, the data table, the CSV): each observation's note, by observation id,
 * and every source the series cites, whole (title, URL, document, grade, host read through).
 */
export interface SeriesDetails {
  notes: Readonly<Record<string, LocalizedText>>;
  sources: Source[];
}

/**
 * A series' first-paint dataset with its details: the same observations with their notes, the
 * same events, and the whole sources in place of their first-paint names, in the registry's order.
 * Equal, record for record, to the series as the record files make it.
 */
export function withDetails(paint: Dataset, details: SeriesDetails): Dataset {
  return {
    observations: paint.observations.map((o) => {
      const note = details.notes[o.id];
      return note ? { ...o, note } : o;
    }),
    events: paint.events,
    sources: details.sources,
  };
}
