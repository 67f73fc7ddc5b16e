import { svg } from 'lit';
import { readObservations, type ChartSpec } from '../core/chart-spec.js';
import { calendarPeriod } from '../core/layout/periods.js';
import {
  AIRSTRIKES_DEFAULTS,
  AIRSTRIKES_MODES,
  AIRSTRIKES_PERIODS,
  isAirstrike,
  layoutAirstrikes,
  type AirstrikesLayout,
  type AirstrikesOptions,
} from './airstrikes-chart.layout.js';
import { airstrikesStrings, type AirstrikesStrings } from './airstrikes-chart.strings.js';
import { airstrikesStyles } from './airstrikes-chart.styles.js';

/** `<airstrikes-chart>`: shared by the element and the static renderer. */
export const airstrikesSpec: ChartSpec<AirstrikesLayout, AirstrikesOptions, AirstrikesStrings> = {
  tag: 'airstrikes-chart',
  points: 'observations',
  options: {
    mode: { values: AIRSTRIKES_MODES, default: AIRSTRIKES_DEFAULTS.mode, description: 'running totals, or counts per period as bars' },
    period: { values: AIRSTRIKES_PERIODS, default: AIRSTRIKES_DEFAULTS.period, description: 'the period of a bar in per-period mode' },
  },
  defaults: {},
  // The years of the mode's own figures: the running totals, or the counts of a whole period.
  draws: (o, options) =>
    isAirstrike(o) && (options.mode === 'cumulative' ? o.kind === 'cumulative' : o.kind !== 'cumulative' && calendarPeriod(o, options.period) !== undefined),
  read: readObservations('airstrikes'),
  strings: airstrikesStrings,
  heading: (text, years, options) => (options.mode === 'cumulative' ? text.cumulativeHeading : text.heading)(years.from, years.to),
  description: (text, options) => (options.mode === 'cumulative' ? text.cumulativeDescription : text.description),
  layout: (data, context, strings, options) => layoutAirstrikes(data.observations, data.events, context, strings, options),
  styles: airstrikesStyles,
  renderMarks: (layout) =>
    layout.mode === 'per-period'
      ? svg`<g part="series bars" class="bar-marks">
          ${layout.bars.map(
            (b) => svg`<rect class=${`bar ${b.series}${b.open ? ' open' : ''}${b.conflict ? ' conflict' : ''}`} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`,
          )}
        </g>`
      : svg`<g part="series lines">${layout.lines.map((l) => svg`<path class=${`line ${l.series}${l.definition === 'airwars' ? ' airwars' : ''}`} d=${l.d}></path>`)}</g>`,
};
