import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/casualties-chart/casualties-chart.js';
import type { DataValue } from '../../src/components/core/element/data-controller.js';
import type { ImcChart } from '../../src/components/core/element/base-chart.js';
import { cleanup, fixture, mount, text } from './fixtures.js';

/**
 * What a chart imports of the bundled data, read from the modules this page has fetched (the
 * test server serves each source module at its own URL). The tests run in order in one page,
 * and a module once fetched stays: the first test is the only one to see the casualties series
 * arrive, and the troop series is never fetched here.
 */
const fetched = () =>
  [...new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/src/data/')))]
    .filter((p) => /\/src\/data\/(series\/|dataset|troop-levels|airstrikes|casualties|spending|events|seed-sources)/.test(p))
    .sort();

const dataOf = (chart: ImcChart) => (chart as unknown as { source: { value: DataValue } }).source.value;

afterEach(cleanup);

describe('a chart with neither .data nor src', () => {
  it('shows its loading state while its own series is imported, then draws it; ready waits for it', async () => {
    const box = document.createElement('div');
    box.style.width = '664px';
    const chart = document.createElement('casualties-chart');
    chart.setAttribute('now', '2025-01-01');
    box.append(chart);
    document.body.append(box);
    // The first update measures the width and asks for the one that draws at it, in the same task.
    while (!(await chart.updateComplete));
    const root = chart.shadowRoot!;
    expect(root.querySelector('.plot')!.getAttribute('aria-busy')).toBe('true');
    expect(text(root, '[part="notice"]')).toContain('Loading data…');
    expect(dataOf(chart)).toMatchObject({ loading: true, issues: [], failed: false });
    await chart.ready;
    expect(root.querySelector('.plot')!.getAttribute('aria-busy')).toBe('false');
    expect(root.querySelector('[part="notice"]')).toBeNull();
    expect(root.querySelectorAll('circle.point').length).toBeGreaterThan(10);
    expect(fetched()).toEqual(expect.arrayContaining(['/src/data/casualties.ts', '/src/data/series/casualties.ts', '/src/data/events.ts']));
    expect(fetched().filter((p) => /troop-levels|airstrikes|spending|dataset/.test(p))).toEqual([]);
  });
});

describe('a chart given .data', () => {
  it('fetches no bundled figure, and with annotations="none" nothing bundled at all', async () => {
    const before = fetched();
    const { chart, root } = await mount({ data: fixture });
    expect(root.querySelectorAll('circle.point').length).toBe(4);
    expect(dataOf(chart).data.events).toEqual([]);
    expect(dataOf(chart).data.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(fetched()).toEqual(before);
    expect(fetched().filter((p) => /troop-levels|dataset/.test(p))).toEqual([]);
  });

  it('draws the bundled events over it when it shows annotations, from the events chunk alone', async () => {
    const { chart } = await mount({ data: fixture, attributes: { annotations: 'all' } });
    const { data, loading, issues } = dataOf(chart);
    expect(loading).toBe(false);
    expect(issues).toEqual([]);
    expect(data.events.length).toBeGreaterThan(30);
    // The events' sources come with them, after the data's own.
    expect(data.sources.slice(0, 2).map((s) => s.id)).toEqual(['s1', 's2']);
    expect(new Set(data.events.flatMap((e) => e.sourceIds)).size).toBeGreaterThan(0);
    expect(fetched()).toContain('/src/data/series/events.ts');
    expect(fetched().filter((p) => /troop-levels|dataset/.test(p))).toEqual([]);
  });

  it('imports the bundled registry only for rows that cite a bundled source by id, and then reports no unknown source', async () => {
    const issues: unknown[] = [];
    document.addEventListener('imc-data-issues', (e) => issues.push(e.detail.issues), { once: true });
    const { chart, root } = await mount({ data: [{ date: '2020-09', value: 3000, sourceIds: ['seed-000'] }] });
    expect(fetched()).toContain('/src/data/dataset.ts');
    expect(dataOf(chart).issues).toEqual([]);
    expect(dataOf(chart).data.sources.map((s) => s.id)).toContain('seed-000');
    expect(root.querySelector('[part="notice"]')).toBeNull();
    expect(issues).toEqual([]);
    expect(fetched().filter((p) => p.includes('/series/troop-levels'))).toEqual([]);
  });

  it('still reports a source that is in neither the rows nor the bundled registry', async () => {
    const { chart } = await mount({ data: [{ date: '2020-09', value: 3000, sourceIds: ['nowhere'] }] });
    expect(dataOf(chart).issues.map((i) => [i.row, i.field, i.code])).toEqual([[0, 'sourceIds', 'unknown-source']]);
  });
});
