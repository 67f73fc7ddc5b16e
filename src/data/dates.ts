import type { DatePrecision } from './types.js';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A partial ISO date split into its parts, or `undefined` when it is not one. */
export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the month and day exist.
 * Anything else (`03/04/2020`, `2020-13`, `2021-02-30`) is refused, because a newsroom's
 * `03/04` is ambiguous and a guess would put a point in the wrong month.
 */
export function parseIsoDate(text: string): ParsedDate | undefined {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/**
 * `Date.UTC` with the year taken literally: `Date.UTC` reads years 0–99 as 1900–1999, which would
 * put `0050` in 1950 and judge `0000-02-29` by 1900's calendar.
 */
function utc(year: number, monthIndex = 0, day = 1, hours = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hours);
  return date.getTime();
}

/** The precision that a partial ISO date's form implies. */
export function precisionOf(text: string): DatePrecision | undefined {
  return parseIsoDate(text)?.precision;
}

/**
 * The instant a dated figure is drawn at: the middle of its year or month, or noon of its day,
 * so that a yearly figure is not drawn as if it were true on 1 January. UTC throughout, so the
 * chart is the same in every time zone.
 */
export function dateToTime(text: string): number {
  const parsed = parseIsoDate(text);
  if (!parsed) return Number.NaN;
  const { year, month, day, precision } = parsed;
  if (precision === 'year') return (utc(year, 0, 1) + utc(year + 1, 0, 1)) / 2;
  if (precision === 'month') return (utc(year, month! - 1, 1) + utc(year, month!, 1)) / 2;
  return utc(year, month! - 1, day!, 12);
}

/** The first instant of the period a partial date names. */
export function periodStart(text: string): number {
  const parsed = parseIsoDate(text);
  if (!parsed) return Number.NaN;
  return utc(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1);
}

/** The last instant of the period a partial date names (exclusive end). */
export function periodEnd(text: string): number {
  const parsed = parseIsoDate(text);
  if (!parsed) return Number.NaN;
  const { year, month, day, precision } = parsed;
  if (precision === 'year') return utc(year + 1, 0, 1);
  if (precision === 'month') return utc(year, month!, 1);
  return utc(year, month! - 1, day! + 1);
}

/** Start of a calendar year, UTC. */
export function yearStart(year: number): number {
  return utc(year, 0, 1);
}
