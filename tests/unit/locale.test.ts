import { describe, expect, test, vi } from 'vitest';
import { defaultNumerals, isValidLocale, localeInfo } from '../../src/components/core/locale.js';

const NOVEMBER_2011 = Date.UTC(2011, 10, 16);
const NBSP = '\u00a0';

describe('localeInfo', () => {
  test("localeInfo('ar-IQ') is Arabic, right-to-left, with Arabic-Indic digits", () => {
    const info = localeInfo('ar-IQ');
    expect([info.tag, info.language, info.dir, info.numerals]).toEqual(['ar-IQ', 'ar', 'rtl', 'arab']);
  });

  test("localeInfo('ar') is right-to-left with Latin digits, as Intl gives for plain 'ar'", () => {
    const info = localeInfo('ar');
    expect([info.language, info.dir, info.numerals]).toEqual(['ar', 'rtl', 'latn']);
    expect(info.formatNumber(150000)).toBe('150,000');
  });

  test("localeInfo('en') is English, left-to-right, with Latin digits", () => {
    const info = localeInfo('en');
    expect([info.tag, info.language, info.dir, info.numerals]).toEqual(['en', 'en', 'ltr', 'latn']);
  });

  test("localeInfo('he') is right-to-left but uses the English strings", () => {
    const info = localeInfo('he');
    expect([info.language, info.dir]).toEqual(['en', 'rtl']);
  });

  test('localeInfo(tag) canonicalises the tag', () => {
    expect(localeInfo('AR-iq').tag).toBe('ar-IQ');
  });

  test('localeInfo(tag) names November by the region: تشرين الثاني in Iraq, نوفمبر in Egypt', () => {
    expect(localeInfo('ar-IQ').formatDate(NOVEMBER_2011, 'month')).toBe('تشرين الثاني ٢٠١١');
    expect(localeInfo('ar-EG').formatDate(NOVEMBER_2011, 'month')).toBe('نوفمبر ٢٠١١');
    expect(localeInfo('en').formatDate(NOVEMBER_2011, 'month')).toBe('November 2011');
  });

  test('formatDate(time, precision) writes the year, month or day', () => {
    const time = Date.UTC(2011, 11, 18, 12);
    expect(localeInfo('en').formatDate(time, 'year')).toBe('2011');
    expect(localeInfo('en').formatDate(time, 'day')).toBe('December 18, 2011');
    expect(localeInfo('ar-IQ').formatDate(time, 'day')).toBe('١٨ كانون الأول ٢٠١١');
  });

  test('formatDate(time) is in UTC: the first instant of a year is still that year', () => {
    expect(localeInfo('en').formatYear(Date.UTC(2005, 0, 1))).toBe('2005');
    expect(localeInfo('ar-IQ').formatYear(Date.UTC(2005, 0, 1))).toBe('٢٠٠٥');
  });

  test('formatNumber(150000) groups digits in each digit system', () => {
    expect(localeInfo('en').formatNumber(150000)).toBe('150,000');
    // U+066C ARABIC THOUSANDS SEPARATOR between Arabic-Indic digits.
    expect(localeInfo('ar-IQ').formatNumber(150000)).toBe('١٥٠٬٠٠٠');
    expect(localeInfo('en').formatNumber(2.25)).toBe('2.3');
  });

  test('formatCompact(150000) is 150K in English and ١٥٠ ألف in Iraqi Arabic', () => {
    expect(localeInfo('en').formatCompact(150000)).toBe('150K');
    expect(localeInfo('ar-IQ').formatCompact(150000)).toBe(`١٥٠${NBSP}ألف`);
  });

  test('formatRange(low, high) writes both ends with an en dash', () => {
    expect(localeInfo('en').formatRange(35000, 50000)).toBe('35,000–50,000');
    expect(localeInfo('ar-IQ').formatRange(35000, 50000)).toBe('٣٥٬٠٠٠–٥٠٬٠٠٠');
  });

  test('formatPercent(value) rounds to whole percent', () => {
    expect(localeInfo('en').formatPercent(0.504)).toBe('50%');
  });

  test("localeInfo('ar-IQ', 'latn') keeps the Arabic month names but writes Latin digits", () => {
    const info = localeInfo('ar-IQ', 'latn');
    expect(info.numerals).toBe('latn');
    expect(info.formatNumber(150000)).toBe('150,000');
    expect(info.formatYear(Date.UTC(2005, 0, 1))).toBe('2005');
    expect(info.formatDate(NOVEMBER_2011, 'month')).toBe('تشرين الثاني 2011');
    expect(info.dir).toBe('rtl');
  });

  test("localeInfo('en', 'arab') writes English with Arabic-Indic digits", () => {
    expect(localeInfo('en', 'arab').formatNumber(2500)).toBe('٢٬٥٠٠');
  });

  test('localeInfo(tag) with and without a numerals override are different objects', () => {
    expect(localeInfo('ar-IQ')).toBe(localeInfo('ar-IQ'));
    expect(localeInfo('ar-IQ', 'latn')).not.toBe(localeInfo('ar-IQ'));
    expect(localeInfo('ar-IQ').formatNumber(1)).toBe('١');
  });

  test.each(['en_US', 'not a locale', ''])('localeInfo(%j) falls back to English', (tag) => {
    const info = localeInfo(tag);
    expect([info.tag, info.language, info.dir, info.numerals]).toEqual(['en', 'en', 'ltr', 'latn']);
    expect(info.formatNumber(150000)).toBe('150,000');
  });
});

describe('isValidLocale and defaultNumerals', () => {
  test('isValidLocale(tag) is true for well-formed BCP 47 tags', () => {
    expect(['en', 'ar-IQ', 'ar', 'en-GB', 'ar-EG-u-nu-latn'].map(isValidLocale)).toEqual([true, true, true, true, true]);
  });

  test('isValidLocale(tag) is false for blank and malformed tags', () => {
    expect(['', '   ', 'en_US', 'not a locale', 'ar-'].map(isValidLocale)).toEqual([false, false, false, false, false]);
  });

  test('defaultNumerals(tag) is arab for ar-IQ and ar-EG, latn for ar and en', () => {
    expect(['ar-IQ', 'ar-EG', 'ar', 'en', 'ar-MA'].map(defaultNumerals)).toEqual(['arab', 'arab', 'latn', 'latn', 'latn']);
  });
});

test('each tag is checked by Intl once, a malformed one too', () => {
  const spy = vi.spyOn(Intl, 'getCanonicalLocales');
  try {
    expect([isValidLocale('fr-CA'), isValidLocale('fr-CA'), isValidLocale('fr-CA')]).toEqual([true, true, true]);
    expect([isValidLocale('not a tag!'), isValidLocale('not a tag!')]).toEqual([false, false]);
    expect(spy.mock.calls.map((call) => call[0])).toEqual(['fr-CA', 'not a tag!']);
  } finally {
    spy.mockRestore();
  }
});
