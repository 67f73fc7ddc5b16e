import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, neutraliseCell, parseCsv, toCsv } from '../../src/data/csv.js';
import { dataset } from '../../src/data/index.js';
import type { Observation, Source } from '../../src/data/types.js';
import { validate } from '../../src/data/validate.js';

const SOURCES: Source[] = [
  { id: 'dod', publisher: { en: 'DoD', ar: 'DoD' }, title: 'Boots, on the ground', date: '2012-01-05', url: 'https://www.defense.gov/a' },
  { id: 'seed-004', publisher: { en: 'DW Arabic (AFP)', ar: 'DW Arabic (AFP)' }, title: 'هجمات', date: '2023-11-23', document: '004_82373a14a6d03527.txt' },
];

const OBSERVATIONS: Observation[] = [
  {
    id: 'us-troops-2003-seed-004',
    metric: 'us-troops',
    date: '2003',
    precision: 'year',
    value: 100000,
    qualifier: 'at-least',
    kind: 'reported',
    scope: 'US',
    region: 'Iraq',
    sourceIds: ['seed-004'],
    note: { en: 'More than “one hundred thousand”, no month', ar: 'أكثر من مئة ألف' },
  },
  {
    id: 'plan-2010',
    metric: 'us-troops',
    date: '2010-08',
    precision: 'month',
    end: '2011-12',
    value: { low: 35000, high: 50000 },
    qualifier: 'exact',
    kind: 'planned',
    scope: 'US',
    region: 'Iraq',
    sourceIds: ['dod', 'seed-004'],
  },
  {
    id: 'last-day',
    metric: 'us-troops',
    date: '2011-12-18',
    precision: 'day',
    value: 0,
    qualifier: 'approx',
    kind: 'reported',
    scope: 'coalition',
    region: 'both',
    sourceIds: ['dod'],
    note: { en: '=1+1 is not a formula', ar: '-سطر يبدأ بشرطة' },
    conflictsWith: ['other'],
  },
];

const HEADER =
  'id,metric,date,precision,end,value,low,high,qualifier,kind,scope,region,operation,cause,source_ids,conflicts_with,note_en,note_ar,definition,supersedes,erratum_evidence,erratum_likely,erratum_reason_en,erratum_reason_ar,source_publishers,source_titles,source_dates,source_links';

describe('toCsv', () => {
  test('toCsv(observations, sources) writes the header, then one line per observation with its sources spelled out', () => {
    const lines = toCsv(OBSERVATIONS, SOURCES).split('\n');
    expect(lines).toEqual([
      HEADER,
      'us-troops-2003-seed-004,us-troops,2003,year,,100000,,,at-least,reported,US,Iraq,,,seed-004,,"More than “one hundred thousand”, no month",أكثر من مئة ألف,,,,,,,DW Arabic (AFP),هجمات,2023-11-23,004_82373a14a6d03527.txt',
      'plan-2010,us-troops,2010-08,month,2011-12,,35000,50000,exact,planned,US,Iraq,,,dod;seed-004,,,,,,,,,,DoD | DW Arabic (AFP),"Boots, on the ground | هجمات",2012-01-05 | 2023-11-23,https://www.defense.gov/a | 004_82373a14a6d03527.txt',
      "last-day,us-troops,2011-12-18,day,,0,,,approx,reported,coalition,both,,,dod,other,'=1+1 is not a formula,'-سطر يبدأ بشرطة,,,,,,,DoD,\"Boots, on the ground\",2012-01-05,https://www.defense.gov/a",
    ]);
  });

  test('toCsv([], sources) is the header alone', () => {
    expect(toCsv([], SOURCES)).toBe(HEADER);
    expect(HEADER.split(',').slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
  });

  test('toCsv(observations, sources) leaves the source cells empty for an id not in the registry', () => {
    const line = toCsv([{ ...OBSERVATIONS[0]!, sourceIds: ['gone'], note: undefined }], SOURCES).split('\n')[1];
    expect(line).toBe('us-troops-2003-seed-004,us-troops,2003,year,,100000,,,at-least,reported,US,Iraq,,,gone,,,,,,,,,,,,,');
  });
});

describe('neutraliseCell', () => {
  test.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
  ])('neutraliseCell(%j) puts a quote in front', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });

  test.each([
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
    [' =x', ' =x'],
    ['٢٠٠٥', '٢٠٠٥'],
  ])('neutraliseCell(%j) leaves text that is not a formula alone', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });

  test('neutraliseCell(number) writes numbers, negative ones included, unchanged', () => {
    expect([neutraliseCell(150000), neutraliseCell(-5), neutraliseCell(0), neutraliseCell(2.5)]).toEqual(['150000', '-5', '0', '2.5']);
  });
});

describe('parseCsv', () => {
  test('parseCsv(text) strips a byte-order mark so the first column is still "id"', () => {
    const rows = parseCsv('\uFEFFid,value\na,1\n');
    expect(rows.columns).toEqual(['id', 'value']);
    expect([...rows]).toEqual([{ id: 'a', value: '1' }]);
  });

  test('parseCsv(text) keeps a mark that is not at the start', () => {
    expect([...parseCsv('id\n\uFEFFa')]).toEqual([{ id: '\uFEFFa' }]);
  });

  test('parseCsv(text) reads quoted cells with commas and newlines', () => {
    expect([...parseCsv('id,note_en\na,"one, two\nthree"')]).toEqual([{ id: 'a', note_en: 'one, two\nthree' }]);
  });
});

describe('toCsv → parseCsv → validate', () => {
  test('a round trip gives back the same observations: values, dates, kinds, qualifiers, notes', () => {
    const { records, issues } = validate(parseCsv(toCsv(OBSERVATIONS, SOURCES)), { sources: SOURCES });
    expect(issues).toEqual([]);
    expect(records).toEqual(OBSERVATIONS);
  });

  test('a round trip of the bundled dataset keeps every observation, with its conflictsWith links', () => {
    const { records, issues } = validate(parseCsv(toCsv(dataset.observations, dataset.sources)), { sources: dataset.sources });
    expect(issues).toEqual([]);
    expect(records).toEqual(dataset.observations);
  });
});

describe('parseCsv undoes neutraliseCell', () => {
  test("parseCsv(text) takes off the quote in front of a formula-like cell, and no other quote", () => {
    expect([...parseCsv("a,b,c,d\n'=1+1,'-5,'plain,it's")]).toEqual([{ a: '=1+1', b: '-5', c: "'plain", d: "it's" }]);
  });
});
