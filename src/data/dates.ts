import { BoundedCache } from './bounded-cache.js';
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
  if (year >= 100) return Date.UTC(year, monthIndex, day, hours);
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
  return instants(text)[1];
}

/** The first instant of the period a partial date names. */
export function periodStart(text: string): number {
  return instants(text)[0];
}

/** The last instant of the period a partial date names (exclusive end). */
export function periodEnd(text: string): number {
  return instants(text)[2];
}

const NO_DATE = [Number.NaN, Number.NaN, Number.NaN] as const;
/**
 * How many date texts one generation of the cache of instants keeps. The bundled series and any
 * newsroom's fit many times over; a page fed endless different dates keeps at most twice this
 * (some 2 MB), where an unbounded map would grow for as long as the page lives.
 */
export const DATE_CACHE_LIMIT = 10_000;

/** Start, drawn instant and end of the date texts in use; a chart lays the same dates out on every resize. */
const seen = new BoundedCache<string, readonly [number, number, number]>(DATE_CACHE_LIMIT);

/** How many date texts the cache of instants holds now (for tests of its bound). */
export function cachedDateCount(): number {
  return seen.size;
}

function instants(text: string): readonly [number, number, number] {
  let found = seen.get(text);
  if (found) return found;
  const parsed = parseIsoDate(text);
  if (!parsed) return NO_DATE;
  const { year, month = 1, day = 1, precision } = parsed;
  const start = utc(year, month - 1, day);
  const end = precision === 'year' ? utc(year + 1, 0, 1) : precision === 'month' ? utc(year, month, 1) : utc(year, month - 1, day + 1);
  found = [start, precision === 'day' ? utc(year, month - 1, day, 12) : (start + end) / 2, end];
  seen.set(text, found);
  return found;
}

/** Start of a calendar year, UTC. */
export function yearStart(year: number): number {
  return utc(year, 0, 1);
}
