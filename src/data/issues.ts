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

/** The reasons of codes another module defines (the record's rules), by code. */
type Messages = { en: (p: IssueParams) => string; ar: (p: IssueParams) => string };
const defined = new Map<IssueCode, Messages>();

/**
 * Adds the reasons of codes that another module checks (`rules.ts`), so that a chart, which
 * never checks them, does not carry their text. Calling it twice is harmless.
 */
export function defineMessages(messages: Partial<Record<IssueCode, Messages>>): void {
  for (const [code, m] of Object.entries(messages) as [IssueCode, Messages][]) defined.set(code, m);
}

function english(code: IssueCode, p: IssueParams): string {
  switch (code) {
    case 'not-an-object': return 'This row is not a record with named fields.';
    case 'unknown-metric': return `“${p.value}” is not a known measure; use one of: ${p.allowed}.`;
    case 'missing-date': return 'The date is missing.';
    case 'bad-date': return `“${p.value}” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.`;
    case 'date-out-of-range': return `${p.value} is outside ${p.min}–${p.max}.`;
    case 'precision-mismatch': return `The precision “${p.value}” does not match the date's form.`;
    case 'end-before-date': return 'The period ends before it starts.';
    case 'missing-value': return 'The value is missing.';
    case 'not-a-number': return `“${p.value}” is not a finite number.`;
    case 'negative-count': return `${p.value} is negative; a count cannot be.`;
    case 'range-inverted': return 'The low end of the range is above the high end.';
    case 'bad-enum': return `“${p.value}” is not allowed here; use one of: ${p.allowed}.`;
    case 'missing-source': return 'No source is given for this figure.';
    case 'unknown-source': return `The source “${p.value}” is not in the source list.`;
    case 'bad-text': return 'This text field is not text.';
    case 'duplicate': return 'This row repeats an earlier one and was shown once.';
    case 'not-a-list': return 'The data is not a list of records.';
    case 'load-failed': return `The data could not be loaded${p.status ? ` (${p.status})` : ''}.`;
    case 'parse-failed': return 'The data file could not be read as JSON or CSV.';
    case 'bad-attribute': return `“${p.value}” is not a valid value for ${p.field}; using ${p.allowed}.`;
    case 'copy-without-host': return `The source “${p.value}” is graded a secondary copy but does not say which host it was read on (via).`;
    case 'bad-erratum': return 'The erratum needs the ids of the figures that show the value wrong (evidence), a reason, and, if given, a likely value that is a number.';
    default: return defined.get(code)?.en(p) ?? code;
  }
}

function arabic(code: IssueCode, p: IssueParams): string {
  switch (code) {
    case 'not-an-object': return 'هذا الصف ليس سجلًا بحقول مسمّاة.';
    case 'unknown-metric': return `«${p.value}» ليس مقياسًا معروفًا؛ استخدم أحد: ${p.allowed}.`;
    case 'missing-date': return 'التاريخ مفقود.';
    case 'bad-date': return `«${p.value}» ليس تاريخًا بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.`;
    case 'date-out-of-range': return `${p.value} خارج الفترة ${p.min}–${p.max}.`;
    case 'precision-mismatch': return `الدقة «${p.value}» لا تطابق صيغة التاريخ.`;
    case 'end-before-date': return 'تنتهي الفترة قبل أن تبدأ.';
    case 'missing-value': return 'القيمة مفقودة.';
    case 'not-a-number': return `«${p.value}» ليس رقمًا صالحًا.`;
    case 'negative-count': return `${p.value} سالب، والعدد لا يكون سالبًا.`;
    case 'range-inverted': return 'الحد الأدنى للنطاق أعلى من حده الأعلى.';
    case 'bad-enum': return `«${p.value}» غير مسموح به هنا؛ استخدم أحد: ${p.allowed}.`;
    case 'missing-source': return 'لم يُذكر مصدر لهذا الرقم.';
    case 'unknown-source': return `المصدر «${p.value}» غير موجود في قائمة المصادر.`;
    case 'bad-text': return 'هذا الحقل النصي ليس نصًا.';
    case 'duplicate': return 'هذا الصف يكرر صفًا سابقًا فعُرض مرة واحدة.';
    case 'not-a-list': return 'البيانات ليست قائمة من السجلات.';
    case 'load-failed': return `تعذّر تحميل البيانات${p.status ? ` (${p.status === 'timeout' ? 'انتهت المهلة' : p.status})` : ''}.`;
    case 'parse-failed': return 'تعذّرت قراءة ملف البيانات بصيغة JSON أو CSV.';
    case 'bad-attribute': return `«${p.value}» ليست قيمة صالحة لـ ${p.field}؛ تُستخدم ${p.allowed}.`;
    case 'copy-without-host': return `المصدر «${p.value}» مصنّف نسخةً ثانوية لكنه لا يذكر الموقع الذي قُرئت عليه النسخة (via).`;
    case 'bad-erratum': return 'يحتاج التصويب إلى معرّفات الأرقام التي تُظهر خطأ القيمة (evidence) وإلى سبب، وإن ذُكرت القيمة المرجّحة فيجب أن تكون رقمًا.';
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
