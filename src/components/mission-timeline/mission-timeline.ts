import { property } from 'lit/decorators.js';
import { ImcChart } from '../core/element/base-chart.js';
import { defineElement } from '../core/element/define.js';
import type { TimelineLayout } from './mission-timeline.layout.js';
import { missionTimelineSpec } from './mission-timeline.spec.js';

/**
 * The turning points of the US mission in Iraq along time: the periods of the mission
 * (invasion and occupation, withdrawal, the war against ISIS, transition) as shaded bands, and
 * every dated event as a marker on one track, labelled where there is room. Every event is a
 * reachable point: the arrow keys walk them in time order (mirrored when time runs right to
 * left), and the tooltip, the announcement, the data table and the CSV give its date at its
 * precision, its period and its sources. Below 480 px of its own width (a phone, or a narrow
 * column on a wide screen) the timeline is a vertical list the reader scrolls: each event with
 * its date, its status when planned or cancelled, its title and its sources, under the name of
 * its period. `compact` makes the short strip the dashboard shows above its charts (a strip at
 * every width).
 *
 * Unlike the other charts, `annotations` defaults to `all` (`key`: only the key events; `none`:
 * the periods alone), and `.data` takes events — an array, or `{ events, sources }` — rather
 * than observations; `imc-point-focus` and `imc-point-select` carry `{ event, sources, index }`.
 *
 * @tag mission-timeline
 * @summary The mission's periods and turning points, 2003–2026, each event sourced.
 *
 * @cssprop --imc-mission-timeline-invasion-color - Invasion and occupation. Default: `--imc-color-series-2`.
 * @cssprop --imc-mission-timeline-withdrawal-color - Withdrawal. Default: `--imc-color-series-1`.
 * @cssprop --imc-mission-timeline-isis-color - War against ISIS. Default: `--imc-color-series-3`.
 * @cssprop --imc-mission-timeline-transition-color - Transition. Default: `--imc-color-series-4`.
 * @cssprop --imc-mission-timeline-band-opacity - Opacity of the period bands. Default: 0.12.
 *
 * @csspart periods - The period bands and their names; also has the part `series` (not in the list).
 * @csspart event-labels - The event labels and their leaders; also has the part `annotation`.
 * @csspart event-list - Below 480 px: the list's entries (texts of class `date`, `status`, `title`, `source`).
 */
export class MissionTimeline extends ImcChart<TimelineLayout> {
  static override styles = [...ImcChart.styles, missionTimelineSpec.styles];

  protected readonly spec = missionTimelineSpec;

  /** The short strip: one row of labels (none on a phone) and a small height. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Which events to show: `all` (the default), `key`, or `none` (the periods alone). */
  override annotations = 'all';
}

defineElement('mission-timeline', MissionTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'mission-timeline': MissionTimeline;
  }
}
