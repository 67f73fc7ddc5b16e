import type { IssueMessages } from './issues.js';

/*
 * The reasons of the codes that validation finds in rows and sources, in English and Arabic.
 * `validate` (validate.ts) defines them when it loads; a chart imports it only when the quick
 * check (quick-check.ts) finds a problem, so a page of good data never downloads them.
 */
export const ROW_MESSAGES: IssueMessages = {
  'not-an-object': {
    en: () => 'This row is not a record with named fields.',
    ar: () => 'هذا الصف ليس سجلًا بحقول مسمّاة.',
  },
  'unknown-metric': {
    en: (p) => `“${p.value}” is not a known measure; use one of: ${p.allowed}.`,
    ar: (p) => `«${p.value}» ليس مقياسًا معروفًا؛ استخدم أحد: ${p.allowed}.`,
  },
  'missing-date': {
    en: () => 'The date is missing.',
    ar: () => 'التاريخ مفقود.',
  },
  'bad-date': {
    en: (p) => `“${p.value}” is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.`,
    ar: (p) => `«${p.value}» ليس تاريخًا بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.`,
  },
  'date-out-of-range': {
    en: (p) => `${p.value} is outside ${p.min}–${p.max}.`,
    ar: (p) => `${p.value} خارج الفترة ${p.min}–${p.max}.`,
  },
  'precision-mismatch': {
    en: (p) => `The precision “${p.value}” does not match the date's form.`,
    ar: (p) => `الدقة «${p.value}» لا تطابق صيغة التاريخ.`,
  },
  'end-before-date': {
    en: () => 'The period ends before it starts.',
    ar: () => 'تنتهي الفترة قبل أن تبدأ.',
  },
  'missing-value': {
    en: () => 'The value is missing.',
    ar: () => 'القيمة مفقودة.',
  },
  'not-a-number': {
    en: (p) => `“${p.value}” is not a finite number.`,
    ar: (p) => `«${p.value}» ليس رقمًا صالحًا.`,
  },
  'negative-count': {
    en: (p) => `${p.value} is negative; a count cannot be.`,
    ar: (p) => `${p.value} سالب، والعدد لا يكون سالبًا.`,
  },
  'range-inverted': {
    en: () => 'The low end of the range is above the high end.',
    ar: () => 'الحد الأدنى للنطاق أعلى من حده الأعلى.',
  },
  'bad-enum': {
    en: (p) => `“${p.value}” is not allowed here; use one of: ${p.allowed}.`,
    ar: (p) => `«${p.value}» غير مسموح به هنا؛ استخدم أحد: ${p.allowed}.`,
  },
  'missing-source': {
    en: () => 'No source is given for this figure.',
    ar: () => 'لم يُذكر مصدر لهذا الرقم.',
  },
  'unknown-source': {
    en: (p) => `The source “${p.value}” is not in the source list.`,
    ar: (p) => `المصدر «${p.value}» غير موجود في قائمة المصادر.`,
  },
  'bad-text': {
    en: () => 'This text field is not text.',
    ar: () => 'هذا الحقل النصي ليس نصًا.',
  },
  'duplicate': {
    en: () => 'This row repeats an earlier one and was shown once.',
    ar: () => 'هذا الصف يكرر صفًا سابقًا فعُرض مرة واحدة.',
  },
  'not-a-list': {
    en: () => 'The data is not a list of records.',
    ar: () => 'البيانات ليست قائمة من السجلات.',
  },
  'copy-without-host': {
    en: (p) => `The source “${p.value}” is graded a secondary copy but does not say which host it was read on (via).`,
    ar: (p) => `المصدر «${p.value}» مصنّف نسخةً ثانوية لكنه لا يذكر الموقع الذي قُرئت عليه النسخة (via).`,
  },
  'bad-erratum': {
    en: () => 'The erratum needs the ids of the figures that show the value wrong (evidence), a reason, and, if given, a likely value that is a number.',
    ar: () => 'يحتاج التصويب إلى معرّفات الأرقام التي تُظهر خطأ القيمة (evidence) وإلى سبب، وإن ذُكرت القيمة المرجّحة فيجب أن تكون رقمًا.',
  },
};
