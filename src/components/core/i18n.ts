import type { EventStatus, MissionPeriod, ObservationKind, Qualifier, SourceGrade } from '../../data/types.js';
import { yearSpan, type Language } from './locale.js';

/** Every string an element shows, in one language. */
export interface Strings {
  troopsHeading(from: string, to: string): string;
  troopsDescription: string;
  series: { reported: string; authorized: string; planned: string; range: string; marker: string; today: string };
  kind: Record<ObservationKind, string>;
  qualified(qualifier: Qualifier, value: string): string;
  /** An amount in US dollars, from the number already written in words ("7.5 billion"). */
  dollars(amount: string): string;
  /** A percentage change, from the number already written ("50"). */
  percentChange(amount: string): string;
  source: string;
  sources: string;
  noSource: string;
  conflict: string;
  /** The key of the asterisk over a bar on which sources disagree, starting with the asterisk. */
  disputed: string;
  /** The key of the tick at another source's figure across such a bar. */
  disputeTick: string;
  note: string;
  download: string;
  showTable: string;
  hideTable: string;
  table: { date: string; value: string; kind: string; sources: string; note: string; events: string; event: string; row: string };
  /** Under a data table that lists only its first rows: how many of how many, and where the rest are. */
  tableLimited: (shown: string, total: string) => string;
  /** The button that lists every row of a long data table. */
  showAllRows: (total: string) => string;
  /** The comma between clauses (Arabic writes ،). */
  comma: string;
  more(count: string): string;
  /** After the source line's names: "and 22 more in the data table". */
  moreSources(count: string): string;
  loading: string;
  empty(from: string, to: string): string;
  /** The notice's first line when the data or attributes had problems (listed below it). */
  problems: string;
  summary(parts: SummaryParts): string;
  keyboardHint: string;
  /** `<mission-timeline>`: heading, description and the names of the mission's periods. */
  timelineHeading(from: string, to: string): string;
  timelineDescription: string;
  periods: Record<MissionPeriod, string>;
  /** What is said of an event that has not happened, or was called off; nothing for one that happened. */
  eventStatus: Record<EventStatus, string>;
  /** An event's kind in a tooltip, table and announcement: "key event" or "event". */
  keyEvent: string;
  event: string;
  /** The summary of a chart whose points are events. */
  eventsSummary(parts: EventsSummaryParts): string;
  /** The events table's extra column. */
  period: string;
  /** How close a source is to the record, as a short label after its name. */
  grades: Record<SourceGrade, string>;
  /** The words before an erratum's reason, in a tooltip and the data table. */
  misprint: string;
}

/** The facts the summary of a timeline is made of, already formatted. */
export interface EventsSummaryParts {
  heading: string;
  from: string;
  to: string;
  events: string;
  first?: { label: string; date: string };
  latest?: { label: string; date: string };
}

/** The facts a chart's text summary is made of, already formatted. */
export interface SummaryParts {
  heading: string;
  from: string;
  to: string;
  points: string;
  peak?: { value: string; date: string };
  latest?: { value: string; date: string };
  nextPlan?: { value: string; date: string };
}

const en: Strings = {
  troopsHeading: (from, to) => `US troops in Iraq, ${yearSpan(from, to)}`,
  troopsDescription: 'US military personnel in Iraq as reported, with authorized caps and announced plans.',
  series: {
    reported: 'Reported',
    authorized: 'Authorized cap',
    planned: 'Announced plan',
    range: 'Range',
    marker: 'Other figure',
    today: 'Today',
  },
  kind: {
    reported: 'reported',
    authorized: 'authorized cap',
    planned: 'announced plan',
    estimate: 'estimate',
    cumulative: 'running total',
  },
  qualified: (qualifier, value) =>
    ({ exact: value, approx: `about ${value}`, 'at-least': `at least ${value}`, 'at-most': `at most ${value}` })[qualifier],
  dollars: (amount) => `$${amount}`,
  percentChange: (amount) => `+${amount}%`,
  source: 'Source',
  sources: 'Sources',
  noSource: 'Source not given',
  conflict: 'Other figures disagree',
  disputed: '* Sources differ; see the table',
  disputeTick: 'Another source’s figure',
  note: 'Note',
  download: 'Download data (CSV)',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  table: { date: 'Date', value: 'Value', kind: 'Kind', sources: 'Sources', note: 'Note', events: 'Events', event: 'Event', row: 'Row' },
  tableLimited: (shown, total) => `The table lists the first ${shown} of ${total} rows; “Download data (CSV)” has them all.`,
  showAllRows: (total) => `Show all ${total} rows`,
  comma: ',',
  more: (count) => `and ${count} more`,
  moreSources: (count) => `and ${count} more in the data table`,
  loading: 'Loading data…',
  empty: (from, to) => `No data for ${yearSpan(from, to)}.`,
  problems: 'Some of the data or settings could not be used:',
  summary: (p) =>
    [
      `${p.heading}. Chart from ${p.from} to ${p.to} with ${p.points} data points.`,
      p.peak && `Peak: ${p.peak.value} (${p.peak.date}).`,
      p.latest && `Latest reported: ${p.latest.value} (${p.latest.date}).`,
      p.nextPlan && `Next announced plan: ${p.nextPlan.value} (${p.nextPlan.date}).`,
    ]
      .filter(Boolean)
      .join(' '),
  keyboardHint: 'Use the arrow keys to move between points, Home and End to jump, Escape to close.',
  timelineHeading: (from, to) => `The US mission in Iraq: turning points, ${yearSpan(from, to)}`,
  timelineDescription: 'Dated events of the US military presence in Iraq, grouped by period of the mission, each with its source.',
  periods: {
    invasion: 'Invasion and occupation',
    withdrawal: 'Withdrawal',
    isis: 'War against ISIS',
    transition: 'Transition',
  },
  eventStatus: { done: '', planned: 'planned; not yet confirmed as done', cancelled: 'cancelled' },
  keyEvent: 'key event',
  event: 'event',
  eventsSummary: (p) =>
    [
      `${p.heading}. Timeline from ${p.from} to ${p.to} with ${p.events} events.`,
      p.first && `First: ${p.first.label} (${p.first.date}).`,
      p.latest && `Latest: ${p.latest.label} (${p.latest.date}).`,
    ]
      .filter(Boolean)
      .join(' '),
  period: 'Period',
  grades: {
    'official-primary': 'official document',
    'official-via-news': 'official, via news report',
    'independent-tracker': 'independent tracker',
    press: 'press',
    'secondary-copy': 'secondary copy',
  },
  misprint: 'Likely misprint',
};

const ar: Strings = {
  troopsHeading: (from, to) => `القوات الأمريكية في العراق، ${yearSpan(from, to)}`,
  troopsDescription: 'عدد العسكريين الأمريكيين في العراق كما أُعلن، مع الحدود القصوى المصرّح بها والخطط المعلنة.',
  series: {
    reported: 'العدد المعلن',
    authorized: 'الحد الأقصى المصرّح به',
    planned: 'خطة معلنة',
    range: 'نطاق',
    marker: 'رقم آخر',
    today: 'اليوم',
  },
  kind: {
    reported: 'عدد معلن',
    authorized: 'حد أقصى مصرّح به',
    planned: 'خطة معلنة',
    estimate: 'تقدير',
    cumulative: 'مجموع تراكمي',
  },
  qualified: (qualifier, value) =>
    ({ exact: value, approx: `نحو ${value}`, 'at-least': `${value} على الأقل`, 'at-most': `${value} على الأكثر` })[qualifier],
  dollars: (amount) => `${amount} دولار`,
  percentChange: (amount) => `+${amount}٪`,
  source: 'المصدر',
  sources: 'المصادر',
  noSource: 'لم يُذكر المصدر',
  conflict: 'أرقام أخرى تخالف هذا الرقم',
  disputed: '* المصادر مختلفة؛ انظر الجدول',
  disputeTick: 'رقم مصدر آخر',
  note: 'ملاحظة',
  download: 'تنزيل البيانات (CSV)',
  showTable: 'عرض جدول البيانات',
  hideTable: 'إخفاء جدول البيانات',
  table: { date: 'التاريخ', value: 'القيمة', kind: 'النوع', sources: 'المصادر', note: 'ملاحظة', events: 'الأحداث', event: 'الحدث', row: 'الصف' },
  tableLimited: (shown, total) => `يعرض الجدول أول ${shown} صف من أصل ${total}؛ وملف «تنزيل البيانات (CSV)» يضمّها كلها.`,
  showAllRows: (total) => `عرض كل الصفوف (${total})`,
  comma: '،',
  more: (count) => `و${count} غيرها`,
  moreSources: (count) => `و${count} مصدرًا آخر في جدول البيانات`,
  loading: 'جارٍ تحميل البيانات…',
  empty: (from, to) => `لا توجد بيانات للفترة ${yearSpan(from, to)}.`,
  problems: 'تعذّر استخدام بعض البيانات أو الإعدادات:',
  summary: (p) =>
    [
      `${p.heading}. رسم بياني من ${p.from} إلى ${p.to} يضم ${p.points} من نقاط البيانات.`,
      p.peak && `الذروة: ${p.peak.value} (${p.peak.date}).`,
      p.latest && `آخر عدد معلن: ${p.latest.value} (${p.latest.date}).`,
      p.nextPlan && `الخطة المعلنة التالية: ${p.nextPlan.value} (${p.nextPlan.date}).`,
    ]
      .filter(Boolean)
      .join(' '),
  keyboardHint: 'استخدم مفاتيح الأسهم للتنقل بين النقاط، وHome وEnd للقفز إلى الطرفين، وEscape للإغلاق.',
  timelineHeading: (from, to) => `المهمة الأمريكية في العراق: محطات فارقة، ${yearSpan(from, to)}`,
  timelineDescription: 'أحداث الوجود العسكري الأمريكي في العراق بتواريخها، مجمّعة حسب مراحل المهمة، ولكل حدث مصدره.',
  periods: {
    invasion: 'الغزو والاحتلال',
    withdrawal: 'الانسحاب',
    isis: 'الحرب على داعش',
    transition: 'المرحلة الانتقالية',
  },
  eventStatus: { done: '', planned: 'مخطط له، ولم يتأكد تنفيذه بعد', cancelled: 'أُلغي' },
  keyEvent: 'حدث رئيسي',
  event: 'حدث',
  eventsSummary: (p) =>
    [
      `${p.heading}. خط زمني من ${p.from} إلى ${p.to} يضم ${p.events} من الأحداث.`,
      p.first && `أولها: ${p.first.label} (${p.first.date}).`,
      p.latest && `آخرها: ${p.latest.label} (${p.latest.date}).`,
    ]
      .filter(Boolean)
      .join(' '),
  period: 'المرحلة',
  grades: {
    'official-primary': 'وثيقة رسمية',
    'official-via-news': 'رقم رسمي عبر تقرير صحفي',
    'independent-tracker': 'جهة رصد مستقلة',
    press: 'صحافة',
    'secondary-copy': 'نسخة ثانوية',
  },
  misprint: 'خطأ مطبعي مرجّح',
};

const dictionaries: Record<Language, Strings> = { en, ar };

/** The strings for a language. */
export function strings(language: Language): Strings {
  return dictionaries[language];
}
