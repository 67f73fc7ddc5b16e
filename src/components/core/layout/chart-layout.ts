import type { MissionEvent, Observation } from '../../../data/types.js';
import type { LocaleInfo } from '../locale.js';

/*
 * What every chart layout receives and returns. A layout runs in stages, each from its own file
 * here: periods.ts (the chart's years, the span and period of a figure), conflicts.ts (which of
 * the figures in conflict is drawn), frame.ts (size, frame, scales and ticks), lines.ts and
 * bars.ts (marks), reduction.ts (a line reduced to its pixels), summary.ts, legend.ts and
 * annotations.ts. The renderers import the few layout functions they use through this file.
 */

export { keyedEvents, laneY } from './annotations.js';
export { textWidth } from './text.js';

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
  /**
   * Where a time-axis label sits on its tick, when not centred: a label that would run past the
   * plot's edge (into the value labels, or off the chart) starts or ends at its tick instead.
   */
  anchor?: PhysicalAnchor;
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

/**
 * An event drawn on the chart: a rule with its label above the plot, or, when the label has no
 * room, with a numbered badge that the key under the chart explains.
 */
export interface AnnotationMark {
  id: string;
  x: number;
  /** The event's label in the reader's language (drawn, or in the key). */
  label: string;
  /** The event's date in the reader's language, for the key. */
  date: string;
  /** Row of the label or badge above the plot, from 0. */
  lane: number;
  /** The left end of the label or badge (placed by their physical extent in both directions). */
  labelX: number;
  /** Set when the event is keyed by number: 1, 2… in time order. */
  number?: number;
  /** The number as drawn, in the reader's digits. */
  badge?: string;
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
  /** The left end of the "Today" label, kept inside the chart. */
  todayLabelX?: number;
  /** The baseline of the "Today" label when it is inside the plot (no label rows above it). */
  todayLabelY?: number;
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

