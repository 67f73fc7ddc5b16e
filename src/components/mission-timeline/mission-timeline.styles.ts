import { css, unsafeCSS } from 'lit';
import { PERIODS } from './mission-timeline.layout.js';

/**
 * Each period's colour, written out per period rather than through one per-element custom
 * property, so that the static renderer (which resolves every `--_*` property to one value)
 * draws each period in its own colour too.
 */
const periodRules = unsafeCSS(
  PERIODS.map(
    (p) => `
  rect.band.${p}, .swatch.${p} rect { fill: var(--_${p}); }
  .swatch.${p} rect { stroke: var(--_${p}); }
  circle.point.${p} { fill: var(--_${p}); }
  circle.halo.${p} { stroke: var(--_${p}); }`,
  ).join('\n'),
);

/** The timeline's own properties, each defaulting to a global token. */
export const timelineStyles = css`
  .chart {
    --_invasion: var(--imc-mission-timeline-invasion-color, var(--_series-2));
    --_withdrawal: var(--imc-mission-timeline-withdrawal-color, var(--_series-1));
    --_isis: var(--imc-mission-timeline-isis-color, var(--_series-3));
    --_transition: var(--imc-mission-timeline-transition-color, var(--_series-4));
    --_band-opacity: var(--imc-mission-timeline-band-opacity, 0.12);
  }
  rect.band {
    fill-opacity: var(--_band-opacity);
    stroke: none;
  }
  .swatch rect {
    fill-opacity: 0.35;
  }
  ${periodRules}
  .period-label {
    fill: var(--_fg);
    font-size: 11px;
    font-weight: 700;
  }
  .track {
    stroke: var(--_axis);
    stroke-width: 1;
  }
  circle.point {
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  circle.halo {
    fill: none;
    stroke-width: 1.5;
  }
  [part~='event-list'] text {
    fill: var(--_fg);
  }
  [part~='event-list'] text.date {
    font-size: 12px;
    font-weight: 700;
  }
  [part~='event-list'] text.status {
    fill: var(--_muted);
    font-size: 11px;
    font-weight: 600;
  }
  [part~='event-list'] text.title {
    font-size: 13px;
  }
  [part~='event-list'] .entry.key text.title {
    font-weight: 600;
  }
  [part~='event-list'] text.source {
    fill: var(--_muted);
    font-size: 11px;
  }
  text.section-label {
    fill: var(--_fg);
    font-size: 12px;
    font-weight: 700;
  }
  [part~='annotation'] text.key {
    fill: var(--_fg);
    font-weight: 600;
  }
`;
