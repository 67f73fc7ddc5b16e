import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/casualties-chart/casualties-chart.js';
import type { DataValue } from '../../src/components/core/element/data-controller.js';
import type { ImcChart } from '../../src/components/core/element/base-chart.js';
import type { ChartLayoutBase } from '../../src/components/core/layout/chart-layout.js';
import '../../src/components/airstrikes-chart/airstrikes-chart.js';
import '../../src/components/spending-chart/spending-chart.js';
import { cleanup, fixture, mount, mountChart, text, type ChartTag } from './fixtures.js';

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
const layoutOf = (chart: ImcChart) => (chart as unknown as { current: { layout: ChartLayoutBase } }).current.layout;

/**
 * Each series as the record files make it, what the charts showed before the split. Imported by
 * the tests that need it, after they have checked what the page fetched: it holds every record file.
 */
const records = () => import('../../src/data/series/records.js').then((module) => module.seriesRecords());

/** The chart as it was before the split: the same tag given the whole series, as the record files make it, as `.data`. */
async function reference(tag: ChartTag, series: 'airstrikes' | 'spending') {
  const { observations, sources } = (await records())[series];
  return mountChart(tag, { data: { observations, sources } });
}

/** Points the mouse at a drawn point of the chart (in its SVG's coordinates). */
function hover(root: ShadowRoot, point: { x: number; y: number }): void {
  const svg = root.querySelector('svg[part="svg"]')!;
  const box = svg.getBoundingClientRect();
  svg.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + point.x, clientY: box.top + point.y, bubbles: true, composed: true, pointerType: 'mouse' }));
}

/** Saves the chart's CSV and returns its text, without a file being written. */
async function savedCsv(root: ShadowRoot): Promise<string> {
  const saved: Blob[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob) => {
    saved.push(blob);
    return create.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function () {};
  try {
    root.querySelector<HTMLButtonElement>('[part="download"]')!.click();
    const deadline = performance.now() + 15_000;
    while (saved.length === 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return saved[0]!.text();
}

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
    // Its first paint only: the figures and the events' labels, none of the record files, no details.
    expect(fetched().filter((p) => p.includes('casualties') || p.includes('events'))).toEqual([
      '/src/data/series/casualties.ts',
      '/src/data/series/parts/casualties-paint.ts',
      '/src/data/series/parts/events-paint.ts',
    ]);
    expect(fetched().filter((p) => /troop-levels|airstrikes|spending|dataset|-details|seed-sources|\/data\/(casualties|events)\.ts/.test(p))).toEqual([]);
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
    expect(fetched().filter((p) => /troop-levels|dataset|-details|sources-paint|seed-sources/.test(p))).toEqual([]);
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

describe('the details of a bundled series: notes and whole sources, imported when a reader reaches for them', () => {
  it('are not fetched until the pointer is over the chart; the tooltip shows the figure and its sources\' names meanwhile, then exactly what the whole series shows', async () => {
    const { chart, root } = await mountChart('spending-chart');
    expect(fetched().filter((p) => p.includes('series/') && p.includes('spending'))).toEqual(['/src/data/series/parts/spending-paint.ts', '/src/data/series/spending.ts']);
    expect(fetched().filter((p) => p.includes('-details'))).toEqual([]);
    // Drawn, summarised and sourced in the footer from the first paint alone.
    const footer = text(root, '[part="footer"] p');
    const spending = (await records()).spending;
    const noteOf = (id?: string) => spending.observations.find((o) => o.id === id)?.note;
    const point = layoutOf(chart).points.find((p) => noteOf(p.observation?.id))!;
    const note = noteOf(point.observation!.id)!.en;
    hover(root, point);
    await chart.updateComplete;
    const loading = text(root, '[part="tooltip"]')!;
    await chart.ready;
    expect(fetched()).toContain('/src/data/series/parts/spending-details.ts');
    const shown = text(root, '[part="tooltip"]')!;
    const { chart: whole, root: wholeRoot } = await reference('spending-chart', 'spending');
    hover(wholeRoot, point);
    await whole.updateComplete;
    expect(shown).toBe(text(wholeRoot, '[part="tooltip"]'));
    expect(shown).toContain(note);
    // While the details were on their way: the same figure and date, each source by its publisher, no note yet.
    const publishers = dataOf(chart).data.sources.filter((s) => point.observation!.sourceIds.includes(s.id)).map((s) => s.publisher.en);
    expect(loading.startsWith(shown.slice(0, shown.indexOf(' ')))).toBe(true);
    expect(loading).not.toContain(note);
    for (const publisher of publishers) expect(loading).toContain(publisher);
    expect(text(root, '[part="footer"] p')).toBe(footer);
    expect(text(root, '[part="footer"] p')).toBe(text(wholeRoot, '[part="footer"] p'));
    expect(dataOf(chart).data).toEqual(spending);
  });

  it('are fetched by the data table\'s button and the CSV download, which then list exactly what the whole series lists', async () => {
    const { chart, root } = await mountChart('airstrikes-chart');
    expect(fetched().filter((p) => p.includes('series/') && p.includes('airstrikes'))).toEqual(['/src/data/series/airstrikes.ts', '/src/data/series/parts/airstrikes-paint.ts']);
    root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await chart.ready;
    expect(fetched()).toContain('/src/data/series/parts/airstrikes-details.ts');
    const { chart: whole, root: wholeRoot } = await reference('airstrikes-chart', 'airstrikes');
    wholeRoot.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await whole.ready;
    const table = text(root, '[part="table"]')!;
    expect(table).toBe(text(wholeRoot, '[part="table"]'));
    const note = layoutOf(chart).points.find((p) => p.observation?.note)!.observation!.note!.en;
    expect(table).toContain(note);
    expect(root.querySelector('[part="table"]')!.innerHTML.replace(/<!--[^>]*-->/g, '')).toBe(wholeRoot.querySelector('[part="table"]')!.innerHTML.replace(/<!--[^>]*-->/g, ''));
    const csv = await savedCsv(root);
    expect(csv).toBe(await savedCsv(wholeRoot));
    expect(csv).toContain(note);
  });

  it('are fetched on focus, before the first key: the announcement names each source with its title', async () => {
    const { chart, root } = await mountChart('troop-levels-chart');
    expect(fetched().filter((p) => p.includes('troop-levels-details'))).toEqual([]);
    root.querySelector<HTMLElement>('.plot')!.focus();
    await chart.ready;
    expect(fetched()).toContain('/src/data/series/parts/troop-levels-details.ts');
    root.querySelector<HTMLElement>('.plot')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true, cancelable: true }));
    await chart.updateComplete;
    const first = layoutOf(chart).points[0]!.observation!;
    const whole = (await records())['troop-levels'];
    const titles = whole.sources.filter((s) => first.sourceIds.includes(s.id)).map((s) => s.title);
    const said = text(root, '[role="status"]')!;
    for (const title of titles) expect(said).toContain(title.replace(/\s+/g, ' ').trim());
    expect(dataOf(chart).data).toEqual(whole);
  });

  it('already imported for another chart, are drawn by the next one on its first interaction, and not before', async () => {
    const { chart, root } = await mountChart('troop-levels-chart', { attributes: { lang: 'ar-IQ' } });
    const whole = (await records())['troop-levels'];
    expect(dataOf(chart).data.observations.filter((o) => o.note)).toEqual([]);
    root.querySelector<HTMLElement>('[part="table-toggle"]')!.click();
    await chart.ready;
    expect(dataOf(chart).data).toEqual(whole);
    expect(text(root, '[part="table"]')).toContain(whole.observations.find((o) => o.note && layoutOf(chart).points.some((p) => p.observation?.id === o.id))!.note!.ar);
  });
});
