import { bisector } from 'd3-array';
import { periodEnd, periodStart, yearStart } from '../../data/dates.js';
import type { MissionEvent, Observation } from '../../data/types.js';
import { annotationMarks, laneCount, todayLabel } from '../core/layout/annotations.js';
import type { ChartLayoutBase, ChartPoint, LayoutContext, PlotFrame, Tick } from '../core/layout/chart-layout.js';
import { preferredFigures } from '../core/layout/conflicts.js';
import { isErratum, isLineFigure, markerSeries, maxValue, round } from '../core/layout/figures.js';
import { chartAxes, timeScale, type ChartAxes } from '../core/layout/frame.js';
import { linearScale, niceDomain } from '../core/layout/scale.js';
import { formattedTicks, roundedYearTicks } from '../core/layout/ticks.js';
import { yearSpan, type Language } from '../core/locale.js';
import { apartEntries, legendOf } from '../core/layout/legend.js';
import { linePath, splitAtGaps, stepAfterPath } from '../core/layout/lines.js';
import { chartSpan, drawnTime, overlaps, type TimeSpan } from '../core/layout/periods.js';
import { figurePoint, largestValue, sortPoints } from '../core/layout/points.js';
import { reduceToColumns } from '../core/layout/reduction.js';
import { summaryFacts } from '../core/layout/summary.js';
import type { Strings } from '../core/i18n.js';

/** A range drawn as a band over the period it covers. */
export interface BandMark {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  planned: boolean;
}

/** A range without a period, drawn as a vertical bar at its date. */
export interface WhiskerMark {
  key: string;
  x: number;
  y1: number;
  y2: number;
}

/** Everything `<troop-levels-chart>` draws, in SVG coordinates. */
export interface TroopLevelsLayout extends ChartLayoutBase {
  /** The reported count, one path per unbroken run. */
  reported: string[];
  /** Authorized caps as steps, one path per run. */
  authorized: string[];
  /** Announced plans beyond the last reported count, dotted from it. */
  projection: string[];
  bands: BandMark[];
  whiskers: WhiskerMark[];
  /** The years after the peak at a scale of their own, when one scale shows them as a flat line. */
  decade?: DecadePanel;
}

/** Reported counts further apart than this are not joined: 18 months lets a yearly series join. */
const REPORTED_GAP = 548 * 86_400_000;
/** Caps stay in force until changed, so steps join across longer spells. */
const AUTHORIZED_GAP = 913 * 86_400_000;
/** The definitions of `us-troops` other than troops in Iraq, each drawn as its own hollow markers. */
const OTHER_DEFINITIONS = new Set(['deployed-for-war', 'fy-average']);

/** The series `<troop-levels-chart>` draws from: US troops in Iraq. */
export function isTroopLevel(o: Observation): boolean {
  return o.metric === 'us-troops' && o.scope === 'US';
}

/** A figure that counts US troops in Iraq (the line's definition), not a wider count or an average. */
function countsInCountry(o: Observation): boolean {
  return o.definition === undefined || o.definition === 'in-country';
}

/**
 * The reported counts the line runs through: troops in Iraq as reported, a single number given
 * as exact or approximate, at a date (not an average over a period), not a likely misprint. Of
 * figures in conflict, the one with the most precise date (then the first in the data) is drawn
 * on the line and the others as markers — both stay visible, neither is averaged.
 */
export function lineObservations(observations: readonly Observation[]): Set<Observation> {
  const eligible = (o: Observation) => o.kind === 'reported' && !o.end && isLineFigure(o) && countsInCountry(o) && !isErratum(o);
  return preferredFigures(observations, eligible, (o) => o.precision);
}

/** The last figures shown of each data set, with the years they were found for: a resize finds them again. */
const shownOf = new WeakMap<readonly Observation[], { start: number; end: number; shown: { o: Observation; time: number }[] }>();

/** Stage 1, the data: the troop figures in the chart's years, in drawing order (the same array for the same data and years). */
function troopFigures(observations: readonly Observation[], [start, end]: TimeSpan): { o: Observation; time: number }[] {
  const known = shownOf.get(observations);
  if (known && known.start === start && known.end === end) return known.shown;
  const shown = findTroopFigures(observations, [start, end]);
  shownOf.set(observations, { start, end, shown });
  return shown;
}

function findTroopFigures(observations: readonly Observation[], [start, end]: TimeSpan): { o: Observation; time: number }[] {
  return (
    observations
      .filter(isTroopLevel)
      .filter((o) => overlaps(o, [start, end]))
      .map((o) => ({ o, time: drawnTime(o) }))
      // A figure drawn as a point (an average over a period) whose middle falls outside the years
      // shown is not in view; a range is drawn as a band and clipped instead.
      .filter(({ o, time }) => typeof o.value !== 'number' || (time >= start && time < end))
      .sort((a, b) => a.time - b.time)
  );
}

/** The line's figures of each array of shown figures, which a resize keeps ({@link troopFigures}). */
const onLineMemo = new WeakMap<readonly { o: Observation }[], Set<Observation>>();

function onLineOf(shown: readonly { o: Observation }[]): Set<Observation> {
  let onLine = onLineMemo.get(shown);
  if (!onLine) onLineMemo.set(shown, (onLine = lineObservations(shown.map(({ o }) => o))));
  return onLine;
}

/** The marks of the figures, sorted by what they are; reported points hold one per time. */
interface TroopMarks {
  reported: ChartPoint[];
  authorized: ChartPoint[];
  planned: ChartPoint[];
  apart: ChartPoint[];
  ranges: ChartPoint[];
  bands: BandMark[];
  whiskers: WhiskerMark[];
}

/** The series of a figure drawn as a point of its own: a likely misprint, another definition, or another figure. */
function apartSeries(o: Observation): string {
  return markerSeries(o, o.definition && OTHER_DEFINITIONS.has(o.definition) ? o.definition : 'marker');
}

/** A range as a band over its period, or as a whisker at its date. */
function rangeMark(o: Observation & { value: { low: number; high: number } }, point: ChartPoint, { x, y }: ChartAxes, [start, end]: TimeSpan, marks: TroopMarks): void {
  if (o.end) {
    const x0 = x(Math.max(start, periodStart(o.date)));
    const x1 = x(Math.min(end, periodEnd(o.end)));
    const top = y(o.value.high);
    const band = { x: round(Math.min(x0, x1)), y: round(top), width: round(Math.abs(x1 - x0)), height: round(y(o.value.low) - top) };
    marks.bands.push({ key: o.id, ...band, planned: o.kind === 'planned' });
  } else {
    marks.whiskers.push({ key: o.id, x: point.x, y1: round(y(o.value.low)), y2: round(y(o.value.high)) });
  }
}

/** Stage 2, the marks: each figure to the line, the caps, the plans, a range, or a point apart. */
function troopMarks(shown: readonly { o: Observation; time: number }[], axes: ChartAxes, span: TimeSpan): TroopMarks {
  const marks: TroopMarks = { reported: [], authorized: [], planned: [], apart: [], ranges: [], bands: [], whiskers: [] };
  const onLine = onLineOf(shown);
  const lineTimes = new Set<number>();
  const place = (o: Observation, time: number, series: string) => figurePoint(o, axes.x, axes.y, time, series);
  for (const { o, time } of shown) {
    const other = isErratum(o) || !countsInCountry(o);
    if (other) marks.apart.push(place(o, time, apartSeries(o)));
    else if (typeof o.value !== 'number') {
      const point = place(o, time, 'range');
      marks.ranges.push(point);
      rangeMark(o as Observation & { value: { low: number; high: number } }, point, axes, span, marks);
    } else if (o.kind === 'authorized') marks.authorized.push(place(o, time, 'authorized'));
    else if (o.kind === 'planned') marks.planned.push(place(o, time, 'planned'));
    else if (onLine.has(o) && !lineTimes.has(time)) {
      lineTimes.add(time);
      marks.reported.push(place(o, time, 'reported'));
    } else marks.apart.push(place(o, time, 'marker'));
  }
  return marks;
}

/**
 * More counts than twice the plot's pixel columns cannot be told apart: the line and its
 * reachable points keep, per column, the first, lowest, highest and last (reduction.ts), which
 * draws the same pixels. Each unbroken run is reduced on its own, so gaps stay gaps.
 */
function reportedRuns(reported: readonly ChartPoint[], { frame }: ChartAxes): { runs: ChartPoint[][]; reduced: boolean } {
  const runs = splitAtGaps(reported, REPORTED_GAP);
  const reduced = reported.length > 2 * (frame.width - frame.left - frame.right);
  return { runs: reduced ? runs.map((run) => reduceToColumns(run)) : runs, reduced };
}

/** The legend: the line, caps, plans ahead, ranges, then the points apart present. */
function troopLegend(marks: TroopMarks, ahead: readonly ChartPoint[], points: readonly ChartPoint[], strings: Strings, context: LayoutContext) {
  const series = new Set(points.map((p) => p.series));
  return legendOf([
    [marks.reported.length > 0, { key: 'reported', label: strings.series.reported, mark: 'line' }],
    [marks.authorized.length > 0, { key: 'authorized', label: strings.series.authorized, mark: 'dashed' }],
    [ahead.length > 0, { key: 'planned', label: strings.series.planned, mark: 'dotted' }],
    [marks.bands.length + marks.whiskers.length > 0, { key: 'range', label: strings.series.range, mark: 'band' }],
    [series.has('marker'), { key: 'marker', label: strings.series.marker, mark: 'hollow' }],
    ...apartEntries(series, context.locale.language),
  ]);
}

/** The lines of one panel, from its marks. */
export interface PanelLines {
  reported: string[];
  authorized: string[];
  projection: string[];
  bands: BandMark[];
  whiskers: WhiskerMark[];
}

/** A panel's marks, lines and reachable points: the same stages for the whole chart and for the decade panel. */
function panelOf(shown: readonly { o: Observation; time: number }[], axes: ChartAxes, span: TimeSpan) {
  const marks = troopMarks(shown, axes, span);
  const lastReported = marks.reported[marks.reported.length - 1];
  // Plans are in time order: those after the last reported count are ahead, the rest overtaken.
  const split = lastReported ? bisector((p: ChartPoint) => p.time).right(marks.planned, lastReported.time) : 0;
  const ahead = marks.planned.slice(split);
  const behind = marks.planned.slice(0, split).map((p) => ({ ...p, series: 'marker' }));
  const { runs, reduced } = reportedRuns(marks.reported, axes);
  const points: ChartPoint[] = [];
  // Pushed one by one: spreading 100,000 points into push() can overflow the stack.
  for (const list of [marks.ranges, marks.apart, reduced ? runs.flat() : marks.reported, marks.authorized, ahead, behind]) for (const p of list) points.push(p);
  const projection = lastReported && ahead.length ? [lastReported, ...ahead] : ahead;
  const lines: PanelLines = {
    reported: runs.map((run) => linePath(run) ?? ''),
    authorized: splitAtGaps(marks.authorized, AUTHORIZED_GAP).map((run) => stepAfterPath(run) ?? ''),
    projection: projection.length > 1 ? [linePath(projection) ?? ''] : [],
    bands: marks.bands,
    whiskers: marks.whiskers,
  };
  return { marks, ahead, points, reduced, lines };
}

/** The lower panel: the years after the peak years, at a scale of their own. */
export interface DecadePanel extends PanelLines {
  frame: PlotFrame;
  xTicks: Tick[];
  yTicks: Tick[];
  /** The panel's first year. */
  from: number;
  /** The panel's title above it: its years, and that it has a scale of its own. */
  title: { x: number; y: number; text: string };
  /** The panel's years and values as a shaded box in the upper panel. */
  context: { x: number; y: number; width: number; height: number };
}

/** A panel of its own is drawn when every count from some year on is below this share of the peak… */
const DECADE_SHARE = 0.1;
/** …for at least this many years. */
const DECADE_YEARS = 5;
/** …holding at least this many reported counts above zero. */
const DECADE_COUNTS = 3;
/** The chart's height with the decade panel, as a multiple of the shared height. */
const DECADE_HEIGHT = 1.6;
/** The decade panel's share of the height the plots have. */
const DECADE_PART = 0.38;
/** Between the panels: the upper panel's year labels and the lower one's title. */
const PANEL_GAP = 50;

const DECADE_TITLE: Record<Language, (from: string, to: string) => string> = {
  en: (from, to) => `${yearSpan(from, to)}, at a scale of its own`,
  ar: (from, to) => `${yearSpan(from, to)}، بمقياس خاص بها`,
};

/**
 * The first year from which every count of troops in Iraq (line, caps, plans, markers of that
 * definition) stays under a tenth of the peak: on one scale those years are a flat line on the
 * axis. `undefined` when there is no such stretch of five years or more, or it holds fewer
 * than three reported counts above zero (a zero and a plan are no story of their own).
 */
export function decadeStart(shown: readonly { o: Observation; time: number }[], context: LayoutContext): number | undefined {
  const counted = shown.filter(({ o }) => !isErratum(o) && countsInCountry(o));
  const peak = largestValue(counted.map(({ o }) => o));
  const big = counted.filter(({ o }) => maxValue(o) >= DECADE_SHARE * peak);
  const last = big[big.length - 1];
  if (!last || peak === 0) return undefined;
  const from = new Date(periodEnd(last.o.end ?? last.o.date) - 1).getUTCFullYear() + 1;
  const later = counted.filter(({ o, time }) => time >= yearStart(from) && o.kind === 'reported' && maxValue(o) > 0).length;
  return from > context.from && context.to - from + 1 >= DECADE_YEARS && later >= DECADE_COUNTS ? from : undefined;
}

/** The two panels' axes: the upper keeps the whole chart's years and scale, the lower gets its own. */
function panelAxes(whole: ChartAxes, context: LayoutContext, from: number, lateMax: number): { upper: ChartAxes; lower: ChartAxes } {
  const { frame, size } = whole;
  const plots = frame.height - frame.top - frame.bottom;
  const lowerHeight = Math.round(plots * DECADE_PART);
  const upperBottom = frame.height - frame.bottom - lowerHeight - PANEL_GAP;
  const upperFrame: PlotFrame = { ...frame, bottom: size.height - upperBottom };
  const y = linearScale(whole.y.domain(), [upperBottom, frame.top]);
  const upper = { ...whole, frame: upperFrame, y, yTicks: formattedTicks(y, 5, whole.format) };
  const lowerFrame: PlotFrame = { ...frame, top: frame.height - frame.bottom - lowerHeight };
  // The panel spans its own years, not the whole chart's: aligned with the panel above, half
  // its width would be empty years and the decade squeezed into the rest.
  const years = { ...context, from };
  const x = timeScale(years, lowerFrame);
  const y2 = linearScale(niceDomain(lateMax, 4), [frame.height - frame.bottom, lowerFrame.top]);
  const lower = { ...whole, frame: lowerFrame, x, y: y2, xTicks: roundedYearTicks(x, years), yTicks: formattedTicks(y2, 4, whole.format) };
  return { upper, lower };
}

/** The decade panel's frame, ticks, title and the box that shows its place in the upper panel. */
function decadePanel(upper: ChartAxes, lower: ChartAxes, context: LayoutContext, from: number, lines: PanelLines): DecadePanel {
  const { locale } = context;
  const years = [from, context.to].map((year) => locale.formatYear(yearStart(year))) as [string, string];
  const [x0, x1] = [upper.x(yearStart(from)), upper.x(yearStart(context.to + 1))];
  const top = upper.y(lower.y.domain()[1]);
  const bottom = upper.frame.height - upper.frame.bottom;
  return {
    frame: lower.frame,
    xTicks: lower.xTicks,
    yTicks: lower.yTicks,
    from,
    title: { x: upper.axisSide === 'left' ? 0 : upper.size.width, y: lower.frame.top - 14, text: DECADE_TITLE[locale.language](...years) },
    context: { x: round(Math.min(x0, x1)), y: round(top), width: round(Math.abs(x1 - x0)), height: round(bottom - top) },
    ...lines,
  };
}

/**
 * Lays out the troop chart: reported counts of troops in Iraq as a line broken at gaps, caps as a
 * step line, plans beyond the last count as a dotted projection, ranges as bands, and every other
 * figure (an "at least", a second source for the same date, another definition, a likely
 * misprint) as a hollow marker so that no source is hidden and no line is bent by it. When the
 * years after the peak are a flat line on its scale (every count from some year on under a tenth
 * of the peak, for five years or more), they get a second panel under the first, at a scale of
 * their own: the return against ISIS and the drawdown after it. Their points are reached there;
 * a figure of those years above that scale (another definition) is reached in the upper panel.
 */
export function layoutTroopLevels(
  observations: readonly Observation[],
  events: readonly MissionEvent[],
  context: LayoutContext,
  strings: Strings,
): TroopLevelsLayout {
  const span = chartSpan(context);
  const shown = troopFigures(observations, span);
  const from = decadeStart(shown, context);
  const peak = largestValue(shown.map(({ o }) => o));
  const whole = chartAxes(context, peak, from === undefined ? {} : { heightScale: DECADE_HEIGHT });
  const late = from === undefined ? [] : shown.filter(({ time }) => time >= yearStart(from));
  // The lower scale is the line's (troops in Iraq); a figure above it, of another definition,
  // stays in the upper panel, where it fits.
  const lateMax = largestValue(late.filter(({ o }) => countsInCountry(o) && !isErratum(o)).map(({ o }) => o));
  const panels = from === undefined ? undefined : panelAxes(whole, context, from, lateMax);
  const inLower = panels ? late.filter(({ o }) => maxValue(o) <= panels.lower.y.domain()[1]) : [];
  const axes = panels?.upper ?? whole;
  const all = panelOf(shown, axes, span);
  const low = panels ? panelOf(inLower, panels.lower, [yearStart(from!), span[1]]) : undefined;
  const lower = new Set(inLower.map(({ o }) => o.id));
  const points = low ? sortPoints([...all.points.filter((p) => !lower.has(p.key)), ...low.points]) : sortPoints(all.points);
  const todayX = context.now >= span[0] && context.now < span[1] ? round(axes.x(context.now)) : undefined;
  // Without label rows above the plot, "Today" goes inside it, before its rule in time.
  const inside = laneCount(axes.size.width, context.annotations) === 0;
  const today = todayLabel(todayX, strings.series.today, axes.size.width, inside ? context.timeDirection : undefined);
  return {
    size: axes.size,
    frame: axes.frame,
    xTicks: axes.xTicks,
    yTicks: axes.yTicks,
    points,
    legend: troopLegend(all.marks, all.ahead, all.points, strings, context),
    annotations: annotationMarks(events, axes.x, axes.frame, context, today?.span),
    ...(todayX === undefined || !today ? {} : { todayX, todayLabelX: today.left, ...(inside ? { todayLabelY: axes.frame.top + 11 } : {}) }),
    ...(all.reduced ? { reduced: { observations: shown.map(({ o }) => o) } } : {}),
    summary: summaryFacts(all.marks.reported, all.marks.planned.find((p) => p.time > context.now)),
    axisSide: axes.axisSide,
    timeDirection: context.timeDirection,
    ...all.lines,
    ...(panels && low ? { decade: decadePanel(axes, panels.lower, context, from!, low.lines) } : {}),
  };
}
