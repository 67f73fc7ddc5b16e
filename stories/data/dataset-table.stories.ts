import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { dataset } from '../../src/data/index.js';
import { observationsOf, SERIES, type SeriesFilter } from './dataset-table.js';

interface TableArgs {
  series?: SeriesFilter;
  tables?: string;
}

/**
 * The bundled dataset as tables: every observation with its sources (filter by series), every
 * source with how many observations cite it, and every event. Read from `dataset` itself.
 *
 * The Docs page "Data & sources" shows all three tables at once. Here they are split, because axe
 * on 345 observations, 183 sources and 37 events in one story takes longer than the 15 s a story
 * test may take when the four runs share a busy machine. Every row is still checked by axe in one
 * of these stories: "All observations" ends with the spending series chosen, each other series
 * has a story of its own, and "Sources" and "Events" hold the other two tables.
 */
const meta: Meta<TableArgs> = {
  title: 'Data & sources/Table',
  // Every rule still runs on every node and every violation is reported in full; passing
  // nodes are not all listed, which keeps the report of these long tables small.
  parameters: { a11y: { options: { resultTypes: ['violations'] } } },
  render: (args) =>
    html`<imc-dataset-table series=${ifDefined(args.series)} tables=${ifDefined(args.tables)}></imc-dataset-table>`,
};
export default meta;
type Story = StoryObj<TableArgs>;

/** A series' rows only, without the sources and events tables. */
function seriesStory(series: keyof typeof SERIES, name: string): Story {
  return {
    name,
    args: { series, tables: 'observations' },
    play: async ({ canvasElement }) => {
      const table = canvasElement.querySelector('imc-dataset-table')!;
      await table.updateComplete;
      const root = table.shadowRoot!;
      await expect(root.querySelector<HTMLSelectElement>('select#series')!.value).toBe(series);
      const expected = dataset.observations.filter((o) => SERIES[series].includes(o.metric)).length;
      await expect(root.querySelectorAll('table.observations tbody tr').length).toBe(expected);
      await expect(root.querySelector('table.sources')).toBeNull();
    },
  };
}

/** Every observation, then the spending series chosen in the filter. */
export const AllObservations: Story = {
  name: 'All observations',
  args: { tables: 'observations' },
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('imc-dataset-table')!;
    await table.updateComplete;
    const root = table.shadowRoot!;
    const bodyRows = () => root.querySelectorAll('table.observations tbody tr');
    const select = root.querySelector<HTMLSelectElement>('select#series')!;

    await expect(select.value).toBe('all');
    await expect(bodyRows().length).toBe(dataset.observations.length);
    // Text from the data stays text; only http(s) URLs become links.
    await expect(root.querySelector('img, script, iframe')).toBeNull();
    const links = [...root.querySelectorAll('a')];
    await expect(links.length).toBeGreaterThan(0);
    await expect(links.filter((a) => a.protocol !== 'https:' && a.protocol !== 'http:')).toEqual([]);

    // Choosing a series narrows the table; the story ends here, so axe checks this state.
    const spending = dataset.observations.filter((o) => SERIES.spending.includes(o.metric)).length;
    await expect(observationsOf('spending').length).toBe(spending);
    await userEvent.selectOptions(select, 'spending');
    await waitFor(() => expect(bodyRows().length).toBe(spending));
    const count = root.querySelector('.count')!.textContent!.replace(/\s+/g, ' ').trim();
    await expect(count).toMatch(new RegExp(`^${spending} observations from \\d+ sources$`));
    await expect(root.querySelector('table.sources')).toBeNull();
  },
};

/** US and coalition troop levels, deployments and people who served. */
export const Troops: Story = seriesStory('troops', 'Troops');

/** Air strikes, targets destroyed and enemy fighters killed. */
export const Airstrikes: Story = seriesStory('airstrikes', 'Air strikes');

/** Deaths, wounded and attacks. */
export const Casualties: Story = seriesStory('casualties', 'Casualties');

/** Every source, with how many observations cite it; the seed documents first. */
export const Sources: Story = {
  args: { tables: 'sources' },
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('imc-dataset-table')!;
    await table.updateComplete;
    const sourcesTable = table.shadowRoot!.querySelector('table.sources')!;
    await expect(sourcesTable.textContent).toContain('000_a4fc2bad700da427.txt');
    const rows = [...sourcesTable.querySelectorAll('tbody tr')];
    await expect(rows.length).toBe(dataset.sources.length);
    const seed = rows.find((row) => row.textContent?.includes('000_a4fc2bad700da427.txt'));
    await expect(seed?.querySelector('th')?.textContent?.trim()).toBe('seed-000');
    const cited = dataset.observations.filter((o) => o.sourceIds.includes('seed-000')).length;
    await expect(seed?.querySelector('td:last-child')?.textContent?.trim()).toBe(String(cited));
  },
};

/** Every event, its label filled in from its values, with its sources. */
export const Events: Story = {
  args: { tables: 'events' },
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('imc-dataset-table')!;
    await table.updateComplete;
    const events = table.shadowRoot!.querySelector('table.events')!;
    await expect(events.querySelectorAll('tbody tr').length).toBe(dataset.events.length);
    await expect(events.textContent).not.toMatch(/\{[ny]\d+\}/);
  },
};
