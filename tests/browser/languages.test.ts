import { afterEach, describe, expect, it } from 'vitest';
import { hasLanguage, strings } from '../../src/components/core/i18n.js';
import { cleanup, drawn, fixture, mount, mountChart, text } from './fixtures.js';

afterEach(cleanup);

/** The modules of Arabic texts the page has fetched (`*.ar.ts` from the dev server), by file name. */
const arabicFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
    .filter((file) => /\.ar\.[jt]s$/.test(file));

// The tests run in order: the first sees a page that has fetched no Arabic yet.
describe("the texts of the reader's language only", () => {
  it('an English chart fetches no Arabic texts', async () => {
    const { root } = await mount({ data: fixture });
    expect(text(root, '[part="heading"]')).toBe('US troops in Iraq, 2004–2026');
    expect(text(root, '[part="footer"] button')).toBe('Download data (CSV)');
    expect(hasLanguage('ar')).toBe(false);
    expect(arabicFetched()).toEqual([]);
  });

  it('an Arabic chart imports the Arabic texts and draws them from its first update, with no English before', async () => {
    const chart = document.createElement('troop-levels-chart');
    const updates: { arabic: boolean; text: string }[] = [];
    chart.addController({ hostUpdated: () => updates.push({ arabic: hasLanguage('ar'), text: chart.shadowRoot!.textContent ?? '' }) });
    for (const [name, value] of Object.entries({ lang: 'ar', now: '2025-01-01', annotations: 'none' })) chart.setAttribute(name, value);
    chart.data = fixture;
    const box = document.createElement('div');
    box.style.width = '664px';
    box.append(chart);
    document.body.append(box);
    // Connected before its texts have arrived, the chart has not updated yet.
    expect(updates).toEqual([]);
    await drawn(chart);
    // The troop chart has no texts of its own: the shared table is all it imports.
    expect(arabicFetched()).toEqual(['i18n.ar.ts']);
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.every((u) => u.arabic)).toBe(true);
    const english = strings('en');
    expect(updates.filter((u) => [english.showTable, english.download, english.loading, 'US troops'].some((s) => u.text.includes(s)))).toEqual([]);
    const root = chart.shadowRoot!;
    expect(text(root, '[part="heading"]')).toBe('القوات الأمريكية في العراق، 2004–2026');
    expect(text(root, '[part="footer"] button')).toBe(strings('ar').download);
    expect(strings('ar').download).not.toBe(english.download);
  });

  it('a chart with texts of its own, defined after the shared Arabic texts arrived, imports its own table and draws it', async () => {
    // Imported here, not above, so that its table is declared only now: the loaded language misses it.
    const { airstrikesStrings } = await import('../../src/components/airstrikes-chart/airstrikes-chart.strings.js');
    await import('../../src/components/airstrikes-chart/airstrikes-chart.js');
    expect(hasLanguage('ar')).toBe(false);
    const { root } = await mountChart('airstrikes-chart', { data: { sources: [], observations: [] }, attributes: { lang: 'ar', mode: 'cumulative' } });
    expect(arabicFetched()).toEqual(['i18n.ar.ts', 'airstrikes-chart.strings.ar.ts']);
    expect(text(root, '[part="description"]')).toBe(airstrikesStrings('ar').cumulativeDescription);
    expect(airstrikesStrings('ar').cumulativeDescription).not.toBe(airstrikesStrings('en').cumulativeDescription);
  });
});
