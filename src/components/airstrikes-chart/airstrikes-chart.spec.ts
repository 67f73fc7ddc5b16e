import { svg } from 'lit';
import { languageOfStrings } from '../core/layout/bars.js';
import type { ChartSpec } from '../core/chart-spec.js';
import { oneOf } from '../core/element/options.js';
import {
  AIRSTRIKES_DEFAULTS,
  AIRSTRIKES_MODES,
  AIRSTRIKES_PERIODS,
  layoutAirstrikes,
  type AirstrikesLayout,
  type AirstrikesOptions,
} from './airstrikes-chart.layout.js';
import { airstrikesStrings } from './airstrikes-chart.strings.js';
import { airstrikesStyles } from './airstrikes-chart.styles.js';

/** The chart's options from attribute values; a value it does not know falls back to the default. */
export function airstrikesOptions(mode?: string | null, period?: string | null): AirstrikesOptions {
  return {
    mode: oneOf(mode, AIRSTRIKES_MODES) ?? AIRSTRIKES_DEFAULTS.mode,
    period: oneOf(period, AIRSTRIKES_PERIODS) ?? AIRSTRIKES_DEFAULTS.period,
  };
}

const specs = new Map<string, ChartSpec<AirstrikesLayout>>();

/** `<airstrikes-chart>` for a mode and period: shared by the element and the static renderer. */
export function airstrikesSpecFor(options: AirstrikesOptions): ChartSpec<AirstrikesLayout> {
  const id = `${options.mode}|${options.period}`;
  const cached = specs.get(id);
  if (cached) return cached;
  const cumulative = options.mode === 'cumulative';
  const spec: ChartSpec<AirstrikesLayout> = {
    tag: 'airstrikes-chart',
    metric: 'airstrikes',
    layout: (data, context, strings) => layoutAirstrikes(data.observations, data.events, context, strings, options),
    heading: (strings, from, to) => {
      const text = airstrikesStrings(languageOfStrings(strings));
      return cumulative ? text.cumulativeHeading(from, to) : text.heading(from, to);
    },
    description: (strings) => {
      const text = airstrikesStrings(languageOfStrings(strings));
      return cumulative ? text.cumulativeDescription : text.description;
    },
    styles: airstrikesStyles,
    renderMarks: (layout) =>
      layout.mode === 'per-period'
        ? svg`<g part="series bars" class="bar-marks">
            ${layout.bars.map(
              (b) => svg`<rect class=${`bar ${b.series}${b.open ? ' open' : ''}${b.conflict ? ' conflict' : ''}`} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`,
            )}
          </g>`
        : svg`<g part="series lines">${layout.lines.map((l) => svg`<path class=${`line ${l.series}`} d=${l.d}></path>`)}</g>`,
  };
  specs.set(id, spec);
  return spec;
}

/** The default `<airstrikes-chart>`: running totals. */
export const airstrikesSpec = airstrikesSpecFor(AIRSTRIKES_DEFAULTS);
