import { max } from 'd3-array';
import { dateToTime } from '../../data/dates.js';
import type { MissionEvent, Observation, Region } from '../../data/types.js';
import { annotationMarks } from '../core/layout/annotations.js';
import { barBox, barFlags, segmentRect, stackValues, type BarRect } from '../core/layout/bars.js';
import type { ChartLayoutBase, LayoutContext, LegendItem, ObservationPoint } from '../core/layout/chart-layout.js';
import { conflictMap, fillSlots, preferredFigures, type Slots } from '../core/layout/conflicts.js';
import { isLineFigure, markerSeries, pointValue } from '../core/layout/figures.js';
import { chartAxes, type ChartAxes } from '../core/layout/frame.js';
import { apartEntries, barFlagEntries, legendOf } from '../core/layout/legend.js';
import { familyKey, runningTotalLines, type RunningTotalLine } from '../core/layout/lines.js';
import { asOfIn, asOfTime, calendarPeriod, chartSpan, groupByPeriod, periodMilliseconds } from '../core/layout/periods.js';
import { barPoint, figurePoint, largestValue, sortPoints } from '../core/layout/points.js';
import { summaryFacts } from '../core/layout/summary.js';
import type { Strings } from '../core/i18n.js';
import { airstrikesStrings, type AirstrikesStrings } from './airstrikes-chart.strings.js';

/** `per-period`: counts for a whole year or month, as bars; `cumulative`: running totals, as lines. */
export type AirstrikesMode = 'per-period' | 'cumulative';
/** The period of the bars in `per-period` mode. */
export type AirstrikesPeriod = 'year' | 'month';

/** The chart's own options. */
export interface AirstrikesOptions {
  mode: AirstrikesMode;
  period: AirstrikesPeriod;
}

export const AIRSTRIKES_MODES = ['cumulative', 'per-period'] as const;
export const AIRSTRIKES_PERIODS = ['year', 'month'] as const;

/**
 * Running totals by default: the record of strikes is mostly running totals published at
 * irregular dates (45 of them, 2015–2020); only one figure covers a calendar year and seven
 * cover a calendar month.
 */
export const AIRSTRIKES_DEFAULTS: AirstrikesOptions = { mode: 'cumulative', period: 'year' };

/** Everything `<airstrikes-chart>` draws, in SVG coordinates. */
export interface AirstrikesLayout extends ChartLayoutBase {
  mode: AirstrikesMode;
  period: AirstrikesPeriod;
  /** `per-period`: bars, the unsplit total behind the countries' stack. */
  bars: BarRect[];
  /** `cumulative`: one path per unbroken run of each region's running total; Airwars' count is `definition: 'airwars'`. */
  lines: RunningTotalLine[];
}

/** Running totals further apart than this are not joined (18 months). */
const LINE_GAP = 548 * 86_400_000;

/** The legend key and CSS class of a region. */
const REGION_SERIES: Record<Region, 'iraq' | 'syria' | 'both'> = { Iraq: 'iraq', Syria: 'syria', both: 'both' };
/** Stacking and keyboard order within a period: the countries bottom up, then the total. */
const SERIES_ORDER = ['iraq', 'syria', 'both', 'us', 'marker', 'erratum'];

/** The series `<airstrikes-chart>` draws from: air strikes by the coalition or the US. */
export function isAirstrike(o: Observation): boolean {
  return o.metric === 'airstrikes' && (o.scope === 'coalition' || o.scope === 'US');
}

/** What a mode's stages hand back: the points, the marks, the legend of its series. */
interface ModeMarks {
  points: ObservationPoint[];
  drawn: ObservationPoint[];
  bars: BarRect[];
  lines: RunningTotalLine[];
  legend: [boolean, LegendItem][];
  axes: ChartAxes;
}

/** A period's figures: the one drawn per series, and the others as markers. */
interface PeriodFigures extends Slots {
  key: string;
}

/** Stage 1 of `per-period`: each calendar year or month with a count, its figures sorted into bars and markers. */
function periodFigures(strikes: readonly Observation[], period: AirstrikesPeriod, context: LayoutContext): PeriodFigures[] {
  const span = chartSpan(context);
  const inView = (key: string | undefined) => {
    const [a, b] = key === undefined ? [0, 0] : periodMilliseconds(key);
    return b > span[0] && a < span[1];
  };
  const shown = strikes.filter((o) => inView(calendarPeriod(o, period)));
  const preferred = preferredFigures(shown);
  return [...groupByPeriod(shown, (o) => calendarPeriod(o, period))]
    .map(([key, list]) => ({ key, ...fillSlots(list, preferred, (o) => REGION_SERIES[o.region]) }))
    .sort((a, b) => dateToTime(a.key) - dateToTime(b.key));
}

/** The countries' figures of a period, Iraq first: the stack. */
const countryParts = (chosen: Map<string, Observation>) => ['iraq', 'syria'].map((s) => chosen.get(s)).filter((o): o is Observation => !!o);

/** Stage 2 of `per-period`: the total behind, the countries stacked on it, the others as markers. */
function periodBars(periods: readonly PeriodFigures[], strikes: readonly Observation[], context: LayoutContext, text: AirstrikesStrings): ModeMarks {
  const span = chartSpan(context);
  const conflicts = conflictMap(strikes);
  const stackTop = (p: PeriodFigures) => countryParts(p.chosen).reduce((sum, o) => sum + pointValue(o), 0);
  const axes = chartAxes(context, max(periods, (p) => Math.max(stackTop(p), largestValue([...p.chosen.values(), ...p.others]))) ?? 0);
  const marks: ModeMarks = { points: [], drawn: [], bars: [], lines: [], legend: [], axes };
  for (const { key, chosen, others } of periods) {
    const [start, end] = periodMilliseconds(key);
    const box = barBox(axes.x, start, end, span);
    if (!box) continue;
    const place = (o: Observation, series: string, value: number) => barPoint(o, box.center, axes.y, dateToTime(key), series, value);
    const total = chosen.get('both');
    if (total) {
      marks.bars.push(segmentRect(total.id, 'both', box, axes.y, 0, pointValue(total), barFlags(total, conflicts)));
      marks.drawn.push(place(total, 'both', pointValue(total)));
    }
    for (const { item, y0, y1 } of stackValues(countryParts(chosen), pointValue)) {
      const series = REGION_SERIES[item.region];
      marks.bars.push(segmentRect(item.id, series, box, axes.y, y0, y1, barFlags(item, conflicts)));
      marks.drawn.push(place(item, series, y1));
    }
    for (const o of others) marks.points.push(place(o, markerSeries(o), pointValue(o)));
  }
  const present = new Set(marks.bars.map((b) => b.series));
  const total = present.has('iraq') || present.has('syria') ? text.series.total : text.series.both;
  marks.legend = [
    [present.has('iraq'), { key: 'iraq', label: text.series.iraq, mark: 'band' }],
    [present.has('syria'), { key: 'syria', label: text.series.syria, mark: 'band' }],
    [present.has('both'), { key: 'both', label: total, mark: 'band' }],
    ...barFlagEntries(marks.bars, text.series),
  ];
  return marks;
}

/** `cumulative`: running totals of the coalition as lines per family, the others as hollow markers. */
function cumulativeLines(strikes: readonly Observation[], context: LayoutContext, text: AirstrikesStrings): ModeMarks {
  const span = chartSpan(context);
  const shown = strikes.filter((o) => o.kind === 'cumulative' && asOfIn(o, span));
  const onLine = preferredFigures(shown, (o) => o.scope === 'coalition' && isLineFigure(o));
  const axes = chartAxes(context, largestValue(shown));
  const marks: ModeMarks = { points: [], drawn: [], bars: [], lines: [], legend: [], axes };
  for (const o of shown) {
    const series = onLine.has(o) ? REGION_SERIES[o.region] : markerSeries(o, o.scope === 'US' ? 'us' : 'marker');
    (onLine.has(o) ? marks.drawn : marks.points).push(figurePoint(o, axes.x, axes.y, asOfTime(o), series));
  }
  marks.lines = runningTotalLines(marks.drawn, (p) => `${p.series}|${familyKey(p.observation!)}`, LINE_GAP);
  const lined = new Set(marks.lines.map((l) => l.series));
  // Airwars' own count and the coalition's declared count are two lines of one colour: the
  // colour names the country, the dash says whose count it is.
  const counted = marks.lines.some((l) => l.definition === 'airwars');
  const declared = marks.lines.some((l) => l.definition !== 'airwars');
  marks.legend = [
    ...(['both', 'iraq', 'syria'] as const).map((key): [boolean, LegendItem] => [lined.has(key), { key, label: text.series[key], mark: 'line' }]),
    [counted && declared, { key: 'declared', label: text.series.declared, mark: 'line' }],
    [counted && declared, { key: 'airwars', label: text.series.airwars, mark: 'dashed' }],
    [marks.points.some((p) => p.series === 'us'), { key: 'us', label: text.series.us, mark: 'hollow' }],
  ];
  return marks;
}

/**
 * Lays out the air-strike chart. In `per-period` mode each calendar year or month with a
 * published count gets a bar: Iraq and Syria stacked, and a count for both countries drawn
 * behind them, so the part not split by country shows above the stack. Periods without a
 * count stay empty; counts over other spans (a day, a fortnight, a year from August) are not
 * turned into yearly or monthly figures. In `cumulative` mode the running totals are lines per
 * family (region, operation, definition); US-only totals, "at least" totals, the second of two
 * figures in conflict and likely misprints are hollow markers.
 */
export function layoutAirstrikes(
  observations: readonly Observation[],
  events: readonly MissionEvent[],
  context: LayoutContext,
  _strings: Strings,
  options: AirstrikesOptions = AIRSTRIKES_DEFAULTS,
): AirstrikesLayout {
  const text = airstrikesStrings(context.locale.language);
  const strikes = observations.filter(isAirstrike);
  const marks =
    options.mode === 'per-period' ? periodBars(periodFigures(strikes, options.period, context), strikes, context, text) : cumulativeLines(strikes, context, text);
  const points = sortPoints([...marks.points, ...marks.drawn], SERIES_ORDER);
  const series = new Set(points.map((p) => p.series));
  const { axes } = marks;
  return {
    size: axes.size,
    frame: axes.frame,
    xTicks: axes.xTicks,
    yTicks: axes.yTicks,
    points,
    legend: legendOf([...marks.legend, [series.has('marker'), { key: 'marker', label: text.series.marker, mark: 'hollow' }], ...apartEntries(series, context.locale.language)]),
    annotations: annotationMarks(events, axes.x, axes.frame, context),
    summary: summaryFacts(marks.drawn),
    axisSide: axes.axisSide,
    timeDirection: context.timeDirection,
    mode: options.mode,
    period: options.period,
    bars: marks.bars,
    lines: marks.lines,
  };
}
