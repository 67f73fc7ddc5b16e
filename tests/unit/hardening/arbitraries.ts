// fast-check generators shared by the hardening property tests: observations that are valid by
// construction (so every one must survive `validate`), and ways of breaking exactly one field
// (so each must be reported with its row and that field).
import fc from 'fast-check';
import type { Observation, ObservationKind, Qualifier, Region, Scope, Source } from '../../../src/data/types.js';
import { YEAR_RANGE } from '../../../src/data/validate.js';

/** How many inputs each property tries; quoted in the README's "Guarantees". */
export const RUNS = 500;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** A calendar date inside the years `validate` accepts, at a random precision. */
export const isoDate = (minYear: number = YEAR_RANGE.min, maxYear: number = YEAR_RANGE.max) =>
  fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      precision: fc.constantFrom('year', 'month', 'day' as const),
    })
    .map(({ year, month, day, precision }) => {
      const last = month === 2 && !leap(year) ? 28 : DAYS[month - 1]!;
      if (precision === 'year') return { date: String(year), precision } as const;
      if (precision === 'month') return { date: `${year}-${pad(month)}`, precision } as const;
      return { date: `${year}-${pad(month)}-${pad(Math.min(day, last))}`, precision } as const;
    });

/** A count as data holds it: whole or not, small or astronomically large, never negative. */
export const count = fc.oneof(
  fc.integer({ min: 0, max: 500_000 }),
  fc.double({ min: 0, max: 1e30, noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0)),
  fc.constantFrom(0, 1, Number.MAX_SAFE_INTEGER, 1e21, 1.5e-7, Number.MAX_VALUE, Number.MIN_VALUE),
);

/** Text that is already as `validate` leaves it: no surrounding white space. */
export const text = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('=1+2', '@SUM(A1)', "'=quoted", '-5', '+x', 'ذروة', '<b>x</b>', 'a,b"c\nd'))
  .map((s) => s.trim())
  .filter((s) => s !== '');

const idText = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);

/** Fields of a valid observation; the caller gives it its id and sources. */
export const validFields = fc
  .record(
    {
      start: isoDate(),
      endGap: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      value: fc.oneof(
        count,
        fc.tuple(count, count).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })),
      ),
      qualifier: fc.constantFrom<Qualifier>('exact', 'approx', 'at-least', 'at-most'),
      kind: fc.constantFrom<ObservationKind>('reported', 'authorized', 'planned', 'estimate', 'cumulative'),
      scope: fc.constantFrom<Scope>('US', 'coalition', 'Iraqi'),
      region: fc.constantFrom<Region>('Iraq', 'Syria', 'both'),
      operation: fc.option(fc.constantFrom('OIF', 'OND', 'OIR' as const), { nil: undefined }),
      cause: fc.option(fc.constantFrom('hostile', 'non-hostile' as const), { nil: undefined }),
      note: fc.option(fc.record({ en: text, ar: fc.oneof(text, fc.constant('')) }), { nil: undefined }),
      conflictsWith: fc.option(fc.uniqueArray(idText, { minLength: 1, maxLength: 3 }), { nil: undefined }),
      metric: fc.constantFrom('us-troops' as const, 'us-troops' as const, 'coalition-troops' as const, 'deaths' as const),
    },
    { requiredKeys: ['start', 'value', 'qualifier', 'kind', 'scope', 'region', 'metric'] },
  )
  .map((f) => {
    const year = Number(f.start.date.slice(0, 4));
    // A period's end: a later year, so that it is after the start whatever the precision.
    const endYear = f.endGap === undefined ? undefined : Math.min(YEAR_RANGE.max, year + f.endGap);
    const o: Omit<Observation, 'id' | 'sourceIds'> = {
      metric: f.metric,
      date: f.start.date,
      precision: f.start.precision,
      value: f.value,
      qualifier: f.qualifier,
      kind: f.kind,
      scope: f.scope,
      region: f.region,
    };
    if (endYear !== undefined && endYear > year) o.end = String(endYear);
    if (f.operation) o.operation = f.operation;
    if (f.cause) o.cause = f.cause;
    if (f.note) o.note = f.note;
    if (f.conflictsWith) o.conflictsWith = f.conflictsWith;
    return o;
  });

/** `n` valid observations with ids `v0`, `v1`… each citing its own source, so none is a duplicate. */
export function validObservations(minLength = 0, maxLength = 40) {
  return fc.array(validFields, { minLength, maxLength }).map((list) =>
    list.map((fields, i): Observation => ({ id: `v${i}`, ...fields, sourceIds: [`src-${i}`] })),
  );
}

/** The sources the observations from {@link validObservations} cite. */
export function sourcesFor(observations: readonly Observation[]): Source[] {
  return observations.map((_, i) => ({ id: `src-${i}`, publisher: { en: `Publisher ${i}`, ar: `Publisher ${i}` }, title: `Title ${i}`, date: '2020', url: `https://example.org/${i}` }));
}

/** Values that are not a usable count. */
export const badCount = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1e5', '0x10', 'Infinity', 'NaN', 'many', '12,000', true, [], {}),
  fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ max: -1 }),
);

/** Dates that are not a date in range. */
export const badDate = fc.oneof(
  fc.constantFrom('03/04/2020', '2020-13', '2021-02-30', '2021-2-3', '20', '1899', '3000', '0000', '9999-12-31', '2020-00', '2020-01-00', 'yesterday', '', ' ', Number.NaN, 2020.5, -2020, true, {}, []),
  fc.integer({ min: -100_000, max: YEAR_RANGE.min - 1 }),
  fc.integer({ min: YEAR_RANGE.max + 1, max: 100_000 }).map(String),
  fc.string({ maxLength: 12 }).filter((s) => !/^\s*\d{4}(-\d{2}(-\d{2})?)?\s*$/.test(s)),
);

/** One way of breaking a valid record, and the field the issue must name. */
export const breakage = fc.oneof(
  badDate.map((value) => ({ field: 'date', patch: { date: value } })),
  badCount.filter((v) => !(typeof v === 'object' && v !== null && !Array.isArray(v))).map((value) => ({ field: 'value', patch: { value } })),
  badCount.map((value) => ({ field: 'low', patch: { value: { low: value, high: 10 } } })),
  badCount.map((value) => ({ field: 'high', patch: { value: { low: 1, high: value } } })),
  fc.constant({ field: 'value', patch: { value: { low: 10, high: 1 } } }),
  fc.constant({ field: 'value', patch: { value: undefined } }),
  fc.constantFrom('maybe', 'EXACT', 7, null).map((value) => ({ field: 'qualifier', patch: { qualifier: value === null ? 'nah' : value } })),
  fc.constantFrom('guess', 3).map((value) => ({ field: 'kind', patch: { kind: value } })),
  fc.constantFrom('UN', 1).map((value) => ({ field: 'scope', patch: { scope: value } })),
  fc.constantFrom('Mars', false).map((value) => ({ field: 'region', patch: { region: value } })),
  fc.constantFrom('sandwiches', 42, {}).map((value) => ({ field: 'metric', patch: { metric: value } })),
  fc.constantFrom('century', 'day', 'year', 7).map((value) => ({ field: 'precision', patch: { date: '2010-06', precision: value } })),
  fc.constant({ field: 'end', patch: { date: '2010-06', precision: undefined, end: '2010-05' } }),
  badDate.filter((d) => !(typeof d === 'string' && d.trim() === '') && d !== null).map((value) => ({ field: 'end', patch: { date: '2010', precision: undefined, end: value } })),
);
