import { describe, expect, test } from 'vitest';
import { dateToTime, parseIsoDate, periodEnd, periodStart, precisionOf, yearStart } from '../../src/data/dates.js';

const DAY = 86_400_000;

describe('parseIsoDate', () => {
  test('parseIsoDate(text) reads YYYY, YYYY-MM and YYYY-MM-DD with their precision', () => {
    expect(parseIsoDate('2003')).toEqual({ year: 2003, precision: 'year' });
    expect(parseIsoDate('2011-12')).toEqual({ year: 2011, month: 12, precision: 'month' });
    expect(parseIsoDate('2011-12-18')).toEqual({ year: 2011, month: 12, day: 18, precision: 'day' });
  });

  test('parseIsoDate(text) ignores surrounding spaces', () => {
    expect(parseIsoDate(' 2011-10 ')).toEqual({ year: 2011, month: 10, precision: 'month' });
  });

  test.each(['2020-13', '2020-00', '2021-02-30', '2021-04-31', '2021-01-00', '03/04/2020', ' ', '', '20201', '2020-1', '2020-01-1', '2020-01-01T00:00', '٢٠٢٠'])(
    'parseIsoDate(%j) is undefined',
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined();
    },
  );

  test('parseIsoDate(text) accepts 29 February only in a leap year', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29, precision: 'day' });
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29, precision: 'day' });
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
  });

  test('parseIsoDate(text) reads years 0–99 literally, not as 1900–1999', () => {
    // Year 0 is a leap year in the proleptic Gregorian calendar; 1900 is not.
    expect(parseIsoDate('0000-02-29')).toEqual({ year: 0, month: 2, day: 29, precision: 'day' });
    expect(parseIsoDate('0050-02-29')).toBeUndefined();
  });

  test('precisionOf(text) is the precision of the form, undefined for a non-date', () => {
    expect(precisionOf('2003')).toBe('year');
    expect(precisionOf('2003-03')).toBe('month');
    expect(precisionOf('2003-03-20')).toBe('day');
    expect(precisionOf('March 2003')).toBeUndefined();
  });
});

describe('dateToTime', () => {
  test('dateToTime(year) is the middle of the year', () => {
    // 2003 has 365 days: its middle is 182.5 days in, 2 July at noon.
    expect(dateToTime('2003')).toBe(Date.UTC(2003, 6, 2, 12));
    // 2024 has 366 days: its middle is 183 days in, 2 July at midnight.
    expect(dateToTime('2024')).toBe(Date.UTC(2024, 6, 2));
  });

  test('dateToTime(month) is the middle of the month', () => {
    // 31 days: 15.5 days in. 30 days: 15 days in. February 2024: 14.5 days in.
    expect(dateToTime('2011-10')).toBe(Date.UTC(2011, 9, 16, 12));
    expect(dateToTime('2011-11')).toBe(Date.UTC(2011, 10, 16));
    expect(dateToTime('2024-02')).toBe(Date.UTC(2024, 1, 15, 12));
    expect(dateToTime('2023-02')).toBe(Date.UTC(2023, 1, 15));
  });

  test('dateToTime(day) is noon UTC of the day', () => {
    expect(dateToTime('2011-12-18')).toBe(Date.UTC(2011, 11, 18, 12));
    expect(dateToTime('2024-02-29')).toBe(Date.UTC(2024, 1, 29, 12));
  });

  test('dateToTime(text) is NaN for a non-date', () => {
    expect(dateToTime('2021-02-30')).toBeNaN();
    expect(dateToTime('soon')).toBeNaN();
  });

  test('dateToTime(text) keeps years 0–99 in their own century', () => {
    expect(new Date(dateToTime('0050')).toISOString()).toBe('0050-07-02T12:00:00.000Z');
  });
});

describe('periodStart and periodEnd', () => {
  test('periodStart(text) is the first instant of the year, month or day', () => {
    expect(periodStart('2011')).toBe(Date.UTC(2011, 0, 1));
    expect(periodStart('2011-12')).toBe(Date.UTC(2011, 11, 1));
    expect(periodStart('2011-12-18')).toBe(Date.UTC(2011, 11, 18));
  });

  test('periodEnd(text) is the first instant after the year, month or day', () => {
    expect(periodEnd('2011')).toBe(Date.UTC(2012, 0, 1));
    expect(periodEnd('2011-12')).toBe(Date.UTC(2012, 0, 1));
    expect(periodEnd('2011-12-31')).toBe(Date.UTC(2012, 0, 1));
    expect(periodEnd('2024-02')).toBe(Date.UTC(2024, 2, 1));
  });

  test('periodEnd(text) - periodStart(text) is the length of the period', () => {
    expect(periodEnd('2024') - periodStart('2024')).toBe(366 * DAY);
    expect(periodEnd('2023') - periodStart('2023')).toBe(365 * DAY);
    expect(periodEnd('2023-02') - periodStart('2023-02')).toBe(28 * DAY);
    expect(periodEnd('2023-02-28') - periodStart('2023-02-28')).toBe(DAY);
  });

  test('periodStart and periodEnd are NaN for a non-date', () => {
    expect(periodStart('2011-13')).toBeNaN();
    expect(periodEnd('2011-13')).toBeNaN();
  });

  test('yearStart(year) is 1 January UTC', () => {
    expect(yearStart(2003)).toBe(Date.UTC(2003, 0, 1));
    expect(new Date(yearStart(50)).toISOString()).toBe('0050-01-01T00:00:00.000Z');
  });
});
