import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fixture, mount, text } from './fixtures.js';

afterEach(cleanup);

/** The modules of the library the page has fetched (from the dev server), by file name. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/src/'))
    .map((path) => path.split('/').pop()!);

// The tests run in order: the first sees a page that has not shown a table yet.
describe('the data table, fetched when a reader first asks for it', () => {
  it('is not fetched with the chart, which carries its empty container and the button', async () => {
    const { root } = await mount({ data: fixture });
    expect(fetched()).toContain('base-chart.ts');
    expect(fetched()).not.toContain('data-table.ts');
    expect(root.querySelector('[part="table"]')!.childElementCount).toBe(0);
    expect(text(root, '[part="table-toggle"]')).toBe('Show data table');
  });

  it('is imported on the first press, and `updateComplete` resolves once it is built', async () => {
    const { chart, root } = await mount({ data: fixture });
    const toggle = root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    toggle.click();
    await chart.updateComplete;
    expect(fetched().filter((file) => file === 'data-table.ts')).toEqual(['data-table.ts']);
    expect(root.querySelector('[part="table"]')!.classList.contains('visually-hidden')).toBe(false);
    expect(root.querySelectorAll('[part="table"] tbody tr').length).toBe(4);
    expect(text(root, '[part="table-toggle"]')).toBe('Hide data table');
  });

  it('is built at once by a second chart, the module being there already', async () => {
    const { chart, root } = await mount({ data: fixture });
    root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    // No import to wait for: the table is in the update the press asked for.
    await chart.updateComplete;
    expect(root.querySelectorAll('[part="table"] tbody tr').length).toBe(4);
  });
});
