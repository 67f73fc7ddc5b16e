import { nothing, svg } from 'lit';
import type { ChartSpec } from '../core/chart-spec.js';
import { textAnchor } from '../core/render/chart-parts.js';
import { layoutTimeline, type TimelineLayout } from './mission-timeline.layout.js';
import { timelineStyles } from './mission-timeline.styles.js';

const specs = new Map<boolean, ChartSpec<TimelineLayout>>();

/** `<mission-timeline>`, full or compact: shared by the element and the static renderer. */
export function timelineSpecFor(compact: boolean): ChartSpec<TimelineLayout> {
  const cached = specs.get(compact);
  if (cached) return cached;
  const spec: ChartSpec<TimelineLayout> = {
    tag: 'mission-timeline',
    // The timeline draws events, not a series; a metric is only needed for `validate`, which
    // the element does not use (it reads events with readTimelineData).
    metric: 'us-troops',
    layout: (data, context, strings) => layoutTimeline(data.events, context, strings, { compact }),
    heading: (strings, from, to) => strings.timelineHeading(from, to),
    description: (strings) => strings.timelineDescription,
    styles: timelineStyles,
    renderMarks: (layout, locale) => {
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
          ${layout.labels.map((l) => (l.lane >= 0 ? svg`<line x1=${l.x} x2=${l.x} y1=${l.labelY + 3} y2=${layout.trackY}></line>` : nothing))}
          ${layout.labels.map((l) =>
            l.lane >= 0 ? svg`<text class=${l.key ? 'key' : ''} x=${l.labelX} y=${l.labelY} text-anchor=${start}>${l.label}</text>` : nothing,
          )}
        </g>
        <g class="key-halos">
          ${layout.points.map((p) => (p.event.key ? svg`<circle class=${`halo ${p.series}`} cx=${p.x} cy=${p.y} r="6.5"></circle>` : nothing))}
        </g>`;
    },
  };
  specs.set(compact, spec);
  return spec;
}

/** The default `<mission-timeline>`. */
export const missionTimelineSpec = timelineSpecFor(false);
