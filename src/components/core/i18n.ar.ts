import { yearSpan } from './locale.js';
import type { Strings } from './i18n.js';

/** The shared strings in Arabic: imported when a chart's language first resolves to Arabic (see `localized`). */
export const ar: Strings = {
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
