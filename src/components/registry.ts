import type { ChartSpec } from './core/chart-spec.js';
import type { ChartLayoutBase } from './core/layout/chart-layout.js';
import { airstrikesSpec } from './airstrikes-chart/airstrikes-chart.spec.js';
import { casualtiesSpec } from './casualties-chart/casualties-chart.spec.js';
import { missionTimelineSpec } from './mission-timeline/mission-timeline.spec.js';
import { spendingSpec } from './spending-chart/spending-chart.spec.js';
import { troopLevelsSpec } from './troop-levels-chart/troop-levels-chart.spec.js';

/** One chart of the library: what everything that lists the charts reads. */
export interface ChartEntry<T extends string = string, L extends ChartLayoutBase = ChartLayoutBase, O extends object = object, S = unknown> {
  /** The element's tag, also its folder, its module (`src/components/<tag>/<tag>.ts`) and its export. */
  tag: T;
  /** What the element and the static renderer draw from. */
  spec: ChartSpec<L, O, S>;
  /** Imports the element's module, which registers the element. */
  load: () => Promise<unknown>;
  /** How `<mission-dashboard>` shows it: across the grid or not, and the attributes it sets. */
  dashboard: { wide?: boolean; attributes: Readonly<Record<string, string>> };
}

/** Keeps each entry's own layout, options and strings types in the list. */
function chart<T extends string, L extends ChartLayoutBase, O extends object, S>(entry: ChartEntry<T, L, O, S>): ChartEntry<T, L, O, S> {
  return entry;
}

// The timeline is the dashboard's annotation strip, so the other charts there draw no events.
const plain = { attributes: { annotations: 'none' } };

/**
 * Every chart, once, in the dashboard's order. The dashboard, the static renderer and the
 * command line, the build entries, the package exports check and the test fixtures read this
 * list: a new chart is its folder and one line here (docs/ARCHITECTURE.md has the recipe).
 */
export const CHARTS = [
  chart({ tag: 'mission-timeline', spec: missionTimelineSpec, load: () => import('./mission-timeline/mission-timeline.js'), dashboard: { wide: true, attributes: { compact: '' } } }),
  chart({ tag: 'troop-levels-chart', spec: troopLevelsSpec, load: () => import('./troop-levels-chart/troop-levels-chart.js'), dashboard: plain }),
  chart({ tag: 'airstrikes-chart', spec: airstrikesSpec, load: () => import('./airstrikes-chart/airstrikes-chart.js'), dashboard: plain }),
  chart({ tag: 'casualties-chart', spec: casualtiesSpec, load: () => import('./casualties-chart/casualties-chart.js'), dashboard: plain }),
  chart({ tag: 'spending-chart', spec: spendingSpec, load: () => import('./spending-chart/spending-chart.js'), dashboard: plain }),
] as const;

/** A registered chart. */
export type RegisteredChart = (typeof CHARTS)[number];

/** The tag of a registered chart. */
export type ChartTag = RegisteredChart['tag'];

/** The name of any chart's own option (`mode`, `period`, `measure`, `view`, `compact`…). */
export type OwnOptionName = RegisteredChart extends infer E ? (E extends { spec: { options: infer D } } ? keyof D & string : never) : never;

/** The short name of a chart, for the command line: `troop-levels` for `troop-levels-chart`. */
export function shortName(tag: string): string {
  return tag.replace(/-chart$/, '');
}

/** The chart with this tag or short name, if there is one. */
export function findChart(name: string): RegisteredChart | undefined {
  return CHARTS.find((entry) => entry.tag === name || shortName(entry.tag) === name);
}
