import { greatest } from 'd3-array';
import type { ChartPoint, SummaryFacts } from './chart-layout.js';
import { pointValue } from './figures.js';

/**
 * The summary facts of the drawn points (a line's or the bars' own, never markers): the peak,
 * the highest value (the first of equals); the latest, the last in time (of two at one time, the
 * higher); and, when given, the next plan. One reducer for every chart.
 */
export function summaryFacts(drawn: readonly ChartPoint[], nextPlan?: ChartPoint): SummaryFacts {
  const value = (p: ChartPoint) => (p.observation ? pointValue(p.observation) : 0);
  const peak = greatest(drawn, (a, b) => value(a) - value(b));
  const latest = greatest(drawn, (a, b) => a.time - b.time || value(a) - value(b));
  return {
    ...(peak?.observation ? { peak: peak.observation } : {}),
    ...(latest?.observation ? { latest: latest.observation } : {}),
    ...(nextPlan?.observation ? { nextPlan: nextPlan.observation } : {}),
  };
}
