import { dateToTime } from '../../../data/dates.js';
import { makeIssue, type DataIssue } from '../../../data/issues.js';
import { YEAR_RANGE } from '../../../data/quick-check.js';
import { attributeName, optionEntries, type OptionDeclarations } from '../chart-spec.js';
import type { LayoutContext } from '../layout/chart-layout.js';
import { isValidLocale, localeInfo, type LocaleInfo, type Numerals } from '../locale.js';

const DAY = 86_400_000;

export const THEMES = ['light', 'dark', 'auto'] as const;
export const ANNOTATIONS = ['none', 'key', 'all'] as const;
export const TIME_DIRECTIONS = ['auto', 'ltr', 'rtl'] as const;
export const NUMERALS = ['latn', 'arab'] as const;
/** The years of the mission: the dashboard's range, and a chart's when its data names none. */
export const DEFAULT_YEARS = { from: 2003, to: 2026 } as const;

/** The options every chart takes, as given: attribute strings, or values from a script. */
export interface ChartOptions {
  lang?: string | null;
  numerals?: string | null;
  theme?: string | null;
  /** A year, as a number or as the attribute's text. */
  from?: number | string | null;
  to?: number | string | null;
  annotations?: string | null;
  timeDirection?: string | null;
  now?: string | null;
}

/** The options made valid, with the locale built and "now" as a time. */
export interface ResolvedOptions {
  locale: LocaleInfo;
  theme: (typeof THEMES)[number];
  from: number;
  to: number;
  annotations: LayoutContext['annotations'];
  timeDirection: LayoutContext['timeDirection'];
  now: number;
}

/** `value` when it is one of `allowed`, else `undefined`. */
export function oneOf<T extends string>(value: string | null | undefined, allowed: readonly T[]): T | undefined {
  return (allowed as readonly (string | null | undefined)[]).includes(value) ? (value as T) : undefined;
}

/**
 * Checks every option, falling back to the default for a wrong one and saying so: the chart
 * still draws, and the reader and the developer both learn what was ignored. The years default
 * to `extent`, the years the chart's data covers ({@link dataYears}), else to the mission's;
 * a year given wins, and moves the other end with it when it lies beyond it.
 */
export function resolveOptions(
  given: ChartOptions,
  clock: () => number = Date.now,
  extent: { from: number; to: number } = DEFAULT_YEARS,
): { options: ResolvedOptions; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const wrong = (field: string, value: unknown, fallback: string) =>
    issues.push(makeIssue(-1, field, 'bad-attribute', { field, value: String(value), allowed: fallback }, 'warning'));
  const pick = <T extends string>(field: string, value: string | null | undefined, allowed: readonly T[], fallback: T, said = fallback as string): T => {
    if (value == null) return fallback;
    const valid = oneOf(value, allowed);
    if (!valid) wrong(field, value, said);
    return valid ?? fallback;
  };

  const lang = given.lang && isValidLocale(given.lang) ? given.lang : 'en';
  if (given.lang != null && lang !== given.lang) wrong('lang', given.lang, 'en');
  const theme = pick('theme', given.theme, THEMES, 'light');
  const numerals = given.numerals == null ? undefined : oneOf(given.numerals, NUMERALS);
  if (given.numerals != null && !numerals) wrong('numerals', given.numerals, 'the language default');
  const locale = localeInfo(lang, numerals as Numerals | undefined);
  const annotations = pick('annotations', given.annotations, ANNOTATIONS, 'key');
  const direction = pick('time-direction', given.timeDirection, TIME_DIRECTIONS, 'auto');
  const year = (field: 'from' | 'to'): number | undefined => {
    const raw = given[field];
    if (raw == null || raw === '') return undefined;
    const value = typeof raw === 'string' ? Number(raw.trim()) : raw;
    // A year outside the range dates may have (`to="99999999"`) would throw in date formatting
    // or lay out millions of ticks.
    if (Number.isInteger(value) && value >= YEAR_RANGE.min && value <= YEAR_RANGE.max) return value;
    wrong(field, raw, String(extent[field]));
    return undefined;
  };
  const [first, last] = [year('from'), year('to')];
  const [from, to] = [first ?? Math.min(extent.from, last ?? extent.from), last ?? Math.max(extent.to, first ?? extent.to)].sort((a, b) => a - b) as [number, number];
  const pinned = given.now ? dateToTime(given.now) : Number.NaN;
  return {
    options: {
      locale,
      theme,
      from,
      to,
      annotations,
      timeDirection: direction === 'auto' ? locale.dir : direction,
      // The reader's clock is taken to the day: "today" is a date, and a chart redrawn a second
      // later has the same layout, which it can then reuse.
      now: Number.isFinite(pinned) ? pinned : Math.floor(clock() / DAY) * DAY,
    },
    issues,
  };
}

/**
 * Checks a chart's own options (`mode`, `view`, `compact`…) against its declarations, the way
 * {@link resolveOptions} checks the shared ones: a value the chart does not know falls back to
 * the default with a `bad-attribute` warning naming the attribute, the value and what is used.
 * A flag is on for `true` or any text but `"false"` (an attribute's presence).
 */
export function resolveOwnOptions<O extends object>(
  declarations: OptionDeclarations<O>,
  given: (key: string) => unknown,
): { values: O; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const values: Record<string, string | boolean> = {};
  for (const [key, declaration] of optionEntries(declarations)) {
    const value = given(key);
    if ('flag' in declaration) {
      values[key] = value == null ? declaration.default : value !== false && value !== 'false';
      continue;
    }
    const valid = typeof value === 'string' ? oneOf(value, declaration.values) : undefined;
    if (value != null && !valid) {
      const field = attributeName(key);
      issues.push(makeIssue(-1, field, 'bad-attribute', { field, value: String(value), allowed: declaration.default }, 'warning'));
    }
    values[key] = valid ?? declaration.default;
  }
  // The declarations name every key of O, so the values are an O.
  return { values: values as O, issues };
}

/** Whether two sets of a chart's own options hold the same values. */
export function sameOptions(a: object, b: object): boolean {
  const [x, y] = [Object.entries(a), Object.entries(b)];
  return x.length === y.length && x.every(([key, value]) => Object.is(value, (b as Record<string, unknown>)[key]));
}
