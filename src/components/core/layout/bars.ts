import { stack } from 'd3-shape';
import type { Observation } from '../../../data/types.js';
import { hasConflict } from './conflicts.js';
import { isOpenFigure, round } from './figures.js';
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
  /** Another figure is in conflict with this one: drawn with a dashed outline. */
  conflict: boolean;
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
