import { nothing, svg, type SVGTemplateResult } from 'lit';
import { readObservations, type ChartSpec } from '../core/chart-spec.js';
import { strings, type Strings } from '../core/i18n.js';
import { isTroopLevel, layoutTroopLevels, type DecadePanel, type PanelLines, type TroopLevelsLayout } from './troop-levels-chart.layout.js';
import { flat } from '../core/render/flat.js';
import { renderFrame, textAnchor } from '../core/render/frame.js';
import type { LocaleInfo } from '../core/locale.js';
import { troopLevelsStyles } from './troop-levels-chart.styles.js';

/** `<troop-levels-chart>`: shared by the element and the static renderer. */
export const troopLevelsSpec: ChartSpec<TroopLevelsLayout, Record<never, never>, Strings> = {
  tag: 'troop-levels-chart',
  points: 'observations',
  options: {},
  defaults: {},
  draws: isTroopLevel,
  read: readObservations('us-troops'),
  strings,
  heading: (text, years) => text.troopsHeading(years.from, years.to),
  description: (text) => text.troopsDescription,
  layout: (data, context, text) => layoutTroopLevels(data.observations, data.events, context, text),
  styles: troopLevelsStyles,
  renderMarks: (layout, locale) => svg`
    ${troopLines(layout)}
    ${layout.decade ? renderDecade(layout, layout.decade, locale) : nothing}`,
};

/** A panel's lines: ranges, caps, the reported count and the plans ahead. */
function troopLines(lines: PanelLines): SVGTemplateResult {
  return svg`
    <g part="series range">
      ${lines.bands.map((b) => svg`<rect class="range" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`)}
      ${lines.whiskers.map((w) => svg`<line class="range" x1=${w.x} x2=${w.x} y1=${w.y1} y2=${w.y2}></line>`)}
    </g>
    <g part="series authorized">${lines.authorized.map((d) => svg`<path class="authorized" d=${flat(d)}></path>`)}</g>
    <g part="series reported">${lines.reported.map((d) => svg`<path class="reported" d=${flat(d)}></path>`)}</g>
    <g part="series planned">${lines.projection.map((d) => svg`<path class="planned" d=${flat(d)}></path>`)}</g>`;
}

/** The decade panel: its box in the upper panel, its title, its own frame and lines. */
function renderDecade(layout: TroopLevelsLayout, decade: DecadePanel, locale: LocaleInfo): SVGTemplateResult {
  const { annotations: _annotations, todayX: _todayX, todayLabelX: _todayLabelX, ...rest } = layout;
  const frame = { ...rest, annotations: [], frame: decade.frame, xTicks: decade.xTicks, yTicks: decade.yTicks };
  const { context, title } = decade;
  return svg`<g part="decade">
    <rect class="decade-context" x=${context.x} y=${context.y} width=${context.width} height=${context.height}></rect>
    <text class="decade-title" x=${title.x} y=${title.y} text-anchor=${textAnchor(layout.axisSide, locale.dir)}>${title.text}</text>
    ${renderFrame(frame, locale, strings(locale.language))}
    ${troopLines(decade)}
  </g>`;
}
