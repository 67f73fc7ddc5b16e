import { yearSpan, type Language } from '../core/locale.js';

/** `<spending-chart>`'s own texts; the shared ones come from core/i18n.ts. */
export interface SpendingStrings {
  heading(from: string, to: string): string;
  cumulativeHeading(from: string, to: string): string;
  description: string;
  cumulativeDescription: string;
  series: { iraq: string; isis: string; open: string; marker: string; daily: string };
  /** The title of the strip of daily-cost snapshots. */
  dailyTitle: string;
}

const en: SpendingStrings = {
  heading: (from, to) => `US war funding for Iraq by fiscal year, ${yearSpan(from, to)}`,
  cumulativeHeading: (from, to) => `US war spending in Iraq, running totals, ${yearSpan(from, to)}`,
  description:
    'Funding for each fiscal year (October to September) in nominal dollars, for the Iraq war and for the war against ISIS in Iraq and Syria; above, the average cost per day as reported.',
  cumulativeDescription:
    'Running totals of US war spending as published at each date, in nominal dollars: the Iraq war since October 2002 and the war against ISIS since August 2014.',
  series: {
    iraq: 'Iraq war',
    isis: 'War against ISIS (Iraq and Syria)',
    open: 'Estimate',
    marker: 'Other figure',
    daily: 'Cost per day',
  },
  dailyTitle: 'Average cost per day',
};

const ar: SpendingStrings = {
  heading: (from, to) => `تمويل الحرب الأمريكية في العراق حسب السنة المالية، ${yearSpan(from, to)}`,
  cumulativeHeading: (from, to) => `إنفاق الحرب الأمريكية في العراق، المجاميع التراكمية، ${yearSpan(from, to)}`,
  description:
    'التمويل في كل سنة مالية (من تشرين الأول إلى أيلول) بالدولار الاسمي، لحرب العراق وللحرب على داعش في العراق وسوريا؛ وفي الأعلى متوسط التكلفة اليومية كما أُعلن.',
  cumulativeDescription:
    'المجاميع التراكمية لإنفاق الحرب الأمريكية كما نُشرت في كل تاريخ، بالدولار الاسمي: حرب العراق منذ بدايتها في تشرين الأول (أكتوبر) والحرب على داعش منذ بدايتها في آب (أغسطس).',
  series: {
    iraq: 'حرب العراق',
    isis: 'الحرب على داعش (العراق وسوريا)',
    open: 'تقدير',
    marker: 'رقم آخر',
    daily: 'التكلفة اليومية',
  },
  dailyTitle: 'متوسط التكلفة اليومية',
};

/** The chart's texts in a language. */
export function spendingStrings(language: Language): SpendingStrings {
  return language === 'ar' ? ar : en;
}
