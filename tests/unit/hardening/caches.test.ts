import { describe, expect, it } from 'vitest';
import { cachedLocaleCount, LOCALE_CACHE_LIMIT, localeInfo } from '../../../src/components/core/locale.js';
import { BoundedCache } from '../../../src/data/bounded-cache.js';
import { cachedDateCount, DATE_CACHE_LIMIT, dateToTime, periodEnd, periodStart } from '../../../src/data/dates.js';

/**
 * Module-level caches keyed by input live as long as the page: a page fed endless distinct
 * inputs (a live blog's new series, a language picker) must not keep them all.
 */

describe('BoundedCache(limit)', () => {
  it('keeps at most 2 × limit entries however many distinct keys it sees', () => {
    const cache = new BoundedCache<number, number>(100);
    let largest = 0;
    for (let i = 0; i < 100_000; i++) {
      cache.set(i, i * 2);
      largest = Math.max(largest, cache.size);
    }
    expect(largest).toBe(200);
    expect(cache.get(99_999)).toBe(199_998);
    expect(cache.get(0)).toBeUndefined();
  });

  it('keeps an entry in use through any number of generations', () => {
    const cache = new BoundedCache<string, number>(10);
    cache.set('used', 1);
    for (let i = 0; i < 1_000; i++) {
      cache.set(`other-${i}`, i);
      expect(cache.get('used')).toBe(1);
    }
    expect(cache.size).toBeLessThanOrEqual(20);
  });

  it('moves a hit in the previous generation back into the current one', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // a and b are now the previous generation
    expect(cache.get('a')).toBe(1); // a moves into the current one, with c
    cache.set('d', 4); // current (c, a) is full: it becomes the previous one, b is dropped
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.get('d')]).toEqual([1, undefined, 3, 4]);
  });

  it('refuses a limit below 1', () => {
    expect(() => new BoundedCache(0)).toThrow(RangeError);
  });
});

describe('the instants of date texts', () => {
  it(`hold at most ${(2 * DATE_CACHE_LIMIT).toLocaleString('en')} dates after 60,000 distinct days, and stay right`, () => {
    const start = Date.UTC(1900, 0, 1);
    for (let i = 0; i < 60_000; i++) dateToTime(new Date(start + i * 86_400_000).toISOString().slice(0, 10));
    expect(cachedDateCount()).toBeLessThanOrEqual(2 * DATE_CACHE_LIMIT);
    expect(cachedDateCount()).toBeGreaterThanOrEqual(DATE_CACHE_LIMIT);
    // 1900-01-01 was dropped long ago: it is worked out again, the same.
    expect(dateToTime('1900-01-01')).toBe(Date.UTC(1900, 0, 1, 12));
    expect([periodStart('2004'), dateToTime('2004'), periodEnd('2004')]).toEqual([Date.UTC(2004, 0, 1), Date.UTC(2004, 6, 2), Date.UTC(2005, 0, 1)]);
    expect(dateToTime('2007-10')).toBe((Date.UTC(2007, 9, 1) + Date.UTC(2007, 10, 1)) / 2);
  });
});

describe('the formatters of locales', () => {
  it(`hold at most ${2 * LOCALE_CACHE_LIMIT} locales after 200 distinct tags, and the one in use stays the same object`, () => {
    const iraq = localeInfo('ar-IQ');
    for (let i = 0; i < 200; i++) {
      localeInfo(`en-x-p${i}`);
      expect(localeInfo('ar-IQ')).toBe(iraq);
    }
    expect(cachedLocaleCount()).toBeLessThanOrEqual(2 * LOCALE_CACHE_LIMIT);
    expect(iraq.formatNumber(171000)).toBe('١٧١٬٠٠٠');
    expect(localeInfo('en-x-p0').formatNumber(171000)).toBe('171,000');
  });
});
