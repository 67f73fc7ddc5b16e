import { css } from 'lit';

/**
 * The dashboard's layout: a CSS grid of two columns that becomes one under 700 px of its own
 * width (a container query, so a dashboard in a narrow column of a wide page stacks too). The
 * timeline strip spans the full width above the charts.
 */
export const dashboardStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
  }
  :host([hidden]) {
    display: none;
  }
  .chart {
    container-type: inline-size;
    container-name: imc-dashboard;
    padding: var(--imc-chart-padding, 12px);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
    color: var(--_fg);
    background: var(--_bg);
  }
  [part='heading'] {
    margin: 0 0 4px;
    font-size: calc(var(--_heading-size) * 1.15);
    font-weight: 700;
    line-height: 1.3;
  }
  [part='description'] {
    margin: 0 0 8px;
    color: var(--_muted);
  }
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 16px;
    margin: 0 0 12px;
  }
  [part='controls'] .group-label {
    font-weight: 700;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  select {
    padding: 2px 4px;
    border: 1px solid var(--_axis);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-variant-numeric: tabular-nums;
  }
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='grid'] {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 16px;
  }
  [part='grid'] > * {
    min-inline-size: 0;
  }
  [part='grid'] > .wide {
    grid-column: 1 / -1;
  }
  @container imc-dashboard (max-width: 699px) {
    [part='grid'] {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* On paper one chart a row: two columns of charts print too small, and the year control has nothing to do. */
  @media print {
    [part='grid'] {
      grid-template-columns: minmax(0, 1fr);
    }
    [part='grid'] > * {
      break-inside: avoid;
    }
    [part='controls'] {
      display: none;
    }
  }
`;
