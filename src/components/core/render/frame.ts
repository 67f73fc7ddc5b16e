import { nothing, svg, type SVGTemplateResult } from 'lit';
import { laneY, type ChartLayoutBase, type PhysicalAnchor } from '../layout/chart-layout.js';
import type { Strings } from '../i18n.js';
import type { LocaleInfo } from '../locale.js';

/** `text-anchor` for a physical anchor in a text of the given direction. */
export function textAnchor(anchor: PhysicalAnchor, dir: 'ltr' | 'rtl'): 'start' | 'middle' | 'end' {
  if (anchor === 'middle') return 'middle';
  return (anchor === 'left') === (dir === 'ltr') ? 'start' : 'end';
}

/** The grid, both axes, the annotations and the today rule. */
export function renderFrame(layout: ChartLayoutBase, locale: LocaleInfo, strings: Strings): SVGTemplateResult {
  const { frame, axisSide } = layout;
  const x0 = frame.left;
  const x1 = frame.width - frame.right;
  const bottom = frame.height - frame.bottom;
  const labelX = axisSide === 'left' ? x0 - 8 : x1 + 8;
  const yAnchor = textAnchor(axisSide === 'left' ? 'right' : 'left', locale.dir);
  return svg`
    <g part="grid">
      ${layout.yTicks.map((t) => svg`<line x1=${x0} x2=${x1} y1=${t.position} y2=${t.position}></line>`)}
    </g>
    <g part="axis-y" text-anchor=${yAnchor}>
      ${layout.yTicks.map((t) => svg`<text x=${labelX} y=${t.position} dy="0.32em">${t.label}</text>`)}
    </g>
    <g part="axis-x" text-anchor="middle">
      <line x1=${x0} x2=${x1} y1=${bottom} y2=${bottom}></line>
      ${layout.xTicks.map(
        (t) => svg`<line x1=${t.position} x2=${t.position} y1=${bottom} y2=${bottom + 5}></line>
          <text x=${t.position} y=${bottom + 18}>${t.label}</text>`,
      )}
    </g>
    ${layout.todayX === undefined
      ? nothing
      : svg`<g part="today">
          <line x1=${layout.todayX} x2=${layout.todayX} y1=${frame.top} y2=${bottom}></line>
          <text x=${layout.todayX} y=${frame.top - 3} text-anchor="middle">${strings.series.today}</text>
        </g>`}
    <g part="annotation">
      ${layout.annotations.map((a) => svg`<line x1=${a.x} x2=${a.x} y1=${a.lane >= 0 ? laneY(a.lane) - 10 : frame.top} y2=${bottom}></line>`)}
      ${layout.annotations.map((a) =>
        a.lane >= 0 ? svg`<text x=${a.labelX} y=${laneY(a.lane)} text-anchor=${textAnchor('left', locale.dir)}>${a.label}</text>` : nothing,
      )}
    </g>`;
}
