import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, fixture, mount, openTable, until } from './fixtures.js';

afterEach(cleanup);

const rows = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part="table"] table:first-of-type tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
const toggle = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;

const FIXTURE_ROWS = [
  '2004 about 138,000 reported Brookings Institution',
  'October 2007 about 171,000 reported Brookings Institution Surge peak',
  'December 18, 2011 0 reported US Department of Defense',
  'September 2026 at most 2,000 announced plan US Department of Defense',
];

describe('the data table, built when it is asked for', () => {
  it('is not in the DOM before the button is activated; the button and the summary are', async () => {
    const { root } = await mount({ data: fixture });
    const container = root.querySelector('[part="table"]')!;
    expect(container.id).toBe('table');
    expect(container.querySelector('table')).toBeNull();
    expect(container.textContent).toBe('');
    expect(toggle(root).getAttribute('aria-controls')).toBe('table');
    expect(toggle(root).getAttribute('aria-expanded')).toBe('false');
    expect(toggle(root).textContent!.trim()).toBe('Show data table');
    expect(root.querySelector('.plot')!.getAttribute('aria-label')).toMatch(/^US troops in Iraq, 2004–2026\. /);
  });

  it('is built on a click, with every figure and its sources', async () => {
    const { chart, root } = await mount({ data: fixture });
    toggle(root).click();
    await chart.ready;
    expect(rows(root)).toEqual(FIXTURE_ROWS);
    expect(root.querySelector('[part="table"] caption')!.textContent).toBe('US troops in Iraq, 2004–2026');
    expect(toggle(root).getAttribute('aria-expanded')).toBe('true');
    expect(toggle(root).textContent!.trim()).toBe('Hide data table');
    expect(root.querySelector('[part="table"]')!.className).toBe('');
  });

  it('is built on Enter at the button', async () => {
    const { chart, root } = await mount({ data: fixture });
    toggle(root).focus();
    await userEvent.keyboard('{Enter}');
    await chart.ready;
    expect(rows(root)).toEqual(FIXTURE_ROWS);
  });

  it('stays, the same DOM, through a keystroke, a tooltip, a resize and being hidden', async () => {
    const { chart, root, box } = await mount({ data: fixture });
    const table = (await openTable(chart)).querySelector('table')!;
    root.querySelector<HTMLElement>('.plot')!.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    box.style.width = '500px';
    await until(() => root.querySelector('svg[part="svg"]')!.getAttribute('width') === '476');
    await chart.ready;
    expect(root.querySelector('[part="table"] table')).toBe(table);
    toggle(root).click();
    await chart.ready;
    expect(root.querySelector('[part="table"] table')).toBe(table);
    expect(rows(root)).toEqual(FIXTURE_ROWS);
  });

  it('is built again when the data changes while it is open', async () => {
    const { chart, root } = await mount({ data: fixture });
    await openTable(chart);
    chart.data = { ...fixture, observations: fixture.observations.slice(2) };
    await chart.ready;
    expect(rows(root)).toEqual(FIXTURE_ROWS.slice(2));
  });

  it('is dropped when the data changes while it is hidden, and built from the new data when asked again', async () => {
    const { chart, root } = await mount({ data: fixture });
    await openTable(chart);
    toggle(root).click();
    await chart.ready;
    chart.data = { ...fixture, observations: fixture.observations.slice(0, 1) };
    await chart.ready;
    expect(root.querySelector('[part="table"] table')).toBeNull();
    await openTable(chart);
    expect(rows(root)).toEqual(FIXTURE_ROWS.slice(0, 1));
  });

  it('is built again in the new language when the language changes while it is open', async () => {
    const { chart, root } = await mount({ data: fixture });
    await openTable(chart);
    chart.setAttribute('lang', 'ar-IQ');
    await chart.ready;
    expect(root.querySelector('[part="table"] caption')!.textContent).toBe('القوات الأمريكية في العراق، ٢٠٠٤–٢٠٢٦');
    expect(rows(root)[0]).toBe('٢٠٠٤ نحو ١٣٨٬٠٠٠ عدد معلن Brookings Institution');
  });
});
