/**
 * CSV text ⇄ rows of cells (RFC 4180), read and written as d3-dsv 3 does it, so files read and
 * written before are read and written the same: tests/unit/csv-rows.test.ts compares these
 * functions with d3-dsv's `csvParseRows`, `csvParse` and `csvFormatRows` on many inputs.
 * Written here, they replace d3-dsv's 4.7 KB of code (1.6 KB gzip), and reading builds no
 * function from text: d3-dsv compiles one per header with `new Function`, which a
 * Content-Security-Policy without 'unsafe-eval' refuses, so a CSV `src` did not load under one.
 *
 * Reading:
 * - a cell in double quotes may hold commas, line breaks and doubled quotes (`""` is `"`);
 * - lines end with LF, CRLF or CR, and one line break at the very end is not a row;
 * - an empty line is a row of one empty cell, and so is a text that is only a line break;
 * - the character after a closing quote ends the cell, whatever it is: `"a"b,c` is `a`, an
 *   empty cell and `c`; an unclosed quote runs to the end of the text;
 * - nothing else is changed: no trimming, and a byte-order mark is the start of the first cell.
 */

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const RETURN = 13;

/** What the reader returns after the last cell of a line, and after the last cell of the text. */
const LINE_END = Symbol('line end');
const TEXT_END = Symbol('text end');

/** Rows of cells, each as long as its line: a row need not have as many cells as the first. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  // Only an empty text has no row: a text that is one line break is one empty cell.
  let textEnded = text.length === 0; // the last cell has been read
  let end = text.length;
  // One line break at the very end closes the last row instead of starting an empty one.
  if (text.charCodeAt(end - 1) === NEWLINE) --end;
  if (text.charCodeAt(end - 1) === RETURN) --end;

  let at = 0; // where the next cell starts
  let lineEnded = false; // the cell just read was the last of its line

  /** The next cell, or LINE_END / TEXT_END after the last cell of a line / of the text. */
  function next(): string | typeof LINE_END | typeof TEXT_END {
    if (textEnded) return TEXT_END;
    if (lineEnded) {
      lineEnded = false;
      return LINE_END;
    }
    const start = at;
    if (text.charCodeAt(start) === QUOTE) {
      // On to the next quote that is not doubled, or past the end for a quote never closed: step
      // over anything but a quote; at a quote, look at the next character, and a second quote
      // (an escaped one) goes on.
      while ((at++ < end && text.charCodeAt(at) !== QUOTE) || text.charCodeAt(++at) === QUOTE);
      const close = at; // one past the closing quote
      if (close >= end) textEnded = true;
      else {
        // The character after the closing quote ends the cell, whatever it is.
        const c = text.charCodeAt(at++);
        if (c === NEWLINE) lineEnded = true;
        else if (c === RETURN) {
          lineEnded = true;
          if (text.charCodeAt(at) === NEWLINE) ++at;
        }
      }
      return text.slice(start + 1, close - 1).replace(/""/g, '"');
    }
    // On to the next comma or line break.
    while (at < end) {
      const here = at++;
      const c = text.charCodeAt(here);
      if (c === NEWLINE) lineEnded = true;
      else if (c === RETURN) {
        lineEnded = true;
        if (text.charCodeAt(at) === NEWLINE) ++at;
      } else if (c !== COMMA) continue;
      return text.slice(start, here);
    }
    textEnded = true;
    return text.slice(start, end);
  }

  for (let cell = next(); cell !== TEXT_END; cell = next()) {
    const row: string[] = [];
    for (; typeof cell === 'string'; cell = next()) row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Rows of a CSV file as objects keyed by the first row's cells, with those names in order. */
export type CsvObjects = Record<string, string>[] & { columns: string[] };

/**
 * The first row names the columns; every other row becomes an object with a cell for each name,
 * `''` where the row is short, and cells beyond the names dropped. Of two columns with one name
 * the last wins; a column named `__proto__` is dropped, as d3-dsv's object literal drops it.
 */
export function parseCsvObjects(text: string): CsvObjects {
  const [columns = [], ...lines] = parseCsvRows(text);
  const rows = lines.map((cells) => {
    const row: Record<string, string> = {};
    // Assigning a string to `__proto__` does nothing, so a hostile header cannot reach a prototype.
    columns.forEach((name, i) => (row[name] = cells[i] || ''));
    return row;
  });
  return Object.assign(rows, { columns });
}

/** A cell as written: in double quotes, its own doubled, when it holds a quote, comma or line break. */
function formatCell(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows of cells as CSV text: cells joined by commas, rows by LF, no line break at the end. */
export function formatCsvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(formatCell).join(',')).join('\n');
}
