import { css } from 'lit';
import { barStyles } from '../core/layout/bars.styles.js';

/** The spending chart's own properties, each defaulting to a global token. */
export const spendingStyles = css`
  ${barStyles}
  .chart {
    --_iraq: var(--imc-spending-iraq-color, var(--_series-1));
    --_isis: var(--imc-spending-isis-color, var(--_series-2));
    --_daily: var(--imc-spending-daily-color, var(--_series-4));
    --_line-width: var(--imc-spending-line-width, 2.25px);
  }
  .iraq {
    --_color: var(--_iraq);
  }
  .isis {
    --_color: var(--_isis);
  }
  .daily {
    --_color: var(--_daily);
  }
  .swatch.daily circle,
  .bar-marks ~ [part='points'] .point.daily,
  .point.daily {
    opacity: 1;
    fill: var(--_daily);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  line.daily {
    stroke: var(--_daily);
    stroke-width: 3;
    stroke-linecap: round;
  }
  /* The daily panel's baseline is drawn like an axis: it closes the panel off from the bars' scale below. */
  line.strip {
    stroke: var(--_axis);
    shape-rendering: crispEdges;
  }
  [part~='daily-cost'] text {
    fill: var(--_muted);
    font-size: 11px;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  [part~='daily-cost'] text.strip-title {
    fill: var(--_fg);
    font-weight: 700;
  }
`;
