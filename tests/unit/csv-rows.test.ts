import { csvFormatRows, csvParse, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatCsvRows, parseCsvObjects, parseCsvRows } from '../../src/data/csv-rows.js';

/**
 * src/data/csv-rows.ts reads and writes CSV as d3-dsv did before it replaced it, so a file that
 * loaded before loads the same, and a download is the same bytes. d3-dsv is a development
 * dependency for this comparison (and the browser test that reads a download back) only.
 */

const RUNS = 2000;

/** Characters that matter to CSV, and some that must pass through untouched. */
const CHARACTERS = ['a', 'b', '1', ' ', ',', '"', '"', '\n', '\r', '\r\n', '\uFEFF', '=', '+', '-', '@', '\t', "'", 'ذ', '٣', '\u2028', '😀'];
/** Any text made of them: quoted or not, closed or not, with every kind of line break. */
const csvText = fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 60 });
/** A cell as a CMS or a spreadsheet might hold it: anything, formula-like and hostile text included. */
const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('', '=1+2', '@SUM(A1)', "'=quoted", '-5', '+x', 'a,b"c\nd', '""', '"', '\r', ' padded ', '__proto__', 'constructor'),
);
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

/** A parse as entries, so the order of the keys and the prototype are compared too. */
const asEntries = (parsed: Record<string, string>[] & { columns: string[] }) => ({
  columns: parsed.columns,
  rows: parsed.map((row) => ({ entries: Object.entries(row), prototype: Object.getPrototypeOf(row) })),
});

describe('parseCsvRows', () => {
  test(`parseCsvRows(text) is d3-dsv's csvParseRows(text) on any text (${RUNS} texts)`, () => {
    fc.assert(
      fc.property(csvText, (text) => {
        expect(parseCsvRows(text)).toEqual(csvParseRows(text));
      }),
      { numRuns: RUNS },
    );
  });

  test(`parseCsvRows reads back what formatCsvRows wrote, as d3-dsv does (${RUNS} tables)`, () => {
    fc.assert(
      fc.property(rows, (table) => {
        const text = formatCsvRows(table);
        expect(parseCsvRows(text)).toEqual(csvParseRows(text));
      }),
      { numRuns: RUNS },
    );
  });

  test('quoted cells hold commas, doubled quotes and line breaks of every kind', () => {
    expect(parseCsvRows('a,"b, ""c""\r\nd"\r\n"e\rf",g\n')).toEqual([
      ['a', 'b, "c"\r\nd'],
      ['e\rf', 'g'],
    ]);
  });

  test('lines end with LF, CRLF or CR; one break at the end is not a row; an empty line is one empty cell', () => {
    expect(parseCsvRows('a\nb\r\nc\rd\r\n')).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(parseCsvRows('a\n\nb\n\n')).toEqual([['a'], [''], ['b'], ['']]);
    expect([parseCsvRows(''), parseCsvRows('\n'), parseCsvRows('\r\n'), parseCsvRows(',')]).toEqual([[], [['']], [['']], [['', '']]]);
  });

  test("text after a closing quote ends the cell, an unclosed quote runs to the end, and a mark or a formula stays as it is", () => {
    for (const text of ['"a"b,c', '"a', '"a""', 'x,"y\nz', '\uFEFFid,=1+1', "'-5,@x"]) {
      expect(parseCsvRows(text), JSON.stringify(text)).toEqual(csvParseRows(text));
    }
    expect(parseCsvRows('"a"b,c\n"open,x')).toEqual([['a', '', 'c'], ['open,x']]);
    expect(parseCsvRows('\uFEFFid,=1+1')).toEqual([['\uFEFFid', '=1+1']]);
  });
});

describe('parseCsvObjects', () => {
  test(`parseCsvObjects(text) is d3-dsv's csvParse(text): the same rows, keys in the same order, and columns (${RUNS} texts)`, () => {
    fc.assert(
      fc.property(csvText, (text) => {
        expect(asEntries(parseCsvObjects(text))).toEqual(asEntries(csvParse(text) as Record<string, string>[] & { columns: string[] }));
      }),
      { numRuns: RUNS },
    );
  });

  test('a short row has "" for its missing cells, a long one loses its extra cells', () => {
    const parsed = parseCsvObjects('id,value,note\na\nb,2,x,extra\n');
    expect([...parsed]).toEqual([
      { id: 'a', value: '', note: '' },
      { id: 'b', value: '2', note: 'x' },
    ]);
    expect(parsed.columns).toEqual(['id', 'value', 'note']);
    expect([...parseCsvObjects('')]).toEqual([]);
    expect(parseCsvObjects('').columns).toEqual([]);
  });

  test('of two columns with one name the last wins; __proto__ is dropped and reaches no prototype', () => {
    const text = 'a,constructor,__proto__,a\n1,2,3,4';
    const [row] = parseCsvObjects(text);
    expect(Object.entries(row!)).toEqual([['a', '4'], ['constructor', '2']]);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(asEntries(parseCsvObjects(text))).toEqual(asEntries(csvParse(text) as Record<string, string>[] & { columns: string[] }));
    // d3-dsv throws on two __proto__ columns (a duplicate in the object literal it compiles); this reads them.
    expect([...parseCsvObjects('__proto__,__proto__,x\n1,2,3')]).toEqual([{ x: '3' }]);
  });
});

describe('formatCsvRows', () => {
  test(`formatCsvRows(rows) is d3-dsv's csvFormatRows(rows), byte for byte (${RUNS} tables)`, () => {
    fc.assert(
      fc.property(rows, (table) => {
        expect(formatCsvRows(table)).toBe(csvFormatRows(table));
      }),
      { numRuns: RUNS },
    );
  });

  test('quotes a cell only for a quote, a comma or a line break, and ends without a line break', () => {
    expect(formatCsvRows([['id', 'note'], ['a', 'say "hi", then\ngo'], ['=1+2', '\r'], ['\uFEFF', ' ']])).toBe(
      'id,note\na,"say ""hi"", then\ngo"\n=1+2,"\r"\n\uFEFF, ',
    );
    expect([formatCsvRows([]), formatCsvRows([[]]), formatCsvRows([[''], ['']])]).toEqual(['', '', '\n']);
  });
});
