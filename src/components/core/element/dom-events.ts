import type { DataIssue } from '../../../data/issues.js';
import type { MissionEvent, Observation, Source } from '../../../data/types.js';

/**
 * The detail of `imc-point-focus` and `imc-point-select`: a point stands for an observation
 * (every chart of figures) or for an event (`<mission-timeline>`); test `detail.event` to tell.
 */
export type PointEventDetail = ObservationPointDetail | EventPointDetail;

/** What the detail of a point event has, whatever the point stands for. */
interface PointDetailBase {
  /** Its sources, resolved from the registry. */
  sources: Source[];
  /** The point's place in keyboard order. */
  index: number;
}

/** The detail for a point that stands for an observation. */
export interface ObservationPointDetail extends PointDetailBase {
  /** The observation behind the point. */
  observation: Observation;
  event?: undefined;
}

/** The detail for a point that stands for an event, on `<mission-timeline>`. */
export interface EventPointDetail extends PointDetailBase {
  /** The event behind the point. */
  event: MissionEvent;
  observation?: undefined;
}

/** The detail of `imc-data-issues`. */
export interface DataIssuesEventDetail {
  /** Every problem found, in data rows, in the `src` request, or in attributes. */
  issues: DataIssue[];
}

/** A point is focused by keyboard, pointer or touch (or left: then `detail` is `null`). */
export type PointFocusEvent = CustomEvent<PointEventDetail | null>;
/** A point is chosen with a click, a tap, Enter or Space. */
export type PointSelectEvent = CustomEvent<PointEventDetail>;
/** Data or attributes had problems; the chart shows what it could. */
export type DataIssuesEvent = CustomEvent<DataIssuesEventDetail>;

/** The library's events by name; they bubble and are composed, so they reach `document` too. */
export interface ImcEventMap {
  'imc-point-focus': PointFocusEvent;
  'imc-point-select': PointSelectEvent;
  'imc-data-issues': DataIssuesEvent;
}

declare global {
  interface HTMLElementEventMap extends ImcEventMap {}
  interface DocumentEventMap extends ImcEventMap {}
}

/** The event charts in one `link-group` use to highlight the same date. */
export const LINK_EVENT = 'imc-link-group';

/** The detail of the link-group event: the date to highlight, or `null` to clear it. */
export interface LinkDetail {
  group: string;
  time: number | null;
  origin: EventTarget;
}

/** The name of one of the library's events. */
export type ChartEventName = keyof ImcEventMap;

/** The detail of one of the library's events. */
export type ChartEventDetail<K extends ChartEventName> = ImcEventMap[K] extends CustomEvent<infer D> ? D : never;

/** One of the library's events; they bubble out of shadow roots, so a page can listen on any ancestor. */
export function chartEvent<K extends ChartEventName>(type: K, detail: ChartEventDetail<K>): CustomEvent<ChartEventDetail<K>> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
