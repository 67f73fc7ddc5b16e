import { property } from 'lit/decorators.js';
import { ImcChart } from '../core/element/base-chart.js';
import { defineElement } from '../core/element/define.js';
import type { SpendingLayout } from './spending-chart.layout.js';
import { spendingSpec } from './spending-chart.spec.js';

/**
 * US war funding: by default each fiscal year's funding (October to September) as a bar — the
 * Iraq war, FY2003–FY2013, and the war against ISIS — and with `view="cumulative"` the running
 * totals as published, a line for each total counted from the same start. Amounts are nominal
 * dollars in the reader's words ("$7.5 billion", "٧٫٥ مليار دولار"). The reported average cost
 * per day is a small panel of points above the main one, with its own scale of dollars a day on
 * the value axis. Estimates are open bars; where sources disagree on a bar it carries an asterisk
 * keyed in the legend (a tick at the other figure where it lies apart), and the tooltip and the
 * table give each figure with its source.
 *
 * @tag spending-chart
 * @summary US war funding in Iraq by fiscal year, running totals and daily cost, sourced point by point.
 *
 * @cssprop --imc-spending-iraq-color - The Iraq war: bars and running totals. Default: `--imc-color-series-1`.
 * @cssprop --imc-spending-isis-color - The war against ISIS: bars and running totals. Default: `--imc-color-series-2`.
 * @cssprop --imc-spending-daily-color - Daily-cost snapshots. Default: `--imc-color-series-4`.
 * @cssprop --imc-spending-line-width - Width of the running-total lines. Default: 2.25px.
 *
 * @csspart series - Each drawn series: `series bars` (annual) or `series lines` (cumulative).
 * @csspart bars - The fiscal-year bars of `view="annual"`; also has the part `series`.
 * @csspart lines - The running totals of `view="cumulative"`; also has the part `series`.
 * @csspart daily-cost - The panel of daily-cost snapshots: its title, baseline and ranges (its ticks are on the value axis).
 */
export class SpendingChart extends ImcChart<SpendingLayout> {
  static override styles = [...ImcChart.styles, spendingSpec.styles];

  protected readonly spec = spendingSpec;

  /** `annual` (funding per fiscal year, the default) or `cumulative` (running totals). */
  @property() view = 'annual';
}

defineElement('spending-chart', SpendingChart);

declare global {
  interface HTMLElementTagNameMap {
    'spending-chart': SpendingChart;
  }
}
