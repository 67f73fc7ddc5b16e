/**
 * A linear map from a domain to a range, with d3's tick and nice steps (below). Time is UTC
 * milliseconds, so the same scale serves both axes. It replaces d3-scale, whose time scale
 * brings d3-time-format and d3-interpolate: 13 KB gzip of a 20 KB budget for what is a
 * multiplication here.
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
 * A domain from zero to `max`, extended to round numbers as d3's `nice` does for `count` ticks.
 * Values no scale can divide by (0, denormals, Infinity, a `nice` that overflows past the
 * largest double) fall back to the value itself or to [0, 1], so coordinates stay finite.
 */
export function niceDomain(max: number, count: number): [number, number] {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const [, high] = nice(0, top, count);
  if (Number.isFinite(high) && high > 0 && Number.isFinite(1 / high)) return [0, high];
  return Number.isFinite(1 / top) ? [0, top] : [0, 1];
}

/*
 * Ticks and nice domains, as d3-array 3.2.5 computes them (`ticks`, `tickIncrement`, `nice`),
 * step for step and in the same floating-point order, so the labels are the same numbers:
 * tests/unit/scale.test.ts compares them with d3's on many inputs. These few functions
 * replace d3-array's 6.9 KB of code (1.9 KB gzip) in an element's bundle.
 *
 * A step is 1, 2 or 5 times a power of ten, the one that gives closest to `count` ticks. Below
 * 1 it is kept as its inverse, a negative "increment" −10^k / factor, and ticks are integers
 * divided by it: 3 / 10 is 0.3, where 3 * 0.1 is 0.30000000000000004.
 */

/** Where the step moves up to the next factor: √50 (to 10), √10 (to 5), √2 (to 2). */
const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** The first and last tick as multiples of the increment, and the increment (negative: inverse). */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  // With one tick asked for and none in range, try for two.
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/**
 * About `count` round values from `start` to `stop`, both included when round, in the order of
 * the two (descending for a reversed domain). None for a count below or at 0, `[start]` when
 * start is stop.
 */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const values = new Array<number>(n);
  for (let i = 0; i < n; ++i) {
    const multiple = reverse ? i2 - i : i1 + i;
    values[i] = inc < 0 ? multiple / -inc : multiple * inc;
  }
  return values;
}

/** The step between `ticks(start, stop, count)`; below 1, its inverse, negated (−10 for 0.1). */
export function tickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}

/**
 * `[start, stop]` widened to multiples of the tick step, repeated until the step stops
 * changing; returned as is when no step can be found (a zero-width or infinite domain).
 */
export function nice(start: number, stop: number, count: number): [number, number] {
  let previous: number | undefined;
  for (;;) {
    const step = tickIncrement(start, stop, count);
    if (step === previous || step === 0 || !Number.isFinite(step)) return [start, stop];
    if (step > 0) {
      const i = Math.ceil(start / step);
      const j = Math.floor(stop / step);
      start = (i - (i * step > start ? 1 : 0)) * step;
      stop = (j + (j * step < stop ? 1 : 0)) * step;
    } else if (step < 0) {
      const s = -step;
      const i = Math.ceil(start * s);
      const j = Math.floor(stop * s);
      start = (i - (i / s > start ? 1 : 0)) / s;
      stop = (j + (j / s < stop ? 1 : 0)) / s;
    }
    previous = step;
  }
}
