import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fixture, frames, mount, until } from './fixtures.js';

afterEach(cleanup);

const svgWidth = (root: ShadowRoot) => root.querySelector('svg[part="svg"]')!.getAttribute('width');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('resizing', () => {
  it('draws a new width in the frame in which the page lays it out, before that frame is painted', async () => {
    const { root, box } = await mount({ data: fixture });
    await frames(2);
    // Out of the frame's callbacks, into a task of its own, as a page's script would resize.
    await new Promise((resolve) => setTimeout(resolve, 0));
    box.style.width = '500px';
    // The frame's animation callbacks run before its layout and ResizeObserver callbacks: here the
    // old drawing stands; by the next frame's callbacks the new width is drawn.
    await nextFrame();
    expect(svgWidth(root)).toBe('640');
    await nextFrame();
    expect(svgWidth(root)).toBe('476');
  });

  it('raises no "ResizeObserver loop" error when its redraw makes a page scrollbar come and go', async () => {
    const errors: string[] = [];
    const record = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', record);
    try {
      const { root, box } = await mount({ data: fixture });
      // Room below the chart so that the wide chart just overflows the window and the narrow one does not.
      const spacer = document.createElement('div');
      const height = root.host.getBoundingClientRect().height;
      spacer.style.height = `${window.innerHeight - height + 20}px`;
      document.body.append(spacer);
      document.documentElement.style.margin = '0';
      for (const width of [344, 664, 344, 664]) {
        box.style.width = `${width}px`;
        await until(() => svgWidth(root) !== null && Math.abs(Number(svgWidth(root)) - (width - 24)) <= 20);
        await frames(3);
      }
    } finally {
      window.removeEventListener('error', record);
      document.documentElement.style.margin = '';
    }
    expect(errors).toEqual([]);
  });

  it('lays the chart out again but ranks no source and words no summary again; a new language does', async () => {
    const { chart, root, box } = await mount({ data: fixture });
    const view = () => (chart as unknown as { current: { layout: object; ranked: object; summary: string } }).current;
    const before = view();
    box.style.width = '500px';
    await until(() => svgWidth(root) === '476');
    expect(view().layout).not.toBe(before.layout);
    expect(view().ranked).toBe(before.ranked);
    expect(view().summary).toBe(before.summary);
    chart.setAttribute('lang', 'ar-IQ');
    await chart.ready;
    expect(view().ranked).not.toBe(before.ranked);
    expect(view().summary).not.toBe(before.summary);
  });

  it('says the same when a resize reduces the line: the words of every observation in view, not made again', async () => {
    // 1,000 daily counts, cited by two publishers in turn: more than twice the plot's columns at 504 px, fewer at 664.
    const day = Date.UTC(2005, 0, 1);
    const observations = Array.from({ length: 1000 }, (_, i) => ({
      id: `r${i}`,
      date: new Date(day + i * 86_400_000).toISOString().slice(0, 10),
      value: 100_000 + ((i * 7919) % 50_000),
      sourceIds: [i % 3 === 0 ? 's2' : 's1'],
    }));
    const { chart, root, box } = await mount({ data: { sources: fixture.sources, observations }, attributes: { from: '2005', to: '2008' } });
    const view = () => (chart as unknown as { current: { layout: { points: unknown[]; reduced?: { observations: unknown[] } }; ranked: { id: string }[]; summary: string } }).current;
    const wide = view();
    expect(wide.layout.reduced).toBeUndefined();
    expect(wide.layout.points).toHaveLength(1000);
    box.style.width = '504px';
    await until(() => svgWidth(root) === '480');
    const narrow = view();
    expect(narrow.layout.reduced?.observations).toHaveLength(1000);
    expect(narrow.layout.points.length).toBeLessThan(1000);
    expect(narrow.summary).toBe(wide.summary);
    expect(narrow.summary).toContain('with 1,000 data points');
    expect(narrow.ranked).toBe(wide.ranked);
    expect(narrow.ranked.map((s) => s.id)).toEqual(['s1', 's2']);
    // Back to the wide width: the same words again.
    box.style.width = '664px';
    await until(() => svgWidth(root) === '640');
    expect(view().ranked).toBe(wide.ranked);
    expect(view().summary).toBe(wide.summary);
  });

  it('draws charts connected in one task at their own widths in that task, their widths read together', async () => {
    const widths = [664, 500, 344];
    const charts = widths.map((width) => {
      const box = document.createElement('div');
      box.style.width = `${width}px`;
      const chart = document.createElement('troop-levels-chart');
      chart.data = fixture;
      box.append(chart);
      document.body.append(box);
      return chart;
    });
    let frameSeen = false;
    requestAnimationFrame(() => (frameSeen = true));
    await Promise.all(charts.map((chart) => chart.updateComplete));
    expect(frameSeen).toBe(false);
    expect(charts.map((chart) => chart.shadowRoot!.querySelector('svg[part="svg"]')?.getAttribute('width'))).toEqual(['640', '476', '320']);
  });
});
