import { readFileSync } from 'node:fs';
import { parseCsv } from './csv.js';
import { dataset } from './dataset.js';
import { makeIssue, type DataIssue } from './issues.js';
import type { Dataset } from './types.js';
import { recordRules, validateEvents } from './rules.js';
import { validate } from './validate.js';

/** What {@link checkFile} found in one file. */
export interface FileCheck {
  /** `csv` or `json`, as the file was read. */
  format: 'csv' | 'json';
  /** Rows of figures read (and events, for a JSON file that has them). */
  rows: number;
  events: number;
  /** Every problem, figures first, then events. */
  issues: DataIssue[];
  /** Problems with the events of a JSON file (their rows count events, not figures). */
  eventIssues: DataIssue[];
  errors: number;
  warnings: number;
}

/** Options for {@link checkFile}. */
export interface CheckFileOptions {
  /** The published data the file is checked against: the bundled dataset by default. */
  against?: Dataset;
  /** What counts as today, for planned events whose date has passed (`YYYY-MM-DD`). */
  now?: string;
}

/**
 * Checks the text of a figures file (CSV with the columns of the Data format page, or JSON: a
 * list of figures or `{ observations, sources, events }`) as a newsroom would before adding it
 * to the dataset: the schema, a source on every figure (an error), and the dataset's rules —
 * running totals that fall, conflicts that are not, counts dated after their source, planned
 * events already past — against the bundled sources and figures. It never throws.
 */
export function checkFile(text: string, name: string, options: CheckFileOptions = {}): FileCheck {
  const against = options.against ?? dataset;
  const json = /\.json$/i.test(name) || /^\s*[[{]/.test(text);
  let input: unknown;
  try {
    input = json ? JSON.parse(text) : [...parseCsv(text)];
  } catch {
    const issues = [makeIssue(-1, '*', 'parse-failed')];
    return { format: json ? 'json' : 'csv', rows: 0, events: 0, issues, eventIssues: [], errors: 1, warnings: 0 };
  }
  const result = validate(input, { sources: against.sources, rules: recordRules(against.observations), requireSources: true });
  const rawEvents = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as { events?: unknown }).events : undefined;
  const events =
    rawEvents === undefined
      ? { events: [], issues: [] }
      : validateEvents(rawEvents, { sources: [...against.sources, ...result.sources], now: options.now ?? new Date().toISOString().slice(0, 10), requireSources: true });
  const rows = Array.isArray(input) ? input.length : Array.isArray((input as { observations?: unknown })?.observations) ? (input as { observations: unknown[] }).observations.length : 0;
  const all = [...result.issues, ...events.issues];
  return {
    format: json ? 'json' : 'csv',
    rows,
    events: Array.isArray(rawEvents) ? rawEvents.length : 0,
    issues: result.issues,
    eventIssues: events.issues,
    errors: all.filter((i) => i.severity === 'error').length,
    warnings: all.filter((i) => i.severity === 'warning').length,
  };
}

const WORDS = {
  en: {
    error: 'error',
    warning: 'warning',
    row: 'row',
    line: 'line',
    event: 'event',
    file: 'the file',
    summary: (name: string, rows: number, errors: number, warnings: number) =>
      `${name}: ${rows} ${rows === 1 ? 'row' : 'rows'}, ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`,
    unreadable: (name: string) => `${name} could not be opened.`,
  },
  ar: {
    error: 'خطأ',
    warning: 'تنبيه',
    row: 'الصف',
    line: 'السطر',
    event: 'الحدث',
    file: 'الملف',
    summary: (name: string, rows: number, errors: number, warnings: number) => `${name}: عدد الصفوف ${rows}، الأخطاء ${errors}، التنبيهات ${warnings}.`,
    unreadable: (name: string) => `تعذّر فتح ${name}.`,
  },
} as const;

/**
 * The problems of a {@link FileCheck} as lines of text, in English or Arabic: where (the row
 * counted from 1 and, for a CSV file, its line with the header as line 1), the field and why.
 */
export function formatCheck(check: FileCheck, name: string, lang: 'en' | 'ar' = 'en'): string[] {
  const w = WORDS[lang];
  const where = (issue: DataIssue, event: boolean) => {
    if (issue.row < 0) return `${w.file}: `;
    const n = issue.row + 1;
    const label = event ? `${w.event} ${n}` : check.format === 'csv' ? `${w.row} ${n} (${w.line} ${n + 1})` : `${w.row} ${n}`;
    return `${label}, ${issue.field}: `.replace(', ', lang === 'ar' ? '، ' : ', ');
  };
  const line = (issue: DataIssue, event: boolean) => `${w[issue.severity]}: ${where(issue, event)}${issue.message[lang]}`;
  return [
    ...check.issues.map((i) => line(i, false)),
    ...check.eventIssues.map((i) => line(i, true)),
    w.summary(name, check.rows, check.errors, check.warnings),
  ];
}

/**
 * `iraq-mission-charts validate <file> [--lang ar]`: prints every problem of the file and a
 * summary line; returns 1 when there is an error (or the file cannot be read), 0 otherwise.
 */
export function validateCommand(file: string, lang: string | undefined, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const language = lang?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    err.write(`${WORDS[language].unreadable(file)}\n`);
    return 1;
  }
  const check = checkFile(text, file);
  const lines = formatCheck(check, file, language);
  const summary = lines.pop()!;
  for (const l of lines) out.write(`${l}\n`);
  out.write(`${summary}\n`);
  return check.errors > 0 ? 1 : 0;
}
