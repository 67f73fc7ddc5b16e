import { yearSpan, type Language } from '../core/locale.js';

/** `<airstrikes-chart>`'s own texts; the shared ones come from core/i18n.ts. */
export interface AirstrikesStrings {
  heading(from: string, to: string): string;
  cumulativeHeading(from: string, to: string): string;
  description: string;
  cumulativeDescription: string;
  series: {
    iraq: string;
    syria: string;
    both: string;
    /** The whole campaign when the split by country is unknown or only partly known. */
    total: string;
    us: string;
    open: string;
    conflict: string;
    marker: string;
    /** Line styles of the running totals: the coalition's own count, and Airwars'. */
    declared: string;
    airwars: string;
  };
}

const en: AirstrikesStrings = {
  heading: (from, to) => `Air strikes in Iraq and Syria, ${yearSpan(from, to)}`,
  cumulativeHeading: (from, to) => `Air strikes in Iraq and Syria, running totals, ${yearSpan(from, to)}`,
  description:
    'Coalition air strikes against ISIS counted for a whole year or month, stacked by country. Periods without a published count are left empty.',
  cumulativeDescription:
    'Running totals of coalition air strikes since the campaign against ISIS began, as published at each date, for Iraq, Syria and both.',
  series: {
    iraq: 'Iraq',
    syria: 'Syria',
    both: 'Iraq and Syria',
    total: 'Iraq and Syria, not split',
    us: 'US strikes alone',
    open: 'At least',
    conflict: 'Sources disagree',
    marker: 'Other figure',
    declared: 'Declared by the coalition',
    airwars: 'Counted by Airwars',
  },
};

const ar: AirstrikesStrings = {
  heading: (from, to) => `الغارات الجوية في العراق وسوريا، ${yearSpan(from, to)}`,
  cumulativeHeading: (from, to) => `الغارات الجوية في العراق وسوريا، المجاميع التراكمية، ${yearSpan(from, to)}`,
  description: 'غارات التحالف الجوية على داعش المحصاة لسنة أو لشهر كامل، مكدّسة حسب البلد. تبقى الفترات التي لم يُنشر لها عدد فارغة.',
  cumulativeDescription: 'المجاميع التراكمية لغارات التحالف الجوية منذ بدء الحملة على داعش كما نُشرت في كل تاريخ، للعراق وسوريا ولكليهما.',
  series: {
    iraq: 'العراق',
    syria: 'سوريا',
    both: 'العراق وسوريا',
    total: 'العراق وسوريا دون تفصيل',
    us: 'الغارات الأمريكية وحدها',
    open: 'على الأقل',
    conflict: 'المصادر مختلفة',
    marker: 'رقم آخر',
    declared: 'كما أعلنها التحالف',
    airwars: 'كما أحصتها إيروورز',
  },
};

/** The chart's texts in a language. */
export function airstrikesStrings(language: Language): AirstrikesStrings {
  return language === 'ar' ? ar : en;
}
