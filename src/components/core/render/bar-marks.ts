import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { BarRect, DisputeMark } from '../layout/bars.js';

/** A bar chart's bars, each classed by its series, lighter when open (a bound, an estimate). */
export function renderBars(bars: readonly BarRect[]): SVGTemplateResult[] {
  return bars.map((b) => svg`<rect class=${`bar ${b.series}${b.open ? ' open' : ''}`} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`);
}

/**
 * Where sources disagree on a bar: an asterisk over it, which the legend keys, and a tick
 * across it at each other source's figure that lies visibly apart.
 */
export function renderDisputes(disputes: readonly DisputeMark[]): SVGTemplateResult | typeof nothing {
  if (disputes.length === 0) return nothing;
  return svg`<g class="disputes">
    ${disputes.map(
      (d) => svg`${d.ticks.map((t) => svg`<line class="dispute" x1=${d.x1} x2=${d.x2} y1=${t.y} y2=${t.y}></line>`)}
        <text class="dispute" x=${d.center} y=${d.top + 6} text-anchor="middle">*</text>`,
    )}
  </g>`;
}
