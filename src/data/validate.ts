import { cachedPackedDate, DATE_CACHE_LIMIT, instantOf, packedDate, packedPrecision, packedYear, PERIOD_END, PERIOD_MIDDLE, PERIOD_START } from './dates.js';
import { defineMessages, issueMessage as reason, makeIssue, type DataIssue, type IssueCode, type IssueParams } from './issues.js';
import { blank, cellText, DECIMAL, ENUMS, InlineSources, isObject, listOf, localizedOr, METRICS, noteOf, refused, safeUrl, SOURCE_GRADES, textOr, YEAR_RANGE, type QuickCheckOptions } from './quick-check.js';
import { ROW_MESSAGES } from './row-messages.js';
import type {
  Cause,
  DatePrecision,
  Erratum,
  LocalizedText,
  Metric,
  Observation,
  ObservationKind,
  Operation,
  Qualifier,
  Region,
  Scope,
  Source,
  SourceGrade,
  ValueRange,
} from './types.js';

export { METRICS, SOURCE_GRADES, YEAR_RANGE, safeUrl } from './quick-check.js';
export { blank, isObject, listOf, textOr } from './quick-check.js';

defineMessages(ROW_MESSAGES);

/** The reason for an issue, in both languages (every code validation finds among them). */
export function issueMessage(code: IssueCode, params: IssueParams = {}): LocalizedText {
  return reason(code, params);
}

const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year'];
const QUALIFIERS: readonly Qualifier[] = ENUMS.qualifier[0];
const KINDS: readonly ObservationKind[] = ENUMS.kind[0];
const SCOPES: readonly Scope[] = ENUMS.scope[0];
const REGIONS: readonly Region[] = ENUMS.region[0];
const OPERATIONS: readonly Operation[] = ENUMS.operation[0];
const CAUSES: readonly Cause[] = ENUMS.cause[0];

/** Options for {@link validate}. */
export interface ValidateOptions extends QuickCheckOptions {
  /**
   * The record's rules across rows (running totals, conflicts, dates against sources, ids), from
   * `recordRules(published)` in `rules.ts`: what a file meant for the dataset must meet. A chart
   * reading its own data passes none, and shows the data as given.
   */
  rules?: RecordRules;
  /**
   * Refuse a row that cites no source (an `error`, the row left out) instead of keeping it with a
   * warning: what a file meant for publication must meet. Charts keep such rows, with the warning.
   */
  requireSources?: boolean;
}

/**
 * Checks across the rows that `validate` kept: each issue it adds names the row (`rowOf`). See
 * `recordRules` in `rules.ts`.
 */
export type RecordRules = (records: readonly Observation[], rowOf: ReadonlyMap<Observation, number>, sources: readonly Source[], issues: DataIssue[]) => void;

/** What {@link validate} returns: the good records, the sources they cite, and every problem. */
export interface ValidationResult {
  records: Observation[];
  /** Sources given with the input (in `{ sources }` or as `source` / `source_url` columns). */
  sources: Source[];
  issues: DataIssue[];
}

type Row = Record<string, unknown>;
/** Reads a date text into its packed form: `packedDate`, or `cachedPackedDate` (dates.ts). */
type DatePacker = (text: string) => number;

/**
 * Turns unknown input — an array of records, `{ observations, sources }`, or CSV rows with
 * string cells — into typed observations. It never throws: a row with an unusable required
 * field is left out with an `error` issue; a row with a lesser problem (no source, a bad note)
 * is kept with a `warning`. Every issue names the row, the field and the reason.
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const issues: DataIssue[] = [];
  const { rows, givenSources } = unwrap(input, issues);
  const sources = collectSources(givenSources, issues);
  const known = new Set([...(options.sources ?? []).map((s) => s.id), ...sources.map((s) => s.id)]);
  const records: Observation[] = [];
  // Only the record's rules read each record's row.
  const indexOf = options.rules ? new Map<Observation, number>() : undefined;
  // Dates of an input that fits the cache of instants are read through it, for the layout.
  const pack = rows.length <= DATE_CACHE_LIMIT ? cachedPackedDate : packedDate;
  const kept = new KeptRecords(pack);
  const inline = new InlineSources(sources, known);
  for (let index = 0; index < rows.length; index++) {
    // As `guarded`, without a closure per row.
    let record: Observation | undefined;
    try {
      record = readRow(rows[index], index, options, known, inline, issues, pack);
    } catch {
      issues.push(makeIssue(index, '*', 'not-an-object'));
      continue;
    }
    if (!record) continue;
    if (kept.repeats(record)) {
      issues.push(makeIssue(index, '*', 'duplicate', {}, 'warning'));
      continue;
    }
    records.push(record);
    indexOf?.set(record, index);
  }
  const registry = [...(options.sources ?? []), ...sources];
  if (indexOf) options.rules?.(records, indexOf, registry, issues);
  return { records, sources, issues };
}

/**
 * Runs `read`; when it throws (a getter or proxy trap that throws: nothing JSON or CSV can
 * produce, but `.data` takes any object), calls `refuse` instead, so validation never throws.
 * @internal Shared with rules.ts.
 */
export function guarded<T>(read: () => T, refuse: () => void): T | undefined {
  try {
    return read();
  } catch {
    refuse();
    return undefined;
  }
}

function unwrap(input: unknown, issues: DataIssue[]): { rows: unknown[]; givenSources: unknown[] } {
  const found = guarded(() => unwrapList(input, issues), () => issues.push(makeIssue(-1, '*', 'not-a-list')));
  return found ?? { rows: [], givenSources: [] };
}

function unwrapList(input: unknown, issues: DataIssue[]): { rows: unknown[]; givenSources: unknown[] } {
  if (Array.isArray(input)) return { rows: input, givenSources: [] };
  if (isObject(input) && Array.isArray(input.observations)) {
    return { rows: input.observations, givenSources: Array.isArray(input.sources) ? input.sources : [] };
  }
  issues.push(makeIssue(-1, '*', 'not-a-list'));
  return { rows: [], givenSources: [] };
}

function collectSources(given: unknown[], issues: DataIssue[]): Source[] {
  const sources: Source[] = [];
  given.forEach((entry, index) => guarded(() => collectSource(entry, index, sources, issues), () => issues.push(makeIssue(index, 'sources', 'bad-text', {}, 'warning'))));
  return sources;
}

function collectSource(entry: unknown, index: number, sources: Source[], issues: DataIssue[]): void {
  if (!isObject(entry) || typeof entry.id !== 'string' || entry.id.trim() === '') {
    issues.push(makeIssue(index, 'sources', 'bad-text', {}, 'warning'));
    return;
  }
  const source: Source = {
    id: entry.id.trim(),
    publisher: localizedOr(entry.publisher),
    title: textOr(entry.title, entry.id),
    date: textOr(entry.date, ''),
  };
  const url = safeUrl(entry.url);
  if (url) source.url = url;
  if (typeof entry.document === 'string') source.document = entry.document;
  const grade = entry.grade;
  if (typeof grade === 'string' && (SOURCE_GRADES as readonly string[]).includes(grade.trim())) source.grade = grade.trim() as SourceGrade;
  else if (!blank(grade)) issues.push(makeIssue(index, 'sources.grade', 'bad-enum', { value: display(grade), allowed: SOURCE_GRADES.join(', ') }, 'warning'));
  const via = entry.via;
  if (typeof via === 'string' && via.trim() !== '') source.via = via.trim();
  else if (!blank(via)) issues.push(makeIssue(index, 'sources.via', 'bad-text', {}, 'warning'));
  if (source.grade === 'secondary-copy' && !source.via) issues.push(makeIssue(index, 'sources.via', 'copy-without-host', { value: source.id }, 'warning'));
  sources.push(source);
}

function readRow(
  row: unknown,
  index: number,
  options: ValidateOptions,
  known: Set<string>,
  sources: InlineSources,
  issues: DataIssue[],
  pack: DatePacker,
): Observation | undefined {
  if (!isObject(row)) {
    issues.push(makeIssue(index, '*', 'not-an-object'));
    return undefined;
  }
  const before = issues.length;
  const metric = readMetric(row, index, options.defaultMetric, issues);
  const dated = readDate(row, index, issues, pack);
  const value = readValue(row, index, issues);
  const qualifier = readEnum(row, 'qualifier', QUALIFIERS, 'exact', index, issues);
  const kind = readEnum(row, 'kind', KINDS, 'reported', index, issues);
  const scope = readEnum(row, 'scope', SCOPES, 'US', index, issues);
  const region = readEnum(row, 'region', REGIONS, 'Iraq', index, issues);
  const operation = readEnum(row, 'operation', OPERATIONS, undefined, index, issues);
  const cause = readEnum(row, 'cause', CAUSES, undefined, index, issues);
  if (issues.length > before || !metric || !dated || value === undefined) return undefined;
  if (!qualifier || !kind || !scope || !region) return undefined;

  const id = row.id;
  const record: Observation = {
    id: typeof id === 'string' && id.trim() !== '' ? id.trim() : `${metric}-${dated.date}-${index}`,
    metric,
    date: dated.date,
    precision: dated.precision,
    value,
    qualifier,
    kind,
    scope,
    region,
    sourceIds: readSourceIds(row, index, known, sources, issues, options.requireSources === true),
  };
  if (dated.end) record.end = dated.end;
  if (operation) record.operation = operation;
  if (cause) record.cause = cause;
  const note = readNote(row, index, issues);
  if (note) record.note = note;
  const conflictsRaw = row.conflictsWith ?? row.conflicts_with;
  const conflicts = conflictsRaw === undefined ? undefined : listOf(conflictsRaw);
  if (conflicts?.length) record.conflictsWith = conflicts;
  const definition = row.definition;
  if (typeof definition === 'string' && definition.trim() !== '') record.definition = definition.trim();
  else if (!blank(definition)) issues.push(makeIssue(index, 'definition', 'bad-text', {}, 'warning'));
  const supersedesRaw = row.supersedes;
  const supersedes = supersedesRaw === undefined ? undefined : listOf(supersedesRaw);
  if (supersedes?.length) record.supersedes = supersedes;
  const erratum = readErratum(row, index, issues);
  if (erratum) record.erratum = erratum;
  if (options.requireSources === true && record.sourceIds.length === 0) return undefined;
  return record;
}

/**
 * An erratum as `{ evidence, likely?, reason }` or as the CSV columns `erratum_evidence`
 * (ids, `;`-separated), `erratum_likely`, `erratum_reason_en`, `erratum_reason_ar`. One without
 * evidence or reason is not kept: a misprint is only a misprint with what shows it.
 */
function readErratum(row: Row, index: number, issues: DataIssue[]): Erratum | undefined {
  const raw = row.erratum;
  const given = isObject(raw)
    ? { evidence: raw.evidence, likely: raw.likely, reason: raw.reason }
    : { evidence: row.erratum_evidence, likely: row.erratum_likely, reason: { en: row.erratum_reason_en, ar: row.erratum_reason_ar } };
  const reasonRaw = given.reason;
  const reasonGiven = isObject(reasonRaw) ? !blank(reasonRaw.en) || !blank(reasonRaw.ar) : !blank(reasonRaw);
  if (blank(raw) && blank(given.evidence) && blank(given.likely) && !reasonGiven) return undefined;
  const evidence = listOf(given.evidence);
  const reason = isObject(reasonRaw) ? localizedOr(reasonRaw) : localizedOr(reasonRaw);
  const likely = blank(given.likely) ? undefined : typeof given.likely === 'string' && DECIMAL.test(given.likely.trim()) ? Number(given.likely.trim()) : given.likely;
  const likelyOk = likely === undefined || (typeof likely === 'number' && Number.isFinite(likely) && likely >= 0);
  if (!isObject(raw) && !blank(raw)) {
    issues.push(makeIssue(index, 'erratum', 'bad-erratum', {}, 'warning'));
    return undefined;
  }
  if (evidence.length === 0 || (reason.en === '' && reason.ar === '') || !likelyOk) {
    issues.push(makeIssue(index, 'erratum', 'bad-erratum', {}, 'warning'));
    return undefined;
  }
  const erratum: Erratum = { evidence, reason };
  if (likely !== undefined) erratum.likely = likely as number;
  return erratum;
}

function readMetric(row: Row, index: number, fallback: Metric | undefined, issues: DataIssue[]): Metric | undefined {
  const raw = blank(row.metric) ? fallback : row.metric;
  if (typeof raw === 'string' && (METRICS as readonly string[]).includes(raw.trim())) return raw.trim() as Metric;
  issues.push(makeIssue(index, 'metric', 'unknown-metric', { value: display(raw ?? ''), allowed: METRICS.join(', ') }));
  return undefined;
}

function readDate(
  row: Row,
  index: number,
  issues: DataIssue[],
  pack: DatePacker,
): { date: string; precision: DatePrecision; end?: string } | undefined {
  if (blank(row.date)) {
    issues.push(makeIssue(index, 'date', 'missing-date'));
    return undefined;
  }
  const packed = packedCell(row.date, 'date', index, issues, pack);
  if (packed < 0) return undefined;
  const date = cellText(row.date);
  const precision = packedPrecision(packed);
  const given = typeof row.precision === 'string' ? row.precision.trim() : row.precision;
  if (!blank(given) && given !== precision) {
    const field = 'precision';
    const known = typeof given === 'string' && (PRECISIONS as readonly string[]).includes(given);
    issues.push(
      known
        ? makeIssue(index, field, 'precision-mismatch', { value: display(row.precision) })
        : makeIssue(index, field, 'bad-enum', { value: display(row.precision), allowed: PRECISIONS.join(', ') }),
    );
    return undefined;
  }
  if (blank(row.end)) return { date, precision };
  const endPacked = packedCell(row.end, 'end', index, issues, pack);
  if (endPacked < 0) return undefined;
  const end = cellText(row.end);
  if (instantOf(endPacked, PERIOD_END) <= instantOf(packed, PERIOD_START)) {
    issues.push(makeIssue(index, 'end', 'end-before-date'));
    return undefined;
  }
  return { date, precision, end };
}

/** @internal Shared with rules.ts. */
export function checkedDate(raw: unknown, field: string, index: number, issues: DataIssue[]): string | undefined {
  return packedCell(raw, field, index, issues, cachedPackedDate) < 0 ? undefined : cellText(raw);
}

/**
 * A date cell (text, or a whole number for a year) read once into its packed form (`packedDate`
 * in dates.ts), or -1 with the issue that refuses it.
 */
function packedCell(raw: unknown, field: string, index: number, issues: DataIssue[], pack: DatePacker): number {
  const text = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : raw;
  const packed = typeof text === 'string' ? pack(text) : -1;
  if (packed < 0) {
    issues.push(makeIssue(index, field, 'bad-date', { value: display(raw) }));
    return -1;
  }
  const year = packedYear(packed);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max || !Number.isFinite(instantOf(packed, PERIOD_MIDDLE))) {
    const range = { value: display(raw), min: String(YEAR_RANGE.min), max: String(YEAR_RANGE.max) };
    issues.push(makeIssue(index, field, 'date-out-of-range', range));
    return -1;
  }
  return packed;
}

function readValue(row: Row, index: number, issues: DataIssue[]): number | ValueRange | undefined {
  const raw = row.value;
  if (isObject(raw)) return readRange(raw.low, raw.high, index, issues);
  if (blank(raw) && (!blank(row.low) || !blank(row.high))) return readRange(row.low, row.high, index, issues);
  if (blank(raw)) {
    issues.push(makeIssue(index, 'value', 'missing-value'));
    return undefined;
  }
  return readCount(raw, 'value', index, issues);
}

function readRange(lowRaw: unknown, highRaw: unknown, index: number, issues: DataIssue[]): ValueRange | undefined {
  const low = readCount(lowRaw, 'low', index, issues);
  const high = readCount(highRaw, 'high', index, issues);
  if (low === undefined || high === undefined) return undefined;
  if (low > high) {
    issues.push(makeIssue(index, 'value', 'range-inverted'));
    return undefined;
  }
  return { low, high };
}

function readCount(raw: unknown, field: string, index: number, issues: DataIssue[]): number | undefined {
  const value = typeof raw === 'string' && DECIMAL.test(raw.trim()) ? Number(raw.trim()) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push(makeIssue(index, field, blank(raw) ? 'missing-value' : 'not-a-number', { value: display(raw) }));
    return undefined;
  }
  if (value < 0) {
    issues.push(makeIssue(index, field, 'negative-count', { value: String(value) }));
    return undefined;
  }
  return value;
}

/** @internal Shared with rules.ts. */
export function readEnum<T extends string>(
  row: Row,
  field: string,
  allowed: readonly T[],
  fallback: T | undefined,
  index: number,
  issues: DataIssue[],
): T | undefined {
  const raw = row[field];
  if (blank(raw)) return fallback;
  if (typeof raw === 'string' && (allowed as readonly string[]).includes(raw.trim())) return raw.trim() as T;
  issues.push(makeIssue(index, field, 'bad-enum', { value: display(raw), allowed: allowed.join(', ') }));
  return undefined;
}

function readSourceIds(row: Row, index: number, known: Set<string>, sources: InlineSources, issues: DataIssue[], required: boolean): string[] {
  const ids = listOf(row.sourceIds ?? row.source_ids);
  for (const id of ids) {
    if (!known.has(id)) issues.push(makeIssue(index, 'sourceIds', 'unknown-source', { value: id }, 'warning'));
  }
  if (typeof row.source === 'string' && row.source.trim() !== '') {
    ids.push(sources.idOf(row.source.trim(), sources.url(row.source_url ?? row.sourceUrl)));
  }
  if (ids.length === 0) issues.push(makeIssue(index, 'sourceIds', 'missing-source', {}, required ? 'error' : 'warning'));
  return ids;
}

/** A note as the quick check reads it, or the issue that refuses it. */
function readNote(row: Row, index: number, issues: DataIssue[]): LocalizedText | undefined {
  return refused(() => noteOf(row), () => issues.push(makeIssue(index, 'note', 'bad-text', {}, 'warning')));
}

function identityKey(o: Observation): string {
  const value = typeof o.value === 'number' ? o.value : `${o.value.low}-${o.value.high}`;
  return [o.metric, o.date, o.end ?? '', o.kind, o.qualifier, o.scope, o.region, o.operation ?? '', o.cause ?? '', value, o.sourceIds.join(';')].join('|');
}

/**
 * The records kept so far, to tell a row that repeats one (the same {@link identityKey}). Two
 * records of different dates never share a key, so a key is built only when a date comes again,
 * and dates are compared by their packed number (one for each date text). While the dates come
 * in order, as in most series, a record can only repeat one of the latest date, and no map is
 * kept; the first date out of order groups every kept record by date once, and the map is used
 * from then on.
 */
class KeptRecords {
  constructor(private readonly pack: DatePacker) {}

  private readonly kept: Observation[] = [];
  /** The latest date while dates come in order, -1 once they have not. */
  private latest = -1;
  /** The records of the latest date: the one, or the keys of all of them once there are two. */
  private latestGroup: Observation | Set<string> | undefined;
  /** By date, once the dates have come out of order: as {@link latestGroup}. */
  private byDate?: Map<number, Observation | Set<string>>;

  /** Whether `record` repeats a kept one; if not, it is kept. */
  repeats(record: Observation): boolean {
    const date = this.pack(record.date);
    if (!this.byDate && date >= this.latest) {
      if (date > this.latest) {
        this.latest = date;
        this.latestGroup = record;
      } else {
        const group = joined(this.latestGroup!, record);
        if (!group) return true;
        this.latestGroup = group;
      }
      this.kept.push(record);
      return false;
    }
    if (!this.byDate) {
      this.byDate = new Map();
      for (const o of this.kept) {
        const at = this.pack(o.date);
        this.byDate.set(at, joined(this.byDate.get(at), o)!);
      }
      this.kept.length = 0;
    }
    const group = joined(this.byDate.get(date), record);
    if (!group) return true;
    this.byDate.set(date, group);
    return false;
  }
}

/** The records of one date with `record` added, or `undefined` when it repeats one of them. */
function joined(group: Observation | Set<string> | undefined, record: Observation): Observation | Set<string> | undefined {
  if (group === undefined) return record;
  const key = identityKey(record);
  if (group instanceof Set) {
    if (group.has(key)) return undefined;
    group.add(key);
    return group;
  }
  const other = identityKey(group);
  return other === key ? undefined : new Set([other, key]);
}

/**
 * A cell's value for an issue message. `String()` throws on a record whose `toString` is not a
 * function (JSON such as `{"toString": 1}`), and validation must never throw.
 */
function display(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
