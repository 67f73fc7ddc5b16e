import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { readObservations } from '../../src/components/core/chart-spec.js';
import { quickCheck } from '../../src/data/quick-check.js';
import type { Source } from '../../src/data/types.js';
import { validate, type ValidateOptions } from '../../src/data/validate.js';
import { RUNS, breakage, sourcesFor, validObservations } from './hardening/arbitraries.js';

vi.setConfig({ testTimeout: 60_000 });

/*
 * The quick check (what a chart runs on its data before the first paint) against `validate`
 * (imported only when the quick check finds a problem): on any input, when the quick check
 * accepts, it returns exactly what `validate` returns and `validate` finds no issue; when
 * `validate` finds any issue, the quick check refuses. It may also leave to `validate` a good
 * input of a shape it does not read (an erratum; two rows of one date, which may repeat each
 * other), and on every other good input it must accept.
 */

const REGISTRY: Source[] = [{ id: 'dod', publisher: { en: 'DoD', ar: 'DoD' }, title: 'Release', date: '2020' }];

/** The two readers agree on `input`; returns whether the quick check accepted. */
function agree(input: unknown, options: ValidateOptions): boolean {
  const full = validate(input, options);
  const quick = quickCheck(input, options);
  if (full.issues.length > 0) expect(quick).toBeUndefined();
  if (quick) {
    expect(full.issues).toEqual([]);
    expect(quick).toEqual({ records: full.records, sources: full.sources });
    // The same fields in the same order, so a record is written out (JSON, CSV) the same way.
    quick.records.forEach((r, i) => expect(Object.keys(r)).toEqual(Object.keys(full.records[i]!)));
  }
  return quick !== undefined;
}

/** Whether `validate` would be given `rows` by the quick check even when good: an erratum, or a date twice. */
function deferred(rows: readonly Record<string, unknown>[]): boolean {
  const errata = rows.some((r) => ['erratum', 'erratum_evidence', 'erratum_likely', 'erratum_reason_en', 'erratum_reason_ar'].some((k) => r[k] !== undefined && r[k] !== null && String(r[k]).trim() !== ''));
  const dates = rows.map((r) => (typeof r.date === 'string' ? r.date.trim() : String(r.date)));
  return errata || new Set(dates).size < dates.length;
}

/** A cell as a careless export writes it: the value, padded with spaces, or a whole number as text. */
const cellForms = (value: unknown) =>
  fc.constantFrom(value, typeof value === 'string' ? ` ${value} ` : value, typeof value === 'number' && Number.isInteger(value) && value < 1e21 ? ` ${String(value)}` : value);

/** A row written in the forms people send: CSV columns instead of objects, blank optional cells, inline sources. */
const rowVariant = (o: Record<string, unknown>, i: number) =>
  fc
    .record({
      date: cellForms(o.date),
      value: typeof o.value === 'number' ? cellForms(o.value) : fc.constant(o.value),
      asCsvRange: fc.boolean(),
      dropId: fc.boolean(),
      inline: fc.constantFrom('none', 'title', 'title-url', 'bad-url'),
      blanks: fc.constantFrom(undefined, '', ' ', null),
      precision: fc.boolean(),
      noteForm: fc.constantFrom('object', 'string', 'columns', 'blank'),
      sourcesAs: fc.constantFrom('array', 'text', 'snake'),
      definition: fc.constantFrom(undefined, 'in-country', ' fy-average ', '', '  '),
      supersedes: fc.constantFrom(undefined, 'x-1; x-2', ['v0'], []),
    })
    .map((v) => {
      const row: Record<string, unknown> = { ...o, date: v.date, value: v.value };
      const range = o.value as { low: number; high: number };
      // CSV columns hold numbers as people write them: only whole ones written plainly.
      if (v.asCsvRange && typeof o.value === 'object' && [range.low, range.high].every((n) => Number.isInteger(n) && n < 1e21)) {
        row.value = v.blanks;
        row.low = String(range.low);
        row.high = String(range.high);
      }
      if (v.dropId) delete row.id;
      if (!v.precision) delete row.precision;
      const ids = o.sourceIds as string[];
      delete row.sourceIds;
      if (v.sourcesAs === 'array') row.sourceIds = ids;
      else if (v.sourcesAs === 'text') row.sourceIds = ids.join(';');
      else row.source_ids = ids.join('; ');
      if (v.inline !== 'none') row.source = ` Newsroom sheet ${i % 3} `;
      if (v.inline === 'title-url') row.source_url = `https://example.org/sheet/${i % 2}`;
      if (v.inline === 'bad-url') row.source_url = 'javascript:alert(1)';
      const note = o.note as { en: string; ar: string } | undefined;
      delete row.note;
      if (note && v.noteForm === 'object') row.note = note;
      else if (note && v.noteForm === 'string') row.note = note.en;
      else if (note && v.noteForm === 'columns') [row.note_en, row.note_ar] = [note.en, note.ar];
      else row.note = v.blanks;
      if (v.definition !== undefined) row.definition = v.definition;
      if (v.supersedes !== undefined) row.supersedes = v.supersedes;
      row.operation ??= v.blanks;
      return row;
    });

/** Good rows in every form, each citing its own registered source (so none repeats another). */
const goodRows = validObservations(0, 25).chain((observations) =>
  fc.tuple(fc.constant(observations), observations.length ? fc.tuple(...observations.map((o, i) => rowVariant(o as unknown as Record<string, unknown>, i))) : fc.constant([])),
);

describe(`the quick check reads as validate does (${RUNS} runs per property)`, () => {
  test('good rows in every form: accepted, with the same records and sources, unless of a shape left to validate', () => {
    let accepted = 0;
    fc.assert(
      fc.property(goodRows, fc.boolean(), fc.boolean(), ([observations, rows], wrapped, withDefault) => {
        const given = sourcesFor(observations);
        const input = wrapped ? { observations: rows, sources: given } : rows;
        const options: ValidateOptions = { sources: wrapped ? REGISTRY : [...REGISTRY, ...given], ...(withDefault ? { defaultMetric: 'us-troops' } : {}) };
        const quick = agree(input, options);
        const full = validate(input, options);
        if (full.issues.length === 0 && !deferred(rows)) expect(quick).toBe(true);
        if (quick) accepted++;
      }),
      { numRuns: RUNS },
    );
    // Most of these inputs are good and read quickly: the property is not met by refusing everything.
    expect(accepted).toBeGreaterThan(RUNS / 2);
  });

  test('rows with one field broken: refused, as validate reports it', () => {
    fc.assert(
      fc.property(validObservations(1, 12), fc.nat(), breakage, (observations, at, broken) => {
        const rows = observations.map((o) => ({ ...o })) as Record<string, unknown>[];
        Object.assign(rows[at % rows.length]!, broken.patch);
        const options = { sources: sourcesFor(observations) };
        agree(rows, options);
        expect(quickCheck(rows, options)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  test('inputs of random fields of random types, and given sources of every shape: never apart from validate', () => {
    const cell = fc.oneof(
      fc.anything(),
      fc.constantFrom('2020', '2020-02', ' 2021-03-04 ', 2019, '5', ' 7.5 ', '-1', '1e5', 'US', 'Iraq', 'exact', 'reported', 'us-troops', 'dod', '', ' ', null, undefined, 'https://example.org/x', 'javascript:x'),
    );
    const row = fc.dictionary(
      fc.constantFrom('id', 'date', 'end', 'value', 'low', 'high', 'metric', 'kind', 'qualifier', 'scope', 'region', 'precision', 'operation', 'cause', 'note', 'note_en', 'note_ar', 'sourceIds', 'source_ids', 'source', 'source_url', 'sourceUrl', 'conflictsWith', 'conflicts_with', 'supersedes', 'definition', 'erratum', 'erratum_reason_en'),
      cell,
      { maxKeys: 12 },
    );
    const source = fc.oneof(
      fc.record({ id: fc.constantFrom('dod', 'own', ' own ', ''), publisher: fc.oneof(fc.string(), fc.record({ en: fc.string(), ar: fc.string() })), title: cell, url: cell, grade: fc.constantFrom(undefined, 'press', 'secondary-copy', 'gossip', ''), via: fc.constantFrom(undefined, 'archive.org', '', 5) }, { requiredKeys: ['id'] }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(row, fc.anything()), { maxLength: 12 }), fc.array(source, { maxLength: 3 }), fc.boolean(), (rows, sources, wrapped) => {
        agree(wrapped ? { observations: rows, sources } : rows, { sources: REGISTRY, defaultMetric: 'us-troops' });
      }),
      { numRuns: RUNS },
    );
  });

  test('a long daily series with one inline source: accepted as validate reads it; one bad row among them: refused', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ date: new Date(Date.UTC(2003, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), value: 1000 + (i % 97), source: 'Generated series' }));
    expect(agree(rows, { defaultMetric: 'us-troops' })).toBe(true);
    // Out of order, still no date twice.
    expect(agree([...rows].reverse(), { defaultMetric: 'us-troops' })).toBe(true);
    const bad = rows.map((r, i) => (i === 1500 ? { ...r, value: -1 } : r));
    expect(agree(bad, { defaultMetric: 'us-troops' })).toBe(false);
    // A date twice is left to validate, which keeps one and warns of the other.
    const twice = [...rows, rows[10]!];
    expect(agree(twice, { defaultMetric: 'us-troops' })).toBe(false);
    expect(validate(twice, { defaultMetric: 'us-troops' }).issues.map((i) => [i.row, i.code])).toEqual([[3000, 'duplicate']]);
  });
});

describe("a chart's reading", () => {
  const read = readObservations<object>('us-troops');
  const good = [{ date: '2004', value: 138_000, source: 'Brookings' }];
  const bad = [{ date: '2004', value: 138_000, source: 'Brookings' }, { date: '03/04/2020', value: 5 }];

  test('good data is read at once, with no issue and nothing to import', () => {
    const result = read(good, [], {});
    expect(result.full).toBeUndefined();
    expect(result).toEqual({ ...validate(good, { defaultMetric: 'us-troops', sources: [] }) });
  });

  test('data with a problem is read by validate, imported: the same records and issues, messages included', async () => {
    const result = read(bad, [], {});
    expect(result.records).toEqual([]);
    expect(result.issues).toEqual([]);
    const full = await result.full!;
    expect(full).toEqual(validate(bad, { defaultMetric: 'us-troops', sources: [] }));
    expect(full.issues.map((i) => [i.row, i.field, i.code, i.message.en])).toEqual([
      [1, 'date', 'bad-date', '“03/04/2020” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.'],
    ]);
    expect(full.issues[0]!.message.ar).toBe('«03/04/2020» ليس تاريخًا بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.');
  });

  test('given the full validator (the static renderer), it reads with it at once', () => {
    expect(read(bad, [], {}, validate)).toEqual(validate(bad, { defaultMetric: 'us-troops', sources: [] }));
  });
});
