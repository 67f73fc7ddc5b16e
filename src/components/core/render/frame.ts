import { nothing, svg, type SVGTemplateResult } from 'lit';
import { children, type ChildMark } from './children.js';
import { badgeWidth } from '../layout/annotations.js';
import { laneY, type ChartLayoutBase, type PhysicalAnchor } from '../layout/chart-layout.js';
import type { Strings } from '../i18n.js';
import type { LocaleInfo } from '../locale.js';

/** `text-anchor` for a physical anchor in a text of the given direction. */
export function textAnchor(anchor: PhysicalAnchor, dir: 'ltr' | 'rtl'): 'start' | 'middle' | 'end' {
  if (anchor === 'middle') return 'middle';
  return (anchor === 'left') === (dir === 'ltr') ? 'start' : 'end';
}

/**
 * The grid, both axes, the annotations and the today rule. The static renderer writes them from
 * plain templates; the live element (`live`) keeps the grid, the value labels and the time axis
 * by {@link children}, one directive each rather than a template per tick (the same elements,
 * attributes and texts, without three nodes of Lit's bookkeeping a tick), and leaves the
 * annotations' group out when no event is drawn.
 */
export function renderFrame(layout: ChartLayoutBase, locale: LocaleInfo, strings: Strings, live = false): SVGTemplateResult {
  const { frame, axisSide } = layout;
  const x0 = frame.left;
  const x1 = frame.width - frame.right;
  const bottom = frame.height - frame.bottom;
  const labelX = axisSide === 'left' ? x0 - 8 : x1 + 8;
  const yAnchor = textAnchor(axisSide === 'left' ? 'right' : 'left', locale.dir);
  return svg`
    ${live ? liveAxes(layout, locale, labelX, yAnchor) : svg`<g part="grid">
      ${layout.yTicks.map((t) => svg`<line x1=${x0} x2=${x1} y1=${t.position} y2=${t.position}></line>`)}
    </g>
    <g part="axis-y" text-anchor=${yAnchor}>
      ${layout.yTicks.map((t) => svg`<text x=${labelX} y=${t.position} dy="0.32em">${t.label}</text>`)}
    </g>
    <g part="axis-x" text-anchor="middle">
      <line x1=${x0} x2=${x1} y1=${bottom} y2=${bottom}></line>
      ${layout.xTicks.map(
        (t) => svg`<line x1=${t.position} x2=${t.position} y1=${bottom} y2=${bottom + 5}></line>
          <text x=${t.position} y=${bottom + 18} text-anchor=${t.anchor ? textAnchor(t.anchor, locale.dir) : nothing}>${t.label}</text>`,
      )}
    </g>`}
    ${layout.todayX === undefined
      ? nothing
      : svg`<g part="today">
          <line x1=${layout.todayX} x2=${layout.todayX} y1=${frame.top} y2=${bottom}></line>
          ${layout.todayLabelX === undefined
            ? svg`<text x=${layout.todayX} y=${frame.top - 3} text-anchor="middle">${strings.series.today}</text>`
            : svg`<text x=${layout.todayLabelX} y=${layout.todayLabelY ?? frame.top - 3} text-anchor=${textAnchor('left', locale.dir)}>${strings.series.today}</text>`}
        </g>`}
    ${live && layout.annotations.length === 0 ? nothing : svg`<g part="annotation">
      ${layout.annotations.map((a) => svg`<line data-event-rule=${a.id} x1=${a.x} x2=${a.x} y1=${laneY(a.lane) + (a.badge === undefined ? -10 : BADGE_RADIUS - 4)} y2=${bottom}></line>`)}
      ${layout.annotations.map((a) =>
        a.badge === undefined
          ? svg`<text data-event-label=${a.id} x=${a.labelX} y=${laneY(a.lane)} text-anchor=${textAnchor('left', locale.dir)}>${a.label}</text>`
          : renderBadge(a.id, a.x, laneY(a.lane) - 4, a.badge),
      )}
    </g>`}`;
}

/** The live grid, value labels and time axis: the same elements as the static frame's, each group kept by {@link children}. */
function liveAxes(layout: ChartLayoutBase, locale: LocaleInfo, labelX: number, yAnchor: string): SVGTemplateResult {
  const { frame } = layout;
  const x0 = frame.left;
  const x1 = frame.width - frame.right;
  const bottom = frame.height - frame.bottom;
  const grid: ChildMark[] = layout.yTicks.map((t) => ({ tag: 'line', attributes: { x1: x0, x2: x1, y1: t.position, y2: t.position } }));
  const labels: ChildMark[] = layout.yTicks.map((t) => ({ tag: 'text', attributes: { dy: '0.32em', x: labelX, y: t.position }, text: t.label }));
  const axis: ChildMark[] = [{ tag: 'line', attributes: { x1: x0, x2: x1, y1: bottom, y2: bottom } }];
  for (const t of layout.xTicks) {
    axis.push(
      { tag: 'line', attributes: { x1: t.position, x2: t.position, y1: bottom, y2: bottom + 5 } },
      { tag: 'text', attributes: { x: t.position, y: bottom + 18, 'text-anchor': t.anchor ? textAnchor(t.anchor, locale.dir) : undefined }, text: t.label },
    );
  }
  return svg`<g part="grid" ${children(grid)}></g><g part="axis-y" text-anchor=${yAnchor} ${children(labels)}></g><g part="axis-x" text-anchor="middle" ${children(axis)}></g>`;
}

/** Half the height of an event's numbered badge. */
const BADGE_RADIUS = 7;

/** A numbered badge: a filled pill with the event's number, at the top of its rule. */
export function renderBadge(id: string, x: number, y: number, number: string): SVGTemplateResult {
  const width = badgeWidth(number);
  return svg`<g class="event-badge" data-event-key=${id}>
    <rect x=${x - width / 2} y=${y - BADGE_RADIUS} width=${width} height=${2 * BADGE_RADIUS} rx=${BADGE_RADIUS}></rect>
    <text x=${x} y=${y} dy="0.35em" text-anchor="middle">${number}</text>
  </g>`;
}
