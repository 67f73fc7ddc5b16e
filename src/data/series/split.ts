import type { Dataset, Observation, Source } from '../types.js';
import type { SeriesDetails, SourceName } from './details.js';
import { SERIES_NAMES, seriesRecords } from './records.js';

/**
 * How a series is cut in two for the page (`scripts/series-split.mjs` writes `parts/` with it,
 * and `tests/unit/series-split.test.ts` checks that `parts/` is what it writes now):
 * - the first paint: what the chart draws before any interaction. Observations without their
 *   notes; and of the sources the observations cite, what the footer's source line shows (the
 *   publisher, the link's URL, the title only where there is no publisher to name it by);
 * - the details ({@link SeriesDetails}): the notes, and every cited source whole.
 * The events' part of the first paint (`events-paint.ts`) is shared by every series; the sources
 * the events cite are first-paint data of the timeline alone, where they are its points.
 */
export function paintObservations(observations: readonly Observation[]): Observation[] {
  return observations.map(({ note: _note, ...rest }) => rest);
}

/** A source as the source line names and links it: its id, publisher and URL. */
export function paintSource(source: Source): SourceName {
  return {
    id: source.id,
    publisher: source.publisher,
    title: source.publisher.en ? '' : source.title,
    ...(source.url === undefined ? {} : { url: source.url }),
  };
}

/** The details of a series: its observations' notes by id, and its sources whole. */
export function detailsOf(series: Dataset): SeriesDetails {
  const notes: Record<string, Observation['note']> = {};
  for (const o of series.observations) if (o.note) notes[o.id] = o.note;
  return { notes: notes as SeriesDetails['notes'], sources: series.sources };
}

/** The sources of a list that records cite, in the list's order. */
function citedBy(records: readonly { sourceIds: readonly string[] }[], sources: readonly Source[]): Source[] {
  const cited = new Set(records.flatMap((r) => r.sourceIds));
  return sources.filter((s) => cited.has(s.id));
}

const HEADER = '// Written by scripts/series-split.mjs from the record files (src/data/*.ts): do not edit.\n';

/** A list or a record as TypeScript, one entry a line. */
function json(value: unknown): string {
  const lines = Array.isArray(value) ? value.map((v) => JSON.stringify(v)) : Object.entries(value as object).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return lines.length ? `${open}\n  ${lines.join(',\n  ')},\n${close}` : `${open}${close}`;
}

function module(imports: string, exports: Record<string, [type: string, value: unknown]>): string {
  const body = Object.entries(exports).map(([name, [type, value]]) => `export const ${name}: ${type} = ${json(value)};\n`);
  const names = imports.split(', ');
  const own = names.filter((n) => n === 'SourceName');
  const types = names.filter((n) => n !== 'SourceName');
  const lines = [
    ...(types.length ? [`import type { ${types.join(', ')} } from '../../types.js';\n`] : []),
    ...(own.length ? [`import type { SourceName } from '../details.js';\n`] : []),
  ];
  return `${HEADER}${lines.join('')}\n${body.join('\n')}`;
}

/** Every module of `parts/`, by file name, as the record files make them now. */
export function partModules(): Record<string, string> {
  const records = seriesRecords();
  const files: Record<string, string> = {};
  for (const name of SERIES_NAMES) {
    const series = records[name];
    files[`${name}-paint.ts`] = module('Observation, SourceName', {
      observations: ['Observation[]', paintObservations(series.observations)],
      sources: ['SourceName[]', citedBy(series.observations, series.sources).map(paintSource)],
    });
    const details = detailsOf(series);
    files[`${name}-details.ts`] = module('LocalizedText, Source', {
      notes: ['Record<string, LocalizedText>', details.notes],
      sources: ['Source[]', details.sources],
    });
  }
  const { events, sources } = records.events;
  files['events-paint.ts'] = module('MissionEvent', { events: ['MissionEvent[]', events] });
  files['events-sources-paint.ts'] = module('SourceName', { sources: ['SourceName[]', sources.map(paintSource)] });
  files['events-details.ts'] = module('LocalizedText, Source', { notes: ['Record<string, LocalizedText>', {}], sources: ['Source[]', sources] });
  return files;
}
