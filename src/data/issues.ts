import type { LocalizedText } from './types.js';

/** Plain-language reasons a data row or attribute was refused. */
export type IssueCode =
  | 'not-an-object'
  | 'unknown-metric'
  | 'missing-date'
  | 'bad-date'
  | 'date-out-of-range'
  | 'precision-mismatch'
  | 'end-before-date'
  | 'missing-value'
  | 'not-a-number'
  | 'negative-count'
  | 'range-inverted'
  | 'bad-enum'
  | 'missing-source'
  | 'unknown-source'
  | 'bad-text'
  | 'duplicate'
  | 'not-a-list'
  | 'load-failed'
  | 'parse-failed'
  | 'bad-attribute'
  | 'copy-without-host'
  | 'bad-erratum'
  | 'unknown-reference'
  | 'conflict-same-source'
  | 'conflict-not-same'
  | 'after-source-date'
  | 'running-total-falls'
  | 'missing-status'
  | 'planned-in-past';

/** The parameters a reason may mention. */
export interface IssueParams {
  field?: string;
  value?: string;
  allowed?: string;
  status?: string;
  min?: string;
  max?: string;
  /** Another record or date the reason names. */
  other?: string;
}

/** One problem found in data or in an attribute: where, and why, in plain words. */
export interface DataIssue {
  /** Index of the row in the input (0-based), or -1 for the input as a whole. */
  row: number;
  /** The field at fault (`date`, `value`, …), or `*` for the whole row. */
  field: string;
  code: IssueCode;
  /** `error`: the row is not shown. `warning`: the row is shown, with the problem noted. */
  severity: 'error' | 'warning';
  /** The reason, in English and Arabic. */
  message: LocalizedText;
}

/** The reasons of codes another module defines, by code. */
type Messages = { en: (p: IssueParams) => string; ar: (p: IssueParams) => string };
/** Reasons by code, as another module defines them. */
export type IssueMessages = Partial<Record<IssueCode, Messages>>;
const defined = new Map<IssueCode, Messages>();

/**
 * Adds the reasons of codes that another module checks (`validate.ts` those of rows and sources,
 * `rules.ts` the record's rules), so that a chart, which loads them only for data with a
 * problem, does not carry their text: here are only the reasons a chart gives itself (a bad
 * attribute, a failed load). Calling it twice is harmless.
 */
export function defineMessages(messages: IssueMessages): void {
  for (const [code, m] of Object.entries(messages) as [IssueCode, Messages][]) defined.set(code, m);
}

function english(code: IssueCode, p: IssueParams): string {
  switch (code) {
    case 'load-failed': return `The data could not be loaded${p.status ? ` (${p.status})` : ''}.`;
    case 'parse-failed': return 'The data file could not be read as JSON or CSV.';
    case 'bad-attribute': return `“${p.value}” is not a valid value for ${p.field}; using ${p.allowed}.`;
    default: return defined.get(code)?.en(p) ?? code;
  }
}

function arabic(code: IssueCode, p: IssueParams): string {
  switch (code) {
    case 'load-failed': return `تعذّر تحميل البيانات${p.status ? ` (${p.status === 'timeout' ? 'انتهت المهلة' : p.status})` : ''}.`;
    case 'parse-failed': return 'تعذّرت قراءة ملف البيانات بصيغة JSON أو CSV.';
    case 'bad-attribute': return `«${p.value}» ليست قيمة صالحة لـ ${p.field}؛ تُستخدم ${p.allowed}.`;
    default: return defined.get(code)?.ar(p) ?? code;
  }
}

/** The reason for an issue, in both languages. */
export function issueMessage(code: IssueCode, params: IssueParams = {}): LocalizedText {
  return { en: english(code, params), ar: arabic(code, params) };
}

/** Builds an issue with its message. */
export function makeIssue(
  row: number,
  field: string,
  code: IssueCode,
  params: IssueParams = {},
  severity: DataIssue['severity'] = 'error',
): DataIssue {
  return { row, field, code, severity, message: issueMessage(code, params) };
}
