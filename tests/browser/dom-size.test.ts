import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, frames, mount, until } from './fixtures.js';

afterEach(cleanup);

const DAY = 86_400_000;
/** The bench's 30 daily counts from 2003-01-01 noon, as a newsroom's `.data` would give them. */
const thirty = Array.from({ length: 30 }, (_, i) => ({
  date: new Date(Date.UTC(2003, 0, 1) + i * DAY).toISOString().slice(0, 10),
  value: 100_000 + ((i * 7919) % 20_000),
  source: 'Seeded random walk',
}));

/** The shadow root's nodes by kind, as Chromium counts them (Lit's comment markers included). */
function census(root: Node): { elements: number; texts: number; blank: number; comments: number } {
  const counts = { elements: 0, texts: 0, blank: 0, comments: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) counts.elements++;
    else if (node.nodeType === Node.COMMENT_NODE) counts.comments++;
    else if (node.nodeType === Node.TEXT_NODE) counts[node.textContent!.trim() ? 'texts' : 'blank']++;
  }
  return counts;
}

describe('the DOM of a 30-point chart', () => {
  it('is its elements, their texts and Lit\'s markers: no layout whitespace, no template per tick', async () => {
    const { root } = await mount({ data: thirty, width: 664, attributes: { now: '2002-01-01', to: '2003' } });
    // 7 value ticks and 1 year: the grid's 7 lines, 7 labels, the axis line, 1 tick and its year.
    expect(root.querySelectorAll('[part="grid"] line').length).toBe(7);
    expect(root.querySelectorAll('[part~="axis-y"] text').length).toBe(7);
    expect([...root.querySelectorAll('[part~="axis-x"] > *')].map((e) => e.localName)).toEqual(['line', 'line', 'text']);
    // No event is drawn: no empty annotation group.
    expect(root.querySelector('[part~="annotation"]')).toBeNull();
    // Plain texts are set as the element's text, with no marker beside them.
    for (const selector of ['[part="heading"]', '[part="description"]', '#hint', '[part="legend"] span', '[part="download"]', '[part="table-toggle"]']) {
      expect([...root.querySelector(selector)!.childNodes].map((n) => n.nodeType)).toEqual([Node.TEXT_NODE]);
    }
    expect(census(root)).toEqual({ elements: 44, texts: 17, blank: 0, comments: 45 });
  });

  it('keeps the axis elements through a resize, setting only what moved', async () => {
    const { chart, root, box } = await mount({ data: thirty, width: 664, attributes: { now: '2002-01-01', to: '2003' } });
    const lines = [...root.querySelectorAll('[part="grid"] line')];
    const labels = [...root.querySelectorAll('[part~="axis-y"] text')].map((t) => t.textContent);
    const x2 = lines[0]!.getAttribute('x2');
    await frames(2);
    box.style.width = '504px';
    await until(() => root.querySelector('svg[part="svg"]')!.getAttribute('width') === '480');
    await chart.updateComplete;
    const after = [...root.querySelectorAll('[part="grid"] line')];
    expect(after.length).toBe(lines.length);
    after.forEach((line, i) => expect(line).toBe(lines[i]));
    expect(after[0]!.getAttribute('x2')).not.toBe(x2);
    expect(Number(after[0]!.getAttribute('x2'))).toBe(Number(x2) - 160);
    expect([...root.querySelectorAll('[part~="axis-y"] text')].map((t) => t.textContent)).toEqual(labels);
  });
});

describe('the first render', () => {
  /** Mounts a troop chart of the 30 counts, counting its updates from the first. */
  async function counted(width: number, style = '', hostStyle = ''): Promise<{ updates: () => number; root: ShadowRoot }> {
    const box = document.createElement('div');
    box.style.cssText = `width: ${width}px; ${style}`;
    const chart = document.createElement('troop-levels-chart');
    let updates = 0;
    const update = chart['update' as keyof typeof chart] as (changed: unknown) => void;
    Object.defineProperty(chart, 'update', { value: function (this: typeof chart, changed: unknown) { updates++; update.call(this, changed); } });
    chart.setAttribute('annotations', 'none');
    chart.setAttribute('now', '2002-01-01');
    chart.style.cssText = hostStyle;
    chart.data = thirty;
    box.append(chart);
    document.body.append(box);
    await chart.updateComplete;
    await frames(3);
    await chart.updateComplete;
    return { updates: () => updates, root: chart.shadowRoot! };
  }

  it('draws the chart at its width in one update, which its ResizeObserver does not repeat', async () => {
    const { updates, root } = await counted(664);
    expect(updates()).toBe(1);
    expect(root.querySelector('svg[part="svg"]')!.getAttribute('width')).toBe('640');
  });

  it('reads the width of a padded, bordered host and of a page-set padding in pixels', async () => {
    const padded = await counted(664, '--imc-chart-padding: 20px');
    expect(padded.updates()).toBe(1);
    expect(padded.root.querySelector('svg[part="svg"]')!.getAttribute('width')).toBe('624');
    const bordered = await counted(664, '', 'padding: 0 10px; border: 3px solid');
    expect(bordered.updates()).toBe(1);
    expect(bordered.root.querySelector('svg[part="svg"]')!.getAttribute('width')).toBe(String(664 - 20 - 6 - 24));
  });

  it('measures an empty plot first when the padding is not one length in pixels, and draws at its width', async () => {
    // 2em of the chart's 14 px type: 28 px a side.
    const { updates, root } = await counted(664, '--imc-chart-padding: 2em');
    expect(updates()).toBe(2);
    expect(root.querySelector('svg[part="svg"]')!.getAttribute('width')).toBe('608');
  });

  it('draws every chart of a page at its width, fifty connected in one task', async () => {
    const boxes = Array.from({ length: 50 }, (_, i) => {
      const box = document.createElement('div');
      box.style.width = `${400 + i}px`;
      const chart = document.createElement('troop-levels-chart');
      chart.setAttribute('annotations', 'none');
      chart.data = thirty;
      box.append(chart);
      return box;
    });
    document.body.append(...boxes);
    await Promise.all(boxes.map((b) => (b.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
    expect(boxes.map((b) => b.firstElementChild!.shadowRoot!.querySelector('svg[part="svg"]')?.getAttribute('width'))).toEqual(boxes.map((_, i) => String(400 + i - 24)));
  });
});

describe('the first render of a chart without a width of its own', () => {
  it('draws an inline host at its plot\'s width, measured once the plot is there', async () => {
    const box = document.createElement('div');
    box.style.width = '664px';
    const chart = document.createElement('troop-levels-chart');
    chart.style.display = 'inline';
    chart.setAttribute('annotations', 'none');
    chart.data = thirty;
    box.append(chart);
    document.body.append(box);
    await until(() => chart.shadowRoot?.querySelector('svg[part="svg"]') !== null && chart.shadowRoot?.querySelector('svg[part="svg"]') !== undefined);
    expect(Number(chart.shadowRoot!.querySelector('svg[part="svg"]')!.getAttribute('width'))).toBeGreaterThan(0);
  });

  it('renders a hidden chart without its drawing, and draws it once shown', async () => {
    const box = document.createElement('div');
    box.style.width = '664px';
    const chart = document.createElement('troop-levels-chart');
    chart.hidden = true;
    chart.setAttribute('annotations', 'none');
    chart.data = thirty;
    box.append(chart);
    document.body.append(box);
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('svg[part="svg"]')).toBeNull();
    expect(chart.shadowRoot!.querySelector('[part="heading"]')!.textContent).not.toBe('');
    chart.hidden = false;
    await until(() => chart.shadowRoot!.querySelector('svg[part="svg"]')?.getAttribute('width') === '640');
  });
});
