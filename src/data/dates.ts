import type { DatePrecision } from './types.js';

/** A partial ISO date split into its parts, or `undefined` when it is not one. */
export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const DAY = 86_400_000;
const DIGIT_0 = 48;
const HYPHEN = 45;

/** The digit at `at`, or -1 when the character there is not an ASCII digit (`٢` is not one). */
function digit(text: string, at: number): number {
  const d = text.charCodeAt(at) - DIGIT_0;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * @internal A partial ISO date packed into one number, `year × 10,000 + month × 100 + day` (month and day
 * 0 when the form leaves them out), or -1 when it is not a date of an existing month and day.
 * One scan of the characters, no regular expression, no object: validation and every layout
 * read each date through this.
 */
export function packedDate(raw: string): number {
  let text = raw;
  let n = text.length;
  // Surrounding spaces are allowed; a text that starts and ends with a digit has none to trim.
  if (n === 0 || digit(text, 0) < 0 || digit(text, n - 1) < 0) {
    text = text.trim();
    n = text.length;
  }
  if (n !== 4 && n !== 7 && n !== 10) return -1;
  const y0 = digit(text, 0);
  const y1 = digit(text, 1);
  const y2 = digit(text, 2);
  const y3 = digit(text, 3);
  if ((y0 | y1 | y2 | y3) < 0) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (n === 4) return year * 10_000;
  const m0 = digit(text, 5);
  const m1 = digit(text, 6);
  if (text.charCodeAt(4) !== HYPHEN || (m0 | m1) < 0) return -1;
  const month = m0 * 10 + m1;
  if (month < 1 || month > 12) return -1;
  if (n === 7) return year * 10_000 + month * 100;
  const d0 = digit(text, 8);
  const d1 = digit(text, 9);
  if (text.charCodeAt(7) !== HYPHEN || (d0 | d1) < 0) return -1;
  const day = d0 * 10 + d1;
  if (day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10_000 + month * 100 + day;
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the month and day exist.
 * Anything else (`03/04/2020`, `2020-13`, `2021-02-30`) is refused, because a newsroom's
 * `03/04` is ambiguous and a guess would put a point in the wrong month.
 */
export function parseIsoDate(text: string): ParsedDate | undefined {
  return unpacked(packedDate(text));
}

function unpacked(packed: number): ParsedDate | undefined {
  if (packed < 0) return undefined;
  const year = packedYear(packed);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  if (month === 0) return { year, precision: 'year' };
  if (day === 0) return { year, month, precision: 'month' };
  return { year, month, day, precision: 'day' };
}

/** @internal The year of a packed date (shared with validate.ts, which reads each date once). */
export function packedYear(packed: number): number {
  return Math.floor(packed / 10_000);
}

/** @internal The precision of a packed date. */
export function packedPrecision(packed: number): DatePrecision {
  return packed % 10_000 === 0 ? 'year' : packed % 100 === 0 ? 'month' : 'day';
}

/** Proleptic Gregorian, as `Date` counts: year 0 is a leap year, 1900 is not. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to the given day (month 1–12; a day past the month's end runs on into the
 * next), in the proleptic Gregorian calendar `Date.UTC` uses, with the year taken literally:
 * `Date.UTC` reads years 0–99 as 1900–1999, which would put `0050` in 1950.
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** `Date.UTC(year, monthIndex, day)` with the year taken literally (see {@link dayNumber}). */
function utc(year: number, monthIndex = 0, day = 1): number {
  return dayNumber(year, monthIndex + 1, day) * DAY;
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
  return instant(text, PERIOD_MIDDLE);
}

/** The first instant of the period a partial date names. */
export function periodStart(text: string): number {
  return instant(text, PERIOD_START);
}

/** The last instant of the period a partial date names (exclusive end). */
export function periodEnd(text: string): number {
  return instant(text, PERIOD_END);
}

/** @internal Which instant {@link instantOf} gives: the period's start, drawn instant or end. */
export const PERIOD_START = 0;
/** @internal */
export const PERIOD_MIDDLE = 1;
/** @internal */
export const PERIOD_END = 2;

/**
 * One instant of the period `text` names, worked out from its characters each time: a scan and
 * a few integer operations, cheaper than looking the text up in a map, and nothing kept, so a
 * page fed endless different dates holds none of them.
 */
function instant(text: string, which: number): number {
  const packed = packedDate(text);
  if (packed < 0) return Number.NaN;
  return instantOf(packed, which);
}

/** @internal {@link instant} of a packed date (shared with validate.ts). */
export function instantOf(packed: number, which: number): number {
  const year = packedYear(packed);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  let first: number;
  let after: number;
  if (month === 0) {
    first = dayNumber(year, 1, 1);
    after = dayNumber(year + 1, 1, 1);
  } else if (day === 0) {
    first = dayNumber(year, month, 1);
    after = dayNumber(year, month + 1, 1);
  } else {
    first = dayNumber(year, month, day);
    after = first + 1;
  }
  if (which === PERIOD_START) return first * DAY;
  if (which === PERIOD_END) return after * DAY;
  return day === 0 ? ((first + after) * DAY) / 2 : first * DAY + DAY / 2;
}

/** Start of a calendar year, UTC. */
export function yearStart(year: number): number {
  return utc(year, 0, 1);
}
