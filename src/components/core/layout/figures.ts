import type { Observation } from '../../../data/types.js';

/** Rounds a coordinate to 0.1 px: enough for the screen, and stable in snapshots. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The value an observation is drawn at: the number, or a range's middle. */
export function pointValue(observation: Observation): number {
  return typeof observation.value === 'number' ? observation.value : (observation.value.low + observation.value.high) / 2;
}

/** The largest number an observation states. */
export function maxValue(observation: Observation): number {
  return typeof observation.value === 'number' ? observation.value : observation.value.high;
}

/** Whether a figure is a bound, an estimate or a plan rather than a count as given. */
export function isOpenFigure(o: Observation): boolean {
  return o.qualifier === 'at-least' || o.qualifier === 'at-most' || o.kind === 'estimate' || o.kind === 'planned';
}

/** A single number given as exact or approximate: the only kind of figure a line runs through. */
export function isLineFigure(o: Observation): boolean {
  return typeof o.value === 'number' && (o.qualifier === 'exact' || o.qualifier === 'approx');
}

/** A likely misprint, kept as printed: never on a line or a bar, nor counted in a summary. */
export function isErratum(o: Observation): boolean {
  return o.erratum !== undefined;
}

/** The series of a figure drawn as a hollow marker: `erratum` for a likely misprint, else `otherwise`. */
export function markerSeries(o: Observation, otherwise = 'marker'): string {
  return isErratum(o) ? 'erratum' : otherwise;
}
