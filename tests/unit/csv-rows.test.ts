import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/data/csv.js';

/*
 * CSV text is cut into rows by d3-dsv's `csvParseRows` and keyed by the header in csv.ts: these
 * tests cover the keying, which is ours; the cutting is d3-dsv's own and tested there.
 */
describe('parseCsv keys the rows of csvParseRows by the header', () => {
  test('a short row has "" for its missing cells, a long one loses its extra cells', () => {
    const parsed = parseCsv('id,value,note\na\nb,2,x,extra\n');
    expect([...parsed]).toEqual([
      { id: 'a', value: '', note: '' },
      { id: 'b', value: '2', note: 'x' },
    ]);
    expect(parsed.columns).toEqual(['id', 'value', 'note']);
    expect([[...parseCsv('')], parseCsv('').columns]).toEqual([[], []]);
  });

  test('of two columns with one name the last wins; __proto__ is dropped and reaches no prototype', () => {
    const [row] = parseCsv('a,constructor,__proto__,a\n1,2,3,4');
    expect(Object.entries(row!)).toEqual([['a', '4'], ['constructor', '2']]);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    // d3-dsv's csvParse throws on two __proto__ columns (a duplicate in the object literal it compiles).
    expect([...parseCsv('__proto__,__proto__,x\n1,2,3')]).toEqual([{ x: '3' }]);
  });

  test('quoted cells keep commas, doubled quotes and line breaks; a byte-order mark is dropped', () => {
    expect([...parseCsv('\uFEFFid,note\r\na,"b, ""c""\r\nd"\r\n')]).toEqual([{ id: 'a', note: 'b, "c"\r\nd' }]);
  });
});

describe('no source file calls csvParse', () => {
  /** Every .ts file under src/. */
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

  test('only csvParseRows and csvFormatRows are imported from d3-dsv: csvParse compiles its row converter with new Function, which a strict CSP refuses', () => {
    const names = files('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/import \{([^}]*)\} from 'd3-dsv'/g)].flatMap((m) => m[1]!.split(',').map((name) => name.trim())),
    );
    expect([...new Set(names)].sort()).toEqual(['csvFormatRows', 'csvParseRows']);
  });
});
