import { nice, ticks } from 'd3-array';

/**
 * A linear map from a domain to a range, with d3-array's ticks. Time is UTC milliseconds, so the
 * same scale serves both axes. It stands in for d3-scale, whose `scaleLinear` brings
 * d3-interpolate and d3-format for what is a multiplication here.
 */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  ticks(count: number): number[];
}

/** A linear scale from `domain` to `range`; a zero-width domain maps to the range's start. */
export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.ticks = (count) => ticks(d0, d1, count);
  return scale;
}

/**
 * A domain from zero to `max`, extended to round numbers by d3-array's `nice` for `count` ticks.
 * Values no scale can divide by (0, denormals, Infinity, a `nice` that overflows past the
 * largest double) fall back to the value itself or to [0, 1], so coordinates stay finite.
 */
export function niceDomain(max: number, count: number): [number, number] {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const [, high] = nice(0, top, count);
  if (Number.isFinite(high) && high > 0 && Number.isFinite(1 / high)) return [0, high];
  return Number.isFinite(1 / top) ? [0, top] : [0, 1];
}
