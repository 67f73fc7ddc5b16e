import type { LayoutContext, PlotFrame, Size, Tick } from './chart-layout.js';
import { yearDomain } from './periods.js';
import { linearScale, niceDomain, type LinearScale } from './scale.js';
import { NARROW_WIDTH, textWidth } from './text.js';
import { formattedTicks, roundedYearTicks, valueFormat } from './ticks.js';
import { laneCount, LANE_HEIGHT } from './annotations.js';

export { NARROW_WIDTH };

/**
 * The chart's height for a width: wide enough charts get a 16:9-ish plot, phones a taller one,
 * within bounds so that a chart never dominates an article. Height depends only on width, so a
 * ResizeObserver on the width cannot start a loop.
 */
export function chartHeight(width: number): number {
  return Math.round(Math.min(440, Math.max(280, width * 0.56)));
}

/** The size of a chart: the shared height for the width, times `scale` for charts with two panels. */
export function chartSize(width: number, scale = 1): Size {
  return { width, height: Math.round(chartHeight(width) * scale) };
}

/** The frame around the plot, leaving room for value labels on the axis side and for annotation lanes. */
export function plotFrame(size: Size, axisSide: 'left' | 'right', valueLabelWidth: number, lanes: number): PlotFrame {
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

/** The side the value axis is on: the start side of the reading direction. */
export function axisSideOf(context: LayoutContext): 'left' | 'right' {
  return context.locale.dir === 'rtl' ? 'right' : 'left';
}

/** The frame, both scales and their ticks: what every chart with a value axis draws on. */
export interface ChartAxes {
  size: Size;
  frame: PlotFrame;
  axisSide: 'left' | 'right';
  x: LinearScale;
  y: LinearScale;
  xTicks: Tick[];
  yTicks: Tick[];
  /** How the value axis writes a number. */
  format: (value: number) => string;
}

/** How a chart's axes differ from the shared ones. */
export interface AxesOptions {
  /** The chart's height as a multiple of the shared height (two panels). */
  heightScale?: number;
  /** How the value labels are written; by default the locale's numbers, compact when narrow. */
  format?: (value: number) => string;
  /** Pixels at the top of the plot kept free of the value scale (a strip above the bars). */
  reserveTop?: number;
  /** Value labels drawn besides the main scale's (a second panel's), so the margin holds them too. */
  extraLabels?: readonly string[];
}

/**
 * The shared first stage of every chart with a value axis: the size for the width, a frame
 * with room for the widest value label and the annotation lanes, a time scale over the years in
 * the time direction, a value scale from zero to a round number above `max`, and the ticks of
 * both (years as many as fit, five values).
 */
export function chartAxes(context: LayoutContext, max: number, options: AxesOptions = {}): ChartAxes {
  const size = chartSize(context.width, options.heightScale);
  const axisSide = axisSideOf(context);
  const format = options.format ?? valueFormat(context.locale, context.width < NARROW_WIDTH);
  const domain = niceDomain(max, 5);
  const labelWidth = Math.max(...linearScale(domain, [1, 0]).ticks(5).map((v) => textWidth(format(v))), ...(options.extraLabels ?? []).map((l) => textWidth(l)));
  const frame = plotFrame(size, axisSide, labelWidth, laneCount(size.width, context.annotations));
  const y = linearScale(domain, [frame.height - frame.bottom, frame.top + (options.reserveTop ?? 0)]);
  const x = timeScale(context, frame);
  return { size, frame, axisSide, x, y, xTicks: roundedYearTicks(x, context), yTicks: formattedTicks(y, 5, format), format };
}
