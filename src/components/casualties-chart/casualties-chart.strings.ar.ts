import { yearSpan } from '../core/locale.js';
import type { CasualtiesStrings } from './casualties-chart.strings.js';

/** `<casualties-chart>`'s own texts in Arabic, imported when its language first resolves to Arabic. */
export const ar: CasualtiesStrings = {
  heading: {
    deaths: (from, to) => `قتلى الجيش الأمريكي في العراق، ${yearSpan(from, to)}`,
    wounded: (from, to) => `جرحى الجيش الأمريكي في العراق، ${yearSpan(from, to)}`,
    both: (from, to) => `قتلى الجيش الأمريكي وجرحاه في العراق، ${yearSpan(from, to)}`,
  },
  description: {
    deaths: 'قتلى الجيش الأمريكي في كل سنة ميلادية، القتالية وغير القتالية حيث يفصل المصدر بينها، مع مجموع كل عملية. تُعلَّم السنوات التي لم يُنشر لها رقم ولا تُرسم صفرًا.',
    wounded: 'جرحى الجيش الأمريكي في المعارك في كل سنة ميلادية، مع مجموع كل عملية. تُعلَّم السنوات التي لم يُنشر لها رقم ولا تُرسم صفرًا.',
    both: 'قتلى الجيش الأمريكي وجرحاه في كل سنة ميلادية، لكل منهما مقياسه، مع مجموع كل عملية. تُعلَّم السنوات التي لم يُنشر لها رقم ولا تُرسم صفرًا.',
  },
  panel: { deaths: 'القتلى', wounded: 'الجرحى' },
  series: {
    total: 'المجموع',
    hostile: 'في القتال',
    'non-hostile': 'خارج القتال',
    part: 'جزء من سنة',
    marker: 'رقم آخر',
    missing: 'لا رقم لهذه السنة',
    open: 'على الأقل',
  },
  operation: { OIF: 'حرية العراق', OND: 'الفجر الجديد', OIR: 'العزم الصلب' },
  operationTotal: (name, total) => `${name}: ${total}`,
  operationTotalTo: (name, total, date) => `${name}: ${total} حتى ${date}`,
};
