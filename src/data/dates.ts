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

/** Whether a character code is an ASCII digit (`٢` is not one). */
function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_0 + 9;
}

/**
 * @internal A partial ISO date packed into one number, `year × 10,000 + month × 100 + day`
 * (month and day 0 when the form leaves them out), or -1 when it is not a date of an existing
 * month and day. One scan of the characters, no regular expression, no object: every date that
 * validation, `parseIsoDate` or the cache of instants reads is read by this.
 */
export function packedDate(raw: string): number {
  let text = raw;
  let n = text.length;
  // Surrounding spaces are allowed; a text that starts and ends with a digit has none to trim.
  if (n === 0 || !isDigit(text.charCodeAt(0)) || !isDigit(text.charCodeAt(n - 1))) {
    text = text.trim();
    n = text.length;
  }
  if (n !== 4 && n !== 7 && n !== 10) return -1;
  // Each character code minus that of `0`: a digit when 0–9 (the length is checked, so none is NaN).
  const y0 = text.charCodeAt(0) - DIGIT_0;
  const y1 = text.charCodeAt(1) - DIGIT_0;
  const y2 = text.charCodeAt(2) - DIGIT_0;
  const y3 = text.charCodeAt(3) - DIGIT_0;
  if (y0 < 0 || y0 > 9 || y1 < 0 || y1 > 9 || y2 < 0 || y2 > 9 || y3 < 0 || y3 > 9) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (n === 4) return year * 10_000;
  const m0 = text.charCodeAt(5) - DIGIT_0;
  const m1 = text.charCodeAt(6) - DIGIT_0;
  if (text.charCodeAt(4) !== HYPHEN || m0 < 0 || m0 > 9 || m1 < 0 || m1 > 9) return -1;
  const month = m0 * 10 + m1;
  if (month < 1 || month > 12) return -1;
  if (n === 7) return year * 10_000 + month * 100;
  const d0 = text.charCodeAt(8) - DIGIT_0;
  const d1 = text.charCodeAt(9) - DIGIT_0;
  if (text.charCodeAt(7) !== HYPHEN || d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9) return -1;
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
  return instants(text)[PERIOD_MIDDLE];
}

/** The first instant of the period a partial date names. */
export function periodStart(text: string): number {
  return instants(text)[PERIOD_START];
}

/** The last instant of the period a partial date names (exclusive end). */
export function periodEnd(text: string): number {
  return instants(text)[PERIOD_END];
}

/** @internal Which instant {@link instantOf} gives: the period's start, drawn instant or end. */
export const PERIOD_START = 0;
/** @internal */
export const PERIOD_MIDDLE = 1;
/** @internal */
export const PERIOD_END = 2;
const PACKED = 3;

/** Start, drawn instant and end of a date text, and its packed form. */
type Instants = readonly [start: number, middle: number, end: number, packed: number];
const NO_DATE: Instants = [Number.NaN, Number.NaN, Number.NaN, -1];

/**
 * How many date texts one generation of the cache of instants keeps. The bundled series and any
 * newsroom's fit many times over; a page fed endless different dates keeps at most twice this
 * (some 2 MB), where an unbounded map would grow for as long as the page lives.
 */
export const DATE_CACHE_LIMIT = 10_000;

/**
 * The instants of the date texts in use, in two generations (as `BoundedCache`, with one lookup
 * per generation: no value is `undefined`). Validation reads every date through it, so a chart's
 * layout, which reads the same texts again (and again on every resize), finds them. A text that
 * is not found is read by one scan ({@link packedDate}), cheap enough that a series of more dates
 * than the cache keeps costs little more than one that fits.
 */
let current = new Map<string, Instants>();
let previous = new Map<string, Instants>();

/** How many date texts the cache of instants holds now (for tests of its bound). */
export function cachedDateCount(): number {
  return current.size + previous.size;
}

function instants(text: string): Instants {
  let found = current.get(text);
  if (found !== undefined) return found;
  found = previous.get(text);
  if (found === undefined) {
    const packed = packedDate(text);
    if (packed < 0) return NO_DATE;
    found = instantsOf(packed);
  } else {
    previous.delete(text);
  }
  if (current.size >= DATE_CACHE_LIMIT) {
    previous = current;
    current = new Map();
  }
  current.set(text, found);
  return found;
}

/**
 * @internal The packed form of a date text (see {@link packedDate}) through the cache of
 * instants: validation reads each date of an input that fits the cache by this, and so leaves
 * its instants for the layout. (An input of more dates would only push its own first dates out:
 * validation reads those by {@link packedDate} and fills nothing.)
 */
export function cachedPackedDate(text: string): number {
  return instants(text)[PACKED];
}

/**
 * @internal One instant of the period a packed date names: its start, drawn instant or end (as
 * {@link instantsOf}, without making the list), NaN for -1 (no date).
 */
export function instantOf(packed: number, which: number): number {
  if (packed < 0) return Number.NaN;
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  const year = packedYear(packed);
  const first = dayNumber(year, month || 1, day || 1);
  if (which === PERIOD_START) return first * DAY;
  if (which === PERIOD_MIDDLE && day !== 0) return first * DAY + DAY / 2;
  const after = month === 0 ? dayNumber(year + 1, 1, 1) : day === 0 ? dayNumber(year, month + 1, 1) : first + 1;
  return which === PERIOD_END ? after * DAY : ((first + after) * DAY) / 2;
}

/** The start, drawn instant and end of the period a packed date names, and the packed date. */
function instantsOf(packed: number): Instants {
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
  return [first * DAY, day === 0 ? ((first + after) * DAY) / 2 : first * DAY + DAY / 2, after * DAY, packed];
}

/** Start of a calendar year, UTC. */
export function yearStart(year: number): number {
  return utc(year, 0, 1);
}
