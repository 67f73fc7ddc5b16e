import { css } from 'lit';
import { conflictMap } from './conflicts.js';

export { conflictMap };
import { dateToTime, parseIsoDate, periodEnd, periodStart, yearStart } from '../../../data/dates.js';
import type { Observation } from '../../../data/types.js';
import {
  chartHeight,
  plotFrame,
  round,
  textWidth,
  yearDomain,
  yearTicks,
  type LayoutContext,
  type PlotFrame,
  type Size,
  type Tick,
} from './chart-layout.js';
import type { Strings } from '../i18n.js';
import type { Language, LocaleInfo } from '../locale.js';
import { linePath, type PathPoint } from './path.js';
import { linearScale, niceDomain, type LinearScale } from './scale.js';

/*
 * Pure helpers shared by the bar charts (<airstrikes-chart>, <casualties-chart>,
 * <spending-chart>): periods as bars on the time axis, stacking, the choice between figures that
 * disagree, running totals as lines, label rows. Like chart-layout.ts they take no DOM, so they
 * run in Node tests and in the static renderer.
 */

/** A text in both languages, picked by the language of a `Strings` dictionary or a locale. */
export type Bilingual<T> = Record<Language, T>;

/** How precise a date is, the most precise first. */
export const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/** The precision of the date that says *when* a figure was true: its end, else its date. */
export function asOfPrecision(o: Observation): 'day' | 'month' | 'year' {
  return parseIsoDate(o.end ?? o.date)?.precision ?? o.precision;
}

/** Whether a figure names a conflict, or is named by one, among `observations`. */
export function hasConflict(o: Observation, rivals: Map<string, Set<string>>): boolean {
  return (rivals.get(o.id)?.size ?? 0) > 0;
}

/**
 * Of figures that disagree, the ones drawn as *the* figure; the others stay reachable as markers.
 * The one with the more precise date wins, then the first in the data — never an average.
 * Only `eligible` figures compete.
 */
export function preferredFigures(observations: readonly Observation[], eligible: (o: Observation) => boolean = () => true): Set<Observation> {
  const rivals = conflictMap(observations);
  const candidates = observations
    .map((o, index) => ({ o, index }))
    .filter(({ o }) => eligible(o))
    .sort((a, b) => PRECISION_RANK[asOfPrecision(a.o)] - PRECISION_RANK[asOfPrecision(b.o)] || a.index - b.index);
  const chosen = new Set<Observation>();
  const chosenIds = new Set<string>();
  for (const { o } of candidates) {
    if ([...(rivals.get(o.id) ?? [])].some((id) => chosenIds.has(id))) continue;
    chosen.add(o);
    chosenIds.add(o.id);
  }
  return chosen;
}

/** The calendar year or month a figure covers exactly (`'2015'`, `'2016-10'`), or undefined. */
export function calendarPeriod(o: Observation, period: 'year' | 'month'): string | undefined {
  const end = o.end ?? o.date;
  if (period === 'year') {
    if (o.precision === 'year' && end === o.date) return o.date;
    // "2015-01-01 to 2015-12-31" or "2015-01 to 2015-12" is the year 2015 too.
    const start = periodStart(o.date);
    const year = new Date(start).getUTCFullYear();
    return start === yearStart(year) && periodEnd(end) === yearStart(year + 1) ? String(year) : undefined;
  }
  if (o.precision === 'month' && end === o.date) return o.date;
  const start = new Date(periodStart(o.date));
  const next = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
  if (start.getUTCDate() !== 1 || periodEnd(end) !== next) return undefined;
  return `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The US fiscal year a figure covers exactly (October to September: FY2008 is 2007-10 to 2008-09), or undefined. */
export function fiscalYear(o: Observation): number | undefined {
  if (!o.end) return undefined;
  const start = new Date(periodStart(o.date));
  const year = start.getUTCFullYear() + 1;
  const fits = start.getUTCMonth() === 9 && start.getUTCDate() === 1 && periodEnd(o.end) === Date.UTC(year, 9, 1);
  return fits ? year : undefined;
}

/** The years of a calendar period key (`'2015'` → 2015). */
export function periodBounds(key: string): [number, number] {
  return [periodStart(key), periodEnd(key)];
}

/** A figure's span in time: from its date's start to its end's end. */
export function spanOf(o: Observation): [number, number] {
  return [periodStart(o.date), periodEnd(o.end ?? o.date)];
}

/** When a figure was true: a running total or an average "to date" at its end, anything else at its date. */
export function asOfTime(o: Observation): number {
  return dateToTime(o.end ?? o.date);
}

/** The span of the chart's years, for filtering and clipping. */
export function chartSpan(context: LayoutContext): [number, number] {
  return yearDomain(context.from, context.to);
}

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
  /** Another figure disagrees with this one: drawn with a dashed outline. */
  conflict: boolean;
}

/** A segment of a stack: from `y0` to `y1` in values. */
export interface StackSegment<T> {
  item: T;
  y0: number;
  y1: number;
}

/** Stacks values from zero, in the given order (the first at the bottom). Negative values are not expected. */
export function stackValues<T>(items: readonly T[], value: (item: T) => number): StackSegment<T>[] {
  let top = 0;
  return items.map((item) => {
    const y0 = top;
    top += value(item);
    return { item, y0, y1: top };
  });
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

/** Whether a figure is a bound, an estimate or a plan rather than a count as given. */
export function isOpenFigure(o: Observation): boolean {
  return o.qualifier === 'at-least' || o.qualifier === 'at-most' || o.kind === 'estimate' || o.kind === 'planned';
}

/** The value axis and frame of a bar chart: the value labels' width sets the frame's side. */
export interface ValueAxis {
  frame: PlotFrame;
  y: LinearScale;
  ticks: Tick[];
}

/**
 * The frame, value scale and ticks for values up to `max`. `reserveTop` pixels at the top of the
 * plot stay free of bars (for label rows or a secondary strip); the grid and bars start below.
 */
export function valueAxis(
  size: Size,
  axisSide: 'left' | 'right',
  max: number,
  lanes: number,
  format: (value: number) => string,
  reserveTop = 0,
): ValueAxis {
  const domain = niceDomain(max, 5);
  const provisional = linearScale(domain, [1, 0]).ticks(5);
  const labelWidth = Math.max(...provisional.map((v) => textWidth(format(v))));
  const frame = plotFrame(size, axisSide, labelWidth, lanes);
  const y = linearScale(domain, [frame.height - frame.bottom, frame.top + reserveTop]);
  const ticks = y.ticks(5).map((value) => ({ value, position: round(y(value)), label: format(value) }));
  return { frame, y, ticks };
}

/** The year ticks of the time axis, rounded. */
export function roundedYearTicks(x: LinearScale, context: LayoutContext): Tick[] {
  return yearTicks(x, context).map((t) => ({ ...t, position: round(t.position) }));
}

/** The size of a bar chart: the shared height for the width, times `scale` for charts with two panels. */
export function barChartSize(width: number, scale = 1): Size {
  return { width, height: Math.round(chartHeight(width) * scale) };
}

/** A compact amount of dollars for an axis: "$100B", "١٠٠ مليار دولار". */
export function compactDollars(locale: LocaleInfo, text: Strings): (value: number) => string {
  return (value) => (value === 0 ? locale.formatNumber(0) : text.dollars(locale.formatCompact(value)));
}

/**
 * Places labels in rows, greedily: each in the first row where it overlaps no other label
 * (with 6 px between), inside `[min, max]`. Returns each label's row and left end, or row -1
 * when it fits nowhere (the label is then not drawn; its mark stays).
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
    const span: [number, number] = [left, left + width];
    const row = taken.findIndex((spans) => spans.every(([a, b]) => span[1] + 6 < a || span[0] > b + 6));
    if (row >= 0) taken[row]!.push(span);
    return { row, left: round(left) };
  });
}

/**
 * A polyline through a run of points, with one decimal, for running totals; a lone point is a
 * move and a close, which a round cap draws as a dot.
 */
export function runPath(points: readonly PathPoint[]): string {
  return linePath(points) ?? '';
}

/**
 * What every bar chart draws alike: bars filled with their series' `--_color`, lighter with an
 * outline when open (a bound, an estimate), a dashed outline where sources disagree, running
 * totals as lines, hollow markers for other figures, and the legend swatches. A chart sets
 * `--_color` per series class. Bars carry their own marks, so the reachable points of the bars
 * (at each bar's top) are hidden; `.bar-marks` precedes the points group in the SVG.
 */
export const barStyles = css`
  rect.bar {
    fill: var(--_color);
  }
  rect.bar.open {
    fill-opacity: 0.3;
    stroke: var(--_color);
    stroke-width: 1.25;
  }
  rect.bar.conflict {
    stroke: var(--_fg);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  path.line {
    fill: none;
    stroke: var(--_color);
    stroke-width: var(--_line-width, 2.25px);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .point {
    fill: var(--_color);
  }
  .bar-marks ~ [part='points'] .point {
    opacity: 0;
  }
  .point.marker,
  .point.us,
  .point.part,
  .bar-marks ~ [part='points'] .point.marker,
  .bar-marks ~ [part='points'] .point.us,
  .bar-marks ~ [part='points'] .point.part {
    opacity: 1;
    fill: var(--_bg);
    stroke: var(--_color);
    stroke-width: 1.5;
  }
  .marker,
  .part {
    --_color: var(--_fg);
  }
  .swatch rect {
    fill: var(--_color);
  }
  .swatch line {
    stroke: var(--_color);
    stroke-width: 2.5;
  }
  .swatch circle {
    fill: var(--_bg);
    stroke: var(--_color);
    stroke-width: 1.5;
  }
  .swatch.open rect {
    fill: var(--_muted);
    fill-opacity: 0.3;
    stroke: var(--_muted);
  }
  .swatch.conflict rect {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
`;
