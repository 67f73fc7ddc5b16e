import { yearSpan } from '../core/locale.js';
import type { DashboardStrings } from './mission-dashboard.strings.js';

/** `<mission-dashboard>`'s own texts in Arabic, imported when its language first resolves to Arabic. */
export const ar: DashboardStrings = {
  heading: (from, to) => `الوجود العسكري الأمريكي في العراق، ${yearSpan(from, to)}`,
  description:
    'القوات والغارات الجوية والخسائر البشرية والإنفاق، مع المحطات الفارقة للمهمة. اختر السنوات لكل الرسوم معًا؛ والتاريخ الذي تحدده في رسم يُعلَّم في الرسوم كلها.',
  years: 'السنوات المعروضة',
  from: 'من',
  to: 'إلى',
};
