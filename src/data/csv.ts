import { csvFormatRows, csvParseRows } from 'd3-dsv';
import type { Observation, Source } from './types.js';

/** The columns of the CSV format that `src` reads and "Download data" writes. */
export const CSV_COLUMNS = [
  'id',
  'metric',
  'date',
  'precision',
  'end',
  'value',
  'low',
  'high',
  'qualifier',
  'kind',
  'scope',
  'region',
  'operation',
  'cause',
  'source_ids',
  'conflicts_with',
  'note_en',
  'note_ar',
  'definition',
  'supersedes',
  'erratum_evidence',
  'erratum_likely',
  'erratum_reason_en',
  'erratum_reason_ar',
] as const;

/** The extra columns of an export: each point's sources written out, so the file stands alone. */
const SOURCE_COLUMNS = ['source_publishers', 'source_titles', 'source_dates', 'source_links'] as const;

/**
 * A cell that {@link neutraliseCell} quoted: the first quote is not part of the value. Text that
 * itself starts with quotes before a formula character (`'=x`) gets one more, so it survives.
 */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Rows of a CSV file by column name, with the column names in order. */
export type CsvRows = Record<string, string | undefined>[] & { columns: string[] };

/**
 * The first row names the columns; every other row becomes an object with a cell for each name,
 * `''` where the row is short, and cells beyond the names dropped. d3-dsv's `csvParse` would do
 * this, but it builds its row converter with `new Function`, which a Content-Security-Policy
 * without 'unsafe-eval' refuses: rows are read with `csvParseRows` and keyed here. Assigning a
 * string to `__proto__` does nothing, so a hostile header cannot reach a prototype.
 */
function keyedRows(text: string): CsvRows {
  const [columns = [], ...lines] = csvParseRows(text);
  const rows = lines.map((cells) => {
    const row: Record<string, string> = {};
    columns.forEach((name, i) => (row[name] = cells[i] || ''));
    return row;
  });
  return Object.assign(rows, { columns });
}

/**
 * Parses CSV text into rows of string cells, for {@link validate}: the first line names the
 * columns, a short row's missing cells are `''`. A byte-order mark at the start is
 * dropped. The quote that {@link neutraliseCell} puts in front of a formula-like cell is taken
 * off again, so that a note starting with `-` survives a download and re-upload unchanged.
 */
export function parseCsv(text: string): CsvRows {
  const rows = keyedRows(text.replace(/^\uFEFF/, ''));
  for (const row of rows) {
    for (const column of rows.columns) {
      const cell = row[column];
      if (cell !== undefined && NEUTRALISED.test(cell)) row[column] = cell.slice(1);
    }
  }
  return rows;
}

/**
 * A spreadsheet treats a cell that starts with `=`, `+`, `-`, `@` (or a tab or carriage return)
 * as a formula; a quote in front makes it text. Numbers are written as numbers, so a negative
 * value is never mangled.
 */
export function neutraliseCell(cell: string | number): string {
  if (typeof cell === 'number') return plainNumber(cell);
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * A number in plain decimal notation: `String(1e21)` is `1e+21`, which a reader (and
 * `validate`) does not take for a number. The digits are the shortest that round-trip, moved
 * past the decimal point, so the value read back is the same number.
 */
function plainNumber(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, first, rest = '', exponent] = match;
  const digits = first! + rest;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}`;
}

/** Writes observations as CSV with their sources spelled out in the last columns. */
export function toCsv(observations: readonly Observation[], sources: readonly Source[]): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const header = [...CSV_COLUMNS, ...SOURCE_COLUMNS];
  const rows = observations.map((o) => {
    const cited = o.sourceIds.map((id) => byId.get(id));
    const range = typeof o.value === 'number' ? undefined : o.value;
    const cells: (string | number)[] = [
      o.id,
      o.metric,
      o.date,
      o.precision,
      o.end ?? '',
      typeof o.value === 'number' ? o.value : '',
      range?.low ?? '',
      range?.high ?? '',
      o.qualifier,
      o.kind,
      o.scope,
      o.region,
      o.operation ?? '',
      o.cause ?? '',
      o.sourceIds.join(';'),
      (o.conflictsWith ?? []).join(';'),
      o.note?.en ?? '',
      o.note?.ar ?? '',
      o.definition ?? '',
      (o.supersedes ?? []).join(';'),
      (o.erratum?.evidence ?? []).join(';'),
      o.erratum?.likely ?? '',
      o.erratum?.reason.en ?? '',
      o.erratum?.reason.ar ?? '',
      cited.map((s) => s?.publisher.en ?? '').join(' | '),
      cited.map((s) => s?.title ?? '').join(' | '),
      cited.map((s) => s?.date ?? '').join(' | '),
      cited.map((s) => s?.url ?? s?.document ?? '').join(' | '),
    ];
    return cells.map(neutraliseCell);
  });
  return csvFormatRows([header, ...rows]);
}
