/**
 * examples/react/troop-chart.tsx in Chromium with React 19: `data` and `from` reach the element as
 * properties, `lang` as its attribute, and `onimc-point-select` as a listener.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Observation, Source } from 'iraq-mission-charts/data';
import { TroopChart } from '../../examples/react/troop-chart.js';

// React warns unless it is told that updates are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Seven figures, five of them from 2014 on (the example's `from`). */
const data = {
  sources: [{ id: 's1', publisher: 'US Department of Defense', title: 'Troop levels', date: '2024', url: 'https://www.defense.gov/' }],
  observations: [
    { id: 'a', date: '2008', value: 154000, sourceIds: ['s1'] },
    { id: 'b', date: '2011-12-18', value: 0, sourceIds: ['s1'] },
    { id: 'c', date: '2014-08', value: 800, qualifier: 'approx', sourceIds: ['s1'] },
    { id: 'd', date: '2017', value: 5200, qualifier: 'approx', sourceIds: ['s1'] },
    { id: 'e', date: '2020-01', value: 5000, sourceIds: ['s1'] },
    { id: 'f', date: '2024-09', value: 2500, sourceIds: ['s1'] },
    { id: 'g', date: '2026-09', value: 2000, qualifier: 'at-most', kind: 'planned', sourceIds: ['s1'] },
  ],
};

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

/** Renders the example into a 664 px column and waits until the chart has drawn its points. */
async function render(onSelect: (observation: Observation, sources: Source[]) => void) {
  const box = document.createElement('div');
  box.style.width = '664px';
  document.body.append(box);
  root = createRoot(box);
  await act(async () => root!.render(<TroopChart data={data} onSelect={onSelect} />));
  const chart = box.querySelector('troop-levels-chart')!;
  for (let i = 0; i < 100 && !chart.shadowRoot?.querySelector('svg[part="svg"] circle.point'); i++) {
    await chart.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  const shadow = chart.shadowRoot!;
  return { chart, shadow, points: [...shadow.querySelectorAll<SVGCircleElement>('circle.point')] };
}

describe('examples/react/troop-chart.tsx', () => {
  it('passes data, from and lang to the element, which draws the points from 2014 on', async () => {
    const { chart, shadow, points } = await render(() => {});
    expect(chart.data).toBe(data);
    expect(chart.hasAttribute('data')).toBe(false);
    expect(chart.from).toBe(2014);
    expect(chart.getAttribute('lang')).toBe('ar-IQ');
    expect(points.length).toBe(5);
    expect(shadow.querySelector('.chart')!.getAttribute('dir')).toBe('rtl');
    expect(shadow.querySelector('[part="heading"]')!.textContent!.trim()).toBe('القوات الأمريكية في العراق، ٢٠١٤–٢٠٢٦');
  });

  it('calls the React handler with the observation when a point is clicked', async () => {
    const selected: [string, string[]][] = [];
    const { shadow, points } = await render((observation, sources) => selected.push([observation.id, sources.map((s) => s.id)]));
    const target = points[0]!.getBoundingClientRect();
    const at = { clientX: target.x + target.width / 2, clientY: target.y + target.height / 2, bubbles: true, composed: true };
    shadow.querySelector('.plot')!.dispatchEvent(new MouseEvent('click', at));
    // The chart fires its events after the update that shows the point.
    await expect.poll(() => selected).toEqual([['c', ['s1']]]);
  });

  it('calls the React handler with the observation on Enter', async () => {
    const selected: Observation[] = [];
    await render((observation) => selected.push(observation));
    await userEvent.tab();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{Enter}');
    expect(selected).toEqual([
      { id: 'd', metric: 'us-troops', date: '2017', precision: 'year', value: 5200, qualifier: 'approx', kind: 'reported', scope: 'US', region: 'Iraq', sourceIds: ['s1'] },
    ]);
  });
});
