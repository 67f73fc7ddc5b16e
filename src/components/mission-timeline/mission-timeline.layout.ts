import { min, rollup } from 'd3-array';
import { dateToTime, periodStart } from '../../data/dates.js';
import type { MissionEvent, MissionPeriod, Source } from '../../data/types.js';
import type { ChartLayoutBase, EventPoint, LayoutContext, LegendItem, PlotFrame } from '../core/layout/chart-layout.js';
import { round } from '../core/layout/figures.js';
import { axisSideOf, timeScale } from '../core/layout/frame.js';
import { yearDomain } from '../core/layout/periods.js';
import type { LinearScale } from '../core/layout/scale.js';
import { NARROW_WIDTH, textWidth } from '../core/layout/text.js';
import { roundedYearTicks } from '../core/layout/ticks.js';
import { eventLabel } from '../core/chart-text.js';
import type { Strings } from '../core/i18n.js';
import { layoutEventList, type EventList } from './mission-timeline.list.js';

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
  /**
   * Below {@link LIST_WIDTH} (the element's own width), the events as a vertical list that the
   * reader scrolls, each with its date, title, status and sources; the track, bands and labels
   * above are then empty.
   */
  list?: EventList;
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

/** Below this width of its own, a full timeline is a vertical list of events; the compact strip stays a strip. */
export const LIST_WIDTH = NARROW_WIDTH;

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
  /** The physical span the label must stay inside (its period's band); the whole width when not given. */
  within?: readonly [number, number];
}

/**
 * Places labels in rows, key ones (`priority`) first. A label runs from its anchor in the
 * direction of time, in the first row where it touches no other label. It stays inside its span
 * (`within`: its period's band) where it can: running forward, else backward (ending at its
 * anchor), else shifted back inside the span; only a label wider than its span, or with no free
 * row inside it, runs across the band's edge, kept inside the chart. A label wider than the
 * chart, or with no free row at all, gets row -1: only its marker is drawn (the tooltip, the
 * table and the list at phone width still give it). Returns, in the order given, each label's
 * row and physical left.
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
  const result = items.map(() => ({ lane: -1, labelX: 0 }));
  for (const { item, index } of order) {
    const labelWidth = textWidth(item.label, fontSize);
    const forward = rtl ? item.x - 3 - labelWidth : item.x + 3;
    const backward = rtl ? item.x + 3 : item.x - 3 - labelWidth;
    const clamp = (left: number, [min, max]: readonly [number, number]) => Math.min(Math.max(left, min + 2), max - 2 - labelWidth);
    const chart = [0, width] as const;
    const span = item.within ?? chart;
    const candidates = labelWidth <= span[1] - span[0] - 4 ? [forward, backward, clamp(forward, span)].filter((left) => left >= span[0] + 2 && left + labelWidth <= span[1] - 2) : [];
    if (labelWidth <= width - 4) candidates.push(clamp(forward, chart));
    result[index] = { lane: -1, labelX: round(candidates[candidates.length - 1] ?? forward) };
    for (const left of candidates) {
      const lane = freeRow(taken, [left, left + labelWidth]);
      if (lane < 0) continue;
      taken[lane]!.push([left, left + labelWidth]);
      result[index] = { lane, labelX: round(left) };
      break;
    }
  }
  return result;
}

/** The first row where a span comes no closer than 6 px to another, without taking it; -1 when none. */
function freeRow(taken: readonly [number, number][][], span: [number, number]): number {
  return taken.findIndex((spans) => spans.every(([a, b]) => span[1] + 6 < a || span[0] > b + 6));
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

/** The events' labels in the rows above the track, key events first, each inside its period's band. */
function eventLabels(points: readonly EventPoint[], bands: readonly PeriodBand[], lanes: number, width: number, context: LayoutContext): EventLabelMark[] {
  const texts = points.map((p) => eventLabel(p.event, context.locale));
  const spans = new Map(bands.map((b) => [b.period, [b.x, b.x + b.width] as const]));
  const items = points.map((p, i) => ({ id: p.key, x: p.x, label: texts[i]!, priority: p.event.key, within: spans.get(p.event.period) ?? ([0, width] as const) }));
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
 * reachable point, and as many labels as fit in the rows above the track, each inside its
 * period's band. Time runs in the context's direction, so an Arabic timeline starts at the
 * right. Narrower than {@link LIST_WIDTH} (and not `compact`), the events are a vertical list
 * instead (`mission-timeline.list.ts`).
 */
export function layoutTimeline(
  events: readonly MissionEvent[],
  context: LayoutContext,
  strings: Strings,
  options: TimelineOptions = { compact: false },
  sources: readonly Source[] = [],
): TimelineLayout {
  if (!options.compact && context.width < LIST_WIDTH) return listLayout(events, context, strings, sources);
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
    labels: eventLabels(points, bands, lanes, size.width, context),
    trackY: track,
    bandLabelY: BAND_LABEL_Y,
    compact: options.compact,
  };
}

/** The timeline as a list: its points are the list's markers, in time order. */
function listLayout(events: readonly MissionEvent[], context: LayoutContext, strings: Strings, sources: readonly Source[]): TimelineLayout {
  const [start, end] = yearDomain(context.from, context.to);
  const shown = events
    .map((event, index) => ({ event, index, time: dateToTime(event.date) }))
    .filter(({ event, time }) => Number.isFinite(time) && time >= start && time < end && (context.annotations === 'all' || (context.annotations === 'key' && event.key)))
    .sort((a, b) => a.time - b.time || a.index - b.index);
  const list = layoutEventList(shown, context, strings, sources);
  const size = { width: context.width, height: list.height };
  const periods = PERIODS.filter((period) => list.sections.some((s) => s.period === period));
  return {
    size,
    frame: { ...size, top: 0, bottom: 0, left: 0, right: 0 },
    xTicks: [],
    yTicks: [],
    points: list.points,
    legend: periods.map((period) => ({ key: period, label: strings.periods[period], mark: 'band' })),
    annotations: [],
    summary: {},
    axisSide: axisSideOf(context),
    timeDirection: context.timeDirection,
    bands: [],
    labels: [],
    trackY: 0,
    bandLabelY: BAND_LABEL_Y,
    compact: false,
    list,
  };
}
