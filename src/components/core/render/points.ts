import { noChange, nothing, svg, type SVGTemplateResult } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { ChartLayoutBase, ChartPoint, LegendItem } from '../layout/chart-layout.js';

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

/** Closer than this in CSS pixels, a line's dots are one blur: the line alone shows them. */
export const DOT_SPACING = 4;

/** The legend marks of a series drawn as a line, whose points are the line's vertices. */
const LINE_MARKS: ReadonlySet<LegendItem['mark']> = new Set(['line', 'dashed', 'dotted']);

const dotted = new WeakMap<readonly ChartPoint[], readonly ChartPoint[]>();

/**
 * The points that get a dot of their own in the live element. A point of a series drawn as a line
 * (its legend entry a line, dashed or dotted) is a vertex of that line; where most of the series'
 * points are closer to the next than {@link DOT_SPACING} pixels, no reader can tell its dots apart,
 * and a thousand of them are a thousand DOM nodes. The line then stands alone and only the active
 * point is marked (the moving marker): pointer, touch and keyboard still reach every point. Every
 * other point (a bound, an estimate, a plan behind, a misprint, an event) keeps its mark. Memoized
 * by the points array, which is the layout's own, so a tooltip or keystroke computes nothing.
 */
export function dottedPoints(layout: Pick<ChartLayoutBase, 'points' | 'legend'>): readonly ChartPoint[] {
  const known = dotted.get(layout.points);
  if (known) return known;
  const lines = new Set(layout.legend.filter((item) => LINE_MARKS.has(item.mark)).map((item) => item.key));
  // Per line: its last x, and how many of its gaps are close and how many there are. More than
  // half close is a median below the spacing, counted without sorting or copying.
  const runs = new Map<string, { x: number; close: number; gaps: number }>();
  for (const p of layout.points) {
    if (!lines.has(p.series)) continue;
    const run = runs.get(p.series);
    if (!run) runs.set(p.series, { x: p.x, close: 0, gaps: 0 });
    else {
      if (Math.abs(p.x - run.x) < DOT_SPACING) run.close++;
      run.gaps++;
      run.x = p.x;
    }
  }
  const dense = new Set([...runs].filter(([, run]) => run.close * 2 > run.gaps).map(([series]) => series));
  const kept = dense.size === 0 ? layout.points : layout.points.filter((p) => !dense.has(p.series));
  dotted.set(layout.points, kept);
  return kept;
}

/**
 * {@link renderPoints} for the live element: the dots of {@link dottedPoints}, kept by
 * {@link PointCircles} rather than a template each, and the moving marker, the active point's own
 * dot when it has none in the group.
 */
export function renderLivePoints(layout: ChartLayoutBase, active: ChartPoint | undefined, linkedX: number | undefined): SVGTemplateResult {
  const bottom = layout.frame.height - layout.frame.bottom;
  const dots = dottedPoints(layout);
  const moving = active && dots !== layout.points && !dots.includes(active);
  return svg`${linkedX === undefined ? nothing : svg`<line part="crosshair" x1=${linkedX} x2=${linkedX} y1=${layout.frame.top} y2=${bottom}></line>`}<g part="points" ${pointCircles(dots)}></g>${
    active
      ? svg`${moving ? svg`<circle part="active-point" class=${`point ${active.series}`} cx=${active.x} cy=${active.y} r="3.5"></circle>` : nothing}<circle part="focus-ring" cx=${active.x} cy=${active.y} r="7"></circle>`
      : nothing
  }`;
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
