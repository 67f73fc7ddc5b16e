import { dateToTime, periodStart } from '../../data/dates.js';
import type { MissionEvent, MissionPeriod } from '../../data/types.js';
import {
  NARROW_WIDTH,
  round,
  textWidth,
  timeScale,
  yearDomain,
  yearTicks,
  type ChartLayoutBase,
  type EventPoint,
  type LayoutContext,
  type LegendItem,
  type PlotFrame,
} from '../core/layout/chart-layout.js';
import { eventLabel } from '../core/chart-text.js';
import type { Strings } from '../core/i18n.js';

/** The mission's periods in the order they came. */
export const PERIODS: readonly MissionPeriod[] = ['invasion', 'withdrawal', 'isis', 'transition'];

/** A period of the mission as a shaded band, from its first event to the next period's first. */
export interface PeriodBand {
  period: MissionPeriod;
  /** The band's physical left and width, whatever the direction of time. */
  x: number;
  width: number;
  label: string;
  /** The physical left of the label, or `undefined` when the band is too narrow for it. */
  labelX?: number;
}

/** An event's label above the track, with the leader from it to the event's marker. */
export interface EventLabelMark {
  id: string;
  x: number;
  label: string;
  key: boolean;
  /** Row of the label, from 0 at the top; `-1` when there was no room: the marker alone is drawn. */
  lane: number;
  /** The physical left of the label. */
  labelX: number;
  /** The label's baseline. */
  labelY: number;
}

/** Everything `<mission-timeline>` draws, in SVG coordinates. */
export interface TimelineLayout extends ChartLayoutBase {
  points: EventPoint[];
  bands: PeriodBand[];
  labels: EventLabelMark[];
  /** The y of the line the event markers sit on. */
  trackY: number;
  /** The baseline of the period names. */
  bandLabelY: number;
  compact: boolean;
}

/** The timeline's own options. */
export interface TimelineOptions {
  /** The short strip of the dashboard: one row of labels (none when narrow), a small height. */
  compact: boolean;
}

const LABEL_SIZE = 11;
const LANE_HEIGHT = 16;
/** Space between the top and the baseline of the period names. */
const BAND_LABEL_Y = 15;
/** Top of the first label row. */
const LANES_TOP = 21;
const AXIS_HEIGHT = 28;
const SIDE = 16;

/** Rows of event labels for a width: more on a wide timeline, fewer on a phone, few on the strip. */
export function timelineLanes(width: number, compact: boolean): number {
  if (compact) return width < NARROW_WIDTH ? 0 : 1;
  return width < NARROW_WIDTH ? 4 : 6;
}

/** The y of the track for a number of label rows; the axis sits 12 px below it. */
export function trackY(lanes: number): number {
  return LANES_TOP + lanes * LANE_HEIGHT + 12;
}

/** A label to place: its anchor on the time axis and its text. */
export interface LabelItem {
  id: string;
  x: number;
  label: string;
  /** Placed before the others, so that key events get a row first. */
  priority: boolean;
}

/**
 * Places labels in rows, greedily, as the charts' annotation labels are placed
 * (core/chart-layout.ts `annotationMarks`), with the number of rows, the font size and a
 * priority as parameters: each label runs from its anchor in the direction of time, shifted
 * back inside `[0, width]`, into the first row where it touches no other label. Labels with
 * `priority` are placed first. Returns, in the order given, each label's row (`-1`: no room)
 * and physical left.
 */
export function packLabels(
  items: readonly LabelItem[],
  lanes: number,
  width: number,
  rtl: boolean,
  fontSize = LABEL_SIZE,
): { lane: number; labelX: number }[] {
  const taken: [number, number][][] = Array.from({ length: lanes }, () => []);
  const placed = items.map(() => ({ lane: -1, labelX: 0 }));
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => Number(b.item.priority) - Number(a.item.priority) || a.index - b.index);
  for (const { item, index } of order) {
    const labelWidth = textWidth(item.label, fontSize);
    const preferred = rtl ? item.x - 3 - labelWidth : item.x + 3;
    const left = Math.min(Math.max(preferred, 2), width - 2 - labelWidth);
    const span: [number, number] = [left, left + labelWidth];
    const lane = labelWidth <= width - 4 ? taken.findIndex((row) => row.every(([a, b]) => span[1] + 6 < a || span[0] > b + 6)) : -1;
    if (lane >= 0) taken[lane]!.push(span);
    placed[index] = { lane, labelX: round(left) };
  }
  return placed;
}

/**
 * Lays out the timeline: the mission's periods as shaded bands with their names, the events
 * shown (`annotations`: `all`, `key` or `none`) as markers on one track in time order, each a
 * reachable point, and as many labels as fit in the rows above the track. Time runs in the
 * context's direction, so an Arabic timeline starts at the right.
 */
export function layoutTimeline(
  events: readonly MissionEvent[],
  context: LayoutContext,
  strings: Strings,
  options: TimelineOptions = { compact: false },
): TimelineLayout {
  const lanes = timelineLanes(context.width, options.compact);
  const track = trackY(lanes);
  const axisY = track + 12;
  const size = { width: context.width, height: axisY + AXIS_HEIGHT };
  const frame: PlotFrame = { ...size, top: 0, bottom: AXIS_HEIGHT, left: SIDE, right: SIDE };
  const x = timeScale(context, frame);
  const [start, end] = yearDomain(context.from, context.to);
  const rtl = context.timeDirection === 'rtl';
  const dated = events.map((event, index) => ({ event, index, time: dateToTime(event.date) })).filter(({ time }) => Number.isFinite(time));

  // A period runs from the start of its first event's date to the start of the next period's.
  const starts = PERIODS.map((period) => {
    let first = Infinity;
    for (const { event } of dated) if (event.period === period) first = Math.min(first, periodStart(event.date));
    return { period, first };
  })
    .filter(({ first }) => Number.isFinite(first))
    .sort((a, b) => a.first - b.first);
  const bands: PeriodBand[] = [];
  starts.forEach(({ period, first }, i) => {
    const from = Math.max(start, first);
    const to = Math.min(end, starts[i + 1]?.first ?? end);
    if (to <= from) return;
    const [x0, x1] = [x(from), x(to)].sort((a, b) => a - b) as [number, number];
    const label = strings.periods[period];
    const labelWidth = textWidth(label, LABEL_SIZE);
    const fits = labelWidth + 8 <= x1 - x0;
    bands.push({
      period,
      x: round(x0),
      width: round(x1 - x0),
      label,
      ...(fits ? { labelX: round(rtl ? x1 - 4 - labelWidth : x0 + 4) } : {}),
    });
  });

  const shown = dated
    .filter(({ event }) => context.annotations === 'all' || (context.annotations === 'key' && event.key))
    .filter(({ time }) => time >= start && time < end)
    .sort((a, b) => a.time - b.time || a.index - b.index);
  const points: EventPoint[] = shown.map(({ event, time }) => ({
    key: event.id,
    x: round(x(time)),
    y: track,
    time,
    event,
    series: event.period,
  }));
  const texts = shown.map(({ event }) => eventLabel(event, context.locale));
  const placed = packLabels(
    points.map((p, i) => ({ id: p.key, x: p.x, label: texts[i]!, priority: p.event.key })),
    lanes,
    size.width,
    rtl,
  );
  const labels: EventLabelMark[] = points.map((p, i) => ({
    id: p.key,
    x: p.x,
    label: texts[i]!,
    key: p.event.key,
    lane: placed[i]!.lane,
    labelX: placed[i]!.labelX,
    labelY: LANES_TOP + placed[i]!.lane * LANE_HEIGHT + 11,
  }));

  const legend: LegendItem[] = bands.map((b) => ({ key: b.period, label: b.label, mark: 'band' }));

  return {
    size,
    frame,
    xTicks: yearTicks(x, context).map((t) => ({ ...t, position: round(t.position) })),
    yTicks: [],
    points,
    legend,
    annotations: [],
    summary: {},
    axisSide: context.locale.dir === 'rtl' ? 'right' : 'left',
    timeDirection: context.timeDirection,
    bands,
    labels,
    trackY: track,
    bandLabelY: BAND_LABEL_Y,
    compact: options.compact,
  };
}
