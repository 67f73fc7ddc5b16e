import type { DatePrecision } from '../../data/types.js';
import { BoundedCache } from '../../data/bounded-cache.js';

/** The languages the library has strings for. */
export type Language = 'en' | 'ar';

/** Digit systems a newsroom may ask for. */
export type Numerals = 'latn' | 'arab';

/** Everything that depends on the reader's language: one object, made once per locale. */
export interface LocaleInfo {
  /** The BCP 47 tag as given (e.g. `ar-IQ`). */
  tag: string;
  language: Language;
  dir: 'ltr' | 'rtl';
  numerals: Numerals;
  formatNumber(value: number): string;
  formatCompact(value: number): string;
  /** A large number in words: 7.5 billion, ٧٫٥ مليار. */
  formatCompactLong(value: number): string;
  formatPercent(value: number): string;
  formatYear(time: number): string;
  formatDate(time: number, precision: DatePrecision): string;
  formatRange(low: number, high: number): string;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi', 'dv', 'ku']);

/**
 * A tag's canonical form, or `undefined` when it is not well formed; each tag is checked once
 * (every update of a chart reads its language, and `Intl.getCanonicalLocales` is not free).
 */
function canonical(tag: string): string | undefined {
  const known = canonicalTags.get(tag);
  if (known !== undefined) return known ?? undefined;
  let found: string | undefined;
  try {
    found = Intl.getCanonicalLocales(tag)[0];
  } catch {
    found = undefined;
  }
  canonicalTags.set(tag, found ?? null);
  return found;
}

/** Whether a string is a well-formed BCP 47 tag. */
export function isValidLocale(tag: string): boolean {
  return tag.trim() !== '' && canonical(tag) !== undefined;
}

/** The digit system Intl picks for a locale (`ar-IQ` → `arab`, `ar` → `latn` in current engines). */
export function defaultNumerals(tag: string): Numerals {
  const system = new Intl.NumberFormat(tag).resolvedOptions().numberingSystem;
  return system === 'arab' ? 'arab' : 'latn';
}

/**
 * How many locales (tag and digits) one generation of the cache keeps. A page shows a handful;
 * a page whose `lang` changes endlessly (a language picker, generated tags) keeps at most twice
 * this many sets of Intl formatters.
 */
export const LOCALE_CACHE_LIMIT = 8;

const cache = new BoundedCache<string, LocaleInfo>(LOCALE_CACHE_LIMIT);
/** Tags as {@link canonical} found them: `null` for one that is not well formed. */
const canonicalTags = new BoundedCache<string, string | null>(LOCALE_CACHE_LIMIT);

/** How many locales are cached now (for tests of the bound). */
export function cachedLocaleCount(): number {
  return cache.size;
}

/** `make()`'s result, made on the first call and kept. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * Builds the formatters for a locale. Digits and month names always come from `Intl`: a
 * hand-written digit map gets Persian and Arabic-Indic digits mixed up and ignores the region
 * (`ar-IQ` writes تشرين الثاني where `ar-EG` writes نوفمبر).
 */
export function localeInfo(requestedTag: string, numerals?: Numerals): LocaleInfo {
  const tag = canonical(requestedTag) ?? 'en';
  const key = `${tag}|${numerals ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const base = tag.split('-')[0]!.toLowerCase();
  const language: Language = base === 'ar' ? 'ar' : 'en';
  const digits = numerals ?? defaultNumerals(tag);
  const withDigits = (options: Intl.NumberFormatOptions & Intl.DateTimeFormatOptions) => ({ ...options, numberingSystem: digits });
  // Each formatter is made on first use: making one costs a millisecond or more, and a chart
  // that never writes a percentage or a day should not pay for it.
  const number = lazy(() => new Intl.NumberFormat(tag, withDigits({ maximumFractionDigits: 1 })));
  const compact = lazy(() => new Intl.NumberFormat(tag, withDigits({ notation: 'compact', maximumFractionDigits: 1 })));
  const compactLong = lazy(() => new Intl.NumberFormat(tag, withDigits({ notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 })));
  const percent = lazy(() => new Intl.NumberFormat(tag, withDigits({ style: 'percent', maximumFractionDigits: 0 })));
  const dateFormats: Record<DatePrecision, () => Intl.DateTimeFormat> = {
    year: lazy(() => new Intl.DateTimeFormat(tag, withDigits({ year: 'numeric', timeZone: 'UTC' }))),
    month: lazy(() => new Intl.DateTimeFormat(tag, withDigits({ year: 'numeric', month: 'long', timeZone: 'UTC' }))),
    day: lazy(() => new Intl.DateTimeFormat(tag, withDigits({ year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }))),
  };
  const info: LocaleInfo = {
    tag,
    language,
    dir: RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr',
    numerals: digits,
    formatNumber: (value) => number().format(value),
    formatCompact: (value) => compact().format(value),
    formatCompactLong: (value) => compactLong().format(value),
    formatPercent: (value) => percent().format(value),
    formatYear: (time) => dateFormats.year().format(time),
    formatDate: (time, precision) => dateFormats[precision]().format(time),
    formatRange: (low, high) => number().formatRange(low, high),
  };
  cache.set(key, info);
  return info;
}

/** A span of years as a heading writes it: "2003–2026", or one year alone when both ends are the same. */
export function yearSpan(from: string, to: string): string {
  return from === to ? from : `${from}–${to}`;
}
