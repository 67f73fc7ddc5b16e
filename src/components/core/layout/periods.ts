import { group } from 'd3-array';
import { dateToTime, parseIsoDate, periodEnd, periodStart, yearStart } from '../../../data/dates.js';
import type { Observation } from '../../../data/types.js';
import type { LayoutContext } from './chart-layout.js';

/*
 * Time as the layouts see it: the chart's years, the span a figure covers, the time it is drawn
 * at, and the calendar and fiscal periods that bars stand for. All times are UTC milliseconds.
 */

/** A span of time, `[start, end)`, in UTC milliseconds. */
export type TimeSpan = [number, number];

/** The UTC span of the years `from` to `to`, inclusive. */
export function yearDomain(from: number, to: number): TimeSpan {
  return [yearStart(from), yearStart(to + 1)];
}

/** The span of the chart's years, for filtering and clipping. */
export function chartSpan(context: LayoutContext): TimeSpan {
  return yearDomain(context.from, context.to);
}

/** A figure's span in time: from its date's start to its end's end. */
export function spanOf(o: Observation): TimeSpan {
  return [periodStart(o.date), periodEnd(o.end ?? o.date)];
}

/** Whether a figure's span meets `span`. */
export function overlaps(o: Observation, span: TimeSpan): boolean {
  const [a, b] = spanOf(o);
  return b > span[0] && a < span[1];
}

/** When a figure was true: a running total or an average "to date" at its end, anything else at its date. */
export function asOfTime(o: Observation): number {
  return dateToTime(o.end ?? o.date);
}

/** Whether a figure's as-of time falls inside `span`. */
export function asOfIn(o: Observation, span: TimeSpan): boolean {
  const t = asOfTime(o);
  return t >= span[0] && t < span[1];
}

/** Where a figure is drawn in time: at its date, or at the middle of the period it covers (an average). */
export function drawnTime(o: Observation): number {
  if (!o.end) return dateToTime(o.date);
  const [a, b] = spanOf(o);
  return (a + b) / 2;
}

/** How precise a date is, the most precise first. */
export const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/** The precision of the date that says *when* a figure was true: its end, else its date. */
export function asOfPrecision(o: Observation): 'day' | 'month' | 'year' {
  return parseIsoDate(o.end ?? o.date)?.precision ?? o.precision;
}

/** The calendar year or month a figure covers exactly (`'2015'`, `'2016-10'`), or undefined. */
export function calendarPeriod(o: Observation, period: 'year' | 'month'): string | undefined {
  const end = o.end ?? o.date;
  if (period === 'year') {
    if (o.precision === 'year' && end === o.date) return o.date;
    // "2015-01-01 to 2015-12-31" or "2015-01 to 2015-12" is the year 2015 too.
    const start = periodStart(o.date);
    const year = new Date(start).getUTCFullYear();
    return start === yearStart(year) && periodEnd(end) === yearStart(year + 1) ? String(year) : undefined;
  }
  if (o.precision === 'month' && end === o.date) return o.date;
  const start = new Date(periodStart(o.date));
  const next = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
  if (start.getUTCDate() !== 1 || periodEnd(end) !== next) return undefined;
  return `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The US fiscal year a figure covers exactly (October to September: FY2008 is 2007-10 to 2008-09), or undefined. */
export function fiscalYear(o: Observation): number | undefined {
  if (!o.end) return undefined;
  const start = new Date(periodStart(o.date));
  const year = start.getUTCFullYear() + 1;
  const fits = start.getUTCMonth() === 9 && start.getUTCDate() === 1 && periodEnd(o.end) === Date.UTC(year, 9, 1);
  return fits ? year : undefined;
}

/** The calendar year a figure falls within when it covers part of one (a day, some months), else undefined. */
export function partOfYear(o: Observation): number | undefined {
  const [start, end] = spanOf(o);
  const year = new Date(start).getUTCFullYear();
  return end <= yearStart(year + 1) ? year : undefined;
}

/** The milliseconds a calendar period key covers (`'2015'`, `'2016-10'`): its start and the next period's start. */
export function periodMilliseconds(key: string): TimeSpan {
  return [periodStart(key), periodEnd(key)];
}

/**
 * Figures grouped by the period `keyOf` gives them (figures it gives none are left out), the
 * periods in the order they first appear and each period's figures in data order.
 */
export function groupByPeriod(observations: readonly Observation[], keyOf: (o: Observation) => string | undefined): Map<string, Observation[]> {
  const keyed = observations.map((o) => ({ o, key: keyOf(o) })).filter((e): e is { o: Observation; key: string } => e.key !== undefined);
  return new Map([...group(keyed, (e) => e.key)].map(([key, list]) => [key, list.map((e) => e.o)]));
}
