import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { ChartSpec } from '../core/chart-spec.js';
import { strings, type Strings } from '../core/i18n.js';
import type { LocaleInfo } from '../core/locale.js';
import { textAnchor } from '../core/render/frame.js';
import { readTimelineData } from './mission-timeline.data.js';
import { layoutTimeline, type TimelineLayout } from './mission-timeline.layout.js';
import type { EventList } from './mission-timeline.list.js';
import { timelineStyles } from './mission-timeline.styles.js';

/** `<mission-timeline>`'s own options. */
export interface TimelineChartOptions {
  compact: boolean;
}

/** `<mission-timeline>`: shared by the element and the static renderer. */
export const missionTimelineSpec: ChartSpec<TimelineLayout, TimelineChartOptions, Strings> = {
  tag: 'mission-timeline',
  points: 'events',
  options: {
    compact: { flag: true, default: false, description: 'the short strip: one row of labels and a small height' },
  },
  defaults: { annotations: 'all' },
  // Events, not observations: an array of events, or `{ events, sources }`.
  read: (input, sources) => readTimelineData(input, sources),
  strings,
  heading: (text, years) => text.timelineHeading(years.from, years.to),
  description: (text) => text.timelineDescription,
  layout: (data, context, text, options) => layoutTimeline(data.events, context, text, { compact: options.compact }, data.sources),
  styles: timelineStyles,
  renderMarks: (layout, locale) => {
    if (layout.list) return renderList(layout.list, layout.size.width, locale);
    const start = textAnchor('left', locale.dir);
    const x0 = layout.frame.left;
    const x1 = layout.frame.width - layout.frame.right;
    const bottom = layout.frame.height - layout.frame.bottom;
    return svg`
      <g part="series periods">
        ${layout.bands.map((b) => svg`<rect class=${`band ${b.period}`} x=${b.x} y="0" width=${b.width} height=${bottom}></rect>`)}
        ${layout.bands.map((b) =>
          b.labelX === undefined ? nothing : svg`<text class="period-label" x=${b.labelX} y=${layout.bandLabelY} text-anchor=${start}>${b.label}</text>`,
        )}
      </g>
      <line class="track" x1=${x0} x2=${x1} y1=${layout.trackY} y2=${layout.trackY}></line>
      <g part="annotation event-labels">
        ${layout.labels.map((l) =>
          l.lane >= 0 ? svg`<line data-event-rule=${l.id} x1=${l.x} x2=${l.x} y1=${l.labelY + 3} y2=${layout.trackY}></line>` : nothing,
        )}
        ${layout.labels.map((l) =>
          l.lane >= 0 ? svg`<text data-event-label=${l.id} class=${l.key ? 'key' : ''} x=${l.labelX} y=${l.labelY} text-anchor=${start}>${l.label}</text>` : nothing,
        )}
      </g>
      <g class="key-halos">
        ${layout.points.map((p) => (p.event.key ? svg`<circle class=${`halo ${p.series}`} cx=${p.x} cy=${p.y} r="6.5"></circle>` : nothing))}
      </g>`;
  },
};

/**
 * The list of a narrow timeline: the periods as tinted sections with their names, the track,
 * and each event's lines (date, status, title, sources). The markers are the chart's points.
 */
function renderList(list: EventList, width: number, locale: LocaleInfo): SVGTemplateResult {
  const anchor = textAnchor(list.anchor, locale.dir);
  const headX = list.anchor === 'left' ? 8 : width - 8;
  return svg`
    <g part="periods">
      ${list.sections.map((s) => svg`<rect class=${`band ${s.period}`} x="0" y=${s.top} width=${width} height=${s.height}></rect>`)}
      ${list.sections.map((s) => svg`<text class="section-label" x=${headX} y=${s.labelY} text-anchor=${anchor}>${s.label}</text>`)}
    </g>
    ${list.entries.length > 1 ? svg`<line class="track" x1=${list.trackX} x2=${list.trackX} y1=${list.trackTop} y2=${list.trackBottom}></line>` : nothing}
    <g part="event-list">
      ${list.entries.map(
        (e) => svg`<g class=${`entry ${e.status}${e.key ? ' key' : ''}`}>
          ${e.lines.map((l) => svg`<text class=${l.role} x=${list.textX} y=${l.y} text-anchor=${anchor}>${l.text}</text>`)}
        </g>`,
      )}
    </g>
    <g class="key-halos">
      ${list.points.map((p) => (p.event.key ? svg`<circle class=${`halo ${p.series}`} cx=${p.x} cy=${p.y} r="6.5"></circle>` : nothing))}
    </g>`;
}
