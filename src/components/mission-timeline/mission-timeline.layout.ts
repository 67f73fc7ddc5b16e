import { min, rollup } from 'd3-array';
import { dateToTime, periodStart } from '../../data/dates.js';
import type { MissionEvent, MissionPeriod } from '../../data/types.js';
import { placeAnchoredLabels } from '../core/layout/annotations.js';
import type { ChartLayoutBase, EventPoint, LayoutContext, LegendItem, PlotFrame } from '../core/layout/chart-layout.js';
import { round } from '../core/layout/figures.js';
import { axisSideOf, timeScale } from '../core/layout/frame.js';
import { yearDomain } from '../core/layout/periods.js';
import type { LinearScale } from '../core/layout/scale.js';
import { NARROW_WIDTH, textWidth } from '../core/layout/text.js';
import { roundedYearTicks } from '../core/layout/ticks.js';
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
 * Places labels in rows as the charts' annotation labels are placed (core/layout/annotations.ts),
 * with the number of rows, the font size and a priority as parameters: labels with `priority`
 * are placed first. Returns, in the order given, each label's row (`-1`: no room) and physical left.
 */
export function packLabels(
  items: readonly LabelItem[],
  lanes: number,
  width: number,
  rtl: boolean,
  fontSize = LABEL_SIZE,
): { lane: number; labelX: number }[] {
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => Number(b.item.priority) - Number(a.item.priority) || a.index - b.index);
  const taken: [number, number][][] = Array.from({ length: lanes }, () => []);
  const placed = placeAnchoredLabels(order.map(({ item }) => item), taken, width, rtl, fontSize);
  const result = items.map(() => ({ lane: -1, labelX: 0 }));
  order.forEach(({ index }, i) => (result[index] = placed[i]!));
  return result;
}

/** A period runs from the start of its first event's date to the start of the next period's. */
function periodBands(dated: readonly { event: MissionEvent }[], x: LinearScale, context: LayoutContext, strings: Strings): PeriodBand[] {
  const [start, end] = yearDomain(context.from, context.to);
  const rtl = context.timeDirection === 'rtl';
  const firsts = rollup(dated, (list) => min(list, ({ event }) => periodStart(event.date))!, ({ event }) => event.period);
  const starts = PERIODS.filter((period) => Number.isFinite(firsts.get(period)))
    .map((period) => ({ period, first: firsts.get(period)! }))
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
    bands.push({ period, x: round(x0), width: round(x1 - x0), label, ...(fits ? { labelX: round(rtl ? x1 - 4 - labelWidth : x0 + 4) } : {}) });
  });
  return bands;
}

/** The events shown, in time order, as reachable points on the track. */
function eventPoints(dated: readonly { event: MissionEvent; index: number; time: number }[], x: LinearScale, track: number, context: LayoutContext): EventPoint[] {
  const [start, end] = yearDomain(context.from, context.to);
  return dated
    .filter(({ event }) => context.annotations === 'all' || (context.annotations === 'key' && event.key))
    .filter(({ time }) => time >= start && time < end)
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ event, time }) => ({ key: event.id, x: round(x(time)), y: track, time, event, series: event.period }));
}

/** The events' labels in the rows above the track, key events first. */
function eventLabels(points: readonly EventPoint[], lanes: number, width: number, context: LayoutContext): EventLabelMark[] {
  const texts = points.map((p) => eventLabel(p.event, context.locale));
  const items = points.map((p, i) => ({ id: p.key, x: p.x, label: texts[i]!, priority: p.event.key }));
  const placed = packLabels(items, lanes, width, context.timeDirection === 'rtl');
  return points.map((p, i) => ({
    id: p.key,
    x: p.x,
    label: texts[i]!,
    key: p.event.key,
    lane: placed[i]!.lane,
    labelX: placed[i]!.labelX,
    labelY: LANES_TOP + placed[i]!.lane * LANE_HEIGHT + 11,
  }));
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
  const size = { width: context.width, height: track + 12 + AXIS_HEIGHT };
  const frame: PlotFrame = { ...size, top: 0, bottom: AXIS_HEIGHT, left: SIDE, right: SIDE };
  const x = timeScale(context, frame);
  const dated = events.map((event, index) => ({ event, index, time: dateToTime(event.date) })).filter(({ time }) => Number.isFinite(time));
  const bands = periodBands(dated, x, context, strings);
  const points = eventPoints(dated, x, track, context);
  const legend: LegendItem[] = bands.map((b) => ({ key: b.period, label: b.label, mark: 'band' }));
  return {
    size,
    frame,
    xTicks: roundedYearTicks(x, context),
    yTicks: [],
    points,
    legend,
    annotations: [],
    summary: {},
    axisSide: axisSideOf(context),
    timeDirection: context.timeDirection,
    bands,
    labels: eventLabels(points, lanes, size.width, context),
    trackY: track,
    bandLabelY: BAND_LABEL_Y,
    compact: options.compact,
  };
}
