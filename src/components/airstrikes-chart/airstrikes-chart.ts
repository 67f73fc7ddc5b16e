import { property } from 'lit/decorators.js';
import { ImcChart } from '../core/element/base-chart.js';
import { defineElement } from '../core/element/define.js';
import type { AirstrikesLayout } from './airstrikes-chart.layout.js';
import { airstrikesSpec } from './airstrikes-chart.spec.js';

/**
 * Coalition air strikes against ISIS in Iraq and Syria. By default the running totals published
 * since August 2014, a line per region (Iraq, Syria, both); with `mode="per-period"` the counts
 * for a whole year (or month, `period="month"`) as bars, Iraq and Syria stacked, a count for both
 * countries behind them. Periods without a published count stay empty: nothing is summed,
 * averaged or interpolated. Figures that disagree are all reachable: the first is drawn (with a
 * dashed outline when it is a bar), the others as hollow markers, each with its source.
 *
 * @tag airstrikes-chart
 * @summary Air strikes in Iraq and Syria since 2014, sourced point by point.
 *
 * @cssprop --imc-airstrikes-iraq-color - Iraq: bars and running-total line. Default: `--imc-color-series-1`.
 * @cssprop --imc-airstrikes-syria-color - Syria: bars and running-total line. Default: `--imc-color-series-2`.
 * @cssprop --imc-airstrikes-both-color - Iraq and Syria together (not split by country). Default: `--imc-color-series-3`.
 * @cssprop --imc-airstrikes-us-color - Markers of US-only running totals. Default: `--imc-color-series-4`.
 * @cssprop --imc-airstrikes-line-width - Width of the running-total lines. Default: 2.25px.
 *
 * @csspart series - Each drawn series: `series bars` (per-period) or `series lines` (cumulative).
 * @csspart bars - The bars of `mode="per-period"`; also has the part `series`.
 * @csspart lines - The running-total lines of `mode="cumulative"`; also has the part `series`.
 */
export class AirstrikesChart extends ImcChart<AirstrikesLayout> {
  static override styles = [...ImcChart.styles, airstrikesSpec.styles];

  protected readonly spec = airstrikesSpec;

  /** `cumulative` (running totals, the default) or `per-period` (counts per year or month). */
  @property() mode = 'cumulative';

  /** In `per-period` mode: `year` or `month`. */
  @property() period = 'year';
}

defineElement('airstrikes-chart', AirstrikesChart);

declare global {
  interface HTMLElementTagNameMap {
    'airstrikes-chart': AirstrikesChart;
  }
}
