import { describe, expect, test } from 'vitest';
import { DEFAULT_YEARS, resolveOptions, resolveOwnOptions, sameOptions } from '../../src/components/core/element/options.js';
import { airstrikesSpec } from '../../src/components/airstrikes-chart/airstrikes-chart.spec.js';
import { casualtiesSpec } from '../../src/components/casualties-chart/casualties-chart.spec.js';
import { missionTimelineSpec } from '../../src/components/mission-timeline/mission-timeline.spec.js';
import { spendingSpec } from '../../src/components/spending-chart/spending-chart.spec.js';

const clock = () => Date.UTC(2026, 10, 21);
const fields = (issues: { field: string; code: string; message: { en: string } }[]) => issues.map((i) => [i.field, i.code, i.message.en]);

describe('resolveOptions', () => {
  test('resolveOptions({}) gives English, light, 2003–2026, key annotations, left-to-right time and the clock', () => {
    const { options, issues } = resolveOptions({}, clock);
    expect([options.locale.tag, options.theme, options.from, options.to, options.annotations, options.timeDirection, options.now]).toEqual([
      'en', 'light', DEFAULT_YEARS.from, DEFAULT_YEARS.to, 'key', 'ltr', Date.UTC(2026, 10, 21),
    ]);
    expect(issues).toEqual([]);
  });

  test('resolveOptions runs time right to left for Arabic unless told otherwise', () => {
    expect(resolveOptions({ lang: 'ar-IQ' }, clock).options.timeDirection).toBe('rtl');
    expect(resolveOptions({ lang: 'ar-IQ', timeDirection: 'ltr' }, clock).options.timeDirection).toBe('ltr');
    expect(resolveOptions({ lang: 'en', timeDirection: 'rtl' }, clock).options.timeDirection).toBe('rtl');
  });

  test('resolveOptions reads years from attribute text and swaps a reversed range', () => {
    const { options, issues } = resolveOptions({ from: '2020', to: 2014 }, clock);
    expect([options.from, options.to, issues]).toEqual([2014, 2020, []]);
  });

  test('resolveOptions pins "now" to a given date, at noon UTC of a day', () => {
    expect(resolveOptions({ now: '2025-01-01' }, clock).options.now).toBe(Date.UTC(2025, 0, 1, 12));
    expect(resolveOptions({ now: 'someday' }, clock).options.now).toBe(clock());
  });

  test('resolveOptions falls back from every wrong value and says which, in attribute order', () => {
    const { options, issues } = resolveOptions(
      { lang: 'not a tag!', theme: 'purple', numerals: 'roman', annotations: 'some', timeDirection: 'up', from: 'soon', to: 20.5 },
      clock,
    );
    expect([options.locale.tag, options.theme, options.locale.numerals, options.annotations, options.timeDirection, options.from, options.to]).toEqual([
      'en', 'light', 'latn', 'key', 'ltr', 2003, 2026,
    ]);
    expect(fields(issues)).toEqual([
      ['lang', 'bad-attribute', '“not a tag!” is not a valid value for lang; using en.'],
      ['theme', 'bad-attribute', '“purple” is not a valid value for theme; using light.'],
      ['numerals', 'bad-attribute', '“roman” is not a valid value for numerals; using the language default.'],
      ['annotations', 'bad-attribute', '“some” is not a valid value for annotations; using key.'],
      ['time-direction', 'bad-attribute', '“up” is not a valid value for time-direction; using auto.'],
      ['from', 'bad-attribute', '“soon” is not a valid value for from; using 2003.'],
      ['to', 'bad-attribute', '“20.5” is not a valid value for to; using 2026.'],
    ]);
  });

  test('resolveOptions refuses years outside 1900–2999, which dates cannot have', () => {
    const { options, issues } = resolveOptions({ from: '-5', to: 99_999_999 }, clock);
    expect([options.from, options.to]).toEqual([2003, 2026]);
    expect(fields(issues)).toEqual([
      ['from', 'bad-attribute', '“-5” is not a valid value for from; using 2003.'],
      ['to', 'bad-attribute', '“99999999” is not a valid value for to; using 2026.'],
    ]);
  });

  test('resolveOptions keeps numerals="latn" for an Arabic locale that would use Arabic-Indic digits', () => {
    const { options } = resolveOptions({ lang: 'ar-IQ', numerals: 'latn' }, clock);
    expect([options.locale.numerals, options.locale.formatNumber(2500)]).toEqual(['latn', '2,500']);
  });
});

describe('resolveOwnOptions', () => {
  const from = (given: Record<string, unknown>) => (key: string) => given[key];

  test('resolveOwnOptions(airstrikesSpec.options, {}) gives the declared defaults, with no issue', () => {
    expect(resolveOwnOptions(airstrikesSpec.options, from({}))).toEqual({ values: { mode: 'cumulative', period: 'year' }, issues: [] });
  });

  test('resolveOwnOptions keeps known values', () => {
    expect(resolveOwnOptions(airstrikesSpec.options, from({ mode: 'per-period', period: 'month' })).values).toEqual({ mode: 'per-period', period: 'month' });
    expect(resolveOwnOptions(casualtiesSpec.options, from({ measure: 'both' })).values).toEqual({ measure: 'both' });
    expect(resolveOwnOptions(spendingSpec.options, from({ view: 'cumulative' })).values).toEqual({ view: 'cumulative' });
  });

  test('resolveOwnOptions falls back from a wrong value with a bad-attribute warning, as for theme', () => {
    const { values, issues } = resolveOwnOptions(airstrikesSpec.options, from({ mode: 'bogus', period: 'decade' }));
    expect(values).toEqual({ mode: 'cumulative', period: 'year' });
    expect(issues.map((i) => [i.row, i.field, i.code, i.severity, i.message.en])).toEqual([
      [-1, 'mode', 'bad-attribute', 'warning', '“bogus” is not a valid value for mode; using cumulative.'],
      [-1, 'period', 'bad-attribute', 'warning', '“decade” is not a valid value for period; using year.'],
    ]);
    expect(resolveOwnOptions(casualtiesSpec.options, from({ measure: 'injured' })).issues[0]!.message).toEqual({
      en: '“injured” is not a valid value for measure; using deaths.',
      ar: '«injured» ليست قيمة صالحة لـ measure؛ تُستخدم deaths.',
    });
  });

  test('resolveOwnOptions reads a flag as an attribute: present (any text but "false") or true is on', () => {
    const compact = (value: unknown) => resolveOwnOptions(missionTimelineSpec.options, from({ compact: value })).values.compact;
    expect([compact(undefined), compact(null), compact(false), compact(true), compact(''), compact('false')]).toEqual([false, false, false, true, true, false]);
  });

  test('sameOptions compares values, not objects', () => {
    expect([sameOptions({ mode: 'a' }, { mode: 'a' }), sameOptions({ mode: 'a' }, { mode: 'b' }), sameOptions({}, { mode: 'a' })]).toEqual([true, false, false]);
  });
});
