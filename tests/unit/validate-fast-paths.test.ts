import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { dateToTime, parseIsoDate, periodEnd, periodStart, yearStart } from '../../src/data/dates.js';
import type { Observation, Source } from '../../src/data/types.js';
import { validate } from '../../src/data/validate.js';

/**
 * The shortcuts validation and the dates take (one scan per date text, the cache of instants
 * filled by validation, duplicates found by date before any key, inline sources by one lookup)
 * give what the plain way gives.
 */

const DAY = 86_400_000;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The reading of a date text by `Date` and a regular expression, as the module did before its scan. */
function reference(text: string): { parsed: ReturnType<typeof parseIsoDate>; instants: [number, number, number] } {
  const utc = (year: number, monthIndex: number, day: number, hours = 0) => {
    const date = new Date(0);
    date.setUTCFullYear(year, monthIndex, day);
    date.setUTCHours(hours);
    return date.getTime();
  };
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  const none: [number, number, number] = [Number.NaN, Number.NaN, Number.NaN];
  if (!match) return { parsed: undefined, instants: none };
  const year = Number(match[1]);
  if (match[2] === undefined) {
    const [start, end] = [utc(year, 0, 1), utc(year + 1, 0, 1)];
    return { parsed: { year, precision: 'year' }, instants: [start, (start + end) / 2, end] };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { parsed: undefined, instants: none };
  if (match[3] === undefined) {
    const [start, end] = [utc(year, month - 1, 1), utc(year, month, 1)];
    return { parsed: { year, month, precision: 'month' }, instants: [start, (start + end) / 2, end] };
  }
  const day = Number(match[3]);
  if (day < 1 || day > new Date(utc(year, month, 0)).getUTCDate()) return { parsed: undefined, instants: none };
  return { parsed: { year, month, day, precision: 'day' }, instants: [utc(year, month - 1, day), utc(year, month - 1, day, 12), utc(year, month - 1, day + 1)] };
}

const read = (text: string) => ({ parsed: parseIsoDate(text), instants: [periodStart(text), dateToTime(text), periodEnd(text)] });

describe('dates read by one scan of the text', () => {
  test('days of years 0000–9999 (one in 97), and months and years of one year in 7, read as Date reads them', () => {
    const texts: string[] = [];
    const first = reference('0000-01-01').instants[0];
    const last = reference('9999-12-31').instants[0];
    for (let t = first; t <= last; t += 97 * DAY) texts.push(new Date(t).toISOString().slice(0, 10));
    for (let year = 0; year <= 9999; year += 7) {
      texts.push(pad(year, 4));
      for (let month = 0; month <= 13; month++) texts.push(`${pad(year, 4)}-${pad(month, 2)}`);
      texts.push(`${pad(year, 4)}-02-29`, `${pad(year, 4)}-02-30`, `${pad(year, 4)}-04-31`, `${pad(year, 4)}-12-31`, `${pad(year, 4)}-01-00`);
    }
    const wrong = texts.filter((text) => JSON.stringify(read(text)) !== JSON.stringify(reference(text)));
    expect([texts.length > 60_000, texts[0], wrong]).toEqual([true, '0000-01-01', []]);
  });

  test('any short text (digits, hyphens, spaces, other digits) is read as before', () => {
    const char = fc.constantFrom('0', '1', '2', '9', '-', ' ', '\u00a0', '\n', '٢', 'T', '/');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }).map((cs) => cs.join('')), (text) => {
        expect(read(text)).toEqual(reference(text));
      }),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('', ' ', '\t'), (y, m, d, space) => {
        for (const text of [`${space}${pad(y, 4)}${space}`, `${pad(y, 4)}-${pad(m, 2)}${space}`, `${space}${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`]) {
          expect(read(text)).toEqual(reference(text));
        }
      }),
      { numRuns: 2_000 },
    );
  });

  test('a text read again after thousands of others (out of the cache by then) is read the same', () => {
    expect(dateToTime('2004-02-29')).toBe(Date.UTC(2004, 1, 29, 12));
    for (let i = 0; i < 30_000; i++) dateToTime(new Date(Date.UTC(2005, 0, 1) + i * DAY).toISOString().slice(0, 10));
    expect([dateToTime('2004-02-29'), dateToTime('2005-02-29'), periodEnd('2004-02'), yearStart(4)]).toEqual([Date.UTC(2004, 1, 29, 12), Number.NaN, Date.UTC(2004, 2, 1), reference('0004').instants[0]]);
  });
});

describe('the cache of instants, filled by validation', () => {
  /** Fresh modules: the cache is empty. */
  async function fresh() {
    vi.resetModules();
    const dates = await import('../../src/data/dates.js');
    const { validate: check } = await import('../../src/data/validate.js');
    return { ...dates, check };
  }
  const daily = (n: number, from: number) => Array.from({ length: n }, (_, i) => ({ date: new Date(Date.UTC(from, 0, 1) + i * DAY).toISOString().slice(0, 10), value: 1, source: 'S' }));

  test('validation leaves the dates of an input that fits the cache in it, and the layout reads them right', async () => {
    const { check, cachedDateCount, dateToTime, periodEnd } = await fresh();
    const rows = daily(3_000, 2003);
    const { records } = check(rows, { defaultMetric: 'us-troops' });
    expect(cachedDateCount()).toBe(3_000);
    expect(records.map((r) => dateToTime(r.date)).every((t, i) => t === Date.UTC(2003, 0, 1) + i * DAY + DAY / 2)).toBe(true);
    expect([periodEnd('2003-01-31'), cachedDateCount()]).toEqual([Date.UTC(2003, 1, 1), 3_000]);
  });

  test('an input of more dates than the cache keeps fills none of it (it would only push its own first dates out)', async () => {
    const { check, cachedDateCount, DATE_CACHE_LIMIT } = await fresh();
    const { records, issues } = check(daily(DATE_CACHE_LIMIT + 1, 2003), { defaultMetric: 'us-troops' });
    expect([records.length, issues, cachedDateCount()]).toEqual([DATE_CACHE_LIMIT + 1, [], 0]);
    check(daily(DATE_CACHE_LIMIT, 2003), { defaultMetric: 'us-troops' });
    expect(cachedDateCount()).toBe(DATE_CACHE_LIMIT);
  });

  test('a different text is never answered from another one\'s entry, spaced, refused or of another form', async () => {
    const { cachedDateCount, dateToTime, parseIsoDate, periodStart } = await fresh();
    const texts = ['2004', ' 2004', '2004 ', '2004-01', '2004-01-01', '2004-02-30', '2004-13', '2005'];
    const first = texts.map((t) => [dateToTime(t), periodStart(t)]);
    const again = [...texts].reverse().map((t) => [dateToTime(t), periodStart(t)]).reverse();
    expect(again).toEqual(first);
    expect(first.map(([t]) => t)).toEqual([Date.UTC(2004, 6, 2), Date.UTC(2004, 6, 2), Date.UTC(2004, 6, 2), Date.UTC(2004, 0, 16, 12), Date.UTC(2004, 0, 1, 12), Number.NaN, Number.NaN, Date.UTC(2005, 6, 2, 12)]);
    // Refused texts are not kept; parseIsoDate gives a new object each time.
    expect(cachedDateCount()).toBe(6);
    const parsed = parseIsoDate('2004-01');
    parsed!.month = 5;
    expect(parseIsoDate('2004-01')).toEqual({ year: 2004, month: 1, precision: 'month' });
  });
});

/** The duplicate rule, plainly: a row repeats an earlier kept one when all these are the same. */
function identity(o: Observation): string {
  const value = typeof o.value === 'number' ? o.value : `${o.value.low}-${o.value.high}`;
  return JSON.stringify([o.metric, o.date, o.end ?? '', o.kind, o.qualifier, o.scope, o.region, o.operation ?? '', o.cause ?? '', value, o.sourceIds.join(';')]);
}

const SOURCES: Source[] = [
  { id: 's1', publisher: { en: 'DoD', ar: 'DoD' }, title: 'Boots on the ground', date: '2030-03' },
  { id: 's2', publisher: { en: 'CRS', ar: 'CRS' }, title: 'Costs', date: '2030-03' },
];

describe('validate(rows) finds repeated rows by date first', () => {
  const row = (date: string, value: unknown, extra: Record<string, unknown> = {}) => ({ metric: 'us-troops', date, value, sourceIds: ['s1'], ...extra });
  const duplicates = (rows: unknown[]) =>
    validate(rows, { sources: SOURCES })
      .issues.filter((i) => i.code === 'duplicate')
      .map((i) => i.row);

  test('in order: only a repeat of a row of the latest date, however many share it', () => {
    const rows = [row('2004', 1), row('2005', 1), row('2005', 2), row('2005', 1), row('2005-01', 1), row('2005-01', 1, { kind: 'estimate' }), row('2005-01', 1, { kind: 'estimate' }), row('2006', 1)];
    expect(duplicates(rows)).toEqual([3, 6]);
  });

  test('once a date comes out of order, a repeat of any earlier row is found, even of one of a date seen long before', () => {
    const rows = [row('2004', 1), row('2004', 2), row('2005-03', 5), row('2005-03-01', 7), row('2004', 2), row('2005-03-01', 7), row('2005-03', 6), row('2004', 1), row('2004', 3), row('2004', 3), row('2007', 1), row('2005-03', 5)];
    expect(duplicates(rows)).toEqual([4, 5, 7, 9, 11]);
  });

  test('a year given as a number, or with spaces, is the same date as its text', () => {
    const rows = [row('2004', 1), row(' 2004 ', 1), row(2004 as never, 1), row('2003', 1), row(2004 as never, 1)];
    expect(duplicates(rows)).toEqual([1, 2, 4]);
  });

  test('any rows: the kept records and the repeats are those of the plain rule', () => {
    const dates = fc.constantFrom('2003', '2003-05', '2003-05-01', '2004', '2004-01', ' 2004', 2003, '2002-12-31');
    const anyRow = fc.record({
      date: dates,
      value: fc.oneof(fc.constantFrom(0, 1, 2, 1e-7, 1e21), fc.record({ low: fc.constantFrom(1, 2), high: fc.constantFrom(2, 3) })),
      kind: fc.constantFrom(undefined, 'reported', 'estimate'),
      sourceIds: fc.constantFrom(['s1'], ['s2'], ['s1', 's2'], ['s1;s2']),
      end: fc.constantFrom(undefined, '2008'),
    });
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 40 }), (given) => {
        const rows = given.map((r) => Object.fromEntries(Object.entries({ metric: 'us-troops', ...r }).filter(([, v]) => v !== undefined)));
        const result = validate(rows, { sources: [...SOURCES, { ...SOURCES[0]!, id: 's1;s2' }] });
        const seen = new Set<string>();
        const expected: number[] = [];
        const repeats: number[] = [];
        // Without the duplicate rule: every row read alone.
        const alone = rows.map((r) => validate([r], { sources: [...SOURCES, { ...SOURCES[0]!, id: 's1;s2' }] }).records[0]);
        alone.forEach((o, i) => {
          if (!o) return;
          const key = identity(o);
          if (seen.has(key)) repeats.push(i);
          else {
            seen.add(key);
            expected.push(i);
          }
        });
        expect(result.records.map(identity)).toEqual(expected.map((i) => identity(alone[i]!)));
        expect(result.issues.filter((i) => i.code === 'duplicate').map((i) => i.row)).toEqual(repeats);
      }),
      { numRuns: 300 },
    );
  });
});

describe('validate(rows) finds inline sources by title and URL', () => {
  test('the first source with the title and URL is the one cited, given or inline; a new URL or title is a new source', () => {
    const given = [
      { id: 'g1', title: 'Report', url: 'https://example.org/r' },
      { id: 'g2', title: 'Report', url: 'https://example.org/r' },
      { id: 'g3', title: 'Report' },
    ];
    const rows = [
      { date: '2004', value: 1, source: 'Report', source_url: 'https://example.org/r' },
      { date: '2005', value: 1, source: ' Report ', sourceUrl: ' https://example.org/r' },
      { date: '2006', value: 1, source: 'Report' },
      { date: '2007', value: 1, source: 'Report', source_url: 'https://example.org/other' },
      { date: '2008', value: 1, source: 'Report', source_url: 'https://example.org/other' },
      { date: '2009', value: 1, source: 'Other', source_url: 'https://example.org/r' },
      { date: '2010', value: 1, source: 'Report', source_url: 'javascript:alert(1)' },
      { date: '2011', value: 1, source: 'Report', source_url: 'javascript:alert(1)' },
      { date: '2012', value: 1, source: 'Other', source_url: 'https://EXAMPLE.org/r' },
    ];
    const result = validate({ observations: rows, sources: given }, { defaultMetric: 'us-troops' });
    expect(result.records.map((r) => r.sourceIds)).toEqual([['g1'], ['g1'], ['g3'], ['user-4'], ['user-4'], ['user-5'], ['g3'], ['g3'], ['user-5']]);
    expect(result.sources.slice(3).map((s) => [s.id, s.title, s.url])).toEqual([
      ['user-4', 'Report', 'https://example.org/other'],
      ['user-5', 'Other', 'https://example.org/r'],
    ]);
  });
});
