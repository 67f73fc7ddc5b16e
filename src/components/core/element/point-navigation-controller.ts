import { bisector } from 'd3-array';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Source } from '../../../data/types.js';
import { pointRecord, sourcesOf } from '../chart-text.js';
import type { ChartPoint } from '../layout/chart-layout.js';
import { LINK_EVENT, chartEvent, type ChartEventDetail, type LinkDetail, type PointEventDetail } from './dom-events.js';

/** A chart whose points a {@link PointNavigationController} walks. */
export interface NavigationHost extends ReactiveControllerHost, HTMLElement {
  linkGroup?: string;
}

/** What the controller needs to know of the drawing, set by the host in `willUpdate`. */
export interface NavigationView {
  /** The reachable points, in keyboard (time) order. */
  points: readonly ChartPoint[];
  /** Whether time runs right to left, which mirrors the arrow keys. */
  rtl: boolean;
  sources: readonly Source[];
  /** A point in one sentence, for the live region. */
  describe(point: ChartPoint): string;
}

/**
 * The keyboard, pointer and touch model of a chart's points, and its link group. Left and right
 * arrows move to the visually next point (so in right-to-left time the left arrow moves
 * forward), Home and End jump to the ends, Enter and Space select, Escape closes the tooltip and
 * lets Escape through when it is already closed. Each point reached by keyboard is announced;
 * the date focused is sent to every chart of the same `link-group` (the document-level
 * {@link LINK_EVENT}), and a date focused in one of them is kept as {@link linkedTime}.
 * `imc-point-focus` and `imc-point-select` are dispatched after the update that shows them.
 */
export class PointNavigationController implements ReactiveController {
  /** The active point's index, or -1. */
  active = -1;
  /** Whether the active point's tooltip is shown. */
  tooltipShown = false;
  /** What the live region says. */
  announcement = '';
  /** The time focused in another chart of the link group. */
  linkedTime?: number;
  view?: NavigationView;

  private queued: (() => void)[] = [];

  /** `svg`: the drawing the pointer is over. */
  constructor(
    private readonly host: NavigationHost,
    private readonly svg: () => Element | null,
  ) {
    host.addController(this);
  }

  /** The active point, while its tooltip is shown. */
  get value(): ChartPoint | undefined {
    return this.tooltipShown ? this.view?.points[this.active] : undefined;
  }

  /** The point nearest the date focused in a linked chart (the earlier of two as near). */
  get linkedPoint(): ChartPoint | undefined {
    const time = this.linkedTime;
    const points = this.view?.points ?? [];
    if (time === undefined || points.length === 0) return undefined;
    const i = byTime.left(points, time);
    const before = points[i - 1];
    const after = points[i];
    // Of points at one time, the first in keyboard order.
    const first = (p: ChartPoint) => points[byTime.left(points, p.time)]!;
    if (!before) return after;
    if (!after) return first(before);
    return time - before.time <= after.time - time ? first(before) : after;
  }

  hostConnected(): void {
    document.addEventListener(LINK_EVENT, this.onLink);
  }

  hostDisconnected(): void {
    document.removeEventListener(LINK_EVENT, this.onLink);
  }

  hostUpdated(): void {
    for (const dispatch of this.queued.splice(0)) dispatch();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const count = this.view?.points.length ?? 0;
    if (count === 0) return;
    const forward = this.view!.rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const current = this.active;
    if (event.key === forward || event.key === backward) this.activate(current < 0 ? 0 : current + (event.key === forward ? 1 : -1), true);
    else if (event.key === 'Home') this.activate(0, true);
    else if (event.key === 'End') this.activate(count - 1, true);
    else if ((event.key === 'Enter' || event.key === ' ') && current >= 0) this.select(current);
    else if (event.key === 'Escape' && this.tooltipShown) this.close();
    else return;
    event.preventDefault();
  };

  readonly onPointer = (event: PointerEvent): void => {
    if (event.type === 'pointerdown' && event.pointerType === 'mouse') return;
    const index = this.pointAt(event);
    if (index >= 0) this.activate(index, false);
  };

  readonly onPointerLeave = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse') this.deactivate();
  };

  readonly onClick = (event: MouseEvent): void => {
    const index = this.pointAt(event);
    if (index >= 0) this.select(index);
  };

  readonly onBlur = (): void => {
    this.tooltipShown = false;
    this.host.requestUpdate();
  };

  private activate(index: number, byKeyboard: boolean): void {
    const points = this.view?.points ?? [];
    const clamped = Math.max(0, Math.min(points.length - 1, index));
    const point = points[clamped];
    if (!point) return;
    this.tooltipShown = true;
    if (byKeyboard) this.announcement = this.view!.describe(point);
    this.host.requestUpdate();
    if (clamped === this.active) return;
    this.active = clamped;
    this.emit('imc-point-focus', this.detail(point, clamped));
    this.broadcast(point.time);
  }

  private deactivate(): void {
    if (this.active === -1 && !this.tooltipShown) return;
    this.tooltipShown = false;
    this.host.requestUpdate();
    if (this.active === -1) return;
    this.active = -1;
    this.emit('imc-point-focus', null);
    this.broadcast(null);
  }

  private close(): void {
    this.tooltipShown = false;
    this.announcement = '';
    this.host.requestUpdate();
  }

  private select(index: number): void {
    const point = this.view?.points[index];
    if (point) this.emit('imc-point-select', this.detail(point, index));
  }

  private detail(point: ChartPoint, index: number): PointEventDetail {
    const sources = sourcesOf(pointRecord(point), this.view?.sources ?? []);
    return point.event ? { event: point.event, sources, index } : { observation: point.observation, sources, index };
  }

  /** Queues an event for after the update that shows its point. */
  private emit<K extends 'imc-point-focus' | 'imc-point-select'>(type: K, detail: ChartEventDetail<K>): void {
    this.queued.push(() => this.host.dispatchEvent(chartEvent(type, detail)));
    this.host.requestUpdate();
  }

  private broadcast(time: number | null): void {
    const group = this.host.linkGroup;
    if (!group) return;
    const detail: LinkDetail = { group, time, origin: this.host };
    this.queued.push(() => document.dispatchEvent(new CustomEvent(LINK_EVENT, { detail })));
  }

  private readonly onLink = (event: Event): void => {
    const { group, time, origin } = (event as CustomEvent<LinkDetail>).detail;
    if (origin === this.host || !this.host.linkGroup || group !== this.host.linkGroup) return;
    this.linkedTime = time ?? undefined;
    this.host.requestUpdate();
  };

  /**
   * The index of the point nearest the pointer, horizontal distance counting four times (the
   * first of two as near); -1 when none. The points are in time order, so their x runs one way
   * (right to left in right-to-left time): d3-array's bisector finds where the pointer falls, and
   * the search widens from there only while a point could still be nearer, so a chart of
   * thousands of points answers a pointer move in a few steps. Points whose x does not run one
   * way (none of today's charts) are searched one by one.
   */
  private pointAt(event: MouseEvent): number {
    const svg = this.svg();
    const points = this.view?.points ?? [];
    if (!svg || points.length === 0) return -1;
    const box = svg.getBoundingClientRect();
    return nearestPoint(points, event.clientX - box.left, event.clientY - box.top);
  }
}

const byTime = bisector<ChartPoint, number>((p) => p.time);
const byX = bisector<ChartPoint, number>((p) => p.x);
const byMirroredX = bisector<ChartPoint, number>((p) => -p.x);

/** Whether each array's x never falls (1), never rises (-1), or goes both ways (0); by array. */
const monotony = new WeakMap<readonly ChartPoint[], 1 | -1 | 0>();

function direction(points: readonly ChartPoint[]): 1 | -1 | 0 {
  let known = monotony.get(points);
  if (known !== undefined) return known;
  let rises = false;
  let falls = false;
  for (let i = 1; i < points.length; i++) {
    const step = points[i]!.x - points[i - 1]!.x;
    if (step > 0) rises = true;
    else if (step < 0) falls = true;
  }
  known = rises && falls ? 0 : falls ? -1 : 1;
  monotony.set(points, known);
  return known;
}

/**
 * The index of the point nearest (x, y), horizontal distance counting four times, the first of
 * two as near; -1 for no points.
 */
export function nearestPoint(points: readonly ChartPoint[], x: number, y: number): number {
  const distance = (p: ChartPoint) => Math.abs(p.x - x) * 4 + Math.abs(p.y - y);
  const way = direction(points);
  let best = -1;
  let bestDistance = Infinity;
  const consider = (i: number) => {
    const d = distance(points[i]!);
    if (d < bestDistance || (d === bestDistance && i < best)) [best, bestDistance] = [i, d];
  };
  if (way === 0) {
    for (let i = 0; i < points.length; i++) consider(i);
    return best;
  }
  const start = way === 1 ? byX.left(points, x) : byMirroredX.left(points, -x);
  // Walking away from the pointer, |Δx| only grows: stop once it alone exceeds the best distance.
  for (let i = start; i < points.length && Math.abs(points[i]!.x - x) * 4 <= bestDistance; i++) consider(i);
  for (let i = start - 1; i >= 0 && Math.abs(points[i]!.x - x) * 4 <= bestDistance; i--) consider(i);
  return best;
}
