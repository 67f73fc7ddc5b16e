import { yearSpan } from '../core/locale.js';
import type { AirstrikesStrings } from './airstrikes-chart.strings.js';

/** `<airstrikes-chart>`'s own texts in Arabic, imported when its language first resolves to Arabic. */
export const ar: AirstrikesStrings = {
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
