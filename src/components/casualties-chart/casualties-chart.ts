import { property } from 'lit/decorators.js';
import { ImcChart } from '../core/element/base-chart.js';
import { defineElement } from '../core/element/define.js';
import type { CasualtiesLayout } from './casualties-chart.layout.js';
import { casualtiesSpec } from './casualties-chart.spec.js';

/**
 * US military deaths in Iraq per calendar year as bars — hostile and non-hostile stacked where
 * the source separates them — with the wounded as a second measure (`measure="wounded"`, or
 * `both` in two panels, each on its own scale). The operations (Iraqi Freedom, New Dawn,
 * Inherent Resolve) are bands labelled with their totals from the data. A year without a
 * published figure is marked as such, never drawn as zero. Where sources disagree on a year, its
 * bar carries an asterisk that the legend keys ("Sources differ; see the table"), and another
 * source's figure that lies visibly apart is a tick across the bar; the tooltip and the table
 * give every figure with its source. An operation total the sources disagree on names each
 * ("Iraqi Freedom: 4,409 or 4,411").
 *
 * @tag casualties-chart
 * @summary US military deaths and wounded in Iraq per year, by operation, sourced point by point.
 *
 * @cssprop --imc-casualties-total-color - Bars of the yearly total (cause not given). Default: `--imc-color-series-1`.
 * @cssprop --imc-casualties-hostile-color - Hostile deaths. Default: `--imc-color-series-2`.
 * @cssprop --imc-casualties-non-hostile-color - Non-hostile deaths. Default: `--imc-color-series-4`.
 * @cssprop --imc-casualties-operation-color - Tint of the operation bands. Default: `--imc-color-series-3`.
 *
 * @csspart series - The bars: `series bars`.
 * @csspart bars - Yearly bars and the "no figure" marks; also has the part `series`.
 * @csspart operations - The operation bands and their labels.
 */
export class CasualtiesChart extends ImcChart<CasualtiesLayout> {
  static override styles = [...ImcChart.styles, casualtiesSpec.styles];

  protected readonly spec = casualtiesSpec;

  /** `deaths` (the default), `wounded`, or `both` in two panels. */
  @property() measure = 'deaths';
}

defineElement('casualties-chart', CasualtiesChart);

declare global {
  interface HTMLElementTagNameMap {
    'casualties-chart': CasualtiesChart;
  }
}
