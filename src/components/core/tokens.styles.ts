import { css } from 'lit';

/**
 * The dark defaults, written once and applied both for `theme="dark"` and for `theme="auto"`
 * under a dark colour scheme.
 */
const dark = css`
  --_bg: var(--imc-color-background, #14181d);
  --_fg: var(--imc-color-text, #eceff3);
  --_muted: var(--imc-color-text-muted, #b4bcc6);
  --_grid: var(--imc-color-grid, #333b45);
  --_axis: var(--imc-color-axis, #8a95a3);
  --_series-1: var(--imc-color-series-1, #6db3f8);
  --_series-2: var(--imc-color-series-2, #f2a65a);
  --_series-3: var(--imc-color-series-3, #c9a7f5);
  --_series-4: var(--imc-color-series-4, #5fd0b5);
  --_annotation: var(--imc-color-annotation, #a7b0bb);
  --_focus: var(--imc-color-focus, #ffd166);
  --_notice-bg: var(--imc-color-notice-background, #3b2f12);
  --_notice-fg: var(--imc-color-notice-text, #ffe3a3);
  --_tooltip-bg: var(--imc-color-tooltip-background, #eceff3);
  --_tooltip-fg: var(--imc-color-tooltip-text, #14181d);
  color-scheme: dark;
`;

/**
 * Global tokens (`--imc-*`) read into private properties (`--_*`) inside the shadow root, on the
 * element that carries the resolved theme (the host's `theme`, else an ancestor's). A page sets a
 * token on `:root` or any ancestor to restyle every chart; it is never written by the library,
 * so a page's value always wins over the defaults here.
 */
export const tokenStyles = css`
  .chart {
    --_font: var(--imc-font-family, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', sans-serif);
    --_font-size: var(--imc-font-size, 14px);
    --_heading-size: var(--imc-heading-size, 1.15em);
    --_radius: var(--imc-radius, 4px);
    --_bg: var(--imc-color-background, #ffffff);
    --_fg: var(--imc-color-text, #1b1f24);
    --_muted: var(--imc-color-text-muted, #4f5863);
    --_grid: var(--imc-color-grid, #e2e6ea);
    --_axis: var(--imc-color-axis, #6b7480);
    --_series-1: var(--imc-color-series-1, #1f5f9e);
    --_series-2: var(--imc-color-series-2, #b24d12);
    --_series-3: var(--imc-color-series-3, #6a3fa0);
    --_series-4: var(--imc-color-series-4, #0f7a62);
    --_annotation: var(--imc-color-annotation, #5d6670);
    --_focus: var(--imc-color-focus, #b35c00);
    --_notice-bg: var(--imc-color-notice-background, #fff4d6);
    --_notice-fg: var(--imc-color-notice-text, #5c3d00);
    --_tooltip-bg: var(--imc-color-tooltip-background, #1b1f24);
    --_tooltip-fg: var(--imc-color-tooltip-text, #ffffff);
    color-scheme: light;
  }
  .chart[data-theme='dark'] {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .chart[data-theme='auto'] {
      ${dark}
    }
  }
`;

/** The frame every chart shares: heading, notice, legend, plot, tooltip, footer, table. */
export const frameStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    contain: layout style;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .chart {
    padding: var(--imc-chart-padding, 12px);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
    color: var(--_fg);
    background: var(--_bg);
  }
  .pending {
    block-size: 280px;
  }
  [part='heading'] {
    margin: 0 0 4px;
    font-size: var(--_heading-size);
    font-weight: 700;
    line-height: 1.3;
  }
  [part='description'] {
    margin: 0 0 8px;
    color: var(--_muted);
  }
  [part='notice'] {
    margin: 0 0 8px;
    padding: 6px 10px;
    border-radius: var(--_radius);
    background: var(--_notice-bg);
    color: var(--_notice-fg);
  }
  [part='notice'] ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0 0 4px;
    padding: 0;
    list-style: none;
    color: var(--_fg);
    font-size: 0.9em;
  }
  [part='legend'] li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .plot {
    position: relative;
    border-radius: var(--_radius);
    outline: none;
  }
  .plot:focus-visible {
    box-shadow: 0 0 0 2px var(--_bg), 0 0 0 4px var(--_focus);
  }
  svg {
    display: block;
    overflow: visible;
    font-family: inherit;
    user-select: none;
    -webkit-user-select: none;
  }
  [part~='grid'] line {
    stroke: var(--_grid);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  [part~='axis-x'],
  [part~='axis-y'] {
    fill: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  [part~='axis-x'] line {
    stroke: var(--_axis);
    shape-rendering: crispEdges;
  }
  [part~='annotation'] line {
    stroke: var(--_annotation);
    stroke-dasharray: 2 3;
  }
  [part~='annotation'] text,
  [part~='today'] text {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  [part~='annotation'] text {
    fill: var(--_annotation);
    font-size: 11px;
  }
  [part~='today'] line {
    stroke: var(--_muted);
  }
  [part~='today'] text {
    fill: var(--_muted);
    font-size: 11px;
  }
  [part~='crosshair'] {
    stroke: var(--_focus);
    stroke-width: 1.5;
  }
  [part~='focus-ring'] {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5;
  }
  [part='tooltip'] {
    position: absolute;
    z-index: 1;
    max-inline-size: min(300px, 80%);
    padding: 8px 10px;
    border-radius: var(--_radius);
    background: var(--_tooltip-bg);
    color: var(--_tooltip-fg);
    font-size: 0.85em;
    line-height: 1.35;
    pointer-events: none;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  [part='tooltip'] strong {
    display: block;
    font-size: 1.1em;
  }
  [part='tooltip'] p {
    margin: 2px 0 0;
  }
  [part='footer'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 12px;
    margin-block-start: 8px;
    color: var(--_muted);
    font-size: 0.8em;
  }
  [part='footer'] p {
    flex: 1 1 16em;
    margin: 0;
  }
  a {
    color: inherit;
  }
  button {
    padding: 2px 8px;
    border: 1px solid var(--_axis);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='table'] {
    margin-block-start: 8px;
    overflow-x: auto;
  }
  [part='table'] table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.85em;
  }
  [part='table'] caption {
    text-align: start;
    font-weight: 700;
    padding-block: 4px;
  }
  [part='table'] th,
  [part='table'] td {
    padding: 3px 8px;
    border-block-end: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
  }
  [part='table'] td.number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='tooltip'] {
      transition: opacity 120ms ease-out;
    }
  }
  @media print {
    [part='tooltip'],
    button {
      display: none;
    }
  }
`;

