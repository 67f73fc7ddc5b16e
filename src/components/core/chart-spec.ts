import type { CSSResult, SVGTemplateResult } from 'lit';
import type { Metric, MissionEvent, Observation, Source } from '../../data/types.js';
import type { ChartLayoutBase, LayoutContext } from './layout/chart-layout.js';
import type { Strings } from './i18n.js';
import type { LocaleInfo } from './locale.js';

/** The data a chart lays out: valid observations, the events, and the sources both cite. */
export interface ChartData {
  observations: Observation[];
  events: MissionEvent[];
  sources: Source[];
}

/**
 * What makes one chart: its tag, the series it draws, its pure layout, its marks, its own text
 * and styles. The element and the static renderer both draw from the same spec, so an SVG made
 * in Node is the chart a reader sees.
 */
export interface ChartSpec<L extends ChartLayoutBase = ChartLayoutBase> {
  tag: string;
  /** The metric of rows that name none, and the series this chart draws. */
  metric: Metric;
  /** Lays out the chart; pure, so it also runs in Node. */
  layout(data: ChartData, context: LayoutContext, strings: Strings): L;
  /** Draws the chart's own marks, between the frame and the points. */
  renderMarks(layout: L, locale: LocaleInfo): SVGTemplateResult;
  /** The heading used when none is given. */
  heading(strings: Strings, from: string, to: string): string;
  /** The description used when none is given. */
  description(strings: Strings): string;
  /** The chart's own CSS, after the shared frame styles. */
  styles: CSSResult;
}
