import { describe, expect, test } from 'vitest';
import type { DataIssue, IssueCode } from '../../src/data/issues.js';
import type { Observation, Source } from '../../src/data/types.js';
import { EVENT_STATUSES, recordRules, runningTotalFalls, validateEvents } from '../../src/data/rules.js';
import { METRICS, safeUrl, SOURCE_GRADES, validate, YEAR_RANGE } from '../../src/data/validate.js';

const SOURCES: Source[] = [{ id: 's1', publisher: { en: 'DoD', ar: 'DoD' }, title: 'Boots on the ground', date: '2030-03' }];
const METRIC_LIST =
  'us-troops, us-troops-deployed, us-troops-served, us-troops-withdrawn, coalition-troops, airstrikes, targets-destroyed, enemy-killed, deaths, wounded, attacks, spending, daily-cost, budget-request, munitions, percent-change';

/** A row every check accepts, to be spoiled one field at a time. */
function goodRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'a', metric: 'us-troops', date: '2005-01', value: 150000, sourceIds: ['s1'], ...overrides };
}

/** The issue as the tests read it: where, what, how bad, and the English reason. */
function brief(issue: DataIssue): [number, string, IssueCode, string, string] {
  return [issue.row, issue.field, issue.code, issue.severity, issue.message.en];
}

function issuesOf(input: unknown, options: { sources: Source[]; rules?: ReturnType<typeof recordRules> } = { sources: SOURCES, rules: recordRules([]) }): [number, string, IssueCode, string, string][] {
  return validate(input, options).issues.map(brief);
}

describe('validate: accepted rows', () => {
  test('validate(rows) fills in the defaults of a minimal row', () => {
    const result = validate([goodRow()], { sources: SOURCES });
    const expected: Observation = {
      id: 'a',
      metric: 'us-troops',
      date: '2005-01',
      precision: 'month',
      value: 150000,
      qualifier: 'exact',
      kind: 'reported',
      scope: 'US',
      region: 'Iraq',
      sourceIds: ['s1'],
    };
    expect(result).toEqual({ records: [expected], sources: [], issues: [] });
  });

  test('validate(rows) keeps every optional field it is given', () => {
    const row = goodRow({
      date: '2009-02',
      precision: 'month',
      end: '2011-12',
      value: { low: 35000, high: 50000 },
      qualifier: 'approx',
      kind: 'planned',
      scope: 'coalition',
      region: 'both',
      note: { en: 'Transitional force', ar: 'قوة انتقالية' },
      conflictsWith: ['b', ' c '],
    });
    expect(validate([row], { sources: SOURCES }).records).toEqual([
      {
        id: 'a',
        metric: 'us-troops',
        date: '2009-02',
        precision: 'month',
        end: '2011-12',
        value: { low: 35000, high: 50000 },
        qualifier: 'approx',
        kind: 'planned',
        scope: 'coalition',
        region: 'both',
        sourceIds: ['s1'],
        note: { en: 'Transitional force', ar: 'قوة انتقالية' },
        conflictsWith: ['b', 'c'],
      },
    ]);
  });

  test('validate(rows) names a row without an id after its metric, date and index', () => {
    const { records } = validate([goodRow({ id: undefined }), goodRow({ id: '  ', date: '2006' })], { sources: SOURCES });
    expect(records.map((r) => r.id)).toEqual(['us-troops-2005-01-0', 'us-troops-2006-1']);
  });

  test('validate(rows, { defaultMetric }) gives rows without a metric the default one', () => {
    const { records, issues } = validate([goodRow({ metric: undefined }), goodRow({ metric: '', date: '2006' })], {
      sources: SOURCES,
      defaultMetric: 'coalition-troops',
    });
    expect(records.map((r) => r.metric)).toEqual(['coalition-troops', 'coalition-troops']);
    expect(issues).toEqual([]);
  });

  test('validate(rows, { defaultMetric }) does not override a metric the row names', () => {
    const { records } = validate([goodRow({ metric: 'deaths' })], { sources: SOURCES, defaultMetric: 'us-troops' });
    expect(records.map((r) => r.metric)).toEqual(['deaths']);
  });

  test('validate(rows) coerces the string cells of a CSV row: 150000, a low/high range, a year as a number', () => {
    const csvRow = {
      id: 'csv-1',
      metric: 'us-troops',
      date: '2003-05',
      precision: '',
      end: '',
      value: ' 150000 ',
      low: '',
      high: '',
      qualifier: '',
      kind: '',
      scope: '',
      region: '',
      source_ids: 's1; s2',
      note_en: 'From the CSV',
      note_ar: '',
      conflicts_with: 'x;y',
    };
    const rangeRow = { ...csvRow, id: 'csv-2', date: '2009-02', value: '', low: '35000', high: '50000', kind: 'planned', source_ids: 's1', note_en: '' };
    const yearRow = { id: 'json-3', metric: 'us-troops', date: 2004, value: 140000, sourceIds: 's1' };
    const { records, issues } = validate([csvRow, rangeRow, yearRow], { sources: [...SOURCES, { ...SOURCES[0]!, id: 's2' }] });
    expect(records).toEqual([
      {
        id: 'csv-1',
        metric: 'us-troops',
        date: '2003-05',
        precision: 'month',
        value: 150000,
        qualifier: 'exact',
        kind: 'reported',
        scope: 'US',
        region: 'Iraq',
        sourceIds: ['s1', 's2'],
        note: { en: 'From the CSV', ar: '' },
        conflictsWith: ['x', 'y'],
      },
      {
        id: 'csv-2',
        metric: 'us-troops',
        date: '2009-02',
        precision: 'month',
        value: { low: 35000, high: 50000 },
        qualifier: 'exact',
        kind: 'planned',
        scope: 'US',
        region: 'Iraq',
        sourceIds: ['s1'],
        conflictsWith: ['x', 'y'],
      },
      {
        id: 'json-3',
        metric: 'us-troops',
        date: '2004',
        precision: 'year',
        value: 140000,
        qualifier: 'exact',
        kind: 'reported',
        scope: 'US',
        region: 'Iraq',
        sourceIds: ['s1'],
      },
    ]);
    expect(issues).toEqual([]);
  });

  test('validate(rows) reads a plain-string note as the same text in both languages', () => {
    expect(validate([goodRow({ note: 'Estimate' })], { sources: SOURCES }).records[0]!.note).toEqual({ en: 'Estimate', ar: 'Estimate' });
    expect(validate([goodRow({ note: '   ' })], { sources: SOURCES }).records[0]!.note).toBeUndefined();
  });

  test('validate(rows) accepts a zero count and an end equal to the date', () => {
    const { records, issues } = validate([goodRow({ value: 0, date: '2011-12-18', end: '2011-12-18' })], { sources: SOURCES });
    expect(records.map((r) => [r.value, r.date, r.end])).toEqual([[0, '2011-12-18', '2011-12-18']]);
    expect(issues).toEqual([]);
  });

  test(`validate(rows) accepts the years ${YEAR_RANGE.min} and ${YEAR_RANGE.max} at the ends of the range`, () => {
    const { records } = validate([goodRow({ date: '1900' }), goodRow({ date: '2999-12-31' })], { sources: SOURCES });
    expect(records.map((r) => r.date)).toEqual(['1900', '2999-12-31']);
  });
});

describe('validate: issues, one code at a time', () => {
  const cases: [string, unknown, [number, string, IssueCode, string, string][]][] = [
    ['a row that is not a record', [goodRow(), 'x'], [[1, '*', 'not-an-object', 'error', 'This row is not a record with named fields.']]],
    ['an array as a row', [[1, 2]], [[0, '*', 'not-an-object', 'error', 'This row is not a record with named fields.']]],
    [
      'an unknown metric',
      [goodRow({ metric: 'troops' })],
      [[0, 'metric', 'unknown-metric', 'error', `“troops” is not a known measure; use one of: ${METRIC_LIST}.`]],
    ],
    ['a missing date', [goodRow({ date: ' ' })], [[0, 'date', 'missing-date', 'error', 'The date is missing.']]],
    [
      'a US-style date',
      [goodRow({ date: '03/04/2020' })],
      [[0, 'date', 'bad-date', 'error', '“03/04/2020” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.']],
    ],
    [
      'an impossible day',
      [goodRow({ date: '2021-02-30' })],
      [[0, 'date', 'bad-date', 'error', '“2021-02-30” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.']],
    ],
    [
      'a bad end date',
      [goodRow({ end: '2011-13' })],
      [[0, 'end', 'bad-date', 'error', '“2011-13” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.']],
    ],
    ['a year before 1900', [goodRow({ date: '1899-12' })], [[0, 'date', 'date-out-of-range', 'error', '1899-12 is outside 1900–2999.']]],
    ['a year after 2999', [goodRow({ date: 3000 })], [[0, 'date', 'date-out-of-range', 'error', '3000 is outside 1900–2999.']]],
    [
      'a precision that contradicts the date',
      [goodRow({ precision: 'day' })],
      [[0, 'precision', 'precision-mismatch', 'error', 'The precision “day” does not match the date\'s form.']],
    ],
    [
      'a precision that is not one',
      [goodRow({ precision: 'weekly' })],
      [[0, 'precision', 'bad-enum', 'error', '“weekly” is not allowed here; use one of: day, month, year.']],
    ],
    ['an end before the date', [goodRow({ date: '2005', end: '2004-12' })], [[0, 'end', 'end-before-date', 'error', 'The period ends before it starts.']]],
    ['a missing value', [goodRow({ value: '' })], [[0, 'value', 'missing-value', 'error', 'The value is missing.']]],
    ['a range without its high end', [goodRow({ value: { low: 5 } })], [[0, 'high', 'missing-value', 'error', 'The value is missing.']]],
    ['a value in words', [goodRow({ value: 'lots' })], [[0, 'value', 'not-a-number', 'error', '“lots” is not a finite number.']]],
    ['a value with a thousands separator', [goodRow({ value: '150,000' })], [[0, 'value', 'not-a-number', 'error', '“150,000” is not a finite number.']]],
    ['a boolean value', [goodRow({ value: true })], [[0, 'value', 'not-a-number', 'error', '“true” is not a finite number.']]],
    ['a negative value', [goodRow({ value: -5 })], [[0, 'value', 'negative-count', 'error', '-5 is negative; a count cannot be.']]],
    ['a negative low end in a CSV cell', [goodRow({ value: '', low: '-10', high: '20' })], [[0, 'low', 'negative-count', 'error', '-10 is negative; a count cannot be.']]],
    [
      'an inverted range',
      [goodRow({ value: { low: 50000, high: 35000 } })],
      [[0, 'value', 'range-inverted', 'error', 'The low end of the range is above the high end.']],
    ],
    [
      'an unknown qualifier',
      [goodRow({ qualifier: 'roughly' })],
      [[0, 'qualifier', 'bad-enum', 'error', '“roughly” is not allowed here; use one of: exact, approx, at-least, at-most.']],
    ],
    [
      'an unknown kind',
      [goodRow({ kind: 'rumoured' })],
      [[0, 'kind', 'bad-enum', 'error', '“rumoured” is not allowed here; use one of: reported, authorized, planned, estimate, cumulative.']],
    ],
    ['an unknown scope', [goodRow({ scope: 'UK' })], [[0, 'scope', 'bad-enum', 'error', '“UK” is not allowed here; use one of: US, coalition, Iraqi.']]],
    ['an unknown region', [goodRow({ region: 'Kuwait' })], [[0, 'region', 'bad-enum', 'error', '“Kuwait” is not allowed here; use one of: Iraq, Syria, both.']]],
    ['no source', [goodRow({ sourceIds: [] })], [[0, 'sourceIds', 'missing-source', 'warning', 'No source is given for this figure.']]],
    [
      'a source id not in the list',
      [goodRow({ sourceIds: ['s1', 'nowhere'] })],
      [[0, 'sourceIds', 'unknown-source', 'warning', 'The source “nowhere” is not in the source list.']],
    ],
    ['a note that is a number', [goodRow({ note: 42 })], [[0, 'note', 'bad-text', 'warning', 'This text field is not text.']]],
    ['a note record without text', [goodRow({ note: { fr: 'x' } })], [[0, 'note', 'bad-text', 'warning', 'This text field is not text.']]],
    ['a repeated row', [goodRow(), goodRow({ id: 'b' })], [[1, '*', 'duplicate', 'warning', 'This row repeats an earlier one and was shown once.']]],
    ['a number instead of a list', 42, [[-1, '*', 'not-a-list', 'error', 'The data is not a list of records.']]],
  ];

  test.each(cases)('validate(rows) reports %s', (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  test('validate(rows) reports every bad field of a row, in field order', () => {
    expect(issuesOf([{ metric: 'x', date: 'y', value: 'z', kind: 'w' }])).toEqual([
      [0, 'metric', 'unknown-metric', 'error', `“x” is not a known measure; use one of: ${METRIC_LIST}.`],
      [0, 'date', 'bad-date', 'error', '“y” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.'],
      [0, 'value', 'not-a-number', 'error', '“z” is not a finite number.'],
      [0, 'kind', 'bad-enum', 'error', '“w” is not allowed here; use one of: reported, authorized, planned, estimate, cumulative.'],
    ]);
  });

  test('validate(rows) gives every message in Arabic too', () => {
    expect(validate([goodRow({ value: -5 })], { sources: SOURCES }).issues.map((i) => i.message)).toEqual([
      { en: '-5 is negative; a count cannot be.', ar: '-5 سالب، والعدد لا يكون سالبًا.' },
    ]);
  });

  test('METRICS lists the sixteen metrics the messages name', () => {
    expect(METRICS.join(', ')).toBe(METRIC_LIST);
  });
});

describe('validate: bad rows never hide good ones', () => {
  test('validate(rows) keeps every valid row among bad ones, in input order', () => {
    const rows = [
      goodRow({ id: 'ok-1', date: '2003' }),
      null,
      goodRow({ id: 'bad-date', date: '2003-02-29' }),
      goodRow({ id: 'ok-2', date: '2004', note: 42 }),
      goodRow({ id: 'bad-value', value: 'NaN' }),
      goodRow({ id: 'ok-3', date: '2005', sourceIds: [] }),
      goodRow({ id: 'ok-1-again', date: '2003' }),
    ];
    const { records, issues } = validate(rows, { sources: SOURCES });
    expect(records.map((r) => r.id)).toEqual(['ok-1', 'ok-2', 'ok-3']);
    expect(issues.map((i) => [i.row, i.code, i.severity])).toEqual([
      [1, 'not-an-object', 'error'],
      [2, 'bad-date', 'error'],
      [3, 'bad-text', 'warning'],
      [4, 'not-a-number', 'error'],
      [5, 'missing-source', 'warning'],
      [6, 'duplicate', 'warning'],
    ]);
  });

  test('validate(rows) keeps a row with warnings and drops none for them', () => {
    const { records } = validate([goodRow({ sourceIds: ['nowhere'], note: 7 })], { sources: SOURCES });
    expect(records.map((r) => [r.id, r.sourceIds, r.note])).toEqual([['a', ['nowhere'], undefined]]);
  });

  test('validate(rows) shows a duplicate once, whatever its id and note', () => {
    const { records, issues } = validate([goodRow({ id: 'first' }), goodRow({ id: 'second', note: 'n' }), goodRow({ id: 'third' })], {
      sources: SOURCES,
    });
    expect(records.map((r) => r.id)).toEqual(['first']);
    expect(issues.map(brief)).toEqual([
      [1, '*', 'duplicate', 'warning', 'This row repeats an earlier one and was shown once.'],
      [2, '*', 'duplicate', 'warning', 'This row repeats an earlier one and was shown once.'],
    ]);
  });

  test('validate(rows) keeps figures that differ only in kind or source: they are not duplicates', () => {
    const { records, issues } = validate(
      [goodRow({ id: 'r' }), goodRow({ id: 'p', kind: 'planned' }), goodRow({ id: 'u', sourceIds: ['s2'] })],
      { sources: [...SOURCES, { ...SOURCES[0]!, id: 's2' }] },
    );
    expect(records.map((r) => r.id)).toEqual(['r', 'p', 'u']);
    expect(issues).toEqual([]);
  });
});

describe('validate: sources', () => {
  test('validate({ observations, sources }) reads the sources and lets rows cite them', () => {
    const input = {
      observations: [goodRow({ sourceIds: ['mine'] })],
      sources: [
        { id: ' mine ', publisher: { en: 'Reuters', ar: 'Reuters' }, title: 'Troops', date: '2011-10-21', url: 'https://www.reuters.com/a', document: 'R-1' },
        { id: 'evil', title: 'Click me', url: 'javascript:alert(1)' },
        { title: 'no id' },
        'not a source',
      ],
    };
    const result = validate(input);
    expect(result.records.map((r) => r.sourceIds)).toEqual([['mine']]);
    expect(result.sources).toEqual([
      { id: 'mine', publisher: { en: 'Reuters', ar: 'Reuters' }, title: 'Troops', date: '2011-10-21', url: 'https://www.reuters.com/a', document: 'R-1' },
      { id: 'evil', publisher: { en: '', ar: '' }, title: 'Click me', date: '' },
    ]);
    expect(result.issues.map(brief)).toEqual([
      [2, 'sources', 'bad-text', 'warning', 'This text field is not text.'],
      [3, 'sources', 'bad-text', 'warning', 'This text field is not text.'],
    ]);
  });

  test('validate({ observations }) without sources reads the observations', () => {
    expect(validate({ observations: [goodRow()] }, { sources: SOURCES }).records.map((r) => r.id)).toEqual(['a']);
  });

  test('validate({ observations: "x" }) is not a list', () => {
    expect(issuesOf({ observations: 'x' })).toEqual([[-1, '*', 'not-a-list', 'error', 'The data is not a list of records.']]);
  });

  test('validate(rows) turns source and source_url columns into user sources, one per distinct source', () => {
    const rows = [
      goodRow({ id: 'x', date: '2005', sourceIds: undefined, source: ' CRS report ', source_url: 'https://crs.gov/r1' }),
      goodRow({ id: 'y', date: '2006', sourceIds: undefined, source: 'CRS report', source_url: 'https://crs.gov/r1' }),
      goodRow({ id: 'z', date: '2007', sourceIds: 's1', source: 'Blog', sourceUrl: 'javascript:alert(1)' }),
      goodRow({ id: 'w', date: '2008', sourceIds: undefined, source: 'Data URL', source_url: 'data:text/html,<b>x</b>' }),
    ];
    const result = validate(rows, { sources: SOURCES });
    expect(result.records.map((r) => [r.id, r.sourceIds])).toEqual([
      ['x', ['user-1']],
      ['y', ['user-1']],
      ['z', ['s1', 'user-2']],
      ['w', ['user-3']],
    ]);
    expect(result.sources).toEqual([
      { id: 'user-1', publisher: { en: '', ar: '' }, title: 'CRS report', date: '', url: 'https://crs.gov/r1' },
      { id: 'user-2', publisher: { en: '', ar: '' }, title: 'Blog', date: '' },
      { id: 'user-3', publisher: { en: '', ar: '' }, title: 'Data URL', date: '' },
    ]);
    expect(result.issues).toEqual([]);
  });

  test('validate(rows) does not reuse an id of the given registry for a user source', () => {
    const result = validate([goodRow({ sourceIds: undefined, source: 'Mine' })], { sources: [{ ...SOURCES[0]!, id: 'user-1' }] });
    expect(result.sources.map((s) => s.id)).toEqual(['user-2']);
    expect(result.records[0]!.sourceIds).toEqual(['user-2']);
  });

  test('safeUrl(raw) keeps only absolute http and https URLs, normalised', () => {
    expect(safeUrl(' https://example.org/a b ')).toBe('https://example.org/a%20b');
    expect(safeUrl('HTTP://Example.org')).toBe('http://example.org/');
    expect([safeUrl('javascript:alert(1)'), safeUrl('JavaScript:alert(1)'), safeUrl('data:text/html,x'), safeUrl('/relative'), safeUrl('ftp://x.org'), safeUrl(42)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('validate never throws', () => {
  const notAList: [number, string, IssueCode, string, string][] = [[-1, '*', 'not-a-list', 'error', 'The data is not a list of records.']];

  test.each([null, undefined, 42, 'text', true, { rows: [] }])('validate(%j) returns no records and one not-a-list issue', (input) => {
    const result = validate(input);
    expect([result.records, result.sources]).toEqual([[], []]);
    expect(result.issues.map(brief)).toEqual(notAList);
  });

  test('validate([null, 1, "x", {}]) reports each row', () => {
    expect(issuesOf([null, 1, 'x', {}])).toEqual([
      [0, '*', 'not-an-object', 'error', 'This row is not a record with named fields.'],
      [1, '*', 'not-an-object', 'error', 'This row is not a record with named fields.'],
      [2, '*', 'not-an-object', 'error', 'This row is not a record with named fields.'],
      [3, 'metric', 'unknown-metric', 'error', `“” is not a known measure; use one of: ${METRIC_LIST}.`],
      [3, 'date', 'missing-date', 'error', 'The date is missing.'],
      [3, 'value', 'missing-value', 'error', 'The value is missing.'],
    ]);
  });

  test('validate(rows) refuses NaN and Infinity values and dates', () => {
    const rows = [
      goodRow({ value: Number.NaN }),
      goodRow({ value: Number.POSITIVE_INFINITY }),
      goodRow({ value: 'Infinity' }),
      goodRow({ value: { low: Number.NEGATIVE_INFINITY, high: Number.NaN } }),
      goodRow({ date: Number.NaN }),
      goodRow({ date: Number.POSITIVE_INFINITY }),
    ];
    expect(issuesOf(rows)).toEqual([
      [0, 'value', 'not-a-number', 'error', '“NaN” is not a finite number.'],
      [1, 'value', 'not-a-number', 'error', '“Infinity” is not a finite number.'],
      [2, 'value', 'not-a-number', 'error', '“Infinity” is not a finite number.'],
      [3, 'low', 'not-a-number', 'error', '“-Infinity” is not a finite number.'],
      [3, 'high', 'not-a-number', 'error', '“NaN” is not a finite number.'],
      [4, 'date', 'bad-date', 'error', '“NaN” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.'],
      [5, 'date', 'bad-date', 'error', '“Infinity” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.'],
    ]);
  });

  test('validate(rows) survives JSON cells whose toString is not a function', () => {
    const rows = JSON.parse('[{"metric":{"toString":1},"date":{"toString":1},"value":{"valueOf":1,"toString":1},"kind":{"toString":"x"}}]');
    expect(issuesOf(rows)).toEqual([
      [0, 'metric', 'unknown-metric', 'error', `“[object Object]” is not a known measure; use one of: ${METRIC_LIST}.`],
      [0, 'date', 'bad-date', 'error', '“[object Object]” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.'],
      [0, 'low', 'missing-value', 'error', 'The value is missing.'],
      [0, 'high', 'missing-value', 'error', 'The value is missing.'],
      [0, 'kind', 'bad-enum', 'error', '“[object Object]” is not allowed here; use one of: reported, authorized, planned, estimate, cumulative.'],
    ]);
  });

  test('validate(rows) survives a row without a prototype', () => {
    const row = Object.assign(Object.create(null) as Record<string, unknown>, { metric: 'us-troops', date: '2005', value: Object.create(null) });
    expect(issuesOf([row])).toEqual([
      [0, 'low', 'missing-value', 'error', 'The value is missing.'],
      [0, 'high', 'missing-value', 'error', 'The value is missing.'],
    ]);
  });

  test('validate(rows) keeps all of 10,000 distinct rows', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => goodRow({ id: `r${i}`, value: i }));
    const { records, issues } = validate(rows, { sources: SOURCES });
    expect([records.length, issues.length, records[9_999]!.value]).toEqual([10_000, 0, 9_999]);
  });

  test('validate(rows) shows one of 10,000 identical rows and warns about the other 9,999', () => {
    const rows = Array.from({ length: 10_000 }, () => goodRow());
    const { records, issues } = validate(rows, { sources: SOURCES });
    expect([records.length, issues.length, issues.every((i) => i.code === 'duplicate' && i.severity === 'warning')]).toEqual([1, 9_999, true]);
  });

  test('validate(rows) gives 10,000 inline sources 10,000 user ids', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => goodRow({ sourceIds: undefined, value: i, source: `Doc ${i}` }));
    const { records, sources } = validate(rows);
    expect([sources.length, sources[9_999]!.id, records[9_999]!.sourceIds]).toEqual([10_000, 'user-10000', ['user-10000']]);
  });
});

describe('validate: operation and cause', () => {
  test('validate(rows) keeps a known operation and cause, and leaves them out when not given', () => {
    const { records, issues } = validate([
      { metric: 'deaths', date: '2007', value: 904, operation: 'OIF', cause: 'hostile', source: 'DCAS' },
      { metric: 'deaths', date: '2007', value: 904, source: 'DCAS' },
    ]);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.operation, r.cause])).toEqual([
      ['OIF', 'hostile'],
      [undefined, undefined],
    ]);
  });

  test('validate(rows) refuses an unknown operation or cause with bad-enum, naming what is allowed', () => {
    const { records, issues } = validate([{ metric: 'deaths', date: '2007', value: 1, operation: 'Desert Storm', cause: 'accident', source: 'x' }]);
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.row, i.field, i.code, i.severity, i.message.en])).toEqual([
      [0, 'operation', 'bad-enum', 'error', '“Desert Storm” is not allowed here; use one of: OIF, OND, OIR.'],
      [0, 'cause', 'bad-enum', 'error', '“accident” is not allowed here; use one of: hostile, non-hostile.'],
    ]);
  });
});

describe('validate: the fields of the record (definition, supersedes, erratum) and of sources (grade, via)', () => {
  test('validate(rows) keeps a definition, the ids a figure supersedes and an erratum', () => {
    const rows = [
      goodRow({ id: 'old', date: '2020-01-08', metric: 'wounded', value: 34 }),
      goodRow({ id: 'new', date: '2020-01-08', metric: 'wounded', value: 109, supersedes: ['old'], definition: 'diagnosed-tbi' }),
      goodRow({ id: 'typo', date: '2005', value: 9157, erratum: { evidence: ['new'], likely: 5957, reason: { en: 'Misprint', ar: 'خطأ مطبعي' } } }),
    ];
    const { records, issues } = validate(rows, { sources: SOURCES });
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.id, r.definition, r.supersedes, r.erratum])).toEqual([
      ['old', undefined, undefined, undefined],
      ['new', 'diagnosed-tbi', ['old'], undefined],
      ['typo', undefined, undefined, { evidence: ['new'], likely: 5957, reason: { en: 'Misprint', ar: 'خطأ مطبعي' } }],
    ]);
  });

  test('validate(rows) reads the erratum and supersedes columns of a CSV row', () => {
    const row = { ...goodRow({ id: 'b', date: '2006' }), supersedes: 'a', erratum_evidence: 'a; c', erratum_likely: '8892', erratum_reason_en: 'Sum', erratum_reason_ar: 'المجموع' };
    const { records, issues } = validate([goodRow({ id: 'a' }), goodRow({ id: 'c', date: '2007' }), row], { sources: SOURCES });
    expect(issues).toEqual([]);
    expect(records[2]!.supersedes).toEqual(['a']);
    expect(records[2]!.erratum).toEqual({ evidence: ['a', 'c'], likely: 8892, reason: { en: 'Sum', ar: 'المجموع' } });
  });

  const cases: [string, unknown, [number, string, IssueCode, string, string][]][] = [
    ['a definition that is not text', [goodRow({ definition: 7 })], [[0, 'definition', 'bad-text', 'warning', 'This text field is not text.']]],
    [
      'an erratum without evidence',
      [goodRow({ erratum: { reason: 'x' } })],
      [[0, 'erratum', 'bad-erratum', 'warning', 'The erratum needs the ids of the figures that show the value wrong (evidence), a reason, and, if given, a likely value that is a number.']],
    ],
    [
      'an erratum without a reason',
      [goodRow({ id: 'b', date: '2006' }), goodRow({ erratum: { evidence: ['b'] } })],
      [[1, 'erratum', 'bad-erratum', 'warning', 'The erratum needs the ids of the figures that show the value wrong (evidence), a reason, and, if given, a likely value that is a number.']],
    ],
    [
      'an erratum whose likely value is not a number',
      [goodRow({ id: 'b', date: '2006' }), goodRow({ erratum_evidence: 'b', erratum_reason_en: 'x', erratum_likely: 'many' })],
      [[1, 'erratum', 'bad-erratum', 'warning', 'The erratum needs the ids of the figures that show the value wrong (evidence), a reason, and, if given, a likely value that is a number.']],
    ],
    [
      'a figure superseding one that is not there',
      [goodRow({ supersedes: 'nowhere' })],
      [[0, 'supersedes', 'unknown-reference', 'warning', 'No figure with the id “nowhere” is in the data.']],
    ],
    [
      'an erratum whose evidence is not there',
      [goodRow({ erratum: { evidence: ['gone'], reason: 'x' } })],
      [[0, 'erratum', 'unknown-reference', 'warning', 'No figure with the id “gone” is in the data.']],
    ],
    [
      'a conflict with a figure that is not there',
      [goodRow({ conflictsWith: 'ghost' })],
      [[0, 'conflictsWith', 'unknown-reference', 'warning', 'No figure with the id “ghost” is in the data.']],
    ],
  ];

  test.each(cases)('validate(rows) reports %s', (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  test('validate({ sources }) keeps a grade and a host, and warns about a grade that is not one and a copy without its host', () => {
    const result = validate({
      observations: [goodRow({ sourceIds: ['g1', 'g2', 'g3'] })],
      sources: [
        { id: 'g1', publisher: 'CRS', title: 'RL33110', date: '2014-12-08', grade: 'official-primary' },
        { id: 'g2', publisher: 'DoD', title: 'Casualty table', date: '2010', grade: 'secondary-copy', via: 'pastebin.com' },
        { id: 'g3', publisher: 'Blog', title: 'Copy', date: '2010', grade: 'gossip', via: 3 },
        { id: 'g4', publisher: 'Forum', title: 'Repost', date: '2010', grade: 'secondary-copy' },
      ],
    });
    expect(result.sources.map((s) => [s.id, s.grade, s.via])).toEqual([
      ['g1', 'official-primary', undefined],
      ['g2', 'secondary-copy', 'pastebin.com'],
      ['g3', undefined, undefined],
      ['g4', 'secondary-copy', undefined],
    ]);
    expect(result.issues.map(brief)).toEqual([
      [2, 'sources.grade', 'bad-enum', 'warning', `“gossip” is not allowed here; use one of: ${SOURCE_GRADES.join(', ')}.`],
      [2, 'sources.via', 'bad-text', 'warning', 'This text field is not text.'],
      [3, 'sources.via', 'copy-without-host', 'warning', 'The source “g4” is graded a secondary copy but does not say which host it was read on (via).'],
    ]);
  });

  test('SOURCE_GRADES and EVENT_STATUSES list the grades and statuses of the schema', () => {
    expect([SOURCE_GRADES, EVENT_STATUSES]).toEqual([
      ['official-primary', 'official-via-news', 'independent-tracker', 'press', 'secondary-copy'],
      ['planned', 'done', 'cancelled'],
    ]);
  });
});

describe('validate: the rules across rows', () => {
  const total = (id: string, end: string, value: number | { low: number; high: number }, extra: Record<string, unknown> = {}) =>
    goodRow({ id, metric: 'spending', date: '2014-08-08', end, value, kind: 'cumulative', operation: 'OIR', region: 'both', ...extra });
  const FALL = (row: number, value: string, other: string, min: string): [number, string, IssueCode, string, string] => [
    row,
    'value',
    'running-total-falls',
    'warning',
    `This running total (${value}) is lower than the earlier “${other}” (${min}); a running total never falls. Give it its own kind or definition, or mark it as an erratum.`,
  ];

  test('a chart reading its own data (no published figures given) gets none of these checks', () => {
    const rows = [total('c', '2016-07-31', 8.7e9), total('b', '2016-08', 7.5e9, { conflictsWith: ['nowhere'] })];
    expect(validate(rows, { sources: SOURCES }).issues).toEqual([]);
  });

  test('a running total that falls is a warning on the later row, naming the earlier figure, in whatever order the rows come', () => {
    const rows = [total('c', '2016-07-31', 8.7e9), total('a', '2015-12-15', 5.53e9), total('b', '2016', 7.5e9), total('d', '2016-03-15', 6.8e9)];
    expect(issuesOf(rows)).toEqual([FALL(2, '7500000000', 'c', '8700000000')]);
  });

  test('a running total is compared only within its family: metric, scope, region, operation, definition, cause and start year', () => {
    const rows = [
      total('all', '2016-07-31', 8.7e9),
      total('undated', '2016', 7.5e9, { definition: 'undated-snapshot' }),
      total('iraq', '2016-12', 1e9, { region: 'Iraq' }),
      total('coalition', '2016-12', 1e9, { scope: 'coalition' }),
      total('no-operation', '2016-12', 1e9, { operation: '' }),
      total('hostile', '2016-12', 1e9, { cause: 'hostile' }),
      total('year', '2016-12', 1e9, { date: '2016-01-01' }),
      total('deaths', '2016-12', 1, { metric: 'deaths' }),
      goodRow({ id: 'reported', metric: 'spending', date: '2016-12', value: 1, operation: 'OIR', region: 'both' }),
    ];
    expect(issuesOf(rows)).toEqual([]);
  });

  test('an erratum never takes part in the running total, and a total ending on the same day is not ordered', () => {
    const rows = [
      total('a', '2016-07-31', 8.7e9),
      total('b', '2016-08-31', 7.5e9, { erratum: { evidence: ['a'], reason: 'misprint' } }),
      total('c', '2016-07-31', 8.6e9),
    ];
    expect(issuesOf(rows)).toEqual([]);
  });

  test('"at least", "at most", "about" and ranges fall only when no value they allow keeps the total up', () => {
    const deaths = (id: string, end: string, value: number | { low: number; high: number }, extra: Record<string, unknown> = {}) => total(id, end, value, { date: '2003-03-19', ...extra });
    const rows = [
      deaths('a', '2011-12-01', 4486),
      deaths('at-least', '2020-11', 4400, { qualifier: 'at-least' }),
      deaths('about', '2011-12-18', 4500, { qualifier: 'approx' }),
      deaths('range', '2012-01', { low: 4000, high: 4490 }),
      deaths('range-low', '2012-02', { low: 4000, high: 4485 }),
      deaths('about-low', '2012-03', 4400, { qualifier: 'approx' }),
      deaths('at-most', '2012-04', 4500, { qualifier: 'at-most' }),
    ];
    expect(issuesOf(rows)).toEqual([FALL(4, '4000–4485', 'a', '4486'), FALL(5, '4400', 'a', '4486')]);
  });

  test('a running total is checked against the published figures too, and only the new rows are warned about', () => {
    const published = validate([total('pub', '2016-07-31', 8.7e9), total('pub-old', '2016-12', 1e9)], { sources: SOURCES }).records;
    expect(validate([total('mine', '2016-08-31', 8e9)], { sources: SOURCES }).issues).toEqual([]);
    const { issues } = validate([total('mine', '2016-08-31', 8e9)], { sources: SOURCES, rules: recordRules(published) });
    expect(issues.map(brief)).toEqual([FALL(0, '8000000000', 'pub', '8700000000')]);
    expect(runningTotalFalls(published).map((f) => [f.observation.id, f.before.id])).toEqual([['pub-old', 'pub']]);
  });

  test('a conflict between figures with different end dates or scopes is not one; one between the same sources is an update', () => {
    const sources = [...SOURCES, { ...SOURCES[0]!, id: 's2' }];
    const rows = [
      goodRow({ id: 'a', date: '2003-03-19', end: '2011-12-01', kind: 'cumulative', metric: 'deaths', value: 4486, conflictsWith: ['b', 'c', 'd'] }),
      goodRow({ id: 'b', date: '2003-03-19', end: '2011-11-29', kind: 'cumulative', metric: 'deaths', value: 4485, sourceIds: ['s2'] }),
      goodRow({ id: 'c', date: '2003-03-19', end: '2011-12-01', kind: 'cumulative', metric: 'deaths', value: 4400, scope: 'coalition', sourceIds: ['s2'] }),
      goodRow({ id: 'd', date: '2003', end: '2011-12-01', kind: 'cumulative', metric: 'deaths', value: 4490, sourceIds: ['s2'] }),
      goodRow({ id: 'e', date: '2005-01-30', value: 150000, conflictsWith: ['f', 'g'] }),
      goodRow({ id: 'f', date: '2005-01', value: 155000, sourceIds: ['s2'] }),
      goodRow({ id: 'g', date: '2005-01', value: 150500 }),
    ];
    expect(validate(rows, { sources, rules: recordRules([]) }).issues.map(brief)).toEqual([
      [0, 'conflictsWith', 'conflict-not-same', 'warning', '“b” counts another thing or another period (end date, scope, region, operation, cause or definition): it is not a conflict.'],
      [0, 'conflictsWith', 'conflict-not-same', 'warning', '“c” counts another thing or another period (end date, scope, region, operation, cause or definition): it is not a conflict.'],
      [4, 'conflictsWith', 'conflict-same-source', 'warning', '“g” comes from the same source: a later figure updates it (supersedes), it does not conflict with it.'],
    ]);
  });

  test('a count dated after its source is a warning; a plan, a cap or an estimate ahead of its source is not', () => {
    const sources: Source[] = [{ id: 'art', publisher: { en: 'AP', ar: 'أسوشيتد برس' }, title: 'Cut to 2,500', date: '2020-11-17' }];
    const rows = [
      goodRow({ id: 'ok', date: '2020-11-17', value: 3000, sourceIds: ['art'] }),
      goodRow({ id: 'late', date: '2020-11-18', value: 3000, sourceIds: ['art'] }),
      goodRow({ id: 'total', date: '2003', end: '2021', kind: 'cumulative', metric: 'deaths', value: 4500, sourceIds: ['art'] }),
      goodRow({ id: 'plan', date: '2021-01-15', value: 2500, kind: 'planned', sourceIds: ['art'] }),
      goodRow({ id: 'cap', date: '2021-01', value: 2500, kind: 'authorized', sourceIds: ['art'] }),
      goodRow({ id: 'estimate', date: '2050', value: 1, kind: 'estimate', sourceIds: ['art'] }),
    ];
    expect(issuesOf(rows, { sources, rules: recordRules([]) })).toEqual([
      [1, 'date', 'after-source-date', 'warning', 'The figure is dated after its source “art”, which is dated 2020-11-17.'],
      [2, 'end', 'after-source-date', 'warning', 'The figure is dated after its source “art”, which is dated 2020-11-17.'],
    ]);
  });

  test('validate(rows, { requireSources }) refuses a row without a source, with an error', () => {
    const { records, issues } = validate([goodRow({ sourceIds: [] }), goodRow({ id: 'b', date: '2006' })], { sources: SOURCES, requireSources: true });
    expect(records.map((r) => r.id)).toEqual(['b']);
    expect(issues.map(brief)).toEqual([[0, 'sourceIds', 'missing-source', 'error', 'No source is given for this figure.']]);
  });
});

describe('validateEvents', () => {
  const event = (overrides: Record<string, unknown> = {}) => ({ id: 'e', date: '2025-09-30', label: { en: 'Mission ends', ar: 'انتهاء المهمة' }, status: 'done', sourceIds: ['s1'], ...overrides });

  test('validateEvents(rows) keeps a good event with its status', () => {
    expect(validateEvents([event({ key: true, period: 'transition', values: [2025] })], { sources: SOURCES })).toEqual({
      events: [{ id: 'e', date: '2025-09-30', precision: 'day', label: { en: 'Mission ends', ar: 'انتهاء المهمة' }, values: [2025], period: 'transition', key: true, status: 'done', sourceIds: ['s1'] }],
      issues: [],
    });
  });

  test('validateEvents(rows) refuses an event without a status or with one that is not planned, done or cancelled', () => {
    const { events, issues } = validateEvents([event({ status: '' }), event({ status: 'postponed' })], { sources: SOURCES });
    expect(events).toEqual([]);
    expect(issues.map(brief)).toEqual([
      [0, 'status', 'missing-status', 'error', 'The status is missing; use one of: planned, done, cancelled.'],
      [1, 'status', 'bad-enum', 'error', '“postponed” is not allowed here; use one of: planned, done, cancelled.'],
    ]);
  });

  test('validateEvents(rows, { now }) warns about a planned event whose date has passed, and not about one ahead', () => {
    const { events, issues } = validateEvents([event({ status: 'planned' }), event({ id: 'f', date: '2026-09', status: 'planned' })], { sources: SOURCES, now: '2026-03-01' });
    expect(events.map((e) => e.id)).toEqual(['e', 'f']);
    expect(issues.map(brief)).toEqual([[0, 'status', 'planned-in-past', 'warning', 'This event is planned for 2025-09-30, which has passed: mark it done or cancelled, with a source.']]);
  });

  test('validateEvents(rows) reports a missing label, date and source', () => {
    const { events, issues } = validateEvents([event({ label: { en: 'x' }, date: '', sourceIds: [] })], { sources: SOURCES, requireSources: true });
    expect(events).toEqual([]);
    expect(issues.map((i) => [i.row, i.field, i.code, i.severity])).toEqual([
      [0, 'date', 'missing-date', 'error'],
      [0, 'label', 'bad-text', 'error'],
      [0, 'sourceIds', 'missing-source', 'error'],
    ]);
  });
});
