import { dateToTime } from '../../../data/dates.js';
import type { MissionEvent } from '../../../data/types.js';
import { eventLabel } from '../chart-text.js';
import type { AnnotationMark, LayoutContext, PlotFrame } from './chart-layout.js';
import { round } from './figures.js';
import { yearDomain } from './periods.js';
import type { LinearScale } from './scale.js';
import { firstFreeRow, NARROW_WIDTH, textWidth } from './text.js';

/** The height of one row of labels above the plot. */
export const LANE_HEIGHT = 16;

/** How many annotation rows a chart of this width gets. */
export function laneCount(width: number, annotations: LayoutContext['annotations']): number {
  if (annotations === 'none') return 0;
  return width < NARROW_WIDTH ? 2 : 3;
}

/** The y of an annotation lane's text baseline. */
export function laneY(lane: number): number {
  return 12 + lane * LANE_HEIGHT + 11;
}

/** A label that runs from an anchor on the time axis. */
export interface AnchoredLabel {
  x: number;
  label: string;
}

/**
 * Places labels that run from their anchor in the direction of time, greedily in list order:
 * each is shifted back inside `[2, width - 2]` when it would leave the chart and goes into the
 * first row where it touches no other label (`taken` may hold spans already there); a label
 * wider than the chart, or with no free row, gets row -1 (only its rule or marker is drawn).
 * Returns each label's row and physical left end.
 */
export function placeAnchoredLabels(
  labels: readonly AnchoredLabel[],
  taken: [number, number][][],
  width: number,
  rtl: boolean,
  fontSize: number,
): { lane: number; labelX: number }[] {
  return labels.map(({ x, label }) => {
    const labelWidth = textWidth(label, fontSize);
    const preferred = rtl ? x - 3 - labelWidth : x + 3;
    const left = Math.min(Math.max(preferred, 2), width - 2 - labelWidth);
    const lane = labelWidth <= width - 4 ? firstFreeRow(taken, [left, left + labelWidth]) : -1;
    return { lane, labelX: round(left) };
  });
}

/**
 * Events as annotation marks, labels placed in the first row where they do not overlap another
 * label or a `reserved` span of the last row (the "Today" label takes its place there first).
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
  const taken: [number, number][][] = Array.from({ length: lanes }, () => []);
  if (lanes > 0) taken[lanes - 1]!.push(...reserved);
  const labels = shown.map(({ event }) => ({ x: round(scale(dateToTime(event.date))), label: eventLabel(event, context.locale) }));
  const placed = placeAnchoredLabels(labels, taken, frame.width, context.timeDirection === 'rtl', 11);
  return shown.map(({ event }, i) => ({ id: event.id, x: labels[i]!.x, label: labels[i]!.label, ...placed[i]! }));
}

/** The span the "Today" label takes above the plot, centred on its rule. */
export function todaySpan(todayX: number | undefined, label: string): [number, number][] {
  if (todayX === undefined) return [];
  const half = textWidth(label, 11) / 2;
  return [[todayX - half, todayX + half]];
}

/**
 * Places labels centred on their marks in rows, greedily: each in the first row where it
 * overlaps no other label (with 6 px between), inside `[min, max]`. Returns each label's row and
 * left end, or row -1 when it fits nowhere (the label is then not drawn; its mark stays).
 */
export function placeInRows(
  labels: readonly { center: number; width: number }[],
  rows: number,
  min: number,
  max: number,
): { row: number; left: number }[] {
  const taken: [number, number][][] = Array.from({ length: rows }, () => []);
  return labels.map(({ center, width }) => {
    const left = Math.min(Math.max(center - width / 2, min), max - width);
    if (width > max - min || rows === 0) return { row: -1, left: round(left) };
    return { row: firstFreeRow(taken, [left, left + width]), left: round(left) };
  });
}
