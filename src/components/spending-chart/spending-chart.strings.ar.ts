import { yearSpan } from '../core/locale.js';
import type { SpendingStrings } from './spending-chart.strings.js';

/** `<spending-chart>`'s own texts in Arabic, imported when its language first resolves to Arabic. */
export const ar: SpendingStrings = {
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
