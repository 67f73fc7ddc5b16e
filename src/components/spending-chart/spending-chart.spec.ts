import { nothing, svg } from 'lit';
import { renderBars, renderDisputes } from '../core/render/bar-marks.js';
import { textAnchor } from '../core/render/frame.js';
import { readObservations, type ChartSpec } from '../core/chart-spec.js';
import { SPENDING_VIEWS, drawnInView, isUsDailyCost, layoutSpending, type SpendingLayout, type SpendingView } from './spending-chart.layout.js';
import { spendingStrings, type SpendingStrings } from './spending-chart.strings.js';
import { spendingStyles } from './spending-chart.styles.js';

/** `<spending-chart>`'s own options. */
export interface SpendingOptions {
  view: SpendingView;
}

/** `<spending-chart>`: shared by the element and the static renderer. */
export const spendingSpec: ChartSpec<SpendingLayout, SpendingOptions, SpendingStrings> = {
  tag: 'spending-chart',
  points: 'observations',
  options: {
    view: { values: SPENDING_VIEWS, default: 'annual', description: 'funding per fiscal year as bars, or the running totals' },
  },
  defaults: {},
  // The years of the view's own figures (the yearly amounts as bars, or the running totals) and of
  // the daily costs drawn above either.
  draws: (o, options) => drawnInView(o, options.view) || isUsDailyCost(o),
  read: readObservations('spending'),
  strings: spendingStrings,
  heading: (text, years, options) => (options.view === 'cumulative' ? text.cumulativeHeading : text.heading)(years.from, years.to),
  description: (text, options) => (options.view === 'cumulative' ? text.cumulativeDescription : text.description),
  layout: (data, context, strings, options) => layoutSpending(data.observations, data.events, context, strings, options.view),
  styles: spendingStyles,
  renderMarks: (layout, locale) => {
    const strip = layout.daily;
    const x0 = layout.frame.left;
    const x1 = layout.frame.width - layout.frame.right;
    return svg`
      ${strip
        ? svg`<g part="daily-cost">
            <line class="strip" x1=${x0} x2=${x1} y1=${strip.bottom} y2=${strip.bottom}></line>
            <text class="strip-title" x=${strip.titleX} y=${strip.titleY} text-anchor=${textAnchor(layout.axisSide, locale.dir)}>${strip.title}</text>
            ${strip.whiskers.map((w) => svg`<line class="daily" x1=${w.x} x2=${w.x} y1=${w.y1} y2=${w.y2}></line>`)}
          </g>`
        : nothing}
      ${layout.view === 'annual'
        ? svg`<g part="series bars" class="bar-marks">
            ${renderBars(layout.bars)}
            ${renderDisputes(layout.disputes)}
          </g>`
        : svg`<g part="series lines">${layout.lines.map((l) => svg`<path class=${`line ${l.series}`} d=${l.d}></path>`)}</g>`}`;
  },
};
