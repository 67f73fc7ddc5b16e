import { nothing, svg, type SVGTemplateResult } from 'lit';
import { children, type ChildMark } from './children.js';
import { svg as compactSvg } from './compact.js';
import { badgeWidth } from '../layout/annotations.js';
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
          <text x=${t.position} y=${bottom + 18} text-anchor=${t.anchor ? textAnchor(t.anchor, locale.dir) : nothing}>${t.label}</text>`,
      )}
    </g>
    ${layout.todayX === undefined
      ? nothing
      : svg`<g part="today">
          <line x1=${layout.todayX} x2=${layout.todayX} y1=${frame.top} y2=${bottom}></line>
          ${layout.todayLabelX === undefined
            ? svg`<text x=${layout.todayX} y=${frame.top - 3} text-anchor="middle">${strings.series.today}</text>`
            : svg`<text x=${layout.todayLabelX} y=${layout.todayLabelY ?? frame.top - 3} text-anchor=${textAnchor('left', locale.dir)}>${strings.series.today}</text>`}
        </g>`}
    <g part="annotation">
      ${layout.annotations.map((a) => svg`<line data-event-rule=${a.id} x1=${a.x} x2=${a.x} y1=${laneY(a.lane) + (a.badge === undefined ? -10 : BADGE_RADIUS - 4)} y2=${bottom}></line>`)}
      ${layout.annotations.map((a) =>
        a.badge === undefined
          ? svg`<text data-event-label=${a.id} x=${a.labelX} y=${laneY(a.lane)} text-anchor=${textAnchor('left', locale.dir)}>${a.label}</text>`
          : renderBadge(a.id, a.x, laneY(a.lane) - 4, a.badge),
      )}
    </g>`;
}

/**
 * {@link renderFrame} for the live element: the same elements, attributes and texts, but the
 * grid, the value labels and the time axis are each kept by {@link children} rather than a
 * template per tick, and the annotations' group is left out when no event is drawn. The static
 * renderer writes markup from plain templates and keeps {@link renderFrame}.
 */
export function renderLiveFrame(layout: ChartLayoutBase, locale: LocaleInfo, strings: Strings): SVGTemplateResult {
  const { frame, axisSide } = layout;
  const x0 = frame.left;
  const x1 = frame.width - frame.right;
  const bottom = frame.height - frame.bottom;
  const labelX = axisSide === 'left' ? x0 - 8 : x1 + 8;
  const yAnchor = textAnchor(axisSide === 'left' ? 'right' : 'left', locale.dir);
  const grid: ChildMark[] = layout.yTicks.map((t) => ({ tag: 'line', attributes: { x1: x0, x2: x1, y1: t.position, y2: t.position } }));
  const labels: ChildMark[] = layout.yTicks.map((t) => ({ tag: 'text', attributes: { dy: '0.32em', x: labelX, y: t.position }, text: t.label }));
  const axis: ChildMark[] = [{ tag: 'line', attributes: { x1: x0, x2: x1, y1: bottom, y2: bottom } }];
  for (const t of layout.xTicks) {
    axis.push(
      { tag: 'line', attributes: { x1: t.position, x2: t.position, y1: bottom, y2: bottom + 5 } },
      { tag: 'text', attributes: { x: t.position, y: bottom + 18, 'text-anchor': t.anchor ? textAnchor(t.anchor, locale.dir) : undefined }, text: t.label },
    );
  }
  const today =
    layout.todayX === undefined
      ? nothing
      : compactSvg`<g part="today">
          <line x1=${layout.todayX} x2=${layout.todayX} y1=${frame.top} y2=${bottom}></line>
          ${layout.todayLabelX === undefined
            ? compactSvg`<text x=${layout.todayX} y=${frame.top - 3} text-anchor="middle">${strings.series.today}</text>`
            : compactSvg`<text x=${layout.todayLabelX} y=${layout.todayLabelY ?? frame.top - 3} text-anchor=${textAnchor('left', locale.dir)}>${strings.series.today}</text>`}
        </g>`;
  return compactSvg`<g part="grid" ${children(grid)}></g><g part="axis-y" text-anchor=${yAnchor} ${children(labels)}></g><g part="axis-x" text-anchor="middle" ${children(axis)}></g>${today}${
    layout.annotations.length === 0 ? nothing : renderAnnotations(layout, locale, bottom)
  }`;
}

/** The event rules, then their labels or badges. */
function renderAnnotations(layout: ChartLayoutBase, locale: LocaleInfo, bottom: number): SVGTemplateResult {
  return compactSvg`<g part="annotation">
    ${layout.annotations.map((a) => compactSvg`<line data-event-rule=${a.id} x1=${a.x} x2=${a.x} y1=${laneY(a.lane) + (a.badge === undefined ? -10 : BADGE_RADIUS - 4)} y2=${bottom}></line>`)}
    ${layout.annotations.map((a) =>
      a.badge === undefined
        ? compactSvg`<text data-event-label=${a.id} x=${a.labelX} y=${laneY(a.lane)} text-anchor=${textAnchor('left', locale.dir)}>${a.label}</text>`
        : renderBadge(a.id, a.x, laneY(a.lane) - 4, a.badge),
    )}
  </g>`;
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
