import { max } from 'd3-array';
import type { Observation } from '../../../data/types.js';
import type { ChartPoint, ObservationPoint } from './chart-layout.js';
import { maxValue, pointValue, round } from './figures.js';
import type { LinearScale } from './scale.js';

/** A reachable point for a figure at `time`, at its value (or `value`, the top of its stack segment). */
export function figurePoint(o: Observation, x: LinearScale, y: LinearScale, time: number, series: string, value = pointValue(o)): ObservationPoint {
  return { key: o.id, x: round(x(time)), y: round(y(value)), time, observation: o, series };
}

/** A reachable point for a figure drawn as a bar or on one: at the bar's middle `center`. */
export function barPoint(o: Observation, center: number, y: LinearScale, time: number, series: string, value = pointValue(o)): ObservationPoint {
  return { key: o.id, x: center, y: round(y(value)), time, observation: o, series };
}

/** The largest number any of `observations` states, 0 for none (d3-array's `max`, no spread of arguments). */
export function largestValue(observations: Iterable<Observation>): number {
  return Math.max(0, max(observations, maxValue) ?? 0);
}

/**
 * Points in the keyboard order: by time, then by the rank of their series in `order` (series not
 * listed first), then by key.
 */
export function sortPoints<T extends ChartPoint>(points: T[], order: readonly string[] = []): T[] {
  const rank = (p: ChartPoint) => order.indexOf(p.series);
  return points.sort((a, b) => a.time - b.time || rank(a) - rank(b) || a.key.localeCompare(b.key));
}
