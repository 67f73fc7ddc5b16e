import { parseIsoDate, periodEnd, periodStart } from './dates.js';
import { defineMessages, makeIssue, type DataIssue } from './issues.js';
import type { EventStatus, MissionEvent, Observation, Source, ValueRange } from './types.js';
import { blank, checkedDate, guarded, isObject, listOf, readEnum, textOr, type RecordRules } from './validate.js';

/**
 * The record's rules across rows, apart from \`validate\` so that a chart, which draws the data it
 * is given, does not carry them: \`validate(input, { rules: recordRules(dataset.observations) })\`
 * is the check a file meant for the dataset must pass (\`npx iraq-mission-charts validate\`).
 */

/** Whether an event happened, is ahead, or was called off. */
/** The reasons of the rules' codes, in both languages (kept out of the charts' bundles). */
export function defineRuleMessages(): void {
  defineMessages({
    'unknown-reference': {
      en: (p) => `No figure with the id “${p.value}” is in the data.`,
      ar: (p) => `لا يوجد في البيانات رقم معرّفه «${p.value}».`,
    },
    'conflict-same-source': {
      en: (p) => `“${p.value}” comes from the same source: a later figure updates it (supersedes), it does not conflict with it.`,
      ar: (p) => `«${p.value}» من المصدر نفسه: الرقم اللاحق يحدّثه (supersedes) ولا يتعارض معه.`,
    },
    'conflict-not-same': {
      en: (p) => `“${p.value}” counts another thing or another period (end date, scope, region, operation, cause or definition): it is not a conflict.`,
      ar: (p) => `«${p.value}» يَعُدّ شيئًا آخر أو فترة أخرى (تاريخ الانتهاء أو النطاق أو المنطقة أو العملية أو السبب أو التعريف)، فليس تعارضًا.`,
    },
    'after-source-date': {
      en: (p) => `The figure is dated after its source “${p.value}”, which is dated ${p.other}.`,
      ar: (p) => `تاريخ الرقم لاحق لتاريخ مصدره «${p.value}» المؤرَّخ ${p.other}.`,
    },
    'running-total-falls': {
      en: (p) => `This running total (${p.value}) is lower than the earlier “${p.other}” (${p.min}); a running total never falls. Give it its own kind or definition, or mark it as an erratum.`,
      ar: (p) => `هذا المجموع التراكمي (${p.value}) أقل من الرقم السابق «${p.other}» (${p.min})، والمجموع التراكمي لا ينخفض. أعطه نوعًا أو تعريفًا خاصًا به، أو علّمه خطأً مطبعيًا.`,
    },
    'missing-status': {
      en: (p) => `The status is missing; use one of: ${p.allowed}.`,
      ar: (p) => `الحالة مفقودة؛ استخدم أحد: ${p.allowed}.`,
    },
    'planned-in-past': {
      en: (p) => `This event is planned for ${p.value}, which has passed: mark it done or cancelled, with a source.`,
      ar: (p) => `هذا الحدث مخطط له في ${p.value}، وقد مضى هذا التاريخ: علّمه منجزًا أو ملغى، مع مصدر.`,
    },
  });
}

export const EVENT_STATUSES: readonly EventStatus[] = ['planned', 'done', 'cancelled'];

/**
 * The rules across rows, checked against \`published\` figures (the bundled dataset, or \`[]\`):
 * running totals that fall, conflicts that are not one or are updates, counts dated after their
 * source, and ids in \`conflictsWith\`, \`supersedes\` and \`erratum.evidence\` that name no figure.
 */
export function recordRules(published: readonly Observation[]): RecordRules {
  defineRuleMessages();
  return (records, rowOf, sources, issues) => checkRecords(records, rowOf, published, sources, issues);
}

/** The checks across rows: references, running totals, conflicts, dates after their source. */
function checkRecords(
  records: readonly Observation[],
  indexOf: ReadonlyMap<Observation, number>,
  published: readonly Observation[],
  sources: readonly Source[],
  issues: DataIssue[],
): void {
  const byId = new Map<string, Observation>();
  for (const o of [...published, ...records]) byId.set(o.id, o);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const found: { index: number; issue: DataIssue }[] = [];
  const add = (o: Observation, issue: DataIssue) => found.push({ index: indexOf.get(o)!, issue });
  for (const o of records) {
    const index = indexOf.get(o)!;
    for (const [field, ids] of [
      ['conflictsWith', o.conflictsWith ?? []],
      ['supersedes', o.supersedes ?? []],
      ['erratum', o.erratum?.evidence ?? []],
    ] as const) {
      for (const id of ids) if (!byId.has(id)) add(o, makeIssue(index, field, 'unknown-reference', { value: id }, 'warning'));
    }
    for (const id of o.conflictsWith ?? []) {
      const other = byId.get(id);
      if (!other) continue;
      if (!sameThingSameTime(o, other)) add(o, makeIssue(index, 'conflictsWith', 'conflict-not-same', { value: id }, 'warning'));
      else if (sameSources(o, other)) add(o, makeIssue(index, 'conflictsWith', 'conflict-same-source', { value: id }, 'warning'));
    }
    // Plans, caps and estimates (a projection to 2050) may look ahead of their source; counts cannot.
    if (o.kind === 'reported' || o.kind === 'cumulative') {
      const last = periodStart(o.end ?? o.date);
      for (const id of o.sourceIds) {
        const source = sourceById.get(id);
        const issued = source && parseIsoDate(source.date) ? periodEnd(source.date) : undefined;
        if (issued !== undefined && last >= issued) {
          add(o, makeIssue(index, o.end ? 'end' : 'date', 'after-source-date', { value: id, other: source!.date }, 'warning'));
        }
      }
    }
  }
  for (const fall of runningTotalFalls([...published, ...records])) {
    const index = indexOf.get(fall.observation);
    if (index === undefined) continue;
    found.push({ index, issue: makeIssue(index, 'value', 'running-total-falls', { value: valueText(fall.observation.value), other: fall.before.id, min: valueText(fall.before.value) }, 'warning') });
  }
  found.sort((a, b) => a.index - b.index);
  issues.push(...found.map((f) => f.issue));
}

/**
 * Two figures on the same thing at the same time: the same metric, scope, region, operation,
 * cause, definition and kind, over periods that overlap (a day's figure falls within a month's);
 * running totals must end in the same period, whatever start they are counted from.
 */
function sameThingSameTime(a: Observation, b: Observation): boolean {
  const key = (o: Observation) => [o.metric, o.scope, o.region, o.operation ?? '', o.cause ?? '', o.definition ?? '', o.kind].join('|');
  if (key(a) !== key(b)) return false;
  const within = (x: string, y: string) => periodStart(x) >= periodStart(y) && periodEnd(x) <= periodEnd(y);
  const overlap = (x: string, y: string) => within(x, y) || within(y, x);
  if (a.kind === 'cumulative') return overlap(a.end ?? a.date, b.end ?? b.date);
  return overlap(a.date, b.date) && overlap(a.end ?? a.date, b.end ?? b.date);
}

/** Whether two figures cite the very same sources (one article quoting two trackers cites more). */
function sameSources(a: Observation, b: Observation): boolean {
  return a.sourceIds.length === b.sourceIds.length && a.sourceIds.every((id) => b.sourceIds.includes(id));
}

function valueText(value: number | ValueRange): string {
  return typeof value === 'number' ? String(value) : `${value.low}–${value.high}`;
}

/** A running total that falls, and the earlier figure of its family it falls below. */
export interface RunningTotalFall {
  observation: Observation;
  before: Observation;
}

/**
 * The family of a running total: the figures that make one line. Figures split by cause are
 * separate lines (the hostile deaths are not the total), and so are totals counted from another
 * start (a year's running total is not the war's).
 */
export function runningTotalFamily(o: Observation): string {
  return [o.metric, o.scope, o.region, o.operation ?? '', o.definition ?? '', o.cause ?? '', parseIsoDate(o.date)?.year ?? o.date].join('|');
}

/**
 * Every running total (kind `cumulative`, errata left out) lower than an earlier one of its
 * {@link runningTotalFamily}, sorted by the end of their period. A range falls when its high end
 * is below an earlier figure's low end; figures that end on the same day are not ordered.
 */
export function runningTotalFalls(observations: readonly Observation[]): RunningTotalFall[] {
  const families = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.kind !== 'cumulative' || o.erratum) continue;
    const key = runningTotalFamily(o);
    families.set(key, [...(families.get(key) ?? []), o]);
  }
  const low = (o: Observation) => bounds(o)[0];
  const high = (o: Observation) => bounds(o)[1];
  const end = (o: Observation) => periodEnd(o.end ?? o.date);
  const falls: RunningTotalFall[] = [];
  for (const family of families.values()) {
    const sorted = [...family].sort((a, b) => end(a) - end(b));
    let top: Observation | undefined;
    for (const o of sorted) {
      if (top && end(top) < end(o) && high(o) < low(top)) falls.push({ observation: o, before: top });
      if (!top || low(o) > low(top)) top = o;
    }
  }
  return falls;
}

/**
 * The values a figure allows: "at least 4,500" has no upper bound, "at most" no lower one, and
 * "about 32,200" is rounded to its last non-zero digit (32,150 to 32,250).
 */
function bounds(o: Observation): [number, number] {
  const [low, high] = typeof o.value === 'number' ? [o.value, o.value] : [o.value.low, o.value.high];
  if (o.qualifier === 'at-least') return [low, Number.POSITIVE_INFINITY];
  if (o.qualifier === 'at-most') return [0, high];
  if (o.qualifier === 'approx') return [low - roundingUnit(low) / 2, high + roundingUnit(high) / 2];
  return [low, high];
}

/** 32,200 → 100; 5,000 → 1,000; 7 → 1. */
function roundingUnit(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit;
}

/** What {@link validateEvents} returns: the good events and every problem. */
export interface EventValidationResult {
  events: MissionEvent[];
  issues: DataIssue[];
}

/**
 * Checks events (`{ id, date, label: { en, ar }, status, sourceIds, … }`): a date, a label and a
 * `status` of planned, done or cancelled are required (an `error`, the event left out); no
 * source is a warning, or an error with `requireSources`; a `planned` event dated before `now`
 * is a warning (a deadline passed: say what happened).
 */
export function validateEvents(input: unknown, options: { sources?: readonly Source[]; now?: string; requireSources?: boolean } = {}): EventValidationResult {
  defineRuleMessages();
  const issues: DataIssue[] = [];
  const rows = Array.isArray(input) ? input : [];
  if (!Array.isArray(input)) issues.push(makeIssue(-1, '*', 'not-a-list'));
  const known = new Set((options.sources ?? []).map((s) => s.id));
  const now = options.now && parseIsoDate(options.now) ? periodStart(options.now) : undefined;
  const events: MissionEvent[] = [];
  rows.forEach((row, index) => {
    const event = guarded(() => readEvent(row, index, known, now, options.requireSources === true, issues), () => issues.push(makeIssue(index, '*', 'not-an-object')));
    if (event) events.push(event);
  });
  return { events, issues };
}

function readEvent(row: unknown, index: number, known: Set<string>, now: number | undefined, requireSources: boolean, issues: DataIssue[]): MissionEvent | undefined {
  if (!isObject(row)) {
    issues.push(makeIssue(index, '*', 'not-an-object'));
    return undefined;
  }
  const before = issues.length;
  const dated = blank(row.date) ? (issues.push(makeIssue(index, 'date', 'missing-date')), undefined) : checkedDate(row.date, 'date', index, issues);
  const label = isObject(row.label) ? { en: textOr(row.label.en, ''), ar: textOr(row.label.ar, '') } : { en: textOr(row.label_en, ''), ar: textOr(row.label_ar, '') };
  if (label.en === '' || label.ar === '') issues.push(makeIssue(index, 'label', 'bad-text'));
  const status = blank(row.status)
    ? (issues.push(makeIssue(index, 'status', 'missing-status', { allowed: EVENT_STATUSES.join(', ') })), undefined)
    : readEnum(row as Record<string, unknown>, 'status', EVENT_STATUSES, undefined, index, issues);
  const sourceIds = listOf(row.sourceIds ?? row.source_ids);
  for (const id of sourceIds) if (!known.has(id)) issues.push(makeIssue(index, 'sourceIds', 'unknown-source', { value: id }, 'warning'));
  if (sourceIds.length === 0) issues.push(makeIssue(index, 'sourceIds', 'missing-source', {}, requireSources ? 'error' : 'warning'));
  if (issues.slice(before).some((i) => i.severity === 'error') || !dated || !status) return undefined;
  if (status === 'planned' && now !== undefined && periodEnd(dated) <= now) issues.push(makeIssue(index, 'status', 'planned-in-past', { value: dated }, 'warning'));
  const period = row.period;
  const values = Array.isArray(row.values) ? row.values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)) : [];
  const event: MissionEvent = {
    id: textOr(row.id, `event-${dated}-${index}`),
    date: dated,
    precision: parseIsoDate(dated)!.precision,
    label,
    period: period === 'invasion' || period === 'withdrawal' || period === 'isis' || period === 'transition' ? period : 'transition',
    key: row.key === true || row.key === 'true',
    status,
    sourceIds,
  };
  if (values.length) event.values = values;
  return event;
}

