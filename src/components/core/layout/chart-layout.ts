import { dateToTime, yearStart } from '../../../data/dates.js';
import type { MissionEvent, Observation } from '../../../data/types.js';
import type { LocaleInfo } from '../locale.js';
import { eventLabel } from '../chart-text.js';
import { linearScale, niceDomain, type LinearScale } from './scale.js';

export { splitAtGaps } from './lines.js';

/** The drawing size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** Where the plot sits inside the SVG. */
export interface PlotFrame extends Size {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** One axis tick: where it is drawn and what it says. */
export interface Tick {
  value: number;
  position: number;
  label: string;
}

/** A text anchor in physical terms; the renderer turns it into `start`/`end` for the text's direction. */
export type PhysicalAnchor = 'left' | 'middle' | 'right';

/**
 * A point a reader can reach: with the pointer, by touch, or with the arrow keys. It stands
 * either for an observation (a dated figure) or, on `<mission-timeline>`, for an event.
 */
export type ChartPoint = ObservationPoint | EventPoint;

/** What every reachable point has, whatever it stands for. */
export interface PointPlace {
  /** Unique in the chart: the observation's or the event's id. */
  key: string;
  x: number;
  y: number;
  time: number;
  /** The legend entry the point belongs to. */
  series: string;
}

/** A point that stands for a dated figure. */
export interface ObservationPoint extends PointPlace {
  observation: Observation;
  event?: undefined;
}

/** A point that stands for an event (`<mission-timeline>`): it has a date and a label, no value. */
export interface EventPoint extends PointPlace {
  event: MissionEvent;
  observation?: undefined;
}

/** One legend entry: its key, its label and how its mark is drawn. */
export interface LegendItem {
  key: string;
  label: string;
  mark: 'line' | 'dashed' | 'dotted' | 'band' | 'point' | 'hollow';
}

/** An event drawn on the chart: a rule, and a label when there is room for one. */
export interface AnnotationMark {
  id: string;
  x: number;
  label: string;
  /** Row of the label above the plot, from 0; `-1` when there was no room and only the rule is drawn. */
  lane: number;
  /** The left end of the label (labels are placed by their physical extent in both directions). */
  labelX: number;
}

/** What every chart's layout returns, whatever its marks. */
export interface ChartLayoutBase {
  size: Size;
  frame: PlotFrame;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Every reachable point, in time order (the keyboard order). */
  points: ChartPoint[];
  legend: LegendItem[];
  annotations: AnnotationMark[];
  /**
   * Set only when the line was reduced to what the pixels show (more points than twice the plot
   * width): `points` then holds the reduced line, and `observations` every shown observation in
   * time order, for a complete data table and CSV.
   */
  reduced?: { observations: Observation[] };
  /** The x of the "today" rule, when today is inside the range. */
  todayX?: number;
  /** The observations the text summary speaks of. */
  summary: SummaryFacts;
  /** Which side the value axis is on (the start side of the reading direction). */
  axisSide: 'left' | 'right';
  timeDirection: 'ltr' | 'rtl';
}

/** The observations a chart's summary names; the element words them in the reader's language. */
export interface SummaryFacts {
  peak?: Observation;
  latest?: Observation;
  nextPlan?: Observation;
}

/** The inputs every chart layout shares. */
export interface LayoutContext {
  width: number;
  locale: LocaleInfo;
  from: number;
  to: number;
  timeDirection: 'ltr' | 'rtl';
  annotations: 'none' | 'key' | 'all';
  /** "Now", as a UTC time; pinned in tests so the chart does not change with the calendar. */
  now: number;
}

/** Below this width the chart switches to compact numbers and fewer labels. */
export const NARROW_WIDTH = 480;
const FONT_SIZE = 12;
const LANE_HEIGHT = 16;

/**
 * The chart's height for a width: wide enough charts get a 16:9-ish plot, phones a taller one,
 * within bounds so that a chart never dominates an article. Height depends only on width, so a
 * ResizeObserver on the width cannot start a loop.
 */
export function chartHeight(width: number): number {
  return Math.round(Math.min(440, Math.max(280, width * 0.56)));
}

/**
 * A text's width estimated from its length. Layout runs without a DOM (in Node and for the
 * static SVG), so text cannot be measured; the factor is the average advance of digits and
 * Latin or Arabic letters in common sans-serif faces, slightly generous so labels do not touch.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

/** The UTC span of the years `from` to `to`, inclusive. */
export function yearDomain(from: number, to: number): [number, number] {
  return [yearStart(from), yearStart(to + 1)];
}

/** A time scale over the years, running in the given direction. */
export function timeScale(context: LayoutContext, frame: PlotFrame): LinearScale {
  const start = frame.left;
  const end = frame.width - frame.right;
  return linearScale(yearDomain(context.from, context.to), context.timeDirection === 'rtl' ? [end, start] : [start, end]);
}

/** A value scale from zero to a round maximum, with its ticks. */
export function valueScale(max: number, frame: PlotFrame): LinearScale {
  return linearScale(niceDomain(max, 5), [frame.height - frame.bottom, frame.top]);
}

/** Value ticks with labels in the locale's digits; compact (150K, ١٥٠ ألف) on narrow charts. */
export function valueTicks(scale: LinearScale, locale: LocaleInfo, compact: boolean): Tick[] {
  const format = compact ? locale.formatCompact : locale.formatNumber;
  return scale.ticks(5).map((value) => ({ value, position: scale(value), label: format(value) }));
}

/** Year ticks every 1, 2, 5 or 10 years: as many as fit without the labels touching. */
export function yearTicks(scale: LinearScale, context: LayoutContext): Tick[] {
  const plotWidth = Math.abs(scale.range()[1]! - scale.range()[0]!);
  const labelWidth = textWidth(context.locale.formatYear(yearStart(2000))) + 16;
  const fits = Math.max(1, Math.floor(plotWidth / labelWidth));
  const years = context.to - context.from + 1;
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(years / s) <= fits) ?? 50;
  const ticks: Tick[] = [];
  for (let year = Math.ceil(context.from / step) * step; year <= context.to; year += step) {
    const value = yearStart(year);
    ticks.push({ value, position: scale(value), label: context.locale.formatYear(value) });
  }
  return ticks;
}

/** The frame around the plot, leaving room for value labels on the axis side and for annotation lanes. */
export function plotFrame(
  size: Size,
  axisSide: 'left' | 'right',
  valueLabelWidth: number,
  lanes: number,
): PlotFrame {
  // A label as wide as the chart (a count of 10^100) is cut, not allowed to push the plot out.
  const axis = Math.min(valueLabelWidth, Math.floor(size.width * 0.35)) + 12;
  const far = 16;
  return {
    ...size,
    top: 12 + lanes * LANE_HEIGHT,
    bottom: 28,
    left: axisSide === 'left' ? axis : far,
    right: axisSide === 'right' ? axis : far,
  };
}

/** How many annotation rows a chart of this width gets. */
export function laneCount(width: number, annotations: LayoutContext['annotations']): number {
  if (annotations === 'none') return 0;
  return width < NARROW_WIDTH ? 2 : 3;
}

/** The y of an annotation lane's text baseline. */
export function laneY(lane: number): number {
  return 12 + lane * LANE_HEIGHT + 11;
}

/**
 * Events as annotation marks, labels placed greedily in the first row where they do not
 * overlap another label or a `reserved` span of the last row.
 */
export function annotationMarks(
  events: readonly MissionEvent[],
  scale: LinearScale,
  frame: PlotFrame,
  context: LayoutContext,
  reserved: readonly [number, number][] = [],
): AnnotationMark[] {
  if (context.annotations === 'none') return [];
  const lanes = laneCount(frame.width, context.annotations);
  const [start, end] = yearDomain(context.from, context.to);
  const shown = events
    .filter((e) => context.annotations === 'all' || e.key)
    .map((e) => ({ event: e, time: dateToTime(e.date) }))
    .filter(({ time }) => time >= start && time < end)
    .sort((a, b) => a.time - b.time);
  const laneEnds: [number, number][][] = Array.from({ length: lanes }, () => []);
  // Text drawn in the last row by others (the "Today" label) takes its place there first.
  if (lanes > 0) laneEnds[lanes - 1]!.push(...reserved);
  const rtl = context.timeDirection === 'rtl';
  return shown.map(({ event }) => {
    const x = round(scale(dateToTime(event.date)));
    const label = eventLabel(event, context.locale);
    const width = textWidth(label, 11);
    // The label runs from its rule in the direction of time, shifted back inside the chart
    // when it would leave it; a label wider than the chart keeps only its rule.
    const preferred = rtl ? x - 3 - width : x + 3;
    const left = Math.min(Math.max(preferred, 2), frame.width - 2 - width);
    const fits = width <= frame.width - 4;
    const span: [number, number] = [left, left + width];
    const lane = fits ? laneEnds.findIndex((taken) => taken.every(([a, b]) => span[1] + 6 < a || span[0] > b + 6)) : -1;
    if (lane >= 0) laneEnds[lane]!.push(span);
    return { id: event.id, x, label, lane, labelX: round(left) };
  });
}

/** Rounds a coordinate to 0.1 px: enough for the screen, and stable in snapshots. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The value an observation is drawn at: the number, or a range's middle. */
export function pointValue(observation: Observation): number {
  return typeof observation.value === 'number' ? observation.value : (observation.value.low + observation.value.high) / 2;
}

/** The largest number an observation states. */
export function maxValue(observation: Observation): number {
  return typeof observation.value === 'number' ? observation.value : observation.value.high;
}

/** The span the "Today" label takes above the plot, centred on its rule. */
export function todaySpan(todayX: number | undefined, label: string): [number, number][] {
  if (todayX === undefined) return [];
  const half = textWidth(label, 11) / 2;
  return [[todayX - half, todayX + half]];
}
