import type { Source } from './types.js';

/**
 * The five Arabic news articles the dataset starts from. Publisher and date are read from each
 * text (credits, dateline, references); where the text does not state them they are the
 * best reading of it, which the title says.
 */
export const seedSources: Source[] = [
  {
    id: 'seed-000',
    publisher: { en: 'Alhurra', ar: 'الحرة' },
    title: 'تحتفظ الولايات المتحدة بما يقرب من 2500 جندي في العراق (a title composed from the opening sentence: the text has no headline; on the withdrawal, the coalition and Operation Inherent Resolve; date read from the text)',
    date: '2024',
    document: '000_a4fc2bad700da427.txt',
    language: 'ar',
    grade: 'press',
  },
  {
    id: 'seed-001',
    publisher: { en: 'Al Khaleej (likely; quotes AP)', ar: 'الخليج (مرجّح؛ تنقل عن أسوشيتد برس)' },
    title: 'العراق و«التحالف».. انتهاء مهمة العقد بجدول زمني للانسحاب',
    date: '2024-09',
    document: '001_d62c7aa82ec35e7c.txt',
    language: 'ar',
    grade: 'press',
  },
  {
    id: 'seed-002',
    publisher: { en: 'Associated Press (Arabic translation, Mosul)', ar: 'أسوشيتد برس (ترجمة عربية، الموصل)' },
    title: 'خفض عدد القوات الأمريكية في العراق من 3000 إلى 2500 (a title composed from the text: the translation has no headline; date read from the text)',
    date: '2020-11',
    document: '002_f023a5127956c185.txt',
    language: 'ar',
    grade: 'press',
  },
  {
    id: 'seed-003',
    publisher: { en: 'Sada El Balad', ar: 'صدى البلد' },
    title: '18 عاما من الغزو الأمريكي للعراق|انتهاء رحلة البحث عن الوهم ببلاد الرافدين',
    date: '2021-12',
    document: '003_40f110f943424743.txt',
    language: 'ar',
    grade: 'press',
  },
  {
    id: 'seed-004',
    publisher: { en: 'DW Arabic (AFP)', ar: 'دويتشه فيله عربية (وكالة الصحافة الفرنسية)' },
    title: 'مسؤول: هجمات جديدة على القوات الأميركية في العراق وسوريا',
    date: '2023-11-23',
    document: '004_82373a14a6d03527.txt',
    language: 'ar',
    grade: 'press',
  },
];
