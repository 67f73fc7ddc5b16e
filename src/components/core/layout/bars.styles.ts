import { css } from 'lit';

/**
 * What every bar chart draws alike: bars filled with their series' `--_color`, lighter with an
 * outline when open (a bound, an estimate), an asterisk and ticks where sources disagree (a
 * dashed outline remains for a bar a chart still classes `conflict`), running
 * totals as lines, hollow markers for other figures, and the legend swatches. A chart sets
 * `--_color` per series class. Bars carry their own marks, so the reachable points of the bars
 * (at each bar's top) are hidden; `.bar-marks` precedes the points group in the SVG.
 */
export const barStyles = css`
  rect.bar {
    fill: var(--_color);
  }
  rect.bar.open {
    fill-opacity: 0.3;
    stroke: var(--_color);
    stroke-width: 1.25;
  }
  rect.bar.conflict {
    stroke: var(--_fg);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  line.dispute,
  .swatch.dispute-tick line {
    stroke: var(--_fg);
    stroke-width: 2;
    stroke-linecap: butt;
  }
  .swatch.dispute-tick line {
    stroke-dasharray: 0 5 12 5;
  }
  text.dispute {
    fill: var(--_fg);
    font-size: 16px;
    font-weight: 700;
  }
  /* The asterisk's key is a footnote: its label starts with the asterisk itself. */
  .swatch.disputed {
    display: none;
  }
  path.line {
    fill: none;
    stroke: var(--_color);
    stroke-width: var(--_line-width, 2.25px);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .point {
    fill: var(--_color);
  }
  .bar-marks ~ [part='points'] .point {
    opacity: 0;
  }
  .point.marker,
  .point.us,
  .point.part,
  .point.erratum,
  .bar-marks ~ [part='points'] .point.marker,
  .bar-marks ~ [part='points'] .point.us,
  .bar-marks ~ [part='points'] .point.part,
  .bar-marks ~ [part='points'] .point.erratum {
    opacity: 1;
    fill: var(--_bg);
    stroke: var(--_color);
    stroke-width: 1.5;
  }
  .marker,
  .part,
  .erratum {
    --_color: var(--_fg);
  }
  .point.erratum,
  .swatch.erratum circle {
    stroke-dasharray: 2 1.5;
  }
  .swatch rect {
    fill: var(--_color);
  }
  .swatch line {
    stroke: var(--_color);
    stroke-width: 2.5;
  }
  .swatch circle {
    fill: var(--_bg);
    stroke: var(--_color);
    stroke-width: 1.5;
  }
  .swatch.open rect {
    fill: var(--_muted);
    fill-opacity: 0.3;
    stroke: var(--_muted);
  }
  .swatch.conflict rect {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
`;
