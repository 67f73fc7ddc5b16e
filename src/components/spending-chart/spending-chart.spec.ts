import { nothing, svg } from 'lit';
import { languageOfStrings } from '../core/layout/bars.js';
import { textAnchor } from '../core/render/chart-parts.js';
import type { ChartSpec } from '../core/chart-spec.js';
import { oneOf } from '../core/element/options.js';
import { SPENDING_VIEWS, layoutSpending, type SpendingLayout, type SpendingView } from './spending-chart.layout.js';
import { spendingStrings } from './spending-chart.strings.js';
import { spendingStyles } from './spending-chart.styles.js';

/** The view from an attribute value; a value the chart does not know falls back to `annual`. */
export function spendingView(value?: string | null): SpendingView {
  return oneOf(value, SPENDING_VIEWS) ?? 'annual';
}

const specs = new Map<SpendingView, ChartSpec<SpendingLayout>>();

/** `<spending-chart>` for a view: shared by the element and the static renderer. */
export function spendingSpecFor(view: SpendingView): ChartSpec<SpendingLayout> {
  const cached = specs.get(view);
  if (cached) return cached;
  const cumulative = view === 'cumulative';
  const spec: ChartSpec<SpendingLayout> = {
    tag: 'spending-chart',
    metric: 'spending',
    layout: (data, context, strings) => layoutSpending(data.observations, data.events, context, strings, view),
    heading: (strings, from, to) => {
      const text = spendingStrings(languageOfStrings(strings));
      return cumulative ? text.cumulativeHeading(from, to) : text.heading(from, to);
    },
    description: (strings) => {
      const text = spendingStrings(languageOfStrings(strings));
      return cumulative ? text.cumulativeDescription : text.description;
    },
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
              ${strip.labels.map((l) => svg`<text x=${l.x} y=${l.y} text-anchor="middle">${l.text}</text>`)}
            </g>`
          : nothing}
        ${layout.view === 'annual'
          ? svg`<g part="series bars" class="bar-marks">
              ${layout.bars.map(
                (b) => svg`<rect class=${`bar ${b.series}${b.open ? ' open' : ''}${b.conflict ? ' conflict' : ''}`} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`,
              )}
            </g>`
          : svg`<g part="series lines">${layout.lines.map((l) => svg`<path class=${`line ${l.series}`} d=${l.d}></path>`)}</g>`}`;
    },
  };
  specs.set(view, spec);
  return spec;
}

/** The default `<spending-chart>`: funding per fiscal year. */
export const spendingSpec = spendingSpecFor('annual');
