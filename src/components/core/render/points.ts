import { noChange, nothing, svg, type SVGTemplateResult } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { ChartLayoutBase, ChartPoint } from '../layout/chart-layout.js';

/** A point's radius: the reported line's dots are small, every other mark stands out. */
const radius = (p: ChartPoint) => (p.series === 'reported' ? 2 : 3.5);

/**
 * Keeps a `<g>`'s circles in step with the points, one circle a point, changing only the
 * attributes that differ. A chart of a thousand points redraws on every resize; a template per
 * circle costs Lit far more than setting two attributes does.
 */
class PointCircles extends Directive {
  private drawn?: readonly ChartPoint[];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('pointCircles() goes on the element that holds the circles');
  }

  render(_points: readonly ChartPoint[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [points]: [readonly ChartPoint[]]): typeof noChange {
    if (points === this.drawn) return noChange;
    this.drawn = points;
    const group = part.element;
    const circles = group.children;
    const added = document.createDocumentFragment();
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      let circle = circles[i];
      if (!circle) {
        circle = document.createElementNS(SVG_NS, 'circle');
        added.append(circle);
      }
      setAttribute(circle, 'class', `point ${p.series}`);
      setAttribute(circle, 'cx', String(p.x));
      setAttribute(circle, 'cy', String(p.y));
      setAttribute(circle, 'r', String(radius(p)));
    }
    group.append(added);
    while (circles.length > points.length) circles[circles.length - 1]!.remove();
    return noChange;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

const pointCircles = directive(PointCircles);

/**
 * {@link renderPoints} for the live element: the same circles, kept by {@link PointCircles}
 * rather than a template each.
 */
export function renderLivePoints(layout: ChartLayoutBase, active: ChartPoint | undefined, linkedX: number | undefined): SVGTemplateResult {
  const bottom = layout.frame.height - layout.frame.bottom;
  return svg`
    ${linkedX === undefined ? nothing : svg`<line part="crosshair" x1=${linkedX} x2=${linkedX} y1=${layout.frame.top} y2=${bottom}></line>`}
    <g part="points" ${pointCircles(layout.points)}></g>
    ${active ? svg`<circle part="focus-ring" cx=${active.x} cy=${active.y} r="7"></circle>` : nothing}`;
}

/** Every reachable point, the ring around the active one, and the linked-date rule. */
export function renderPoints(
  layout: ChartLayoutBase,
  active: ChartPoint | undefined,
  linkedX: number | undefined,
): SVGTemplateResult {
  const bottom = layout.frame.height - layout.frame.bottom;
  return svg`
    ${linkedX === undefined ? nothing : svg`<line part="crosshair" x1=${linkedX} x2=${linkedX} y1=${layout.frame.top} y2=${bottom}></line>`}
    <g part="points">
      ${layout.points.map((p) => svg`<circle class=${`point ${p.series}`} cx=${p.x} cy=${p.y} r=${radius(p)}></circle>`)}
    </g>
    ${active ? svg`<circle part="focus-ring" cx=${active.x} cy=${active.y} r="7"></circle>` : nothing}`;
}
