import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { resolveOptions, THEMES, ANNOTATIONS } from '../../../src/components/core/element/options.js';
import { parseCsv, toCsv } from '../../../src/data/csv.js';
import type { DataIssue } from '../../../src/data/issues.js';
import type { Observation } from '../../../src/data/types.js';
import { validate } from '../../../src/data/validate.js';
import { RUNS, breakage, sourcesFor, validFields, validObservations } from './arbitraries.js';


// 500 runs a property take a second or two alone, several when the Chromium tests run alongside.
vi.setConfig({ testTimeout: 30_000 });
/**
 * `validate` and its neighbours under arbitrary input: they never throw, keep every record built
 * to be valid, and report every record built to be invalid with its row and the field at fault.
 */

/** Every issue is well formed: a row index (or -1), a field, a code, a severity and both messages. */
function wellFormed(issues: readonly DataIssue[], rows: number): void {
  for (const issue of issues) {
    // Issues about the source list count rows of that list; every other names a data row.
    const bound = issue.field === 'sources' ? Infinity : Math.max(rows, 1);
    expect(Number.isInteger(issue.row) && issue.row >= -1 && issue.row < bound).toBe(true);
    expect(typeof issue.field).toBe('string');
    expect(issue.field.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(issue.severity);
    expect(typeof issue.message.en).toBe('string');
    expect(typeof issue.message.ar).toBe('string');
  }
}

/** A record with random fields of random types: what a careless CMS export might hold. */
const chaoticRecord = fc.dictionary(
  fc.constantFrom('id', 'date', 'end', 'value', 'low', 'high', 'metric', 'kind', 'qualifier', 'scope', 'region', 'precision', 'operation', 'cause', 'note', 'note_en', 'note_ar', 'sourceIds', 'source_ids', 'source', 'source_url', 'conflictsWith', 'toString', 'valueOf', '__proto__', 'constructor'),
  fc.oneof(
    fc.anything(),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, '2020', '2020-02-30', '99999', '-1', ' 5 ', null, undefined),
    fc.string(),
    fc.double(),
  ),
  { maxKeys: 10 },
);

describe(`validate never throws (${RUNS} runs per property)`, () => {
  test(`on fc.anything() (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }), (input) => {
        const result = validate(input);
        expect(Array.isArray(result.records)).toBe(true);
        wellFormed(result.issues, Array.isArray(input) ? input.length : 0);
      }),
      { numRuns: RUNS },
    );
  });

  test(`on lists of records with random fields of random types, also as { observations, sources } (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(chaoticRecord, fc.anything()), { maxLength: 30 }), fc.anything(), fc.boolean(), (rows, sources, wrapped) => {
        const result = validate(wrapped ? { observations: rows, sources } : rows);
        wellFormed(result.issues, rows.length);
        // Whatever is kept is a usable observation.
        for (const o of result.records) {
          expect(typeof o.id).toBe('string');
          const values = typeof o.value === 'number' ? [o.value] : [o.value.low, o.value.high];
          for (const v of values) expect(Number.isFinite(v) && v >= 0).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('on a record whose toString is not a function, frozen records and proxies that throw', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); } });
    expect(() => validate([{ date: { toString: 1 }, value: { valueOf: 'x' } }, Object.freeze({ date: '2020', value: 1 }), Object.create(null)])).not.toThrow();
    // A proxy that throws on every read is not data a JSON parser or CSV reader can produce; say so, don't crash.
    const result = (() => {
      try {
        return validate([hostile]);
      } catch (error) {
        return error;
      }
    })();
    expect(result instanceof Error ? 'threw' : 'returned').toBe('returned');
  });
});

describe(`every valid record is kept (${RUNS} runs per property)`, () => {
  test(`a list of valid records, unsorted, from empty to 40 rows, is kept whole and in order (${RUNS} lists)`, () => {
    fc.assert(
      fc.property(validObservations(0, 40), (observations) => {
        const result = validate({ observations, sources: sourcesFor(observations) });
        expect(result.issues).toEqual([]);
        expect(result.records.map((o) => o.id)).toEqual(observations.map((o) => o.id));
        expect(result.records).toEqual(observations);
      }),
      { numRuns: RUNS },
    );
  });

  test(`valid and broken records mixed: every valid one kept, every broken one reported with its row and field (${RUNS} lists)`, () => {
    const row = fc.oneof(
      validFields.map((fields) => ({ fields, broken: undefined as undefined | { field: string; patch: Record<string, unknown> } })),
      fc.tuple(validFields, breakage).map(([fields, broken]) => ({ fields, broken })),
      fc.constantFrom(null, 7, 'row', [], true).map((junk) => ({ fields: junk, broken: { field: '*', patch: {} } })),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const input = rows.map(({ fields, broken }, i) =>
          typeof fields === 'object' && fields !== null && !Array.isArray(fields)
            ? { id: `r${i}`, ...fields, sourceIds: [`src-${i}`], ...(broken?.patch ?? {}) }
            : fields,
        );
        const result = validate({ observations: input, sources: sourcesFor(input as Observation[]) });
        const kept = new Set(result.records.map((o) => o.id));
        rows.forEach(({ broken }, i) => {
          if (!broken) {
            expect(kept.has(`r${i}`), `row ${i} was valid and is missing`).toBe(true);
            return;
          }
          expect(kept.has(`r${i}`), `row ${i} was broken (${broken.field}) and is kept`).toBe(false);
          const mine = result.issues.filter((issue) => issue.row === i && issue.severity === 'error');
          expect(mine.map((issue) => issue.field), `row ${i}: ${JSON.stringify(input[i])}`).toContain(broken.field);
        });
        expect(result.records.length).toBe(rows.filter((r) => !r.broken).length);
      }),
      { numRuns: RUNS },
    );
  });

  test(`an exact duplicate is kept once and reported as a warning at its row (${RUNS} lists)`, () => {
    fc.assert(
      fc.property(validObservations(1, 10), fc.nat(), (observations, pick) => {
        const copy = { ...observations[pick % observations.length]! };
        const input = [...observations, copy];
        const result = validate({ observations: input, sources: sourcesFor(observations) });
        expect(result.records).toEqual(observations);
        expect(result.issues).toEqual([expect.objectContaining({ row: observations.length, field: '*', code: 'duplicate', severity: 'warning' })]);
      }),
      { numRuns: RUNS },
    );
  });

  test('one row, and 10,000 rows, are kept whole', () => {
    const [one] = fc.sample(validObservations(1, 1), { seed: 1, numRuns: 1 });
    expect(validate({ observations: one, sources: sourcesFor(one!) }).records).toEqual(one);
    const many = fc.sample(validFields, { seed: 2, numRuns: 10_000 }).map((fields, i): Observation => ({ id: `v${i}`, ...fields, sourceIds: [`src-${i}`] }));
    const result = validate({ observations: many, sources: sourcesFor(many) });
    expect(result.issues).toEqual([]);
    expect(result.records.length).toBe(10_000);
  });
});

describe(`CSV round trip (${RUNS} runs)`, () => {
  test(`toCsv → parseCsv → validate gives back the same observations (${RUNS} lists)`, () => {
    fc.assert(
      fc.property(validObservations(0, 20), (observations) => {
        const sources = sourcesFor(observations);
        const result = validate(parseCsv(toCsv(observations, sources)), { sources });
        expect(result.issues).toEqual([]);
        expect(result.records).toEqual(observations);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('inputs the properties found (kept as fixed examples)', () => {
  const base: Observation = { id: 'x', metric: 'us-troops', date: '2010', precision: 'year', value: 1, qualifier: 'exact', kind: 'reported', scope: 'US', region: 'Iraq', sourceIds: ['src-0'] };
  test.each([
    ['a value of 1e21 (String() writes "1e+21")', { ...base, value: 1e21 }],
    ['a value of 5e-324 (String() writes "5e-324")', { ...base, value: Number.MIN_VALUE }],
    ['a range up to Number.MAX_VALUE', { ...base, value: { low: 0, high: Number.MAX_VALUE } }],
    ["a note that starts with a quote before a formula character ('=x)", { ...base, note: { en: "'=quoted", ar: "''+x" } }],
  ])('CSV round trip keeps %s', (_, observation) => {
    const sources = sourcesFor([observation]);
    expect(validate(parseCsv(toCsv([observation], sources)), { sources }).records).toEqual([observation]);
  });

  test('a row or source list whose getters throw is reported, not thrown', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(validate([trap, { date: '2020', value: 1, source: 'x', metric: 'us-troops' }]).issues.map((i) => [i.row, i.field, i.code])).toEqual([[0, '*', 'not-an-object']]);
    expect(validate(trap).issues.map((i) => [i.row, i.field, i.code])).toEqual([[-1, '*', 'not-a-list']]);
    expect(validate({ observations: [], sources: [trap] }).issues.map((i) => [i.row, i.field, i.code])).toEqual([[0, 'sources', 'bad-text']]);
  });
});

describe(`resolveOptions (${RUNS} runs)`, () => {
  const anyText = fc.option(fc.oneof(fc.string(), fc.constantFrom('ar-IQ', 'en', 'x-private', 'i-klingon', 'en-u-nu-thai', 'dark', 'auto', 'rtl', 'all', '2010', ' 2014 ', '1e3', '-0', '99999999', '2020-02-30')), { nil: null });
  test(`never throws on arbitrary strings, and always yields usable options (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(
        fc.record({ lang: anyText, numerals: anyText, theme: anyText, from: fc.oneof(anyText, fc.double(), fc.integer()), to: fc.oneof(anyText, fc.double(), fc.integer()), annotations: anyText, timeDirection: anyText, now: anyText }),
        (given) => {
          const { options, issues } = resolveOptions(given, () => Date.UTC(2025, 0, 1));
          expect(THEMES).toContain(options.theme);
          expect(ANNOTATIONS).toContain(options.annotations);
          expect(['ltr', 'rtl']).toContain(options.timeDirection);
          expect(Number.isInteger(options.from) && Number.isInteger(options.to) && options.from <= options.to).toBe(true);
          expect(Number.isFinite(options.now)).toBe(true);
          expect(typeof options.locale.formatNumber(1234)).toBe('string');
          wellFormed(issues, 0);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
