import { parseIsoDate } from '../../data/dates.js';
import { makeIssue, type DataIssue } from '../../data/issues.js';
import type { EventStatus, MissionEvent, MissionPeriod, Source } from '../../data/types.js';
import { YEAR_RANGE, validate } from '../../data/validate.js';
import type { ChartInput } from '../core/element/base-chart.js';
import { PERIODS } from './mission-timeline.layout.js';

const EVENT_STATUSES: readonly EventStatus[] = ['planned', 'done', 'cancelled'];

type Row = Record<string, unknown>;

const isObject = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * Reads a timeline's own events: an array of events, or `{ events, sources }` (JSON, or CSV rows
 * with `label_en`, `label_ar`, `source_ids` columns). Like `validate`, it never throws and names
 * the row, field and reason of every problem with the same codes: a row without a usable date,
 * label or period is left out (`error`); a missing or unknown source, a bad `values` list or a
 * repeated id is noted (`warning`). Sources are read by `validate`, so they are checked the same
 * way, and rows may cite the bundled registry (`known`).
 */
export function readTimelineData(input: unknown, known: readonly Source[]): ChartInput & { events: MissionEvent[] } {
  const issues: DataIssue[] = [];
  let rows: unknown[] = [];
  let givenSources: unknown[] = [];
  try {
    if (Array.isArray(input)) rows = input;
    else if (isObject(input) && Array.isArray(input.events)) {
      rows = input.events;
      givenSources = Array.isArray(input.sources) ? input.sources : [];
    } else issues.push(makeIssue(-1, '*', 'not-a-list'));
  } catch {
    issues.push(makeIssue(-1, '*', 'not-a-list'));
  }
  const { sources, issues: sourceIssues } = validate({ observations: [], sources: givenSources });
  issues.push(...sourceIssues);
  const ids = new Set([...known.map((s) => s.id), ...sources.map((s) => s.id)]);
  const events: MissionEvent[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    let event: MissionEvent | undefined;
    try {
      event = readEvent(row, index, ids, issues);
    } catch {
      issues.push(makeIssue(index, '*', 'not-an-object'));
    }
    if (!event) return;
    if (seen.has(event.id)) {
      issues.push(makeIssue(index, 'id', 'duplicate', {}, 'warning'));
      return;
    }
    seen.add(event.id);
    events.push(event);
  });
  return { records: [], events, sources, issues };
}

function readEvent(row: unknown, index: number, known: Set<string>, issues: DataIssue[]): MissionEvent | undefined {
  if (!isObject(row)) {
    issues.push(makeIssue(index, '*', 'not-an-object'));
    return undefined;
  }
  const before = issues.length;
  const refuse = (field: string, code: Parameters<typeof makeIssue>[2], params = {}) => issues.push(makeIssue(index, field, code, params));

  const date = text(row.date);
  const parsed = date === undefined ? undefined : parseIsoDate(date);
  if (date === undefined) refuse('date', 'missing-date');
  else if (!parsed) refuse('date', 'bad-date', { value: date });
  else if (parsed.year < YEAR_RANGE.min || parsed.year > YEAR_RANGE.max) {
    refuse('date', 'date-out-of-range', { value: date, min: String(YEAR_RANGE.min), max: String(YEAR_RANGE.max) });
  }
  const precision = text(row.precision);
  if (parsed && precision !== undefined && precision !== parsed.precision) {
    issues.push(makeIssue(index, 'precision', 'precision-mismatch', { value: precision }, 'warning'));
  }

  const label = isObject(row.label) ? row.label : {};
  const en = text(label.en) ?? text(row.label_en);
  const ar = text(label.ar) ?? text(row.label_ar);
  if (en === undefined && ar === undefined) refuse('label', 'bad-text');
  else if (en === undefined || ar === undefined) issues.push(makeIssue(index, en === undefined ? 'label.en' : 'label.ar', 'bad-text', {}, 'warning'));

  const period = text(row.period);
  if (!PERIODS.includes(period as MissionPeriod)) refuse('period', 'bad-enum', { value: period ?? '', allowed: PERIODS.join(', ') });

  let values: number[] | undefined;
  if (row.values !== undefined) {
    const list = Array.isArray(row.values) ? row.values : [];
    if (list.length && list.every((v) => typeof v === 'number' && Number.isFinite(v))) values = list as number[];
    else issues.push(makeIssue(index, 'values', 'not-a-number', { value: String(row.values) }, 'warning'));
  }

  const sourceIds = (Array.isArray(row.sourceIds) ? row.sourceIds : typeof row.source_ids === 'string' ? row.source_ids.split(';') : [])
    .map(text)
    .filter((id): id is string => id !== undefined);
  for (const id of sourceIds) if (!known.has(id)) issues.push(makeIssue(index, 'sourceIds', 'unknown-source', { value: id }, 'warning'));
  if (sourceIds.length === 0) issues.push(makeIssue(index, 'sourceIds', 'missing-source', {}, 'warning'));

  if (issues.slice(before).some((issue) => issue.severity === 'error')) return undefined;
  const key = row.key === true || row.key === 'true';
  return {
    id: text(row.id) ?? `event-${index + 1}`,
    date: date!,
    precision: parsed!.precision,
    label: { en: en ?? ar!, ar: ar ?? en! },
    ...(values ? { values } : {}),
    period: period as MissionPeriod,
    key,
    status: EVENT_STATUSES.find((s) => s === row.status) ?? 'done',
    sourceIds,
  };
}
