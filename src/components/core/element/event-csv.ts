import { csvFormatRows } from 'd3-dsv';
import { neutraliseCell } from '../../../data/csv.js';
import type { MissionEvent, Source } from '../../../data/types.js';
import { publisherName } from '../chart-text.js';

/** The columns of a timeline's "Download data (CSV)": each event, then its sources spelled out. */
export const EVENT_CSV_COLUMNS = [
  'id',
  'date',
  'precision',
  'label_en',
  'label_ar',
  'period',
  'key',
  'status',
  'source_ids',
  'source_publishers',
  'source_publishers_ar',
  'source_titles',
  'source_dates',
  'source_links',
] as const;

/**
 * Writes events as CSV, the labels with their numbers filled in (`{n0}` → `16`) so the file
 * reads on its own, in both languages like the labels: the publishers in English, then in
 * Arabic (`source_publishers_ar`, the English name where the registry has no Arabic one). Cells that a spreadsheet would run as formulas are neutralised, as in the
 * observations' CSV.
 */
export function eventsToCsv(events: readonly MissionEvent[], sources: readonly Source[]): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const filled = (e: MissionEvent, language: 'en' | 'ar') =>
    e.label[language].replace(/\{[ny](\d+)\}/g, (match, index: string) => {
      const value = e.values?.[Number(index)];
      return value === undefined ? match : String(value);
    });
  const rows = events.map((e) => {
    const cited = e.sourceIds.map((id) => byId.get(id));
    const cells: (string | number)[] = [
      e.id,
      e.date,
      e.precision,
      filled(e, 'en'),
      filled(e, 'ar'),
      e.period,
      e.key ? 'true' : 'false',
      e.status,
      e.sourceIds.join(';'),
      cited.map((s) => s?.publisher.en ?? '').join(' | '),
      cited.map((s) => (s ? publisherName(s, 'ar') : '')).join(' | '),
      cited.map((s) => s?.title ?? '').join(' | '),
      cited.map((s) => s?.date ?? '').join(' | '),
      cited.map((s) => s?.url ?? s?.document ?? '').join(' | '),
    ];
    return cells.map(neutraliseCell);
  });
  return csvFormatRows([[...EVENT_CSV_COLUMNS], ...rows]);
}
