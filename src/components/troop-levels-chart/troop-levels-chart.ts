import { svg, type SVGTemplateResult } from 'lit';
import { ImcChart, type ChartData } from '../core/base-chart.js';
import type { LayoutContext } from '../core/chart-layout.js';
import { defineElement } from '../core/define.js';
import type { Strings } from '../core/i18n.js';
import { layoutTroopLevels, type TroopLevelsLayout } from './troop-levels-chart.layout.js';
import { troopLevelsStyles } from './troop-levels-chart.styles.js';

/**
 * US troops in Iraq over time: the reported count as a line, authorized caps as a dashed step
 * line, announced plans beyond the last count dotted, ranges as a band, every other figure as a
 * hollow marker, and events as annotations. Gaps in the record stay gaps. Every point can be
 * reached by pointer, touch and keyboard, and carries its source.
 *
 * @tag troop-levels-chart
 * @summary US troop levels in Iraq, 2003–2026, sourced point by point.
 *
 * @cssprop --imc-troop-levels-reported-color - Reported count line. Default: `--imc-color-series-1`.
 * @cssprop --imc-troop-levels-authorized-color - Authorized cap step line. Default: `--imc-color-series-2`.
 * @cssprop --imc-troop-levels-planned-color - Announced plan projection. Default: `--imc-color-series-3`.
 * @cssprop --imc-troop-levels-band-color - Range band. Default: `--imc-color-series-3`.
 * @cssprop --imc-troop-levels-line-width - Width of the three lines. Default: 2.25px.
 *
 * @csspart series - Each drawn series: `series reported`, `series authorized`, `series planned`, `series range`.
 */
export class TroopLevelsChart extends ImcChart<TroopLevelsLayout> {
  static override styles = [...ImcChart.styles, troopLevelsStyles];

  protected readonly metric = 'us-troops' as const;

  protected layout(data: ChartData, context: LayoutContext, strings: Strings): TroopLevelsLayout {
    return layoutTroopLevels(data.observations, data.events, context, strings);
  }

  protected defaultHeading(strings: Strings, from: string, to: string): string {
    return strings.troopsHeading(from, to);
  }

  protected defaultDescription(strings: Strings): string {
    return strings.troopsDescription;
  }

  protected renderMarks(layout: TroopLevelsLayout): SVGTemplateResult {
    return svg`
      <g part="series range">
        ${layout.bands.map((b) => svg`<rect class="range" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`)}
        ${layout.whiskers.map((w) => svg`<line class="range" x1=${w.x} x2=${w.x} y1=${w.y1} y2=${w.y2}></line>`)}
      </g>
      <g part="series authorized">${layout.authorized.map((d) => svg`<path class="authorized" d=${d}></path>`)}</g>
      <g part="series reported">${layout.reported.map((d) => svg`<path class="reported" d=${d}></path>`)}</g>
      <g part="series planned">${layout.projection.map((d) => svg`<path class="planned" d=${d}></path>`)}</g>`;
  }
}

defineElement('troop-levels-chart', TroopLevelsChart);

declare global {
  interface HTMLElementTagNameMap {
    'troop-levels-chart': TroopLevelsChart;
  }
}
