import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli.js';
import { checkFile, formatCheck } from '../../src/data/validate-file.js';

/** A stream that keeps what is written to it. */
function sink(): Writable & { text(): string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  }) as Writable & { text(): string };
  stream.text = () => text;
  return stream;
}

const dir = mkdtempSync(path.join(tmpdir(), 'imc-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const where = path.join(dir, name);
  writeFileSync(where, text);
  return where;
}

const TEMPLATE = 'examples/data/figures-template.csv';
const HEADER = 'id,metric,date,end,value,qualifier,kind,scope,region,operation,source_ids,source,source_url,erratum_evidence,erratum_reason_en';
const BAD_CSV = [
  HEADER,
  // DoD's running total was $8.7 billion on 31 July 2016: a later, lower total falls.
  'oir-cost-2016-08,spending,2014-08-08,2016-08-31,8000000000,exact,cumulative,US,both,OIR,,Pentagon cost report,https://www.defense.gov/x,,',
  // No source at all: an error, the row is refused.
  'no-source,deaths,2024-01-28,,3,exact,reported,US,both,OIR,,,,,',
  // A value in words: an error.
  'words,deaths,2024,,three,exact,reported,US,Iraq,,,Wire,https://example.org/w,,',
  // The same figure marked as a misprint, kept off the running total, citing a bundled figure as evidence.
  'oir-cost-typo,spending,2014-08-08,2016-08-31,800000000,exact,cumulative,US,both,OIR,spending-asmc-2016,,,spending-oir-cumulative-2016-07-31,A digit dropped',
].join('\n');

describe('checkFile(text, name)', () => {
  test('the CSV template passes with no issue against the bundled dataset', () => {
    const check = checkFile(readFileSync(TEMPLATE, 'utf8'), TEMPLATE);
    expect([check.format, check.rows, check.errors, check.warnings, check.issues]).toEqual(['csv', 6, 0, 0, []]);
  });

  test('a bad CSV gets every problem with its row, line and field, in English and in Arabic', () => {
    const check = checkFile(BAD_CSV, 'bad.csv');
    expect(formatCheck(check, 'bad.csv', 'en')).toEqual([
      'error: row 2 (line 3), sourceIds: No source is given for this figure.',
      'error: row 3 (line 4), value: “three” is not a finite number.',
      'warning: row 1 (line 2), value: This running total (8000000000) is lower than the earlier “spending-oir-cumulative-2016-07-31” (8700000000); a running total never falls. Give it its own kind or definition, or mark it as an erratum.',
      'bad.csv: 4 rows, 2 errors, 1 warning.',
    ]);
    expect(formatCheck(check, 'bad.csv', 'ar')).toEqual([
      'خطأ: الصف 2 (السطر 3)، sourceIds: لم يُذكر مصدر لهذا الرقم.',
      'خطأ: الصف 3 (السطر 4)، value: «three» ليس رقمًا صالحًا.',
      'تنبيه: الصف 1 (السطر 2)، value: هذا المجموع التراكمي (8000000000) أقل من الرقم السابق «spending-oir-cumulative-2016-07-31» (8700000000)، والمجموع التراكمي لا ينخفض. أعطه نوعًا أو تعريفًا خاصًا به، أو علّمه خطأً مطبعيًا.',
      'bad.csv: عدد الصفوف 4، الأخطاء 2، التنبيهات 1.',
    ]);
  });

  test('a JSON file is checked for conflicts that are not, counts dated after their source, unknown ids and planned events already past', () => {
    const json = JSON.stringify({
      sources: [{ id: 'wire', publisher: 'AP', title: 'Troops cut', date: '2020-11-17', url: 'https://apnews.com/x', grade: 'press' }],
      observations: [
        { id: 'late', metric: 'us-troops', date: '2020-12', value: 2500, sourceIds: ['wire'] },
        { id: 'mine', metric: 'deaths', date: '2003-03-19', end: '2011-11-29', kind: 'cumulative', value: 4485, sourceIds: ['wire'], conflictsWith: ['deaths-2003-03-19-to-2011-12-01-dod', 'nowhere'] },
      ],
      events: [{ id: 'deadline', date: '2026-09', label: { en: 'Deadline', ar: 'الموعد' }, status: 'planned', sourceIds: ['wire'] }],
    });
    const check = checkFile(json, 'figures.json', { now: '2026-12-01' });
    expect(formatCheck(check, 'figures.json')).toEqual([
      'warning: row 1, date: The figure is dated after its source “wire”, which is dated 2020-11-17.',
      'warning: row 2, conflictsWith: No figure with the id “nowhere” is in the data.',
      'warning: row 2, conflictsWith: “deaths-2003-03-19-to-2011-12-01-dod” counts another thing or another period (end date, scope, region, operation, cause or definition): it is not a conflict.',
      'warning: event 1, status: This event is planned for 2026-09, which has passed: mark it done or cancelled, with a source.',
      'figures.json: 2 rows, 0 errors, 4 warnings.',
    ]);
  });

  test('text that is neither JSON nor CSV is one error for the file', () => {
    expect(formatCheck(checkFile('{ not json', 'x.json'), 'x.json')).toEqual(['error: the file: The data file could not be read as JSON or CSV.', 'x.json: 0 rows, 1 error, 0 warnings.']);
  });
});

describe('npx iraq-mission-charts validate <file>', () => {
  test('exits 0 on the template and prints the summary', () => {
    const out = sink();
    expect(main(['validate', TEMPLATE], out, sink())).toBe(0);
    expect(out.text()).toBe(`${TEMPLATE}: 6 rows, 0 errors, 0 warnings.\n`);
  });

  test('exits 1 on a file with an error, and prints every problem in Arabic with --lang ar', () => {
    const bad = file('bad.csv', BAD_CSV);
    const out = sink();
    expect(main(['validate', bad, '--lang', 'ar'], out, sink())).toBe(1);
    expect(out.text().split('\n')).toEqual([
      'خطأ: الصف 2 (السطر 3)، sourceIds: لم يُذكر مصدر لهذا الرقم.',
      'خطأ: الصف 3 (السطر 4)، value: «three» ليس رقمًا صالحًا.',
      'تنبيه: الصف 1 (السطر 2)، value: هذا المجموع التراكمي (8000000000) أقل من الرقم السابق «spending-oir-cumulative-2016-07-31» (8700000000)، والمجموع التراكمي لا ينخفض. أعطه نوعًا أو تعريفًا خاصًا به، أو علّمه خطأً مطبعيًا.',
      `${bad}: عدد الصفوف 4، الأخطاء 2، التنبيهات 1.`,
      '',
    ]);
  });

  test('exits 0 on a file with warnings only', () => {
    const warned = file('warned.csv', [HEADER, BAD_CSV.split('\n')[1]].join('\n'));
    const out = sink();
    expect(main(['validate', warned], out, sink())).toBe(0);
    expect(out.text().split('\n').slice(-2)).toEqual([`${warned}: 1 row, 0 errors, 1 warning.`, '']);
  });

  test('exits 1 when the file cannot be opened', () => {
    const err = sink();
    expect(main(['validate', path.join(dir, 'missing.csv')], sink(), err)).toBe(1);
    expect(err.text()).toBe(`${path.join(dir, 'missing.csv')} could not be opened.\n`);
  });
});
