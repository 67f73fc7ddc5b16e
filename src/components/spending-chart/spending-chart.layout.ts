import { periodStart } from '../../data/dates.js';
import type { MissionEvent, Observation } from '../../data/types.js';
import { annotationMarks } from '../core/layout/annotations.js';
import { barBox, barFlags, disputeEntries, disputeMark, segmentRect, splitBox, type BarRect, type DisputeMark } from '../core/layout/bars.js';
import type { ChartLayoutBase, LayoutContext, LegendItem, ObservationPoint, Tick } from '../core/layout/chart-layout.js';
import { conflictMap, fillSlots, preferredFigures } from '../core/layout/conflicts.js';
import { isErratum, isLineFigure, markerSeries, pointValue, round } from '../core/layout/figures.js';
import { chartAxes, type ChartAxes } from '../core/layout/frame.js';
import { apartEntries, legendOf } from '../core/layout/legend.js';
import { familyKey, runningTotalLines } from '../core/layout/lines.js';
import { asOfIn, asOfTime, calendarPeriod, chartSpan, fiscalYear, groupByPeriod, overlaps, spanOf } from '../core/layout/periods.js';
import { barPoint, figurePoint, largestValue, sortPoints } from '../core/layout/points.js';
import { linearScale, niceDomain } from '../core/layout/scale.js';
import { summaryFacts } from '../core/layout/summary.js';
import { formattedTicks } from '../core/layout/ticks.js';
import type { LocaleInfo } from '../core/locale.js';
import type { Strings } from '../core/i18n.js';
import { spendingStrings, type SpendingStrings } from './spending-chart.strings.js';

/** `annual`: funding per fiscal year as bars; `cumulative`: running totals as lines. */
export type SpendingView = 'annual' | 'cumulative';
export const SPENDING_VIEWS = ['annual', 'cumulative'] as const;

/**
 * The panel of daily-cost snapshots above the main scale: its own value scale from zero, with
 * its ticks in dollars on the value axis and a title that says they are per day.
 */
export interface DailyPanel {
  top: number;
  bottom: number;
  title: string;
  titleX: number;
  titleY: number;
  /** Ranges ("$7 million to $10 million a day") as whiskers. */
  whiskers: { key: string; x: number; y1: number; y2: number }[];
}

/** Everything `<spending-chart>` draws, in SVG coordinates. */
export interface SpendingLayout extends ChartLayoutBase {
  view: SpendingView;
  bars: BarRect[];
  /** `annual`: bars on which sources disagree. */
  disputes: DisputeMark[];
  /** `cumulative`: one path per unbroken run of each running total. */
  lines: { series: string; d: string }[];
  daily?: DailyPanel;
}

/** Running totals further apart than this are not joined (25 months: FY2011 to FY2013 is 24). */
const LINE_GAP = 761 * 86_400_000;
/** Figures whose period starts from here on belong to the war against ISIS. */
const ISIS_ERA = Date.UTC(2014, 5, 1);
/** The daily-cost panel: its title row, its scale, and the gap to the main scale (room for both axes' labels). */
const DAILY_TITLE = 18;
const DAILY_SCALE = 56;
const DAILY_GAP = 30;

/** The war a figure belongs to, by the start of its period: its legend key and CSS class. */
export function spendingSeries(o: Observation): 'iraq' | 'isis' {
  return periodStart(o.date) >= ISIS_ERA ? 'isis' : 'iraq';
}

/** The period key of a yearly figure: a fiscal year (October–September) or a calendar year. */
export function yearlyKey(o: Observation): string | undefined {
  const fy = fiscalYear(o);
  if (fy !== undefined) return `FY${fy}`;
  return calendarPeriod(o, 'year');
}

/** A compact amount of dollars for an axis: "$100B", "١٠٠ مليار دولار". */
export function compactDollars(locale: LocaleInfo, text: Strings): (value: number) => string {
  return (value) => (value === 0 ? locale.formatNumber(0) : text.dollars(locale.formatCompact(value)));
}

/** What a view's stage hands back. */
interface ViewMarks {
  points: ObservationPoint[];
  drawn: ObservationPoint[];
  bars: BarRect[];
  lines: { series: string; d: string }[];
  legend: [boolean, LegendItem][];
  disputes: DisputeMark[];
}

/**
 * `annual`: a bar per war for each period, side by side. A figure that disagrees with a drawn
 * bar is flagged on it (an asterisk, a tick where it lies apart; its point reachable, series
 * `disputed`); the others are hollow markers.
 */
function annualBars(shown: readonly Observation[], spending: readonly Observation[], axes: ChartAxes, context: LayoutContext, text: SpendingStrings, strings: Strings): ViewMarks {
  const span = chartSpan(context);
  const conflicts = conflictMap(spending);
  const preferred = preferredFigures(shown);
  const marks: ViewMarks = { points: [], drawn: [], bars: [], lines: [], legend: [], disputes: [] };
  for (const list of groupByPeriod(shown, (o) => `${o.date}|${o.end ?? ''}`).values()) {
    const [start, end] = spanOf(list[0]!);
    const box = barBox(axes.x, start, end, span);
    if (!box) continue;
    const time = (Math.max(start, span[0]) + Math.min(end, span[1])) / 2;
    const { chosen, others } = fillSlots(list, preferred, spendingSeries);
    const series = (['iraq', 'isis'] as const).filter((s) => chosen.has(s));
    const boxes = splitBox(box, series.length);
    const disputed = new Set<string>();
    series.forEach((s, i) => {
      const o = chosen.get(s)!;
      const b = boxes[context.timeDirection === 'rtl' ? series.length - 1 - i : i]!;
      marks.bars.push(segmentRect(o.id, s, b, axes.y, 0, pointValue(o), barFlags(o, conflicts)));
      marks.drawn.push(barPoint(o, b.center, axes.y, time, s));
      const dispute = disputeMark(o, others, conflicts, b, axes.y);
      if (dispute) marks.disputes.push(dispute);
      for (const id of dispute?.others ?? []) disputed.add(id);
    });
    for (const o of others) marks.points.push(barPoint(o, box.center, axes.y, time, disputed.has(o.id) && !isErratum(o) ? 'disputed' : markerSeries(o)));
  }
  const present = new Set(marks.bars.map((b) => b.series));
  marks.legend = [
    ...(['iraq', 'isis'] as const).map((key): [boolean, LegendItem] => [present.has(key), { key, label: text.series[key], mark: 'band' }]),
    [marks.bars.some((b) => b.open), { key: 'open', label: text.series.open, mark: 'band' }],
    ...disputeEntries(marks.disputes, strings),
  ];
  return marks;
}

/** `cumulative`: each running total a line per war, family and start; the others as hollow markers. */
function cumulativeLines(shown: readonly Observation[], axes: ChartAxes, text: SpendingStrings): ViewMarks {
  const onLine = preferredFigures(shown, isLineFigure);
  const marks: ViewMarks = { points: [], drawn: [], bars: [], lines: [], legend: [], disputes: [] };
  for (const o of shown) {
    const series = onLine.has(o) ? spendingSeries(o) : markerSeries(o);
    (onLine.has(o) ? marks.drawn : marks.points).push(figurePoint(o, axes.x, axes.y, asOfTime(o), series));
  }
  // A running total counts from its start: totals from different starts are different lines.
  marks.lines = runningTotalLines(marks.drawn, (p) => `${p.series}|${p.observation.date}|${familyKey(p.observation)}`, LINE_GAP);
  marks.legend = (['iraq', 'isis'] as const).map((key) => [marks.lines.some((l) => l.series === key), { key, label: text.series[key], mark: 'line' }]);
  return marks;
}

/** The daily-cost panel: its own scale from zero, with two or three ticks, between the annotation lanes and the bars. */
function dailyPanel(daily: readonly Observation[], axes: ChartAxes, text: SpendingStrings): { panel: DailyPanel; points: ObservationPoint[]; ticks: Tick[] } {
  const { frame } = axes;
  const top = frame.top;
  const bottom = top + DAILY_TITLE + DAILY_SCALE;
  const dy = linearScale(niceDomain(largestValue(daily), 2), [bottom, top + DAILY_TITLE + 6]);
  const x0 = frame.left;
  const x1 = frame.width - frame.right;
  const points = sortPoints(daily.map((o) => figurePoint(o, axes.x, dy, asOfTime(o), 'daily')));
  const whiskers = daily
    .filter((o) => typeof o.value !== 'number')
    .map((o) => {
      const range = o.value as { low: number; high: number };
      return { key: o.id, x: round(axes.x(asOfTime(o))), y1: round(dy(range.low)), y2: round(dy(range.high)) };
    });
  const ticks = formattedTicks(dy, 2, axes.format);
  const panel = { top, bottom, title: text.dailyTitle, titleX: axes.axisSide === 'left' ? x0 : x1, titleY: top + 12, whiskers };
  return { panel, points, ticks };
}

/**
 * Lays out the spending chart. `annual`: each fiscal year's funding as a bar over its October
 * to September, coloured by war; estimates are open bars, and of figures in conflict the first
 * is drawn, flagged with an asterisk, the others reachable (a tick where they lie apart). `cumulative`: each running
 * total published from the same start is a line (never joining two families), a gap of more
 * than two years breaks it. In both views the daily-cost snapshots are points in a panel of
 * their own above the main scale, at the date they run to, on a scale of dollars a day.
 */
/** A figure of US war funding, what both views draw from. */
export function isUsSpending(o: Observation): boolean {
  return o.metric === 'spending' && o.scope === 'US';
}

/** A reported average cost per day of the US wars, drawn in the panel above either view. */
export function isUsDailyCost(o: Observation): boolean {
  return o.metric === 'daily-cost' && o.scope === 'US';
}

/** Whether a view draws a figure: a yearly amount as a bar, or a running total as a line. */
export function drawnInView(o: Observation, view: SpendingView): boolean {
  return isUsSpending(o) && (view === 'annual' ? o.kind !== 'cumulative' && yearlyKey(o) !== undefined : o.kind === 'cumulative');
}

/** Lays out the spending chart: the view's bars or lines, and the daily-cost panel above them. */
export function layoutSpending(
  observations: readonly Observation[],
  events: readonly MissionEvent[],
  context: LayoutContext,
  strings: Strings,
  view: SpendingView = 'annual',
): SpendingLayout {
  const text = spendingStrings(context.locale.language);
  const span = chartSpan(context);
  const spending = observations.filter(isUsSpending);
  const daily = observations.filter((o) => isUsDailyCost(o) && asOfIn(o, span));
  const annual = view === 'annual';
  const shown = spending.filter((o) => drawnInView(o, view) && (annual ? overlaps(o, span) : asOfIn(o, span)));
  const reserveTop = daily.length ? DAILY_TITLE + DAILY_SCALE + DAILY_GAP : 0;
  const format = compactDollars(context.locale, strings);
  const dailyDomain = niceDomain(largestValue(daily), 2);
  const extraLabels = daily.length ? linearScale(dailyDomain, [1, 0]).ticks(2).map(format) : [];
  const axes = chartAxes(context, largestValue(shown), { format, reserveTop, extraLabels, heightScale: daily.length ? 1.2 : 1 });
  const marks = annual ? annualBars(shown, spending, axes, context, text, strings) : cumulativeLines(shown, axes, text);
  const strip = daily.length ? dailyPanel(daily, axes, text) : undefined;
  const points = sortPoints([...marks.points, ...(strip?.points ?? []), ...marks.drawn], ['iraq', 'isis', 'disputed', 'marker', 'erratum', 'daily']);
  const series = new Set(points.map((p) => p.series));
  return {
    size: axes.size,
    frame: axes.frame,
    xTicks: axes.xTicks,
    yTicks: [...(strip?.ticks ?? []), ...axes.yTicks],
    points,
    legend: legendOf([
      ...marks.legend,
      [series.has('marker'), { key: 'marker', label: text.series.marker, mark: 'hollow' }],
      ...apartEntries(series, context.locale.language),
      [strip !== undefined, { key: 'daily', label: text.series.daily, mark: 'point' }],
    ]),
    annotations: annotationMarks(events, axes.x, axes.frame, context),
    summary: summaryFacts(marks.drawn),
    axisSide: axes.axisSide,
    timeDirection: context.timeDirection,
    view,
    bars: marks.bars,
    disputes: marks.disputes,
    lines: marks.lines,
    ...(strip ? { daily: strip.panel } : {}),
  };
}
