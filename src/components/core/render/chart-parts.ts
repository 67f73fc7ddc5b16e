import { html, noChange, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { DataIssue } from '../../../data/issues.js';
import { safeUrl } from '../../../data/validate.js';
import type { MissionEvent, Observation, Source } from '../../../data/types.js';
import { laneY, type ChartLayoutBase, type ChartPoint, type LegendItem, type PhysicalAnchor } from '../layout/chart-layout.js';
import type { Strings } from '../i18n.js';
import type { LocaleInfo } from '../locale.js';
import { eventLabel, formatValue, formatWhen } from '../chart-text.js';

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

/** The legend as a list; each entry's swatch is drawn as the series is. */
export function renderLegend(items: readonly LegendItem[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<ul part="legend">
    ${items.map(
      (item) => html`<li>
        <svg width="24" height="12" aria-hidden="true" class=${`swatch ${item.key}`}>
          ${item.mark === 'band'
            ? svg`<rect x="1" y="1" width="22" height="10"></rect>`
            : item.mark === 'point' || item.mark === 'hollow'
              ? svg`<circle cx="12" cy="6" r="4"></circle>`
              : svg`<line x1="1" x2="23" y1="6" y2="6"></line>`}
        </svg>
        <span>${item.label}</span>
      </li>`,
    )}
  </ul>`;
}

/**
 * Source names that link where the registry has an http(s) URL; anything else stays text.
 * Each name is isolated with `<bdi>`, so a Latin title in an Arabic line keeps its own order.
 */
export function renderSourceLinks(sources: readonly Source[], focusable = true): TemplateResult[] {
  return sources.map((source, i) => {
    const url = safeUrl(source.url);
    const label = source.publisher.en || source.title;
    const sep = i > 0 ? '; ' : '';
    return url
      ? html`${sep}<a part="source-link" href=${url} title=${source.title} target="_blank" rel="noopener noreferrer" tabindex=${focusable ? nothing : -1}><bdi>${label}</bdi></a>`
      : html`${sep}<bdi title=${source.document ?? source.title}>${label}</bdi>`;
  });
}

/** The notice: what went wrong, in the reader's language, at most five reasons listed. */
export function renderNotice(
  issues: readonly DataIssue[],
  headline: string | undefined,
  locale: LocaleInfo,
  strings: Strings,
): TemplateResult | typeof nothing {
  if (!headline && issues.length === 0) return nothing;
  const listed = issues.slice(0, 5);
  const rest = issues.length - listed.length;
  const where = (issue: DataIssue) =>
    issue.row >= 0 ? html`${strings.table.row} ${locale.formatNumber(issue.row + 1)}${strings.comma} <bdi>${issue.field}</bdi>: ` : '';
  return html`<div part="notice" role="status">
    ${headline ?? strings.problems}
    ${listed.length
      ? html`<ul>
          ${listed.map((issue) => html`<li>${where(issue)}${issue.message[locale.language]}</li>`)}
          ${rest > 0 ? html`<li>${strings.more(locale.formatNumber(rest))}</li>` : nothing}
        </ul>`
      : nothing}
  </div>`;
}

/**
 * The data table: every point with its sources, then the events shown. For a chart whose points
 * are events (`of="events"`, a timeline), the events with their period and sources are the table.
 */
export function renderTable(
  points: readonly ChartPoint[],
  events: readonly MissionEvent[],
  sourcesOf: (o: Pick<Observation | MissionEvent, 'sourceIds'>) => Source[],
  caption: string,
  locale: LocaleInfo,
  strings: Strings,
  open: boolean,
  of: 'observations' | 'events' = 'observations',
  limit?: { rows: number; showAll: () => void },
): TemplateResult {
  const t = strings.table;
  if (of === 'events') {
    return html`<div part="table" id="table" class=${open ? '' : 'visually-hidden'}>
      <table>
        <caption>${caption}</caption>
        <thead>
          <tr><th scope="col">${t.date}</th><th scope="col">${t.event}</th><th scope="col">${strings.period}</th><th scope="col">${t.sources}</th></tr>
        </thead>
        <tbody>
          ${points.map(({ event: e }) =>
            e
              ? html`<tr>
                  <th scope="row">${formatWhen(e, locale)}</th>
                  <td>${eventLabel(e, locale)}</td>
                  <td>${strings.periods[e.period]}</td>
                  <td>${renderSourceLinks(sourcesOf(e), open)}</td>
                </tr>`
              : nothing,
          )}
        </tbody>
      </table>
    </div>`;
  }
  return html`<div part="table" id="table" class=${open ? '' : 'visually-hidden'}>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr><th scope="col">${t.date}</th><th scope="col">${t.value}</th><th scope="col">${t.kind}</th><th scope="col">${t.sources}</th><th scope="col">${t.note}</th></tr>
      </thead>
      <tbody>
        ${(limit && points.length > limit.rows ? points.slice(0, limit.rows) : points).map(({ observation: o }) =>
          o
            ? html`<tr>
                <th scope="row">${formatWhen(o, locale)}</th>
                <td class="number">${formatValue(o, locale, strings)}</td>
                <td>${strings.kind[o.kind]}</td>
                <td>${renderSourceLinks(sourcesOf(o), open)}</td>
                <td>${o.note?.[locale.language] ?? ''}${o.conflictsWith?.length ? ` ${strings.conflict}.` : ''}</td>
              </tr>`
            : nothing,
        )}
      </tbody>
    </table>
    ${limit && points.length > limit.rows
      ? html`<p class="table-limit">
          ${strings.tableLimited(locale.formatNumber(limit.rows), locale.formatNumber(points.length))}
          ${open ? html`<button type="button" @click=${limit.showAll}>${strings.showAllRows(locale.formatNumber(points.length))}</button>` : nothing}
        </p>`
      : nothing}
    ${events.length
      ? html`<table>
          <caption>${t.events}</caption>
          <thead><tr><th scope="col">${t.date}</th><th scope="col">${t.event}</th></tr></thead>
          <tbody>
            ${events.map((e) => html`<tr><th scope="row">${formatWhen(e, locale)}</th><td>${eventLabel(e, locale)}</td></tr>`)}
          </tbody>
        </table>`
      : nothing}
  </div>`;
}
