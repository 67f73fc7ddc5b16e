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

/**
 * The words of a seed document that state each of its figures, as printed (Arabic, with the
 * article's own spelling and digits), by observation id: the evidence a reader can find in the
 * document. `docs/seed-facts.md` is built from these and the dataset.
 */
export const seedQuotes: Readonly<Record<string, string>> = {
  'us-troops-2003-seed-004': 'أرسل بوش أكثر من مئة ألف جندي أمريكي',
  'us-troops-served-2003-2011-seed-000': 'خدم في العراق أكثر من مليون طيار وجندي وبحارة ومشاة البحرية',
  'us-troops-plan-2010-08-seed-000': 'قوة انتقالية تتألف من 35 ألف إلى 50 ألف جندي',
  'us-troops-plan-2011-12-seed-004': 'الإبقاء على قوة لا تزيد عن 50 ألف جندي',
  'us-troops-2011-10-seed-000': 'أن 39 ألف جندي أميركي سيعودون من العراق بحلول نهاية العام',
  'us-troops-2011-12-18-seed': 'مغادرة آخر جندي أمريكي في 18 ديسمبر 2011',
  'us-troops-deployed-2015-12-01-etf': 'قوة استهداف استطلاعية قوامها حوالي 200 جندي',
  'us-troops-deployed-2016-07-11': 'نشر 560 جنديا أميركيا إضافيا … إلى 4647 عنصرا',
  'us-troops-cap-2016-07-11': 'نشر 560 جنديا أميركيا إضافيا … إلى 4647 عنصرا',
  'us-troops-2020-11-seed-002': 'من 3000 إلى 2500 بحلول منتصف يناير',
  'us-troops-plan-2021-01-seed-002': 'من 3000 إلى 2500 بحلول منتصف يناير',
  'us-troops-2021-12-seed-004': 'يصل عددها إلى 3500 مقاتل، بينهم 2500 أمريكي',
  'coalition-troops-2021-12-seed-004': 'يصل عددها إلى 3500 مقاتل، بينهم 2500 أمريكي',
  'us-troops-2024-seed': 'بما يقرب من 2500 جندي … يناهز عددها 2500 جندي',
  'strikes-2015-seed-000': 'نفذت أكثر من 8000 غارة جوية في العراق وسوريا',
  'strikes-cumulative-2016-06-28-seed-000': 'شن التحالف الدولي 13470 غارة جوية … منها 9099 نفذت في العراق، و471 نفذت في سوريا',
  'strikes-iraq-cumulative-2016-06-28-seed-000': 'شن التحالف الدولي 13470 غارة جوية … منها 9099 نفذت في العراق، و471 نفذت في سوريا',
  'strikes-syria-cumulative-2016-06-28-seed-000': 'شن التحالف الدولي 13470 غارة جوية … منها 9099 نفذت في العراق، و471 نفذت في سوريا',
  'targets-cumulative-2016-05-31-seed-000': 'تدمير 26374 هدفا',
  'enemy-killed-cumulative-2016-02-seed-000': 'قتلت ما لا يقل عن 26 ألف عنصر من داعش',
  'strikes-us-iraq-2023-11-22-seed-004': 'موقعين للحشد الشعبي … مقتل ثمانية مقاتلين',
  'enemy-killed-iraq-2023-11-22-seed-004': 'موقعين للحشد الشعبي … مقتل ثمانية مقاتلين',
  'strikes-us-syria-2023-10-2023-11-seed-004': 'قصفت واشنطن أيضا مواقع مرتبطة بإيران ثلاث مرات في سوريا',
  'deaths-2003-2020-seed-002': 'قُتل أكثر من 4500 جندي أمريكي ، وأصيب أكثر من 32000',
  'wounded-2003-2020-seed-002': 'قُتل أكثر من 4500 جندي أمريكي ، وأصيب أكثر من 32000',
  'deaths-2003-2011-seed-004': 'إلى حدود 5 آلاف فضلاً عن آلاف المصابين',
  'deaths-iraqi-2003-2010-seed-004': 'حصيلة القتلى العراقيين حتى عام 2010 أكثر من 100 ألف',
  'deaths-k1-2019-12-27': 'مقتل أمريكي واحد وستة إصابات',
  'wounded-k1-2019-12-27': 'مقتل أمريكي واحد وستة إصابات',
  'attacks-2023-10-17-to-2023-11-23-seed-004': 'سجلت واشنطن 72 هجوما … إصابة حوالي ستين عسكريا أميركيا',
  'wounded-2023-10-17-to-2023-11-23-seed-004': 'سجلت واشنطن 72 هجوما … إصابة حوالي ستين عسكريا أميركيا',
  'attacks-2020-11-seed-002': 'من خمس إلى ست هجمات كل أسبوع',
  'spending-oir-cumulative-2016-seed-000': 'أنفقت الولايات المتحدة 7.5 مليار دولار … منذ 8 أغسطس عام 2014',
  'spending-oir-daily-cost-2016-seed-000': 'بمتوسط يومي تكلفة قدرها 11.7 مليون دولار',
  'spending-fy2017-munitions-request-seed-000': '1.8 مليار دولار لشراء 45 ألف قنبلة ذكية … زيادة بنسبة 50 بالمئة',
  'spending-fy2017-munitions-count-seed-000': '1.8 مليار دولار لشراء 45 ألف قنبلة ذكية … زيادة بنسبة 50 بالمئة',
  'spending-fy2017-oir-request-change-seed-000': '1.8 مليار دولار لشراء 45 ألف قنبلة ذكية … زيادة بنسبة 50 بالمئة',
};
