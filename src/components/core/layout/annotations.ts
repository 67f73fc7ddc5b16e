import { dateToTime } from '../../../data/dates.js';
import type { MissionEvent } from '../../../data/types.js';
import { eventLabel, formatWhen } from '../chart-text.js';
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

/** The width of a numbered badge at the top of a rule: a circle round one or two digits. */
export function badgeWidth(number: string): number {
  return Math.max(14, textWidth(number, 10) + 6);
}

/**
 * Events as annotation marks, placed as an editor would. First every event gets room for a
 * numbered badge at the top of its rule, in time order, in the row nearest the plot (the
 * "Today" label's `reserved` span there is taken first), so that badges line up on one row.
 * Then each event, in time order, trades its badge for its label where the label fits in a row
 * without touching another label or badge. An event with room for neither is not drawn: at
 * narrow widths fewer events are drawn, and no rule is left without a label or a number. The
 * badges left are numbered 1, 2… in time order, and the key under the chart explains them.
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
  // Room for a two-digit badge, so that numbering the badges later cannot make one overlap.
  const half = badgeWidth(context.locale.formatNumber(10)) / 2;
  const candidates = shown.flatMap(({ event }) => {
    const x = round(scale(dateToTime(event.date)));
    if (x < 0 || x > frame.width) return [];
    const badge: [number, number] | undefined = lanes > 0 && x - half >= 0 && x + half <= frame.width ? [x - half, x + half] : undefined;
    const room = badge && firstFreeRow([taken[lanes - 1]!], badge) === 0 ? badge : undefined;
    return [{ event, x, badge: room, label: eventLabel(event, context.locale) }];
  });
  const rtl = context.timeDirection === 'rtl';
  let numbered = 0;
  return candidates.flatMap(({ event, x, badge, label }): AnnotationMark[] => {
    const date = formatWhen(event, context.locale);
    const row = taken[lanes - 1]!;
    if (badge) row.splice(row.indexOf(badge), 1);
    const [placed] = placeAnchoredLabels([{ x, label }], taken, frame.width, rtl, 11);
    if (placed!.lane >= 0) return [{ id: event.id, x, label, date, ...placed! }];
    // An event whose badge found no room is drawn only with its label.
    if (!badge) return [];
    row.push(badge);
    numbered += 1;
    const digits = context.locale.formatNumber(numbered);
    return [{ id: event.id, x, label, date, lane: lanes - 1, labelX: round(x - badgeWidth(digits) / 2), number: numbered, badge: digits }];
  });
}

/** The events a reader finds by number: those drawn with a badge, in their order. */
export function keyedEvents(marks: readonly AnnotationMark[]): (AnnotationMark & { number: number; badge: string })[] {
  return marks.filter((m): m is AnnotationMark & { number: number; badge: string } => m.number !== undefined);
}

/**
 * The "Today" label: centred on its rule above the plot, moved inside `[2, width - 2]` when that
 * would cut it off at the chart's edge; or, given the time direction (a chart without label
 * rows), inside the plot just before its rule. Returns its left end and the span it takes.
 */
export function todayLabel(
  todayX: number | undefined,
  label: string,
  width: number,
  beside?: LayoutContext['timeDirection'],
): { left: number; span: [number, number][] } | undefined {
  if (todayX === undefined) return undefined;
  const labelWidth = textWidth(label, 11);
  const preferred = beside === undefined ? todayX - labelWidth / 2 : beside === 'ltr' ? todayX - 4 - labelWidth : todayX + 4;
  const left = round(Math.min(Math.max(preferred, 2), width - 2 - labelWidth));
  return { left, span: [[left, left + labelWidth]] };
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
