import { yearSpan, type Language } from '../core/locale.js';

/** `<mission-dashboard>`'s own texts. */
export interface DashboardStrings {
  heading(from: string, to: string): string;
  description: string;
  years: string;
  from: string;
  to: string;
}

const en: DashboardStrings = {
  heading: (from, to) => `The US military in Iraq, ${yearSpan(from, to)}`,
  description:
    'Troops, air strikes, casualties and spending, with the turning points of the mission. Choose the years for every chart at once; a date focused in one chart is marked in all of them.',
  years: 'Years shown',
  from: 'From',
  to: 'To',
};

const ar: DashboardStrings = {
  heading: (from, to) => `الوجود العسكري الأمريكي في العراق، ${yearSpan(from, to)}`,
  description:
    'القوات والغارات الجوية والخسائر البشرية والإنفاق، مع المحطات الفارقة للمهمة. اختر السنوات لكل الرسوم معًا؛ والتاريخ الذي تحدده في رسم يُعلَّم في الرسوم كلها.',
  years: 'السنوات المعروضة',
  from: 'من',
  to: 'إلى',
};

/** The dashboard's texts in a language. */
export function dashboardStrings(language: Language): DashboardStrings {
  return language === 'ar' ? ar : en;
}
