import { describe, expect, test } from 'vitest';
import { annotationMarks, keyedEvents, laneCount, laneY, todayLabel } from '../../src/components/core/layout/annotations.js';
import type { LayoutContext } from '../../src/components/core/layout/chart-layout.js';
import { maxValue, pointValue, round } from '../../src/components/core/layout/figures.js';
import { chartHeight, plotFrame, timeScale, valueScale } from '../../src/components/core/layout/frame.js';
import { splitAtGaps } from '../../src/components/core/layout/lines.js';
import { yearDomain } from '../../src/components/core/layout/periods.js';
import { linearScale } from '../../src/components/core/layout/scale.js';
import { textWidth } from '../../src/components/core/layout/text.js';
import { roundedYearTicks, valueTicks, yearTicks } from '../../src/components/core/layout/ticks.js';
import { localeInfo } from '../../src/components/core/locale.js';
import type { MissionEvent, Observation } from '../../src/data/types.js';

const DAY = 86_400_000;
const NBSP = '\u00a0';
const en = localeInfo('en');
const arIQ = localeInfo('ar-IQ');

function context(overrides: Partial<LayoutContext> = {}): LayoutContext {
  return {
    width: 640,
    locale: en,
    from: 2003,
    to: 2012,
    timeDirection: 'ltr',
    annotations: 'none',
    now: Date.UTC(2010, 0, 1),
    ...overrides,
  };
}

/** The frame of a 640 × 358 chart whose widest value label is 51 px ("200,000"). */
const FRAME = plotFrame({ width: 640, height: 358 }, 'left', 51, 0);

describe('sizes', () => {
  test('chartHeight(width) is 0.56 × width, rounded, within 280–440', () => {
    expect([200, 320, 500, 640, 700, 785, 786, 1280].map(chartHeight)).toEqual([280, 280, 280, 358, 392, 440, 440, 440]);
  });

  test('textWidth(text, fontSize) is 0.6 em per character, rounded up', () => {
    // 4 × 12 × 0.6 = 28.8 → 29; 8 × 11 × 0.6 = 52.8 → 53.
    expect([textWidth('2005'), textWidth('٢٠٠٥'), textWidth('Invasion', 11), textWidth('')]).toEqual([29, 29, 53, 0]);
  });

  test('plotFrame(size, "left", 51, 0) leaves the value axis on the left', () => {
    expect(FRAME).toEqual({ width: 640, height: 358, top: 12, bottom: 28, left: 63, right: 16 });
  });

  test('plotFrame(size, "right", 51, 3) leaves the value axis on the right and three annotation lanes on top', () => {
    expect(plotFrame({ width: 640, height: 358 }, 'right', 51, 3)).toEqual({ width: 640, height: 358, top: 60, bottom: 28, left: 16, right: 63 });
  });

  test('laneCount(width, annotations) is 0 without annotations, 2 below 480 px, 3 from 480 px', () => {
    expect([laneCount(640, 'none'), laneCount(479, 'key'), laneCount(480, 'key'), laneCount(1280, 'all')]).toEqual([0, 2, 3, 3]);
  });

  test('laneY(lane) steps by 16 px from 23', () => {
    expect([laneY(0), laneY(1), laneY(2)]).toEqual([23, 39, 55]);
  });
});

describe('scales', () => {
  test('yearDomain(from, to) runs from 1 January of from to 1 January after to', () => {
    expect(yearDomain(2003, 2012)).toEqual([Date.UTC(2003, 0, 1), Date.UTC(2013, 0, 1)]);
  });

  test('timeScale(context, frame) runs left to right inside the frame for ltr', () => {
    const x = timeScale(context(), FRAME);
    expect(x.range()).toEqual([63, 624]);
    expect([x(Date.UTC(2003, 0, 1)), x(Date.UTC(2013, 0, 1))]).toEqual([63, 624]);
  });

  test('timeScale(context, frame) runs right to left for rtl, mirroring ltr', () => {
    const frame = plotFrame({ width: 640, height: 358 }, 'right', 51, 0);
    const x = timeScale(context({ timeDirection: 'rtl' }), frame);
    expect(x.range()).toEqual([577, 16]);
    // 2008-01-01 is 1826 of the domain's 3653 days: 577 − 561 × 1826 / 3653 = 296.57…
    expect(round(x(Date.UTC(2008, 0, 1)))).toBe(296.6);
    expect(round(timeScale(context(), FRAME)(Date.UTC(2008, 0, 1)))).toBe(343.4);
  });

  test('valueScale(max, frame) is a nice scale from 0, from the plot bottom to its top', () => {
    expect(valueScale(150000, FRAME).domain()).toEqual([0, 200000]);
    expect(valueScale(150000, FRAME).range()).toEqual([330, 12]);
    expect(valueScale(4647, FRAME).domain()).toEqual([0, 5000]);
    expect(valueScale(0, FRAME).domain()).toEqual([0, 1]);
  });

  test('valueTicks(scale, locale, false) writes full numbers in Latin and Arabic-Indic digits', () => {
    const y = valueScale(150000, FRAME);
    // y(v) = 330 − 318 × v / 200000.
    expect(valueTicks(y, en, false)).toEqual([
      { value: 0, position: 330, label: '0' },
      { value: 50000, position: 250.5, label: '50,000' },
      { value: 100000, position: 171, label: '100,000' },
      { value: 150000, position: 91.5, label: '150,000' },
      { value: 200000, position: 12, label: '200,000' },
    ]);
    expect(valueTicks(y, arIQ, false).map((t) => t.label)).toEqual(['٠', '٥٠٬٠٠٠', '١٠٠٬٠٠٠', '١٥٠٬٠٠٠', '٢٠٠٬٠٠٠']);
  });

  test('valueTicks(scale, locale, true) writes compact numbers: 150K, ١٥٠ ألف', () => {
    const y = valueScale(150000, FRAME);
    expect(valueTicks(y, en, true).map((t) => t.label)).toEqual(['0', '50K', '100K', '150K', '200K']);
    expect(valueTicks(y, arIQ, true).map((t) => t.label)).toEqual(['٠', `٥٠${NBSP}ألف`, `١٠٠${NBSP}ألف`, `١٥٠${NBSP}ألف`, `٢٠٠${NBSP}ألف`]);
  });
});

describe('yearTicks', () => {
  // 2003–2026 is 24 years, 8766 days; a label is 29 + 16 = 45 px wide.
  const long = context({ from: 2003, to: 2026 });
  const scaleOf = (width: number) => linearScale(yearDomain(2003, 2026), [0, width]);

  test('yearTicks(scale, context) steps by 5 years on a 320 px plot (7 labels fit)', () => {
    const ticks = yearTicks(scaleOf(320), long);
    expect(ticks.map((t) => t.label)).toEqual(['2005', '2010', '2015', '2020', '2025']);
    expect(ticks.map((t) => t.value)).toEqual([2005, 2010, 2015, 2020, 2025].map((y) => Date.UTC(y, 0, 1)));
    // Days from 1 January 2003: 731, 2557, 4383, 6209, 8036.
    const expected = [731, 2557, 4383, 6209, 8036].map((days) => (320 * days) / 8766);
    ticks.forEach((t, i) => expect(t.position).toBeCloseTo(expected[i]!, 9));
  });

  test('yearTicks(scale, context) steps by 2 years on a 640 px plot (14 labels fit)', () => {
    expect(yearTicks(scaleOf(640), long).map((t) => t.label)).toEqual([
      '2004', '2006', '2008', '2010', '2012', '2014', '2016', '2018', '2020', '2022', '2024', '2026',
    ]);
  });

  test('yearTicks(scale, context) labels every year to the last one shown, not the start of the next, on a 1280 px plot', () => {
    const labels = yearTicks(scaleOf(1280), long).map((t) => t.label);
    expect([labels.length, labels[0], labels[23]]).toEqual([24, '2003', '2026']);
  });

  test('yearTicks(scale, context) writes Arabic-Indic years for ar-IQ and Latin ones for ar-IQ with latn', () => {
    expect(yearTicks(scaleOf(320), { ...long, locale: arIQ }).map((t) => t.label)).toEqual(['٢٠٠٥', '٢٠١٠', '٢٠١٥', '٢٠٢٠', '٢٠٢٥']);
    expect(yearTicks(scaleOf(320), { ...long, locale: localeInfo('ar-IQ', 'latn') }).map((t) => t.label)).toEqual([
      '2005', '2010', '2015', '2020', '2025',
    ]);
  });

  test('yearTicks(scale, context) steps by 1 year on the 561 px plot of a 640 px chart for 2003–2012', () => {
    const ticks = yearTicks(timeScale(context(), FRAME), context());
    expect(ticks.map((t) => t.label)).toEqual(['2003', '2004', '2005', '2006', '2007', '2008', '2009', '2010', '2011', '2012']);
    // 2012 starts 3,287 of the domain's 3,653 days in: 63 + 561 × 3287 / 3653 = 567.8.
    expect(ticks[0]!.position).toBe(63);
    expect(ticks[9]!.position).toBeCloseTo(567.7925, 4);
  });

  test('yearTicks(scale, context) on a 40 px plot falls back to one label per 50 years', () => {
    expect(yearTicks(scaleOf(40), long).map((t) => t.label)).toEqual([]);
    expect(yearTicks(linearScale(yearDomain(1990, 2100), [0, 40]), context({ from: 1990, to: 2100 })).map((t) => t.label)).toEqual([
      '2000', '2050', '2100',
    ]);
  });
});

describe('splitAtGaps', () => {
  test('splitAtGaps(points, maxGap) breaks only where neighbours are more than maxGap apart', () => {
    const points = [0, 10, 30, 31, 100].map((time) => ({ time }));
    expect(splitAtGaps(points, 10).map((run) => run.map((p) => p.time))).toEqual([[0, 10], [30, 31], [100]]);
    expect(splitAtGaps(points, 69).map((run) => run.map((p) => p.time))).toEqual([[0, 10, 30, 31, 100]]);
  });

  test('splitAtGaps([], maxGap) is no runs', () => {
    expect(splitAtGaps([], DAY)).toEqual([]);
  });
});

describe('values', () => {
  const base: Observation = {
    id: 'o',
    metric: 'us-troops',
    date: '2009',
    precision: 'year',
    value: 1,
    qualifier: 'exact',
    kind: 'planned',
    scope: 'US',
    region: 'Iraq',
    sourceIds: [],
  };

  test('pointValue(o) is the number, or the middle of a range; maxValue(o) the number or the high end', () => {
    const range = { ...base, value: { low: 35000, high: 50000 } };
    expect([pointValue({ ...base, value: 2500 }), pointValue(range), maxValue({ ...base, value: 2500 }), maxValue(range)]).toEqual([2500, 42500, 2500, 50000]);
  });

  test('round(value) rounds to 0.1 px', () => {
    expect([round(121.449), round(121.45), round(-1.26), round(7)]).toEqual([121.4, 121.5, -1.3, 7]);
  });
});

describe('annotationMarks', () => {
  function event(id: string, date: string, label: string, key = true, ar = label): MissionEvent {
    return { id, date, precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day', label: { en: label, ar }, period: 'isis', key, status: 'done', sourceIds: [] };
  }
  const frame = plotFrame({ width: 640, height: 358 }, 'left', 51, 3);
  // 2004 has 366 days on 366 px: an event on day n of the year (from 0) is at 270 + n + 0.5.
  const ltr = linearScale(yearDomain(2004, 2004), [270, 636]);
  const ctx = context({ from: 2004, to: 2004, annotations: 'key' });
  // Labels at 11 px: 5 letters 33 px, 7 letters 47 px, 4 letters 27 px, 22 letters 146 px.
  const events = [
    event('flip', '2004-12-20', 'Flip at the right edge'),
    event('alpha', '2004-01-10', 'Alpha'),
    event('bravo', '2004-01-20', 'Bravo'),
    event('charlie', '2004-02-01', 'Charlie'),
    event('delta', '2004-02-05', 'Delta'),
    event('echo', '2004-03-01', 'Echo'),
    event('foxtrot', '2004-06', 'Foxtrot', false),
    event('before', '2003-12-31', 'Before'),
    event('after', '2005-01-01', 'After'),
  ];

  test('annotationMarks(events, scale, frame, { annotations: "none" }) is empty', () => {
    expect(annotationMarks(events, ltr, frame, { ...ctx, annotations: 'none' })).toEqual([]);
  });

  test('annotationMarks with "key" labels what fits, numbers what does not, and leaves out an event with room for neither', () => {
    expect(annotationMarks(events, ltr, frame, ctx)).toEqual([
      // Badges first, in the last lane, 18 px wide (room for two digits) and 6 px apart: alpha
      // [270.5, 288.5]; bravo and charlie are too close to it; delta [296.5, 314.5]; echo; flip.
      // Then each trades its badge for a label that fits: alpha's [282.5, 315.5] in lane 0.
      { id: 'alpha', x: 279.5, label: 'Alpha', date: 'January 10, 2004', lane: 0, labelX: 282.5 },
      // Bravo has no badge but its label [292.5, 325.5] fits in lane 1.
      { id: 'bravo', x: 289.5, label: 'Bravo', date: 'January 20, 2004', lane: 1, labelX: 292.5 },
      // Charlie has no badge, and its label [304.5, 346.5] meets alpha, bravo and delta's badge: not drawn.
      // Delta's label [308.5, 341.5] meets alpha, bravo and echo's badge: it keeps its badge, number 1.
      { id: 'delta', x: 305.5, label: 'Delta', date: 'February 5, 2004', lane: 2, labelX: 298.5, number: 1, badge: '1' },
      // 333.5 is more than 6 px past alpha's end (315.5).
      { id: 'echo', x: 330.5, label: 'Echo', date: 'March 1, 2004', lane: 0, labelX: 333.5 },
      // 627.5 + 146 would pass 638, so the label is shifted back to end there: [492, 638].
      { id: 'flip', x: 624.5, label: 'Flip at the right edge', date: 'December 20, 2004', lane: 0, labelX: 492 },
    ]);
  });

  test('annotationMarks with "all" adds the other events, which then take lanes too', () => {
    const marks = annotationMarks(events, ltr, frame, { ...ctx, annotations: 'all' });
    // Foxtrot is mid-June: day 152 + 15 = 167 → 437, label [440, 487] in lane 0; the shifted label [492, 638] is within 6 px of it and moves to lane 1.
    expect(marks.map((m) => [m.id, m.x, m.lane, m.number])).toEqual([
      ['alpha', 279.5, 0, undefined],
      ['bravo', 289.5, 1, undefined],
      ['delta', 305.5, 2, 1],
      ['echo', 330.5, 0, undefined],
      ['foxtrot', 437, 0, undefined],
      ['flip', 624.5, 1, undefined],
    ]);
  });

  test('annotationMarks on a narrow frame has two lanes, and draws no event it can neither label nor number', () => {
    const narrow = plotFrame({ width: 400, height: 280 }, 'left', 29, 2);
    // Charlie's badge is too close to alpha's, and both lanes hold a label where its own would go.
    expect(annotationMarks(events.slice(1, 4), ltr, narrow, ctx).map((m) => [m.id, m.lane])).toEqual([
      ['alpha', 0],
      ['bravo', 1],
    ]);
  });

  test('annotationMarks numbers the events whose labels do not fit, 1, 2… in time order and in the reader\'s digits', () => {
    // Five events 25 days apart (25 px), each label 22 letters (146 px): lanes 0 and 1 take the
    // first two labels; the next two meet them and the badge after each, so keep their badges;
    // the last one's label starts past the badge before it and fits in lane 2.
    const crowded = ['03-01', '03-26', '04-20', '05-15', '06-09'].map((day, i) => event(`e${i}`, `2004-${day}`, `Event ${i} with a long label`.slice(0, 22)));
    expect(annotationMarks(crowded, ltr, frame, { ...ctx, locale: arIQ }).map((m) => [m.id, m.lane, m.number, m.badge])).toEqual([
      ['e0', 0, undefined, undefined],
      ['e1', 1, undefined, undefined],
      ['e2', 2, 1, '١'],
      ['e3', 2, 2, '٢'],
      ['e4', 2, undefined, undefined],
    ]);
    expect(keyedEvents(annotationMarks(crowded, ltr, frame, ctx)).map((m) => `${m.badge} ${m.date} ${m.label}`)).toEqual([
      '1 April 20, 2004 Event 2 with a long la',
      '2 May 15, 2004 Event 3 with a long la',
    ]);
  });

  test('annotationMarks for rtl runs labels leftwards from their rules, shifted inside the left edge, in the reader\'s language', () => {
    // Right to left: day n is at 370 − n − 0.5.
    const rtl = linearScale(yearDomain(2004, 2004), [370, 4]);
    const arabic = [
      event('alpha', '2004-01-10', 'Alpha', true, 'حدث أ'),
      event('bravo', '2004-01-20', 'Bravo', true, 'حدث ب'),
      // 21 letters: 139 px, which would start at 15.5 − 3 − 139 < 2, so it starts at 2.
      event('flip', '2004-12-20', 'Flip', true, 'حدث عند الحافة اليسرى'),
    ];
    expect(annotationMarks(arabic, rtl, frame, { ...ctx, locale: arIQ, timeDirection: 'rtl' })).toEqual([
      // 33 px labels ending 3 px before their rules: [324.5, 357.5] and [314.5, 347.5].
      { id: 'alpha', x: 360.5, label: 'حدث أ', date: '١٠ كانون الثاني ٢٠٠٤', lane: 0, labelX: 324.5 },
      { id: 'bravo', x: 350.5, label: 'حدث ب', date: '٢٠ كانون الثاني ٢٠٠٤', lane: 1, labelX: 314.5 },
      { id: 'flip', x: 15.5, label: 'حدث عند الحافة اليسرى', date: '٢٠ كانون الأول ٢٠٠٤', lane: 0, labelX: 2 },
    ]);
  });
});

describe('labels at the edges', () => {
  test('todayLabel(x, label, width) centres the label on its rule, and moves it inside the chart near an edge', () => {
    // "Today" at 11 px is 33 px wide.
    expect(todayLabel(500, 'Today', 640)).toEqual({ left: 483.5, span: [[483.5, 516.5]] });
    expect(todayLabel(630, 'Today', 640)).toEqual({ left: 605, span: [[605, 638]] });
    expect(todayLabel(undefined, 'Today', 640)).toBeUndefined();
    // Without label rows, inside the plot, 4 px before its rule in time.
    expect(todayLabel(500, 'Today', 640, 'ltr')).toEqual({ left: 463, span: [[463, 496]] });
    expect(todayLabel(140, 'اليوم', 640, 'rtl')).toEqual({ left: 144, span: [[144, 177]] });
  });

  test('roundedYearTicks(x, context) starts a label at its tick where centring it would cross into the value labels', () => {
    const years = context({ from: 2014, to: 2020 });
    const ticks = roundedYearTicks(linearScale(yearDomain(2014, 2020), [60, 624]), years);
    // "2014" is 29 px: centred on 60 it would start at 45.5, left of the plot. (2016 has 366 days.)
    expect(ticks.map((t) => [t.label, t.position, t.anchor])).toEqual([
      ['2014', 60, 'left'],
      ['2015', 140.5, undefined],
      ['2016', 221, undefined],
      ['2017', 301.7, undefined],
      ['2018', 382.3, undefined],
      ['2019', 462.8, undefined],
      ['2020', 543.3, undefined],
    ]);
    // Right to left, the value labels are on the right: there the first year ends at its tick.
    const rtl = roundedYearTicks(linearScale(yearDomain(2014, 2020), [580, 16]), { ...years, locale: arIQ, timeDirection: 'rtl' });
    expect(rtl.map((t) => [t.label, t.anchor]).slice(0, 2)).toEqual([
      ['٢٠١٤', 'right'],
      ['٢٠١٥', undefined],
    ]);
  });
});
