import { stack } from 'd3-shape';
import type { Observation } from '../../../data/types.js';
import { hasConflict } from './conflicts.js';
import { isOpenFigure, pointValue, round } from './figures.js';
import type { LegendItem } from './chart-layout.js';
import type { LinearScale } from './scale.js';

export type { Bilingual } from './language.js';

/** A bar's horizontal extent in pixels. */
export interface BarBox {
  x: number;
  width: number;
  /** The middle, where the bar's point sits. */
  center: number;
}

/**
 * The box of a bar over the period `[start, end)`, clipped to the chart's years, with a gap of
 * `gap` of its width on each side (at most 3 px each side, and at least 1.5 px of bar). Works
 * whichever way time runs. Undefined when the period is outside the chart.
 */
export function barBox(x: LinearScale, start: number, end: number, span: readonly [number, number], gap = 0.12): BarBox | undefined {
  const from = Math.max(start, span[0]);
  const to = Math.min(end, span[1]);
  if (!(to > from)) return undefined;
  const a = x(from);
  const b = x(to);
  const left = Math.min(a, b);
  const full = Math.abs(b - a);
  const inset = Math.min(3, full * gap, Math.max(0, (full - 1.5) / 2));
  const width = Math.max(1.5, full - 2 * inset);
  const center = left + full / 2;
  return { x: round(center - width / 2), width: round(width), center: round(center) };
}

/** Splits a bar box into `count` side-by-side boxes (grouped bars), in order. */
export function splitBox(box: BarBox, count: number): BarBox[] {
  if (count <= 1) return [box];
  const width = box.width / count;
  return Array.from({ length: count }, (_, i) => {
    const x = box.x + i * width;
    return { x: round(x + 0.5), width: round(Math.max(1, width - 1)), center: round(x + width / 2) };
  });
}

/** One drawn bar or bar segment. */
export interface BarRect {
  /** The observation's id. */
  key: string;
  /** The legend entry it belongs to; also its CSS class. */
  series: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A bound ("at least"), an estimate or a plan: drawn lighter, with an outline. */
  open: boolean;
  /** Another figure is in conflict with this one (see {@link DisputeMark} for how it is shown). */
  conflict: boolean;
}

/**
 * Where sources disagree on a drawn bar: the bar is drawn whole, flagged with an asterisk over
 * its stack that the legend keys ("sources differ; see the table"), and each other source's
 * figure that lies visibly apart from the bar's top is a short tick across the bar at its value.
 * The tooltip and the table give every figure with its sources.
 */
export interface DisputeMark {
  /** The drawn figure's id. */
  key: string;
  /** The other figures at least {@link TICK_APART} px from the drawn figure: each tick's id and y. */
  ticks: { key: string; y: number }[];
  /** The other figures' ids, ticked or not. */
  others: string[];
  /** The tick's ends, a little past the bar on each side so it reads as a mark of its own. */
  x1: number;
  x2: number;
  /** The top of the year's bar (the whole stack), where the asterisk stands. */
  top: number;
  /** The middle of the bar. */
  center: number;
}

/** How far a dispute tick reaches past each side of its bar. */
const TICK_OVERHANG = 3;
/** A figure closer than this to the drawn one would be a tick lying on the bar's edge: the asterisk says it. */
export const TICK_APART = 3;

/**
 * The dispute mark of the drawn `o`, from the `others` of its period that conflict with it;
 * `base` is the value its stack segment starts from, so a cause's other figure is placed where
 * that figure's own segment would end, and `top` is the top of the whole stack. Undefined when
 * nothing disagrees.
 */
export function disputeMark(
  o: Observation,
  others: readonly Observation[],
  conflicts: Map<string, Set<string>>,
  box: Pick<BarBox, 'x' | 'width'>,
  y: LinearScale,
  base = 0,
  top = y(base + pointValue(o)),
): DisputeMark | undefined {
  const linked = conflicts.get(o.id);
  const disagreeing = others.filter((other) => linked?.has(other.id));
  if (disagreeing.length === 0) return undefined;
  const drawnY = y(base + pointValue(o));
  const ticks = disagreeing
    .map((other) => ({ key: other.id, y: round(y(base + pointValue(other))) }))
    .filter((tick) => Math.abs(tick.y - drawnY) >= TICK_APART);
  return {
    key: o.id,
    ticks,
    others: disagreeing.map((other) => other.id),
    x1: round(box.x - TICK_OVERHANG),
    x2: round(box.x + box.width + TICK_OVERHANG),
    top: round(Math.min(top, ...ticks.map((t) => t.y))),
    center: round(box.x + box.width / 2),
  };
}

/** The legend entries of dispute marks: the asterisk (its key a footnote), and the tick where one is drawn. */
export function disputeEntries(disputes: readonly DisputeMark[], text: { disputed: string; disputeTick: string }): [boolean, LegendItem][] {
  return [
    [disputes.length > 0, { key: 'disputed', label: text.disputed, mark: 'point' }],
    [disputes.some((d) => d.ticks.length > 0), { key: 'dispute-tick', label: text.disputeTick, mark: 'line' }],
  ];
}

/** A segment of a stack: from `y0` to `y1` in values. */
export interface StackSegment<T> {
  item: T;
  y0: number;
  y1: number;
}

/** Stacks values from zero with d3-shape's `stack`, in the given order (the first at the bottom). */
export function stackValues<T>(items: readonly T[], value: (item: T) => number): StackSegment<T>[] {
  const layers = stack<readonly T[], number>()
    .keys(items.map((_, i) => i))
    .value((row, i) => value(row[i]!))([items]);
  return layers.map((layer, i) => ({ item: items[i]!, y0: layer[0]![0], y1: layer[0]![1] }));
}

/** How a bar is drawn: open for a bound or an estimate, dashed for a figure in conflict. */
export function barFlags(o: Observation, conflicts: Map<string, Set<string>>): { open: boolean; conflict: boolean } {
  return { open: isOpenFigure(o), conflict: hasConflict(o, conflicts) };
}

/** A bar for a segment: the box's extent, from `y(y0)` up to `y(y1)`. */
export function segmentRect(
  key: string,
  series: string,
  box: Pick<BarBox, 'x' | 'width'>,
  y: LinearScale,
  y0: number,
  y1: number,
  flags: { open?: boolean; conflict?: boolean } = {},
): BarRect {
  const top = y(y1);
  const bottom = y(y0);
  return {
    key,
    series,
    x: box.x,
    y: round(top),
    width: box.width,
    height: round(Math.max(0, bottom - top)),
    open: !!flags.open,
    conflict: !!flags.conflict,
  };
}
