import { svg } from 'lit';
import { readObservations, type ChartSpec } from '../core/chart-spec.js';
import { strings, type Strings } from '../core/i18n.js';
import { layoutTroopLevels, type TroopLevelsLayout } from './troop-levels-chart.layout.js';
import { troopLevelsStyles } from './troop-levels-chart.styles.js';

/** `<troop-levels-chart>`: shared by the element and the static renderer. */
export const troopLevelsSpec: ChartSpec<TroopLevelsLayout, Record<never, never>, Strings> = {
  tag: 'troop-levels-chart',
  points: 'observations',
  options: {},
  defaults: {},
  read: readObservations('us-troops'),
  strings,
  heading: (text, years) => text.troopsHeading(years.from, years.to),
  description: (text) => text.troopsDescription,
  layout: (data, context, text) => layoutTroopLevels(data.observations, data.events, context, text),
  styles: troopLevelsStyles,
  renderMarks: (layout) => svg`
    <g part="series range">
      ${layout.bands.map((b) => svg`<rect class="range" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`)}
      ${layout.whiskers.map((w) => svg`<line class="range" x1=${w.x} x2=${w.x} y1=${w.y1} y2=${w.y2}></line>`)}
    </g>
    <g part="series authorized">${layout.authorized.map((d) => svg`<path class="authorized" d=${d}></path>`)}</g>
    <g part="series reported">${layout.reported.map((d) => svg`<path class="reported" d=${d}></path>`)}</g>
    <g part="series planned">${layout.projection.map((d) => svg`<path class="planned" d=${d}></path>`)}</g>`,
};
