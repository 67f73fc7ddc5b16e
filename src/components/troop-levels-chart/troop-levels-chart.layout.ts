import { bisector } from 'd3-array';
import { periodEnd, periodStart } from '../../data/dates.js';
import type { MissionEvent, Observation } from '../../data/types.js';
import { annotationMarks, todaySpan } from '../core/layout/annotations.js';
import type { ChartLayoutBase, ChartPoint, LayoutContext } from '../core/layout/chart-layout.js';
import { preferredFigures } from '../core/layout/conflicts.js';
import { isErratum, isLineFigure, markerSeries, round } from '../core/layout/figures.js';
import { chartAxes, type ChartAxes } from '../core/layout/frame.js';
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

/** Stage 1, the data: the troop figures in the chart's years, in drawing order. */
function troopFigures(observations: readonly Observation[], [start, end]: TimeSpan): { o: Observation; time: number }[] {
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
  const onLine = lineObservations(shown.map(({ o }) => o));
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

/**
 * Lays out the troop chart: reported counts of troops in Iraq as a line broken at gaps, caps as a
 * step line, plans beyond the last count as a dotted projection, ranges as bands, and every other
 * figure (an "at least", a second source for the same date, another definition, a likely
 * misprint) as a hollow marker so that no source is hidden and no line is bent by it.
 */
export function layoutTroopLevels(
  observations: readonly Observation[],
  events: readonly MissionEvent[],
  context: LayoutContext,
  strings: Strings,
): TroopLevelsLayout {
  const span = chartSpan(context);
  const shown = troopFigures(observations, span);
  const axes = chartAxes(context, largestValue(shown.map(({ o }) => o)));
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
  sortPoints(points);
  const projection = lastReported && ahead.length ? [lastReported, ...ahead] : ahead;
  const todayX = context.now >= span[0] && context.now < span[1] ? round(axes.x(context.now)) : undefined;
  return {
    size: axes.size,
    frame: axes.frame,
    xTicks: axes.xTicks,
    yTicks: axes.yTicks,
    points,
    legend: troopLegend(marks, ahead, points, strings, context),
    annotations: annotationMarks(events, axes.x, axes.frame, context, todaySpan(todayX, strings.series.today)),
    ...(todayX === undefined ? {} : { todayX }),
    ...(reduced ? { reduced: { observations: shown.map(({ o }) => o) } } : {}),
    summary: summaryFacts(marks.reported, marks.planned.find((p) => p.time > context.now)),
    axisSide: axes.axisSide,
    timeDirection: context.timeDirection,
    reported: runs.map((run) => linePath(run) ?? ''),
    authorized: splitAtGaps(marks.authorized, AUTHORIZED_GAP).map((run) => stepAfterPath(run) ?? ''),
    projection: projection.length > 1 ? [linePath(projection) ?? ''] : [],
    bands: marks.bands,
    whiskers: marks.whiskers,
  };
}
