import '../../src/components/troop-levels-chart/troop-levels-chart.js';
import type { ImcChart } from '../../src/components/core/element/base-chart.js';
import type { ChartTag } from '../../src/components/registry.js';
import type { TroopLevelsChart } from '../../src/components/troop-levels-chart/troop-levels-chart.js';

/** The chart elements a test can mount: every registered chart. */
export type { ChartTag } from '../../src/components/registry.js';

/** Four figures with two sources: small enough to know every number the chart should show. */
export const fixture = {
  sources: [
    { id: 's1', publisher: 'Brookings Institution', title: 'Iraq Index', date: '2010', url: 'https://www.brookings.edu/iraq-index' },
    { id: 's2', publisher: 'US Department of Defense', title: 'News release', date: '2011', url: 'javascript:alert(1)' },
  ],
  observations: [
    { id: 'a', date: '2004', value: 138000, qualifier: 'approx', sourceIds: ['s1'] },
    { id: 'b', date: '2007-10', value: 171000, qualifier: 'approx', sourceIds: ['s1'], note: { en: 'Surge peak', ar: 'ذروة زيادة القوات' } },
    { id: 'c', date: '2011-12-18', value: 0, sourceIds: ['s2'] },
    { id: 'd', date: '2026-09', value: 2000, qualifier: 'at-most', kind: 'planned', sourceIds: ['s2'] },
  ],
};

/** Options for {@link mount}. */
export interface MountOptions {
  attributes?: Record<string, string>;
  data?: unknown;
  width?: number;
  /** Attributes of a wrapper around the chart, as a page's container would have. */
  wrapper?: Record<string, string>;
}

/** Puts a chart in the page at a fixed width and waits until it has measured itself and drawn. */
export async function mountChart<K extends ChartTag>(
  tag: K,
  options: MountOptions = {},
): Promise<{ chart: HTMLElementTagNameMap[K]; root: ShadowRoot; box: HTMLElement }> {
  const box = document.createElement('div');
  box.style.width = `${options.width ?? 664}px`;
  for (const [name, value] of Object.entries(options.wrapper ?? {})) box.setAttribute(name, value);
  const chart = document.createElement(tag);
  const attributes = { now: '2025-01-01', annotations: 'none', ...options.attributes };
  for (const [name, value] of Object.entries(attributes)) chart.setAttribute(name, value);
  if (options.data !== undefined) chart.data = options.data;
  box.append(chart);
  document.body.append(box);
  await drawn(chart);
  return { chart, root: chart.shadowRoot!, box };
}

/** {@link mountChart} for `<troop-levels-chart>`. */
export function mount(options: MountOptions = {}): Promise<{ chart: TroopLevelsChart; root: ShadowRoot; box: HTMLElement }> {
  return mountChart('troop-levels-chart', options);
}

/** An element's text with its white space folded, as a reader sees it. */
export const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** The reachable points of a chart. */
export const points = (root: ShadowRoot) => [...root.querySelectorAll<SVGCircleElement>('circle.point')];

/**
 * How long a condition may take to hold. On a loaded two-core machine the first `src` of a run
 * waits for the dev server to compile the loader and d3-dsv on demand, which has taken over five
 * seconds; a test still fails in well under its 30 s limit when the condition never holds.
 */
const PATIENCE = 15_000;

/** Resolves once the chart has an SVG of its measured width, its data table is built and no update is pending. */
export async function drawn(chart: ImcChart): Promise<void> {
  const deadline = performance.now() + PATIENCE;
  while (performance.now() < deadline) {
    await chart.ready;
    if (chart.shadowRoot?.querySelector('svg[part="svg"]')) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error('the chart never drew');
}

/** Waits for the next frames, for ResizeObserver and rAF-driven updates. */
export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Polls until `check` passes, for up to fifteen seconds: a busy two-core machine can be slow to fetch and draw. */
export async function until(check: () => boolean): Promise<void> {
  const deadline = performance.now() + PATIENCE;
  while (performance.now() < deadline) {
    if (check()) return;
    await frames(1);
  }
  if (!check()) throw new Error(`condition never held: ${check.toString()}`);
}

/**
 * Opens the data table with its button, as a reader does (it is built on that first activation),
 * and resolves once it is rendered.
 */
export async function openTable(chart: ImcChart): Promise<HTMLElement> {
  const root = chart.shadowRoot!;
  const toggle = root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await chart.ready;
  return root.querySelector<HTMLElement>('[part="table"]')!;
}

/** Removes every mounted chart. */
export function cleanup(): void {
  document.body.replaceChildren();
}
