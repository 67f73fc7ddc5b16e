import { css, unsafeCSS } from 'lit';

/** One global design token: its public name, the private property it feeds, and its defaults. */
export interface Token {
  /** The property a page sets, e.g. `--imc-color-background`. */
  name: string;
  /** The private property the styles read, e.g. `--_bg`. */
  private: string;
  light: string;
  /** The dark default, where it differs from the light one. */
  dark?: string;
}

/**
 * The global tokens with their light and dark defaults: the single table the styles, the static
 * SVG renderer and the documentation are made from.
 */
export const TOKENS: readonly Token[] = [
  { name: '--imc-font-family', private: '--_font', light: "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', sans-serif" },
  { name: '--imc-font-size', private: '--_font-size', light: '14px' },
  { name: '--imc-heading-size', private: '--_heading-size', light: '1.15em' },
  { name: '--imc-radius', private: '--_radius', light: '4px' },
  { name: '--imc-color-background', private: '--_bg', light: '#ffffff', dark: '#14181d' },
  { name: '--imc-color-text', private: '--_fg', light: '#1b1f24', dark: '#eceff3' },
  { name: '--imc-color-text-muted', private: '--_muted', light: '#4f5863', dark: '#b4bcc6' },
  { name: '--imc-color-grid', private: '--_grid', light: '#e2e6ea', dark: '#333b45' },
  { name: '--imc-color-axis', private: '--_axis', light: '#6b7480', dark: '#8a95a3' },
  { name: '--imc-color-series-1', private: '--_series-1', light: '#0060b8', dark: '#3088f8' },
  { name: '--imc-color-series-2', private: '--_series-2', light: '#c04800', dark: '#f2a65a' },
  { name: '--imc-color-series-3', private: '--_series-3', light: '#a02878', dark: '#c9a7f5' },
  { name: '--imc-color-series-4', private: '--_series-4', light: '#008870', dark: '#5fd0b5' },
  { name: '--imc-color-annotation', private: '--_annotation', light: '#5d6670', dark: '#a7b0bb' },
  { name: '--imc-color-focus', private: '--_focus', light: '#b35c00', dark: '#ffd166' },
  { name: '--imc-color-notice-background', private: '--_notice-bg', light: '#fff4d6', dark: '#3b2f12' },
  { name: '--imc-color-notice-text', private: '--_notice-fg', light: '#5c3d00', dark: '#ffe3a3' },
  { name: '--imc-color-tooltip-background', private: '--_tooltip-bg', light: '#1b1f24', dark: '#eceff3' },
  { name: '--imc-color-tooltip-text', private: '--_tooltip-fg', light: '#ffffff', dark: '#14181d' },
];

/** The value of every private property for a theme, with no page overrides. */
export function tokenValues(theme: 'light' | 'dark'): Map<string, string> {
  return new Map(TOKENS.map((t) => [t.private, theme === 'dark' ? (t.dark ?? t.light) : t.light]));
}

function declarations(theme: 'light' | 'dark') {
  const tokens = theme === 'light' ? TOKENS : TOKENS.filter((t) => t.dark);
  const lines = tokens.map((t) => `${t.private}: var(${t.name}, ${theme === 'dark' ? t.dark : t.light});`);
  return unsafeCSS([...lines, `color-scheme: ${theme};`].join('\n'));
}

/**
 * Global tokens (`--imc-*`) read into private properties (`--_*`) inside the shadow root, on the
 * element that carries the resolved theme (the host's `theme`, else an ancestor's). A page sets a
 * token on `:root` or any ancestor to restyle every chart; it is never written by the library,
 * so a page's value always wins over the defaults here. The dark defaults apply both for
 * `theme="dark"` and for `theme="auto"` under a dark colour scheme.
 */
export const tokenStyles = css`
  .chart {
    ${declarations('light')}
  }
  .chart[data-theme='dark'] {
    ${declarations('dark')}
  }
  @media (prefers-color-scheme: dark) {
    .chart[data-theme='auto'] {
      ${declarations('dark')}
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
    /* Balanced lines: a heading that wraps at phone width leaves no year alone on its last line. */
    text-wrap: balance;
  }
  [part='description'] {
    margin: 0 0 8px;
    color: var(--_muted);
    text-wrap: pretty;
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
  [part='tooltip'] ul {
    margin: 2px 0 0;
    padding-inline-start: 16px;
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
  .table-limit {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .table-limit button {
    margin-inline-start: 8px;
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
    /* A 1 px box whose inside never changes what is outside it: resizing the chart does not lay
       out a hidden table of a thousand rows again. */
    contain: strict;
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

