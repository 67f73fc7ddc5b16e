import { css } from 'lit';

/** The troop chart's own properties, each defaulting to a global token. */
export const troopLevelsStyles = css`
  .chart {
    --_reported: var(--imc-troop-levels-reported-color, var(--_series-1));
    --_authorized: var(--imc-troop-levels-authorized-color, var(--_series-2));
    --_planned: var(--imc-troop-levels-planned-color, var(--_series-3));
    --_band: var(--imc-troop-levels-band-color, var(--_series-3));
    --_line-width: var(--imc-troop-levels-line-width, 2.25px);
  }
  .reported {
    stroke: var(--_reported);
    fill: var(--_reported);
  }
  .authorized {
    stroke: var(--_authorized);
    fill: var(--_authorized);
  }
  .planned {
    stroke: var(--_planned);
    fill: var(--_planned);
  }
  path.reported,
  path.authorized,
  path.planned {
    fill: none;
    stroke-width: var(--_line-width);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  path.authorized,
  .swatch.authorized line {
    stroke-dasharray: 7 4;
    stroke-linecap: butt;
  }
  path.planned,
  .swatch.planned line {
    stroke-dasharray: 1 5;
  }
  .range,
  .swatch.range rect {
    fill: var(--_band);
    fill-opacity: 0.18;
    stroke: var(--_band);
    stroke-opacity: 0.6;
  }
  line.range {
    stroke-width: 3;
  }
  /* Figures apart from the line whisper: smaller, thinner and lighter than its points, but each
     still in its own colour and keyed in the legend. */
  .marker,
  .deployed-for-war,
  .fy-average,
  .erratum,
  .swatch.marker circle,
  .swatch.deployed-for-war circle,
  .swatch.fy-average circle,
  .swatch.erratum circle {
    fill: var(--_bg);
    stroke: var(--_reported);
    stroke-width: 1;
    stroke-opacity: 0.7;
  }
  circle.point.marker,
  circle.point.deployed-for-war,
  circle.point.fy-average,
  circle.point.erratum {
    r: 2.5px;
  }
  .swatch.marker circle,
  .swatch.deployed-for-war circle,
  .swatch.fy-average circle,
  .swatch.erratum circle {
    r: 3px;
  }
  .deployed-for-war,
  .swatch.deployed-for-war circle {
    stroke: var(--_authorized);
  }
  .fy-average,
  .swatch.fy-average circle {
    stroke: var(--_planned);
  }
  .erratum,
  .swatch.erratum circle {
    stroke: var(--_fg);
    stroke-dasharray: 2 1.5;
  }
  .swatch line {
    stroke-width: 2.5;
  }
  .decade-context {
    fill: var(--_reported);
    fill-opacity: 0.08;
    stroke: var(--_reported);
    stroke-opacity: 0.5;
    stroke-dasharray: 2 2;
  }
  .decade-title {
    fill: var(--_fg);
    font-size: 12px;
    font-weight: 600;
  }
  .swatch.reported line {
    stroke: var(--_reported);
  }
  .swatch.authorized line {
    stroke: var(--_authorized);
  }
  .swatch.planned line {
    stroke: var(--_planned);
    stroke-linecap: round;
  }
`;
