import { nothing, svg } from 'lit';
import { renderBars, renderDisputes } from '../core/render/bar-marks.js';
import { textAnchor } from '../core/render/frame.js';
import { readObservations, type ChartSpec } from '../core/chart-spec.js';
import { CASUALTY_MEASURES, layoutCasualties, type CasualtiesLayout, type CasualtiesMeasure } from './casualties-chart.layout.js';
import { casualtiesStrings, type CasualtiesStrings } from './casualties-chart.strings.js';
import { casualtiesStyles } from './casualties-chart.styles.js';

/** `<casualties-chart>`'s own options. */
export interface CasualtiesOptions {
  measure: CasualtiesMeasure;
}

/** `<casualties-chart>`: shared by the element and the static renderer. */
export const casualtiesSpec: ChartSpec<CasualtiesLayout, CasualtiesOptions, CasualtiesStrings> = {
  tag: 'casualties-chart',
  points: 'observations',
  options: {
    measure: { values: CASUALTY_MEASURES, default: 'deaths', description: 'deaths, wounded, or both in two panels' },
  },
  defaults: {},
  read: readObservations((options) => (options.measure === 'wounded' ? 'wounded' : 'deaths')),
  strings: casualtiesStrings,
  heading: (text, years, options) => text.heading[options.measure](years.from, years.to),
  description: (text, options) => text.description[options.measure],
  layout: (data, context, strings, options) => layoutCasualties(data.observations, data.events, context, strings, options.measure),
  styles: casualtiesStyles,
  renderMarks: (layout, locale) => {
    const start = textAnchor('left', locale.dir);
    const x0 = layout.frame.left;
    const x1 = layout.frame.width - layout.frame.right;
    return svg`
      <g part="operations">
        ${layout.operations.map((o, i) => svg`<rect class=${`operation ${o.operation}${i % 2 ? ' odd' : ''}`} x=${o.x} y=${o.y} width=${o.width} height=${o.height}></rect>`)}
        ${layout.operations.map((o) => (o.hidden ? nothing : svg`<text class="operation" x=${o.labelX} y=${o.labelY} text-anchor=${start}>${o.label}</text>`))}
      </g>
      ${layout.panels.map((p, i) =>
        p.titleY === undefined
          ? nothing
          : svg`<text class="panel-title" x=${layout.axisSide === 'left' ? x0 : x1} y=${p.titleY} text-anchor=${textAnchor(layout.axisSide, locale.dir)}>${p.label}</text>
              ${i < layout.panels.length - 1 ? svg`<line class="baseline" x1=${x0} x2=${x1} y1=${p.bottom} y2=${p.bottom}></line>` : nothing}`,
      )}
      <g part="series bars" class="bar-marks">
        ${layout.missing.map((m) => svg`<rect class="missing" x=${m.x} y=${m.y} width=${m.width} height="5"></rect>`)}
        ${renderBars(layout.bars)}
        ${renderDisputes(layout.disputes)}
      </g>`;
  },
};
