import { describe, expect, test } from 'vitest';
import { linearScale, niceDomain } from '../../src/components/core/layout/scale.js';

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
