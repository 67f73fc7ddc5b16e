import { describe, expect, test } from 'vitest';
import type { ChartLayoutBase, ChartPoint } from '../../src/components/core/layout/chart-layout.js';
import { describePoint, eventLabel, formatList, formatValue, formatWhen, listSeparator, rankedSources, shownRecords, sourceName, sourcesOf, summaryText } from '../../src/components/core/chart-text.js';
import { strings } from '../../src/components/core/i18n.js';
import { localeInfo } from '../../src/components/core/locale.js';
import type { MissionEvent, Observation, Source } from '../../src/data/types.js';

const en = localeInfo('en');
const arIQ = localeInfo('ar-IQ');
const sources: Source[] = [
  { id: 'a', publisher: { en: 'Brookings Institution', ar: 'Brookings Institution' }, title: 'Iraq Index', date: '2010' },
  { id: 'b', publisher: { en: 'US Department of Defense', ar: 'US Department of Defense' }, title: 'Release', date: '2011' },
  { id: 'c', publisher: { en: '', ar: '' }, title: 'Desk figures', date: '' },
];
const obs = (id: string, over: Partial<Observation> = {}): Observation => ({
  id, metric: 'us-troops', date: '2007-10', precision: 'month', value: 171000, qualifier: 'approx', kind: 'reported', scope: 'US', region: 'Iraq', sourceIds: ['a'], ...over,
});
const point = (o: Observation): ChartPoint => ({ key: o.id, x: 0, y: 0, time: 0, observation: o, series: 'reported' });

describe('formatting a figure', () => {
  test('formatValue words the qualifier and writes ranges with Intl', () => {
    expect(formatValue(obs('x'), en, strings('en'))).toBe('about 171,000');
    expect(formatValue(obs('x', { qualifier: 'at-most', value: 2000 }), arIQ, strings('ar'))).toBe('٢٬٠٠٠ على الأكثر');
    expect(formatValue(obs('x', { qualifier: 'exact', value: { low: 35000, high: 50000 } }), en, strings('en'))).toBe('35,000–50,000');
  });

  test('formatWhen writes a date at its precision, and a period to its last day', () => {
    expect(formatWhen(obs('x'), en)).toBe('October 2007');
    expect(formatWhen(obs('x', { date: '2007-10-09', precision: 'day' }), arIQ)).toBe('٩ تشرين الأول ٢٠٠٧');
    expect(formatWhen(obs('x', { date: '2014-08-08', precision: 'day', end: '2016-06' }), en)).toBe('August 8, 2014 – June 2016');
    expect(formatWhen(obs('x', { date: '2007-10', precision: 'month', end: '2008-09' }), en)).toBe('October 2007 – September 2008');
  });
});

describe('sources', () => {
  test('sourcesOf resolves ids in citation order and skips unknown ones', () => {
    expect(sourcesOf(obs('x', { sourceIds: ['b', 'gone', 'a'] }), sources).map((s) => s.id)).toEqual(['b', 'a']);
  });

  test('rankedSources orders publishers by the points that cite them, one entry a publisher', () => {
    const points = [obs('1', { sourceIds: ['b'] }), obs('2', { sourceIds: ['a', 'b'] }), obs('3', { sourceIds: ['c'] }), obs('4', { sourceIds: ['b'] })].map(point);
    expect(rankedSources(shownRecords({ points }), sources).map((s) => s.id)).toEqual(['b', 'a', 'c']);
  });

  test('a reduced line shows, ranks and counts every observation in view, not the points kept', () => {
    const observations = [obs('1', { sourceIds: ['c'] }), obs('2', { sourceIds: ['a'] }), obs('3', { sourceIds: ['a'] }), obs('4', { sourceIds: ['c'] }), obs('5', { sourceIds: ['c'] })];
    // The kept points cite a twice and c once; the observations in view cite c three times.
    const points = [observations[1]!, observations[2]!, observations[4]!].map(point);
    expect(shownRecords({ points, reduced: { observations } })).toBe(observations);
    expect(shownRecords({ points }).map((r) => r.id)).toEqual(['2', '3', '5']);
    expect(rankedSources(shownRecords({ points, reduced: { observations } }), sources).map((s) => s.id)).toEqual(['c', 'a']);
    expect(rankedSources(shownRecords({ points }), sources).map((s) => s.id)).toEqual(['a', 'c']);
  });

  test('sourceName is "publisher: title", or the title alone', () => {
    expect(sources.map(sourceName)).toEqual(['Brookings Institution: Iraq Index', 'US Department of Defense: Release', 'Desk figures']);
  });

  test('describePoint reads date, value, kind and sources in one line', () => {
    expect(describePoint(point(obs('x', { sourceIds: ['a', 'c'] })), sources, en, strings('en'))).toBe(
      'October 2007. about 171,000. reported. Source: Brookings Institution: Iraq Index; Desk figures',
    );
    expect(describePoint(point(obs('x', { sourceIds: [] })), sources, en, strings('en'))).toBe('October 2007. about 171,000. reported. Source: Source not given');
  });
});

describe('eventLabel', () => {
  const event: MissionEvent = {
    id: 'e', date: '2016-07-11', precision: 'day', period: 'isis', key: false, status: 'done', sourceIds: ['seed-000'],
    label: { en: '{n0} more troops; {n1} authorized since {y2}', ar: '{n0} جنديا إضافيا و{n1} منذ {y2}' }, values: [560, 4647, 2016],
  };
  test('eventLabel fills {nK} as a count and {yK} as a year from values[K], in the reader’s digits', () => {
    expect(eventLabel(event, en)).toBe('560 more troops; 4,647 authorized since 2016');
    expect(eventLabel(event, arIQ)).toBe('٥٦٠ جنديا إضافيا و٤٬٦٤٧ منذ ٢٠١٦');
    expect(eventLabel(event, localeInfo('ar-IQ', 'latn'))).toBe('560 جنديا إضافيا و4,647 منذ 2016');
  });
  test('eventLabel leaves a placeholder with no value as it is', () => {
    expect(eventLabel({ ...event, values: [1] }, en)).toBe('1 more troops; {n1} authorized since {y2}');
  });
});

describe('summaryText', () => {
  test('summaryText names the range, the count, the peak, the latest count and the next plan', () => {
    const layout = {
      points: [1, 2, 3].map((n) => point(obs(String(n)))),
      summary: { peak: obs('p'), latest: obs('l', { date: '2024', precision: 'year', value: 2500 }), nextPlan: obs('n', { date: '2026-09', kind: 'planned', qualifier: 'at-most', value: 2000 }) },
    } as unknown as ChartLayoutBase;
    expect(summaryText(layout, 'Heading', { from: '2003', to: '2026' }, en, strings('en'))).toBe(
      'Heading. Chart from 2003 to 2026 with 3 data points. Peak: about 171,000 (October 2007). Latest reported: about 2,500 (2024). Next announced plan: at most 2,000 (September 2026).',
    );
  });

  test('a reduced line counts every observation in view, not the points kept', () => {
    const layout = { points: [1, 2].map((n) => point(obs(String(n)))), reduced: { observations: [1, 2, 3, 4, 5].map((n) => obs(String(n))) }, summary: {} } as unknown as ChartLayoutBase;
    expect(summaryText(layout, 'Heading', { from: '2003', to: '2026' }, en, strings('en'))).toBe('Heading. Chart from 2003 to 2026 with 5 data points.');
  });
});

describe('money and percentages', () => {
  test('formatValue writes dollars in words in both languages, and a percentage change', () => {
    const spent = obs('s', { metric: 'spending', value: 7_500_000_000, qualifier: 'exact' });
    const daily = obs('d', { metric: 'daily-cost', value: 11_700_000, qualifier: 'approx' });
    const change = obs('c', { metric: 'percent-change', value: 50, qualifier: 'exact' });
    expect([formatValue(spent, en, strings('en')), formatValue(daily, en, strings('en')), formatValue(change, en, strings('en'))]).toEqual([
      '$7.5 billion', 'about $11.7 million', '+50%',
    ]);
    expect(formatValue(spent, arIQ, strings('ar'))).toBe('٧٫٥ مليار دولار');
  });
});

describe('lists in the reader’s language', () => {
  test('listSeparator parts citations with the language’s semicolon', () => {
    expect([listSeparator(en), listSeparator(arIQ)]).toEqual(['; ', '؛ ']);
  });

  test('formatList writes short items as the language lists them (Intl.ListFormat)', () => {
    expect(formatList(['848', '849'], en, 'disjunction')).toBe('848 or 849');
    expect(formatList(['٨٤١', '٨٤٤', '٨٤٦'], arIQ, 'disjunction')).toBe('٨٤١ أو ٨٤٤ أو ٨٤٦');
    expect(formatList(['Hostile', 'non-hostile'], en)).toBe('Hostile and non-hostile');
  });

  test('describePoint names two sources with the Arabic semicolon, each Latin one isolated', () => {
    const twice = obs('x', { sourceIds: ['a', 'b'] });
    expect(describePoint(point(twice), sources, arIQ, strings('ar'))).toBe(
      'تشرين الأول ٢٠٠٧. نحو ١٧١٬٠٠٠. عدد معلن. المصدر: \u2068Brookings Institution: Iraq Index\u2069؛ \u2068US Department of Defense: Release\u2069',
    );
  });
});
