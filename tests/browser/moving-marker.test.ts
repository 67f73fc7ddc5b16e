import { afterEach, describe, expect, it } from 'vitest';
import type { ChartPoint } from '../../src/components/core/layout/chart-layout.js';
import { cleanup, mount, text } from './fixtures.js';

afterEach(cleanup);

const DAY = 86_400_000;
/** A thousand daily counts, 2003-01-01 on: 0.6 px a day at 640 px, far closer than a dot. */
const daily = Array.from({ length: 1000 }, (_, i) => ({
  id: `day-${i}`,
  date: new Date(Date.UTC(2003, 0, 1) + i * DAY).toISOString().slice(0, 10),
  value: 100_000 + ((i * 7919) % 50_000),
  source: 'Generated series',
}));

const mountDaily = () => mount({ data: daily, attributes: { from: '2003', to: '2005' } });
/** The layout's reachable points (private to the element; read here to aim the pointer). */
const layoutPoints = (chart: HTMLElement) => (chart as unknown as { current: { layout: { points: ChartPoint[] } } }).current.layout.points;

/** Every node under `root`, text and Lit's comment markers included, as Chromium counts them. */
function nodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

describe('one moving marker where points are closer than a dot', () => {
  it('draws the line and no dot a point, at a bounded DOM size, for a thousand points', async () => {
    const { root } = await mountDaily();
    expect(root.querySelectorAll('path.reported').length).toBe(1);
    expect(root.querySelectorAll('circle.point').length).toBe(0);
    expect(root.querySelector('[part="active-point"]')).toBeNull();
    const plot = root.querySelector('.plot')!;
    // 1,000 circles and their markers before; now the frame, the line and the handlers' box.
    expect(nodes(plot)).toBeLessThanOrEqual(130);
    expect(nodes(root)).toBeLessThanOrEqual(210);
  });

  it('shows the tooltip of the point under the pointer, found by bisection, and marks it', async () => {
    const { chart, root } = await mountDaily();
    const p = layoutPoints(chart)[500]!;
    const box = root.querySelector('svg[part="svg"]')!.getBoundingClientRect();
    const plot = root.querySelector('.plot')!;
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + p.x, clientY: box.top + p.y, bubbles: true, composed: true, pointerType: 'mouse' }));
    await chart.updateComplete;
    expect(text(root, '[part="tooltip"]')).toBe('109,500 May 15, 2004 · reported Source: Generated series');
    const marker = root.querySelectorAll('[part="active-point"]');
    expect(marker.length).toBe(1);
    expect([marker[0]!.getAttribute('cx'), marker[0]!.getAttribute('cy'), marker[0]!.getAttribute('class')]).toEqual([String(p.x), String(p.y), 'point reported']);
    plot.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await chart.updateComplete;
    expect(root.querySelector('[part="tooltip"]')).toBeNull();
    expect(root.querySelector('[part="active-point"]')).toBeNull();
  });

  it('walks every observation with the arrow key, in order, announcing each', async () => {
    const { chart, root } = await mountDaily();
    const plot = root.querySelector<HTMLElement>('.plot')!;
    const focused: string[] = [];
    chart.addEventListener('imc-point-focus', (e) => focused.push(`${e.detail?.index}:${e.detail && 'observation' in e.detail ? e.detail.observation?.id : ''}`));
    plot.focus();
    const press = async (key: string) => {
      plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await chart.updateComplete;
    };
    await press('Home');
    for (let i = 1; i < daily.length; i++) await press('ArrowRight');
    expect(focused).toEqual(daily.map((o, i) => `${i}:${o.id}`));
    expect(text(root, '[role="status"]')).toBe('September 26, 2005. 111,081. reported. Source: Generated series');
    const last = layoutPoints(chart).at(-1)!;
    expect(root.querySelector('[part="active-point"]')!.getAttribute('cx')).toBe(String(last.x));
    expect(root.querySelectorAll('[part="points"] circle').length).toBe(0);
  });
});
