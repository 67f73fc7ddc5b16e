import { describe, expect, test } from 'vitest';
import type { LayoutContext } from '../../src/components/core/layout/chart-layout.js';
import { describePoint, summaryText } from '../../src/components/core/chart-text.js';
import { eventsToCsv } from '../../src/components/core/element/event-csv.js';
import { strings } from '../../src/components/core/i18n.js';
import { localeInfo } from '../../src/components/core/locale.js';
import { readTimelineData } from '../../src/components/mission-timeline/mission-timeline.data.js';
import { layoutTimeline, LIST_WIDTH, packLabels, timelineLanes, trackY } from '../../src/components/mission-timeline/mission-timeline.layout.js';
import { entrySources, wrapText } from '../../src/components/mission-timeline/mission-timeline.list.js';
import { dataset } from '../../src/data/dataset.js';
import type { MissionEvent, Source } from '../../src/data/types.js';

/*
 * Scale math for a 640 px timeline from 2003 to 2012: six label rows (640 ≥ 480), so the track is
 * at 21 + 6 × 16 + 12 = 129, the axis at 141 and the height 141 + 28 = 169. The frame is 16 px
 * from each side: x(d) = 16 + 608 × d / 3653, d = days since 1 January 2003 (3653 days to 2013).
 * A day is drawn at noon: '2003-03-20' is d = 78.5 → x = 29.07 → 29.1; its period starts at
 * d = 78 → 28.98 → 29.0. '2004' is drawn mid-year, d = 365 + 183 = 548 → 107.2; '2004-08' mid-month, d = 365 + 213 + 15.5 → 114.8.
 * '2008-11-17' is d = 1826 + 305 + 16 + 0.5 = 2147.5 → 373.4; the withdrawal band starts at
 * d = 2147 → 373.35 → 373.3 and runs to the end of 2012, x = 624.
 * Labels are 11 px text, 0.6 em a character: 'Invasion' is 8 × 6.6 → 53 px.
 */

const ev = (id: string, date: string, period: MissionEvent['period'], key: boolean, en = id, extra: Partial<MissionEvent> = {}): MissionEvent => ({
  id,
  date,
  precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
  label: { en, ar: `ع-${en}` },
  period,
  key,
  status: 'done',
  sourceIds: ['s1'],
  ...extra,
});

const EVENTS: MissionEvent[] = [
  ev('sofa', '2008-11-17', 'withdrawal', true, 'SOFA signed'),
  ev('invasion', '2003-03-20', 'invasion', true, 'Invasion'),
  ev('zarqawi', '2004', 'invasion', false, 'Zarqawi'),
  ev('zarqawi-2', '2004-08', 'invasion', false, 'Second label here'),
  ev('mosul', '2014-06-10', 'isis', true, 'Fall of Mosul'),
];

const en = localeInfo('en');
const context = (overrides: Partial<LayoutContext> = {}): LayoutContext => ({
  width: 640,
  locale: en,
  from: 2003,
  to: 2012,
  timeDirection: 'ltr',
  annotations: 'all',
  now: Date.UTC(2010, 0, 1),
  ...overrides,
});

describe('layoutTimeline', () => {
  test('sizes the strip from its rows of labels, full and compact', () => {
    expect([timelineLanes(640, false), timelineLanes(360, false), timelineLanes(640, true), timelineLanes(360, true)]).toEqual([6, 4, 1, 0]);
    expect([trackY(6), trackY(4), trackY(1), trackY(0)]).toEqual([129, 97, 49, 33]);
    const layout = layoutTimeline(EVENTS, context(), strings('en'));
    expect(layout.size).toEqual({ width: 640, height: 169 });
    expect(layout.frame).toEqual({ width: 640, height: 169, top: 0, bottom: 28, left: 16, right: 16 });
    expect(layoutTimeline(EVENTS, context({ width: 360 }), strings('en'), { compact: true }).size).toEqual({ width: 360, height: 73 });
  });

  test('places every event in the years on one track, in time order, as a reachable point', () => {
    const layout = layoutTimeline(EVENTS, context(), strings('en'));
    expect(layout.points.map((p) => [p.key, p.x, p.y, p.series])).toEqual([
      ['invasion', 29.1, 129, 'invasion'],
      ['zarqawi', 107.2, 129, 'invasion'],
      ['zarqawi-2', 114.8, 129, 'invasion'],
      ['sofa', 373.4, 129, 'withdrawal'],
    ]);
    expect(layout.points.every((p) => p.event && !p.observation)).toBe(true);
    expect(layout.annotations).toEqual([]);
    expect(layout.yTicks).toEqual([]);
    expect(layout.xTicks.map((t) => t.label)).toEqual(['2003', '2004', '2005', '2006', '2007', '2008', '2009', '2010', '2011', '2012']);
  });

  test('draws each period as a band from its first event to the next period, with its name where it fits', () => {
    const layout = layoutTimeline(EVENTS, context(), strings('en'));
    // The ISIS period starts in 2014, after the years shown: no band.
    expect(layout.bands).toEqual([
      { period: 'invasion', x: 29, width: 344.4, label: 'Invasion and occupation', labelX: 33 },
      { period: 'withdrawal', x: 373.3, width: 250.7, label: 'Withdrawal', labelX: 377.3 },
    ]);
    expect(layout.legend).toEqual([
      { key: 'invasion', label: 'Invasion and occupation', mark: 'band' },
      { key: 'withdrawal', label: 'Withdrawal', mark: 'band' },
    ]);
    const narrow = layoutTimeline(EVENTS, context({ width: 200 }), strings('en'), { compact: true });
    expect(narrow.bands.map((b) => b.labelX)).toEqual([undefined, undefined]);
  });

  test('gives key events a label row first, then the others where they fit', () => {
    const layout = layoutTimeline(EVENTS, context(), strings('en'));
    expect(layout.labels.map((l) => [l.id, l.lane, l.labelX, l.labelY])).toEqual([
      ['invasion', 0, 32.1, 32],
      ['zarqawi', 0, 110.2, 32],
      ['zarqawi-2', 1, 117.8, 48],
      ['sofa', 0, 376.4, 32],
    ]);
    const one = layoutTimeline(EVENTS, context({ width: 640 }), strings('en'), { compact: true });
    expect(one.labels.map((l) => l.lane)).toEqual([0, 0, -1, 0]);
  });

  test('shows only key events with annotations="key", and none with "none"', () => {
    expect(layoutTimeline(EVENTS, context({ annotations: 'key' }), strings('en')).points.map((p) => p.key)).toEqual(['invasion', 'sofa']);
    const none = layoutTimeline(EVENTS, context({ annotations: 'none' }), strings('en'));
    expect(none.points).toEqual([]);
    expect(none.bands.length).toBe(2);
  });

  test('mirrors when time runs right to left: x is 640 − x, labels run leftwards, names are Arabic', () => {
    const layout = layoutTimeline(EVENTS, context({ timeDirection: 'rtl', locale: localeInfo('ar-IQ') }), strings('ar'));
    expect(layout.points.map((p) => p.x)).toEqual([610.9, 532.8, 525.2, 266.6]);
    expect(layout.bands[0]).toEqual({ period: 'invasion', x: 266.7, width: 344.4, label: 'الغزو والاحتلال', labelX: 508 });
    // The band's name (15 characters, 99 px) ends 4 px inside its right edge, 611.1.
    // 'ع-Invasion' is 10 × 6.6 → 66 px wide, ending 3 px before its rule.
    expect(layout.labels[0]).toMatchObject({ id: 'invasion', lane: 0, labelX: 541.9 });
    expect(layout.axisSide).toBe('right');
  });

  test('lays out the bundled events: 42 points from the invasion to 2026, four bands', () => {
    const layout = layoutTimeline(dataset.events, context({ from: 2003, to: 2026, width: 1000 }), strings('en'));
    expect(layout.points.length).toBe(42);
    expect(layout.points[0]!.key).toBe('invasion-2003');
    expect(layout.points[41]!.key).toBe('phase-two-ends-2026');
    expect(layout.bands.map((b) => b.period)).toEqual(['invasion', 'withdrawal', 'isis', 'transition']);
    expect(layout.labels.filter((l) => l.key).every((l) => l.lane >= 0)).toBe(true);
  });
});

/*
 * The list below 480 px: a section per period (its name's baseline 8 + 12 px below its top, the
 * first entry 8 + 20 + 4 px below it), each entry's lines of 19 (date), 18 (status), 21 (title)
 * and 18 (source) px with their baselines 4 px above each line's bottom, 10 px between entries
 * and 6 between sections. The marker sits 4 px above the date's baseline, 12 px from the start
 * edge; the text starts 28 px from it and wraps within 360 − 28 − 8 = 324 px.
 */
describe('layoutTimeline: the list at phone width', () => {
  const listSources: Source[] = [
    { id: 's1', publisher: { en: 'Voice of America', ar: 'صوت أمريكا' }, title: 'Key events', date: '2011' },
    { id: 's2', publisher: { en: 'Reuters', ar: 'رويترز' }, title: 'x', date: '2011' },
    { id: 's3', publisher: { en: 'Sada El Balad', ar: '' }, title: 'y', date: '2011' },
  ];
  const LIST_EVENTS = [
    ev('invasion', '2003-03-20', 'invasion', true, 'Invasion'),
    ev('zarqawi', '2004', 'invasion', false, 'Zarqawi founds al-Qaeda in Iraq, the group that would become ISIS', { sourceIds: ['s1', 's2', 's3'] }),
    ev('sofa', '2008-11-17', 'withdrawal', true, 'SOFA signed', { status: 'planned', sourceIds: [] }),
  ];
  const list = (overrides: Partial<LayoutContext> = {}, language: 'en' | 'ar' = 'en') =>
    layoutTimeline(LIST_EVENTS, context({ width: 360, ...overrides }), strings(language), { compact: false }, listSources);

  test('becomes a list below 480 px of its own width, not the compact strip', () => {
    expect(LIST_WIDTH).toBe(480);
    expect([list().list !== undefined, list({ width: 480 }).list !== undefined]).toEqual([true, false]);
    expect(layoutTimeline(LIST_EVENTS, context({ width: 360 }), strings('en'), { compact: true }).list).toBeUndefined();
  });

  test('writes each event’s date, status, title and sources on lines of their own, in sections per period', () => {
    const layout = list();
    expect(layout.size).toEqual({ width: 360, height: 313 });
    expect([layout.xTicks, layout.bands, layout.labels]).toEqual([[], [], []]);
    expect(layout.list?.sections).toEqual([
      { period: 'invasion', label: 'Invasion and occupation', top: 0, height: 189, labelY: 20 },
      { period: 'withdrawal', label: 'Withdrawal', top: 195, height: 118, labelY: 215 },
    ]);
    expect(layout.list?.entries.map((e) => e.lines.map((l) => [l.role, l.text, l.y]))).toEqual([
      [['date', 'March 20, 2003', 47], ['title', 'Invasion', 68], ['source', 'Source: Voice of America', 86]],
      [
        ['date', '2004', 115],
        ['title', 'Zarqawi founds al-Qaeda in Iraq, the', 136],
        ['title', 'group that would become ISIS', 157],
        // 49 characters, 323.4 px: it fits the 324 px.
        ['source', 'Sources: Voice of America; Reuters; Sada El Balad', 175],
      ],
      [['date', 'November 17, 2008', 242], ['status', 'planned; not yet confirmed as done', 260], ['title', 'SOFA signed', 281], ['source', 'Source not given', 299]],
    ]);
    expect(layout.points.map((p) => [p.key, p.x, p.y, p.series])).toEqual([
      ['invasion', 12, 43, 'invasion'],
      ['zarqawi', 12, 111, 'invasion'],
      ['sofa', 12, 238, 'withdrawal'],
    ]);
    expect(layout.legend.map((l) => l.key)).toEqual(['invasion', 'withdrawal']);
  });

  test('puts the track on the right in Arabic, names publishers in Arabic parted by ؛, and keeps a Latin one isolated', () => {
    const layout = list({ locale: localeInfo('ar-IQ'), timeDirection: 'rtl' }, 'ar');
    expect([layout.list?.trackX, layout.list?.textX, layout.list?.anchor]).toEqual([348, 332, 'right']);
    expect(layout.list?.entries[1]?.lines.filter((l) => l.role === 'source').map((l) => l.text)).toEqual(['المصادر: صوت أمريكا؛ رويترز؛ \u2068Sada El Balad\u2069']);
    expect(layout.list?.entries[2]?.lines.map((l) => l.text)).toEqual(['١٧ تشرين الثاني ٢٠٠٨', 'مخطط له، ولم يتأكد تنفيذه بعد', 'ع-SOFA signed', 'لم يُذكر المصدر']);
  });

  test('entrySources isolates an Arabic name holding a Latin word right to left, a Latin one left to right', () => {
    const mixed: Source[] = [
      { id: 'm', publisher: { en: 'LEX18 (Scripps News)', ar: 'LEX18 (سكريبس نيوز)' }, title: 't', date: '2024' },
      { id: 'l', publisher: { en: 'Sada El Balad', ar: '' }, title: 't', date: '2024' },
    ];
    const event = ev('e', '2024-01-28', 'transition', false, 'x', { sourceIds: ['m', 'l'] });
    expect(entrySources(event, mixed, context({ width: 360, locale: localeInfo('ar-IQ'), timeDirection: 'rtl' }), strings('ar'))).toBe(
      'المصادر: \u2067LEX18 (سكريبس نيوز)\u2069؛ \u2068Sada El Balad\u2069',
    );
    expect(wrapText('\u2067LEX18 (سكريبس نيوز؛ نقلًا عن وزارة)\u2069', 60, 11)).toEqual(['\u2067LEX18\u2069', '\u2067(سكريبس\u2069', '\u2067نيوز؛\u2069', '\u2067نقلًا عن\u2069', '\u2067وزارة)\u2069']);
  });

  test('wrapText(text, width, size) breaks between words, keeps an isolated name whole where it fits, and isolates each line of a longer one', () => {
    // 11 px text, 6.6 px a character: 60 px holds 9 characters.
    expect(wrapText('one two three four', 60, 11)).toEqual(['one two', 'three', 'four']);
    // The name (8 characters with its isolates) fits a line: it goes down whole rather than "abc ⁨de".
    expect(wrapText('abc \u2068de fgh\u2069', 60, 11)).toEqual(['abc', '\u2068de fgh\u2069']);
    expect(wrapText('و\u2068Sada El Balad\u2069 ورويترز', 60, 11)).toEqual(['و\u2068Sada El\u2069', '\u2068Balad\u2069', 'ورويترز']);
    expect(wrapText('  ', 60, 11)).toEqual([]);
  });
});

describe('packLabels', () => {
  test('keeps labels inside the width, and leaves a label wider than it without a row', () => {
    const items = [
      { id: 'a', x: 95, label: 'abcdefghij', priority: false },
      { id: 'b', x: 5, label: 'x'.repeat(40), priority: false },
    ];
    // 'abcdefghij' is 66 px: from 98 it would end at 164, so it runs back from its anchor, 95 − 3 − 66 = 26.
    expect(packLabels(items, 2, 100, false)).toEqual([
      { lane: 0, labelX: 26 },
      { lane: -1, labelX: 8 },
    ]);
  });

  test('keeps a label inside its period’s band: forward, else backward from its anchor, else across the edge', () => {
    const label = 'abcdefghij'; // 66 px
    const within = [0, 200] as const;
    expect(packLabels([{ id: 'a', x: 20, label, priority: false, within }], 1, 400, false)).toEqual([{ lane: 0, labelX: 23 }]);
    // From 180 forward it would end at 249, past the band's 200: it ends 3 px before its anchor instead.
    expect(packLabels([{ id: 'a', x: 180, label, priority: false, within }], 1, 400, false)).toEqual([{ lane: 0, labelX: 111 }]);
    // Right to left, forward is leftwards: from 180 it runs to 111, inside the band.
    expect(packLabels([{ id: 'a', x: 180, label, priority: false, within }], 1, 400, true)).toEqual([{ lane: 0, labelX: 111 }]);
    // A band of 50 px holds no 66 px label: it runs forward across the band's edge.
    expect(packLabels([{ id: 'a', x: 20, label, priority: false, within: [0, 50] }], 1, 400, false)).toEqual([{ lane: 0, labelX: 23 }]);
    // Its row inside the band is taken by a key label: it goes to the next row before it would leave the band.
    const two = packLabels(
      [
        { id: 'a', x: 20, label, priority: false, within },
        { id: 'k', x: 30, label, priority: true, within },
      ],
      2,
      400,
      false,
    );
    expect(two).toEqual([{ lane: 1, labelX: 23 }, { lane: 0, labelX: 33 }]);
  });
});

describe('the summary, announcement and CSV of a timeline', () => {
  const sources: Source[] = [{ id: 's1', publisher: { en: 'Voice of America', ar: 'صوت أمريكا' }, title: 'Key events', date: '2011', url: 'https://example.org/a' }];

  test('summarises the number of events with the first and the latest, in both languages', () => {
    const layout = layoutTimeline(EVENTS, context(), strings('en'));
    expect(summaryText(layout, 'Turning points', { from: '2003', to: '2012' }, en, strings('en'))).toBe(
      'Turning points. Timeline from 2003 to 2012 with 4 events. First: Invasion (March 20, 2003). Latest: SOFA signed (November 17, 2008).',
    );
    const ar = localeInfo('ar-IQ');
    const arabic = layoutTimeline(EVENTS, context({ locale: ar, timeDirection: 'rtl' }), strings('ar'));
    expect(summaryText(arabic, 'محطات', { from: '٢٠٠٣', to: '٢٠١٢' }, ar, strings('ar'))).toBe(
      'محطات. خط زمني من ٢٠٠٣ إلى ٢٠١٢ يضم ٤ من الأحداث. أولها: ع-Invasion (٢٠ آذار ٢٠٠٣). آخرها: ع-SOFA signed (١٧ تشرين الثاني ٢٠٠٨).',
    );
    const empty = layoutTimeline([], context(), strings('en'));
    expect(summaryText(empty, 'Turning points', { from: '2003', to: '2012' }, en, strings('en'), 'events')).toBe(
      'Turning points. Timeline from 2003 to 2012 with 0 events.',
    );
  });

  test('announces an event with its date, label, period and source', () => {
    const point = layoutTimeline(EVENTS, context(), strings('en')).points[0]!;
    expect(describePoint(point, sources, en, strings('en'))).toBe(
      'March 20, 2003. Invasion. key event, Invasion and occupation. Source: Voice of America: Key events',
    );
  });

  test('writes events as CSV with their labels filled in, sources spelled out and formulas neutralised', () => {
    const events = [
      ev('pullout', '2008-11-04', 'withdrawal', false, 'Pledges {n0}-month pullout', { values: [16] }),
      ev('evil', '2009', 'withdrawal', true, '=HYPERLINK("x")'),
    ];
    expect(eventsToCsv(events, sources).split('\n')).toEqual([
      'id,date,precision,label_en,label_ar,period,key,status,source_ids,source_publishers,source_publishers_ar,source_titles,source_dates,source_links',
      'pullout,2008-11-04,day,Pledges 16-month pullout,ع-Pledges 16-month pullout,withdrawal,false,done,s1,Voice of America,صوت أمريكا,Key events,2011,https://example.org/a',
      `evil,2009,year,"'=HYPERLINK(""x"")","ع-=HYPERLINK(""x"")",withdrawal,true,done,s1,Voice of America,صوت أمريكا,Key events,2011,https://example.org/a`,
    ]);
  });
});

describe('readTimelineData', () => {
  test('keeps good events, refuses rows without a date, label or period, and notes lesser problems', () => {
    const result = readTimelineData(
      {
        sources: [{ id: 'desk', publisher: { en: 'Desk', ar: 'Desk' }, title: 'Our notes', date: '2026' }],
        events: [
          { id: 'ok', date: '2010-09-01', label: { en: 'New Dawn', ar: 'الفجر الجديد' }, period: 'withdrawal', key: true, sourceIds: ['desk'] },
          { date: '03/04/2020', label: { en: 'x', ar: 'س' }, period: 'transition', sourceIds: ['desk'] },
          { date: '2020', label: { en: 'x', ar: 'س' }, period: 'peace', sourceIds: ['desk'] },
          { date: '2021', period: 'transition', sourceIds: ['desk'] },
          { date: '2022', label: { en: 'Only English' }, period: 'transition', sourceIds: ['nowhere'] },
          'not a row',
          { id: 'ok', date: '2011', label: { en: 'again', ar: 'مجددا' }, period: 'withdrawal', sourceIds: ['desk'] },
        ],
      },
      dataset.sources,
    );
    expect(result.events.map((e) => [e.id, e.precision, e.label.ar, e.key])).toEqual([
      ['ok', 'day', 'الفجر الجديد', true],
      ['event-5', 'year', 'Only English', false],
    ]);
    expect(result.sources.map((s) => s.id)).toEqual(['desk']);
    expect(result.issues.map((i) => [i.row, i.field, i.code, i.severity])).toEqual([
      [1, 'date', 'bad-date', 'error'],
      [2, 'period', 'bad-enum', 'error'],
      [3, 'label', 'bad-text', 'error'],
      [4, 'label.ar', 'bad-text', 'warning'],
      [4, 'sourceIds', 'unknown-source', 'warning'],
      [5, '*', 'not-an-object', 'error'],
      [6, 'id', 'duplicate', 'warning'],
    ]);
  });

  test('reads an array of events citing the bundled registry, and refuses what is not a list', () => {
    const result = readTimelineData([{ date: '2003-03-20', label: { en: 'a', ar: 'ب' }, period: 'invasion', sourceIds: ['voa-key-events-2011'] }], dataset.sources);
    expect(result.issues).toEqual([]);
    expect(result.events.length).toBe(1);
    expect(readTimelineData({ rows: [] }, dataset.sources).issues.map((i) => i.code)).toEqual(['not-a-list']);
  });
});
