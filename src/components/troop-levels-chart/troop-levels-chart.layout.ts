import { conflictMap } from '../core/layout/conflicts.js';
import { dateToTime, periodEnd, periodStart } from '../../data/dates.js';
import type { MissionEvent, Observation } from '../../data/types.js';
import {
  NARROW_WIDTH,
  annotationMarks,
  chartHeight,
  laneCount,
  maxValue,
  plotFrame,
  pointValue,
  round,
  splitAtGaps,
  textWidth,
  timeScale,
  todaySpan,
  valueScale,
  valueTicks,
  yearDomain,
  yearTicks,
  type ChartLayoutBase,
  type ChartPoint,
  type LayoutContext,
  type LegendItem,
} from '../core/layout/chart-layout.js';
import type { Strings } from '../core/i18n.js';
import { linePath, stepAfterPath } from '../core/layout/lines.js';
import { reduceToColumns } from '../core/layout/reduce.js';

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

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/**
 * The reported counts the line runs through. Imprecise figures ("at least") and averages over a
 * period stay off it, and of
 * figures that conflict, the one with the most precise date (then the first in the data) is
 * drawn on the line and the others as markers — both stay visible, neither is averaged.
 */
export function lineObservations(observations: readonly Observation[]): Set<Observation> {
  const candidates = observations
    .map((o, index) => ({ o, index }))
    .filter(({ o }) => o.kind === 'reported' && !o.end && typeof o.value === 'number' && (o.qualifier === 'exact' || o.qualifier === 'approx'))
    .sort((a, b) => PRECISION_RANK[a.o.precision] - PRECISION_RANK[b.o.precision] || a.index - b.index);
  const rivals = conflictMap(observations);
  const chosen = new Set<Observation>();
  const chosenIds = new Set<string>();
  for (const { o } of candidates) {
    if ([...(rivals.get(o.id) ?? [])].some((id) => chosenIds.has(id))) continue;
    chosen.add(o);
    chosenIds.add(o.id);
  }
  return chosen;
}

/** A dated figure is drawn at its date; a figure over a period (an average) at the period's middle. */
function drawnAt(o: Observation): number {
  return o.end ? (periodStart(o.date) + periodEnd(o.end)) / 2 : dateToTime(o.date);
}

/** The series `<troop-levels-chart>` draws from: US troops in Iraq. */
export function isTroopLevel(o: Observation): boolean {
  return o.metric === 'us-troops' && o.scope === 'US';
}

/**
 * Lays out the troop chart: reported counts as a line broken at gaps, caps as a step line,
 * plans beyond the last count as a dotted projection, ranges as bands, every other figure
 * (an "at least", a second source for the same date) as a hollow marker so that no source
 * is hidden and no line is bent by an imprecise figure.
 */
export function layoutTroopLevels(
  observations: readonly Observation[],
  events: readonly MissionEvent[],
  context: LayoutContext,
  strings: Strings,
): TroopLevelsLayout {
  const [start, end] = yearDomain(context.from, context.to);
  const shown = observations
    .filter(isTroopLevel)
    .filter((o) => periodEnd(o.end ?? o.date) > start && periodStart(o.date) < end)
    .map((o) => ({ o, time: drawnAt(o) }))
    // A figure drawn as a point (an average over a period) whose middle falls outside the years
    // shown is not in view; a range is drawn as a band and clipped instead.
    .filter(({ o, time }) => typeof o.value !== 'number' || (time >= start && time < end))
    .sort((a, b) => a.time - b.time);

  const compact = context.width < NARROW_WIDTH;
  const axisSide = context.locale.dir === 'rtl' ? 'right' : 'left';
  const size = { width: context.width, height: chartHeight(context.width) };
  // A loop, not Math.max(...spread): a spread of 100,000 arguments can overflow the stack.
  let max = 0;
  for (const { o } of shown) max = Math.max(max, maxValue(o));
  const provisional = valueScale(max, plotFrame(size, axisSide, 0, 0));
  const labelWidth = Math.max(...valueTicks(provisional, context.locale, compact).map((t) => textWidth(t.label)));
  const frame = plotFrame(size, axisSide, labelWidth, laneCount(size.width, context.annotations));
  const x = timeScale(context, frame);
  const y = valueScale(max, frame);
  const place = (o: Observation, time: number, series: string): ChartPoint => ({
    key: o.id,
    x: round(x(time)),
    y: round(y(pointValue(o))),
    time,
    observation: o,
    series,
  });

  const onLine = lineObservations(shown.map(({ o }) => o));
  const points: ChartPoint[] = [];
  const lineTimes = new Set<number>();
  const reportedPoints: ChartPoint[] = [];
  const authorizedPoints: ChartPoint[] = [];
  const plannedPoints: ChartPoint[] = [];
  const bands: BandMark[] = [];
  const whiskers: WhiskerMark[] = [];

  for (const { o, time } of shown) {
    if (typeof o.value !== 'number') {
      const point = place(o, time, 'range');
      points.push(point);
      if (o.end) {
        const x0 = x(Math.max(start, periodStart(o.date)));
        const x1 = x(Math.min(end, periodEnd(o.end)));
        const top = y(o.value.high);
        bands.push({
          key: o.id,
          x: round(Math.min(x0, x1)),
          y: round(top),
          width: round(Math.abs(x1 - x0)),
          height: round(y(o.value.low) - top),
          planned: o.kind === 'planned',
        });
      } else {
        whiskers.push({ key: o.id, x: point.x, y1: round(y(o.value.low)), y2: round(y(o.value.high)) });
      }
    } else if (o.kind === 'authorized') {
      authorizedPoints.push(place(o, time, 'authorized'));
    } else if (o.kind === 'planned') {
      plannedPoints.push(place(o, time, 'planned'));
    } else if (onLine.has(o) && !lineTimes.has(time)) {
      lineTimes.add(time);
      reportedPoints.push(place(o, time, 'reported'));
    } else {
      points.push(place(o, time, 'marker'));
    }
  }

  const lastReported = reportedPoints[reportedPoints.length - 1];
  const ahead = plannedPoints.filter((p) => !lastReported || p.time > lastReported.time);
  const behind = plannedPoints.filter((p) => !ahead.includes(p));
  // More counts than twice the plot's pixel columns cannot be told apart: the line and its
  // reachable points keep, per column, the first, lowest, highest and last (core/reduce.ts),
  // which draws the same pixels. Each unbroken run is reduced on its own, so gaps stay gaps.
  const reportedRuns = splitAtGaps(reportedPoints, REPORTED_GAP);
  const reduce = reportedPoints.length > 2 * (frame.width - frame.left - frame.right);
  const drawnRuns = reduce ? reportedRuns.map((run) => reduceToColumns(run)) : reportedRuns;
  const marked = behind.map((p) => ({ ...p, series: 'marker' }));
  // Pushed one by one: spreading 100,000 points into push() can overflow the stack.
  for (const list of [reduce ? drawnRuns.flat() : reportedPoints, authorizedPoints, ahead, marked]) for (const p of list) points.push(p);
  points.sort((a, b) => a.time - b.time || a.key.localeCompare(b.key));

  const projectionPoints = lastReported && ahead.length ? [lastReported, ...ahead] : ahead;

  const legend: LegendItem[] = [];
  const addLegend = (present: boolean, item: LegendItem) => present && legend.push(item);
  addLegend(reportedPoints.length > 0, { key: 'reported', label: strings.series.reported, mark: 'line' });
  addLegend(authorizedPoints.length > 0, { key: 'authorized', label: strings.series.authorized, mark: 'dashed' });
  addLegend(ahead.length > 0, { key: 'planned', label: strings.series.planned, mark: 'dotted' });
  addLegend(bands.length + whiskers.length > 0, { key: 'range', label: strings.series.range, mark: 'band' });
  addLegend(points.some((p) => p.series === 'marker'), { key: 'marker', label: strings.series.marker, mark: 'hollow' });

  const peak = reportedPoints.reduce<ChartPoint | undefined>((best, p) => (!best || pointValue(p.observation!) > pointValue(best.observation!) ? p : best), undefined);
  const nextPlan = plannedPoints.find((p) => p.time > context.now);
  const todayX = context.now >= start && context.now < end ? round(x(context.now)) : undefined;

  return {
    size,
    frame,
    xTicks: yearTicks(x, context).map((t) => ({ ...t, position: round(t.position) })),
    yTicks: valueTicks(y, context.locale, compact).map((t) => ({ ...t, position: round(t.position) })),
    points,
    legend,
    annotations: annotationMarks(events, x, frame, context, todaySpan(todayX, strings.series.today)),
    ...(todayX === undefined ? {} : { todayX }),
    ...(reduce ? { reduced: { observations: shown.map(({ o }) => o) } } : {}),
    summary: {
      ...(peak ? { peak: peak.observation } : {}),
      ...(lastReported ? { latest: lastReported.observation } : {}),
      ...(nextPlan ? { nextPlan: nextPlan.observation } : {}),
    },
    axisSide,
    timeDirection: context.timeDirection,
    reported: drawnRuns.map((run) => linePath(run) ?? ''),
    authorized: splitAtGaps(authorizedPoints, AUTHORIZED_GAP).map((run) => stepAfterPath(run) ?? ''),
    projection: projectionPoints.length > 1 ? [linePath(projectionPoints) ?? ''] : [],
    bands,
    whiskers,
  };
}
