import { instantOf, packedDate, packedPrecision, packedYear, PERIOD_END, PERIOD_START } from './dates.js';
import type { LocalizedText, Metric, Observation, Source, SourceGrade, ValueRange } from './types.js';

/*
 * The quick check: what every chart's first paint runs on `.data` or a `src` body. It reads the
 * input as `validate` (validate.ts) does and returns the same records and sources when every row
 * is good, or `undefined` as soon as one is not, with no issue and no message: `validate`, with
 * every diagnostic in both languages, is a module of its own, imported only then. A few rare
 * shapes that may well be good (an erratum, two rows of one date, which may repeat each other)
 * are left to `validate` too. `tests/unit/quick-check.test.ts` checks both against each other.
 */

/** Every metric the dataset knows. */
export const METRICS: readonly Metric[] = [
  'us-troops',
  'us-troops-deployed',
  'us-troops-served',
  'us-troops-withdrawn',
  'coalition-troops',
  'airstrikes',
  'targets-destroyed',
  'enemy-killed',
  'deaths',
  'wounded',
  'attacks',
  'spending',
  'daily-cost',
  'budget-request',
  'munitions',
  'percent-change',
];
/** How close a source is to the record, from the official document itself to a copy of it. */
export const SOURCE_GRADES: readonly SourceGrade[] = ['official-primary', 'official-via-news', 'independent-tracker', 'press', 'secondary-copy'];
/** @internal The values of each enumerated field and its default (shared with validate.ts). */
export const ENUMS = {
  qualifier: [['exact', 'approx', 'at-least', 'at-most'], 'exact'],
  kind: [['reported', 'authorized', 'planned', 'estimate', 'cumulative'], 'reported'],
  scope: [['US', 'coalition', 'Iraqi'], 'US'],
  region: [['Iraq', 'Syria', 'both'], 'Iraq'],
  operation: [['OIF', 'OND', 'OIR'], undefined],
  cause: [['hostile', 'non-hostile'], undefined],
} as const;

/** @internal A number as a person writes it in a cell: `2500`, `-5`, `11.7`. Not `0x10`, `1e5` or `Infinity`. */
export const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Years a date may fall in. The mission is 2003–2026, but a newsroom charts its own series too,
 * including long daily ones (100,000 days from 2003 run to 2276); the bounds refuse what is
 * surely a typo (`20077`, `207`) while taking any plausible four-digit year of such a series.
 */
export const YEAR_RANGE = { min: 1900, max: 2999 } as const;

/** What {@link quickCheck} and `validate` read besides the input. */
export interface QuickCheckOptions {
  /** The metric of rows that name none (a chart passes its own). */
  defaultMetric?: Metric;
  /** Sources that rows may cite by id. */
  sources?: readonly Source[];
}

type Row = Record<string, unknown>;

/** Thrown inside {@link quickCheck} at the first problem; never leaves it. */
const PROBLEM = Symbol('problem');
function problem(): never {
  throw PROBLEM;
}

/** @internal `read`, or `refuse` when it finds a {@link problem} (anything else thrown goes on); shared with validate.ts. */
export function refused<T>(read: () => T, refuse: () => void): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error !== PROBLEM) throw error;
    refuse();
    return undefined;
  }
}

/**
 * The records and sources of a good input, exactly as `validate` would return them (with no
 * issues), or `undefined` when any row or given source has a problem (or a shape left to
 * `validate`). Never throws.
 */
export function quickCheck(input: unknown, options: QuickCheckOptions = {}): { records: Observation[]; sources: Source[] } | undefined {
  try {
    return checked(input, options);
  } catch {
    // A problem, or a getter that throws: `validate` says which.
    return undefined;
  }
}

function checked(input: unknown, options: QuickCheckOptions): { records: Observation[]; sources: Source[] } {
  let rows: unknown[];
  let given: unknown[] = [];
  if (Array.isArray(input)) rows = input;
  else if (isObject(input) && Array.isArray(input.observations)) {
    rows = input.observations;
    if (Array.isArray(input.sources)) given = input.sources;
  } else return problem();
  const sources = given.map(givenSource);
  const known = new Set<string>();
  for (const s of options.sources ?? []) known.add(s.id);
  for (const s of sources) known.add(s.id);
  const inline = new InlineSources(sources, known);
  // Dates are read by one scan each, not through the cache of instants: the troop layout reads
  // them so too, and another chart's layout fills the cache with what it reads.
  const records: Observation[] = [];
  // Rows of one date may repeat each other: `validate` tells. While dates come in order only the
  // latest is compared; after the first out of order, every date is remembered.
  let latest = -1;
  let seen: Set<number> | undefined;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    if (!isObject(row)) problem();
    const record = readRow(row, index, options.defaultMetric, known, inline);
    const at = rowDate;
    if (!seen && at > latest) latest = at;
    else {
      if (!seen) {
        seen = new Set();
        for (let k = 0; k < index; k++) seen.add(packedDate(records[k]!.date));
      }
      if (seen.has(at)) problem();
    }
    seen?.add(at);
    records.push(record);
  }
  return { records, sources };
}

/** A row as `validate`'s `readRow` reads it, or a {@link problem}. */
/** The packed date of the row {@link readRow} read last. */
let rowDate = -1;

function readRow(row: Row, index: number, defaultMetric: Metric | undefined, known: Set<string>, inline: InlineSources): Observation {
  const metric = oneOf(blank(row.metric) ? defaultMetric : row.metric, METRICS);
  const packed = dateCell(row.date);
  rowDate = packed;
  const date = cellText(row.date);
  const precision = packedPrecision(packed);
  const givenPrecision = typeof row.precision === 'string' ? row.precision.trim() : row.precision;
  if (!blank(givenPrecision) && givenPrecision !== precision) problem();
  let end: string | undefined;
  if (!blank(row.end)) {
    const endPacked = dateCell(row.end);
    if (instantOf(endPacked, PERIOD_END) <= instantOf(packed, PERIOD_START)) problem();
    end = cellText(row.end);
  }
  const value = readValue(row);
  const qualifier = enumCell(row.qualifier, ENUMS.qualifier);
  const kind = enumCell(row.kind, ENUMS.kind);
  const scope = enumCell(row.scope, ENUMS.scope);
  const region = enumCell(row.region, ENUMS.region);
  const operation = enumCell(row.operation, ENUMS.operation);
  const cause = enumCell(row.cause, ENUMS.cause);
  const id = row.id;
  const cited = row.sourceIds ?? row.source_ids;
  let sourceIds = cited === undefined ? undefined : listOf(cited);
  if (sourceIds) for (const s of sourceIds) if (!known.has(s)) problem();
  const title = typeof row.source === 'string' ? row.source.trim() : '';
  if (title !== '') {
    const inlineId = inline.idOf(title, inline.url(row.source_url ?? row.sourceUrl));
    // A list of one made as such: an empty list grown by a push holds room for sixteen.
    if (sourceIds?.length) sourceIds.push(inlineId);
    else sourceIds = [inlineId];
  }
  if (!sourceIds?.length) problem();
  const record: Observation = {
    id: typeof id === 'string' && id.trim() !== '' ? id.trim() : `${metric}-${date}-${index}`,
    metric,
    date,
    precision,
    value,
    qualifier: qualifier!,
    kind: kind!,
    scope: scope!,
    region: region!,
    sourceIds,
  };
  if (end) record.end = end;
  if (operation) record.operation = operation;
  if (cause) record.cause = cause;
  const note = noteOf(row);
  if (note) record.note = note;
  const conflicts = row.conflictsWith ?? row.conflicts_with;
  if (conflicts !== undefined) {
    const list = listOf(conflicts);
    if (list.length) record.conflictsWith = list;
  }
  const definition = row.definition;
  if (typeof definition === 'string' && definition.trim() !== '') record.definition = definition.trim();
  else if (!blank(definition)) problem();
  if (row.supersedes !== undefined) {
    const list = listOf(row.supersedes);
    if (list.length) record.supersedes = list;
  }
  // An erratum, good or not, is read by `validate`.
  if (!blank(row.erratum) || !blank(row.erratum_evidence) || !blank(row.erratum_likely) || !blank(row.erratum_reason_en) || !blank(row.erratum_reason_ar)) problem();
  return record;
}

/** A date cell (text, or a whole number for a year) in its packed form, inside {@link YEAR_RANGE}. */
function dateCell(raw: unknown): number {
  const text = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : raw;
  const packed = typeof text === 'string' ? packedDate(text) : -1;
  if (packed < 0) problem();
  // Every instant of a year in the range is finite: `validate`'s test of that cannot fail here.
  const year = packedYear(packed);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) problem();
  return packed;
}

/** @internal The text of a date cell that was accepted. */
export function cellText(raw: unknown): string {
  return (typeof raw === 'number' ? String(raw) : (raw as string)).trim();
}

function readValue(row: Row): number | ValueRange {
  const raw = row.value;
  if (isObject(raw)) return range(raw.low, raw.high);
  if (blank(raw)) return blank(row.low) && blank(row.high) ? problem() : range(row.low, row.high);
  return count(raw);
}

function range(lowRaw: unknown, highRaw: unknown): ValueRange {
  const low = count(lowRaw);
  const high = count(highRaw);
  return low > high ? problem() : { low, high };
}

function count(raw: unknown): number {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && DECIMAL.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  return Number.isFinite(value) && value >= 0 ? value : problem();
}

function oneOf<T extends string>(raw: unknown, allowed: readonly T[]): T {
  const text = typeof raw === 'string' ? raw.trim() : undefined;
  return text !== undefined && (allowed as readonly string[]).includes(text) ? (text as T) : problem();
}

/** An enumerated cell, or its default when blank (`field` is an entry of {@link ENUMS}; read by index, as destructuring a list runs its iterator). */
function enumCell<T extends string, F extends T | undefined>(raw: unknown, field: readonly [readonly T[], F]): T | F {
  return blank(raw) ? field[1] : oneOf(raw, field[0]);
}

/** @internal A note (an object, a text, or `note_en`/`note_ar` columns), or a {@link problem} (shared with validate.ts). */
export function noteOf(row: Row): LocalizedText | undefined {
  const raw = row.note;
  if (isObject(raw)) return typeof raw.en === 'string' || typeof raw.ar === 'string' ? { en: textOr(raw.en, ''), ar: textOr(raw.ar, '') } : problem();
  if (typeof raw === 'string') return raw.trim() === '' ? undefined : { en: raw, ar: raw };
  if (!blank(raw)) return problem();
  if (typeof row.note_en !== 'string' && typeof row.note_ar !== 'string') return undefined;
  const note = { en: textOr(row.note_en, ''), ar: textOr(row.note_ar, '') };
  return note.en || note.ar ? note : undefined;
}

/** A given source as `validate` keeps it, or a {@link problem}. */
function givenSource(entry: unknown): Source {
  if (!isObject(entry) || typeof entry.id !== 'string' || entry.id.trim() === '') problem();
  const source: Source = { id: entry.id.trim(), publisher: localizedOr(entry.publisher), title: textOr(entry.title, entry.id), date: textOr(entry.date, '') };
  const url = safeUrl(entry.url);
  if (url) source.url = url;
  if (typeof entry.document === 'string') source.document = entry.document;
  const { grade, via } = entry;
  if (typeof grade === 'string' && (SOURCE_GRADES as readonly string[]).includes(grade.trim())) source.grade = grade.trim() as SourceGrade;
  else if (!blank(grade)) problem();
  if (typeof via === 'string' && via.trim() !== '') source.via = via.trim();
  else if (!blank(via)) problem();
  if (source.grade === 'secondary-copy' && !source.via) problem();
  return source;
}

/**
 * The sources rows name inline (`source`, `source_url`), as `validate` finds them: a title and
 * URL seen before is the same source (the first with them, given or inline); a new one becomes
 * `user-N`. Each distinct URL text is checked once.
 */
/** @internal Shared with validate.ts. */
export class InlineSources {
  private index?: Map<string, string>;
  private readonly urls = new Map<string, string | undefined>();
  /** The last source found: a series names one source on every row, so most rows need no key. */
  private last?: { title: string; url: string | undefined; id: string };

  constructor(
    private readonly list: Source[],
    private readonly known: Set<string>,
  ) {}

  url(raw: unknown): string | undefined {
    if (typeof raw !== 'string') return undefined;
    if (!this.urls.has(raw)) this.urls.set(raw, safeUrl(raw));
    return this.urls.get(raw);
  }

  idOf(title: string, url: string | undefined): string {
    const last = this.last;
    if (last && last.title === title && last.url === url) return last.id;
    const id = this.find(title, url);
    this.last = { title, url, id };
    return id;
  }

  private find(title: string, url: string | undefined): string {
    if (!this.index) {
      this.index = new Map();
      for (const s of this.list) this.remember(s);
    }
    const found = this.index.get(keyOf(url, title));
    if (found !== undefined) return found;
    let n = this.list.length + 1;
    while (this.known.has(`user-${n}`)) n++;
    const source: Source = { id: `user-${n}`, publisher: { en: '', ar: '' }, title, date: '' };
    if (url) source.url = url;
    this.list.push(source);
    this.known.add(source.id);
    this.remember(source);
    return source.id;
  }

  private remember(source: Source): void {
    const key = keyOf(source.url, source.title);
    if (!this.index!.has(key)) this.index!.set(key, source.id);
  }
}

/** A URL and a title as one key: a URL's `href` holds no line break and is never empty. */
const keyOf = (url: string | undefined, title: string) => `${url ?? ''}\n${title}`;

/** A URL only when it is an absolute http(s) one: `javascript:` and `data:` never become links. */
export function safeUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A publisher as text (the same in both languages) or as `{ en, ar }`; empty when neither. */
export function localizedOr(value: unknown): { en: string; ar: string } {
  if (isObject(value)) {
    const en = textOr(value.en, '');
    const ar = textOr(value.ar, '');
    return { en: en || ar, ar: ar || en };
  }
  const text = textOr(value, '');
  return { en: text, ar: text };
}

/** @internal Ids as a list: an array of texts, or one text of `;`-separated ids. */
export function listOf(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  if (typeof raw === 'string') return raw.split(';').map((v) => v.trim()).filter(Boolean);
  return [];
}

/** @internal */
export function isObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @internal */
export function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** @internal */
export function textOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}
