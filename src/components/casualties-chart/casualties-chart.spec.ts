import { nothing, svg } from 'lit';
import { languageOfStrings } from '../core/layout/bars.js';
import { textAnchor } from '../core/render/chart-parts.js';
import type { ChartSpec } from '../core/chart-spec.js';
import { oneOf } from '../core/element/options.js';
import { CASUALTY_MEASURES, layoutCasualties, type CasualtiesLayout, type CasualtiesMeasure } from './casualties-chart.layout.js';
import { casualtiesStrings } from './casualties-chart.strings.js';
import { casualtiesStyles } from './casualties-chart.styles.js';

/** The measure from an attribute value; a value the chart does not know falls back to `deaths`. */
export function casualtiesMeasure(value?: string | null): CasualtiesMeasure {
  return oneOf(value, CASUALTY_MEASURES) ?? 'deaths';
}

const specs = new Map<CasualtiesMeasure, ChartSpec<CasualtiesLayout>>();

/** `<casualties-chart>` for a measure: shared by the element and the static renderer. */
export function casualtiesSpecFor(measure: CasualtiesMeasure): ChartSpec<CasualtiesLayout> {
  const cached = specs.get(measure);
  if (cached) return cached;
  const spec: ChartSpec<CasualtiesLayout> = {
    tag: 'casualties-chart',
    metric: measure === 'wounded' ? 'wounded' : 'deaths',
    layout: (data, context, strings) => layoutCasualties(data.observations, data.events, context, strings, measure),
    heading: (strings, from, to) => casualtiesStrings(languageOfStrings(strings)).heading[measure](from, to),
    description: (strings) => casualtiesStrings(languageOfStrings(strings)).description[measure],
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
          ${layout.bars.map(
            (b) => svg`<rect class=${`bar ${b.series}${b.open ? ' open' : ''}${b.conflict ? ' conflict' : ''}`} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`,
          )}
        </g>`;
    },
  };
  specs.set(measure, spec);
  return spec;
}

/** The default `<casualties-chart>`: deaths. */
export const casualtiesSpec = casualtiesSpecFor('deaths');
