import { nice as d3Nice, tickIncrement as d3TickIncrement, ticks as d3Ticks } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { linearScale, nice, niceDomain, tickIncrement, ticks } from '../../src/components/core/layout/scale.js';

describe('linearScale', () => {
  test('linearScale([0, 200000], [330, 12]) maps values onto the range, top for the largest', () => {
    const y = linearScale([0, 200000], [330, 12]);
    expect([y(0), y(50000), y(100000), y(200000), y(250000)]).toEqual([330, 250.5, 171, 12, -67.5]);
    expect([y.domain(), y.range()]).toEqual([[0, 200000], [330, 12]]);
  });

  test('linearScale(domain, range) reverses for a range that runs right to left', () => {
    const x = linearScale([0, 10], [577, 16]);
    expect([x(0), x(5), x(10)]).toEqual([577, 296.5, 16]);
  });

  test('linearScale(domain, range) maps everything to the range start for a zero-width domain', () => {
    const x = linearScale([5, 5], [10, 20]);
    expect([x(5), x(100)]).toEqual([10, 10]);
  });

  test('linearScale(domain, range).ticks(5) are d3 ticks', () => {
    expect(linearScale([0, 200000], [0, 1]).ticks(5)).toEqual([0, 50000, 100000, 150000, 200000]);
    expect(linearScale([0, 1], [0, 1]).ticks(5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('niceDomain', () => {
  test('niceDomain(max, 5) rounds the top up to a tick: 150,000 → 200,000, 4,647 → 5,000, 39,000 → 40,000', () => {
    expect([niceDomain(150000, 5), niceDomain(4647, 5), niceDomain(39000, 5), niceDomain(200000, 5)]).toEqual([
      [0, 200000],
      [0, 5000],
      [0, 40000],
      [0, 200000],
    ]);
  });

  test('niceDomain(0, 5) and niceDomain(-1, 5) are [0, 1], so an empty chart still has an axis', () => {
    expect([niceDomain(0, 5), niceDomain(-1, 5)]).toEqual([[0, 1], [0, 1]]);
  });
});

/*
 * core/scale.ts computes ticks and nice domains as d3-array does, to the last bit: every axis
 * label and grid line depends on it. d3-array is a development dependency for this comparison
 * only; toEqual tells 0 from -0 and compares NaN with NaN, so "the same" is Object.is.
 */
const RUNS = 2000;

/** What a call gives: its value, or the kind of error it throws (an infinite count asks both for an array of Infinity ticks). */
function outcome<T>(call: () => T): { value: T } | { error: string } {
  try {
    return { value: call() };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

/** Domain ends: chart values and years in milliseconds, decimals, the tiny and the huge. */
const end = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
  fc.integer({ min: Date.UTC(1990, 0), max: Date.UTC(2040, 0) }),
  fc.constantFrom(0, -0, 0.1, 0.3, 1 / 3, 1e-300, -1e-300, 5e-324, 1e-7, 1e21, 1e300, -1e300, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity),
);
/** Tick counts as asked for, and the odd ones: none, fractions, negative, huge. */
const count = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.double({ min: -2, max: 50, noNaN: true }),
  fc.constantFrom(0, 0.5, 1, 1.5, 2, -1, 1000, Infinity, Number.NaN),
);

describe('ticks, tickIncrement and nice are d3-array\'s', () => {
  test(`ticks(start, stop, count) equals d3's, reversed domains included (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(end, end, count, (start, stop, n) => {
        expect(outcome(() => ticks(start, stop, n))).toEqual(outcome(() => d3Ticks(start, stop, n)));
      }),
      { numRuns: RUNS },
    );
  });

  test(`tickIncrement(start, stop, count) equals d3's (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(end, end, count, (a, b, n) => {
        const [start, stop] = a <= b ? [a, b] : [b, a];
        expect(tickIncrement(start, stop, n)).toEqual(d3TickIncrement(start, stop, n));
      }),
      { numRuns: RUNS },
    );
  });

  test(`nice(start, stop, count) equals d3's (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(end, end, count, (start, stop, n) => {
        expect(nice(start, stop, n)).toEqual(d3Nice(start, stop, n));
      }),
      { numRuns: RUNS },
    );
  });

  test('the edges: no count, one, a point domain, a reversed one, decimals that do not add up', () => {
    const cases: [number, number, number][] = [
      [0, 1, 0], [0, 1, -1], [0, 1, Number.NaN], [0, 1, 1], [0, 1, 0.5], [5, 5, 5], [0, 0, 1], [10, 0, 5], [-1, -0.5, 3],
      [0.1, 0.3, 10], [1e-7, 3e-7, 4], [-1e21, 1e21, 7], [0, Number.MAX_VALUE, 5], [0, Infinity, 5], [-Infinity, Infinity, 5],
      [Date.UTC(2003, 0), Date.UTC(2027, 0), 10], [0, 4647, 5], [0, 150000, 5],
    ];
    for (const [start, stop, n] of cases) {
      expect(ticks(start, stop, n), `ticks(${start}, ${stop}, ${n})`).toEqual(d3Ticks(start, stop, n));
      expect(nice(start, stop, n), `nice(${start}, ${stop}, ${n})`).toEqual(d3Nice(start, stop, n));
      expect(tickIncrement(start, stop, n), `tickIncrement(${start}, ${stop}, ${n})`).toEqual(d3TickIncrement(start, stop, n));
    }
    expect(ticks(0.1, 0.3, 10)).toEqual([0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3]);
    expect(ticks(10, 0, 5)).toEqual([10, 8, 6, 4, 2, 0]);
    expect([ticks(0, 1, 0), ticks(5, 5, 5)]).toEqual([[], [5]]);
  });
});
