import { css } from 'lit';
import { barStyles } from '../core/layout/bars.styles.js';

/** The casualty chart's own properties, each defaulting to a global token. */
export const casualtiesStyles = css`
  ${barStyles}
  .chart {
    --_total: var(--imc-casualties-total-color, var(--_series-1));
    --_hostile: var(--imc-casualties-hostile-color, var(--_series-2));
    --_non-hostile: var(--imc-casualties-non-hostile-color, var(--_series-4));
    --_operation: var(--imc-casualties-operation-color, var(--_series-3));
  }
  .total {
    --_color: var(--_total);
  }
  .hostile {
    --_color: var(--_hostile);
  }
  .non-hostile {
    --_color: var(--_non-hostile);
  }
  rect.operation {
    fill: var(--_operation);
    fill-opacity: 0.07;
  }
  rect.operation.odd {
    fill-opacity: 0.14;
  }
  text.operation {
    fill: var(--_fg);
    font-size: 11px;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  text.panel-title {
    fill: var(--_fg);
    font-size: 12px;
    font-weight: 700;
  }
  line.baseline {
    stroke: var(--_axis);
    shape-rendering: crispEdges;
  }
  rect.missing,
  .swatch.missing rect {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
`;
