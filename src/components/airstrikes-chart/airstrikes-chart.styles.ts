import { css } from 'lit';
import { barStyles } from '../core/layout/bars.styles.js';

/** The air-strike chart's own properties, each defaulting to a global token. */
export const airstrikesStyles = css`
  ${barStyles}
    .chart {
      --_iraq: var(--imc-airstrikes-iraq-color, var(--_series-1));
      --_syria: var(--imc-airstrikes-syria-color, var(--_series-2));
      --_both: var(--imc-airstrikes-both-color, var(--_series-3));
      --_us: var(--imc-airstrikes-us-color, var(--_series-4));
      --_line-width: var(--imc-airstrikes-line-width, 2.25px);
    }
    .iraq {
      --_color: var(--_iraq);
    }
    .syria {
      --_color: var(--_syria);
    }
    .both {
      --_color: var(--_both);
    }
    .us {
      --_color: var(--_us);
    }
    .swatch.declared,
    .swatch.airwars {
      --_color: var(--_muted);
    }
    path.line.airwars,
    .swatch.airwars line {
      stroke-dasharray: 6 3;
      stroke-linecap: butt;
    }
`;
