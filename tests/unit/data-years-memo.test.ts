import { expect, test } from 'vitest';
import { dataYears, type ChartData } from '../../src/components/core/chart-spec.js';

const data: ChartData = {
  observations: [
    { id: 'a', metric: 'us-troops', scope: 'US', kind: 'reported', date: '2004-06', precision: 'month', value: 1, sourceIds: [] },
    { id: 'b', metric: 'us-troops', scope: 'US', kind: 'reported', date: '2011-12-18', precision: 'day', value: 2, sourceIds: [] },
  ],
  events: [],
  sources: [],
} as unknown as ChartData;

test('dataYears finds the years of one data object once for the same spec and options, and again for others', () => {
  let reads = 0;
  const spec = { points: 'observations' as const, draws: () => (reads++, true) };
  const options = {};
  const first = dataYears(spec, data, options);
  expect(first).toEqual({ from: 2004, to: 2011 });
  expect(reads).toBe(2);
  expect(dataYears(spec, data, options)).toBe(first);
  expect(reads).toBe(2);
  expect(dataYears(spec, data, {})).toEqual({ from: 2004, to: 2011 });
  expect(reads).toBe(4);
  const later = { points: 'observations' as const, draws: (o: { id: string }) => o.id === 'b' };
  expect(dataYears(later, data, options)).toEqual({ from: 2011, to: 2011 });
});
