import { ImcChart } from '../core/element/base-chart.js';
import { defineElement } from '../core/element/define.js';
import type { TroopLevelsLayout } from './troop-levels-chart.layout.js';
import { troopLevelsSpec } from './troop-levels-chart.spec.js';

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
 * @csspart reported - The reported count line; also has the part `series`.
 * @csspart authorized - The authorized cap step line; also has the part `series`.
 * @csspart planned - The dotted projection of announced plans; also has the part `series`.
 * @csspart range - Range bands and whiskers; also has the part `series`.
 * @csspart decade - The lower panel of the years after the peak at a scale of their own, when the chart draws one.
 */
export class TroopLevelsChart extends ImcChart<TroopLevelsLayout> {
  static override styles = [...ImcChart.styles, troopLevelsSpec.styles];

  protected readonly spec = troopLevelsSpec;
}

defineElement('troop-levels-chart', TroopLevelsChart);

declare global {
  interface HTMLElementTagNameMap {
    'troop-levels-chart': TroopLevelsChart;
  }
}
