import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { present } from '../docs/story-wait.js';
import { drawnChart, renderTroopLevels, timeKeys, type TroopLevelsArgs } from './story-helpers.js';

/**
 * One tab stop; the arrow keys walk the points in time order (mirrored when time runs right to
 * left), Home and End jump to the ends, Enter selects, Escape closes the tooltip. Each point is
 * announced with its date, value, kind and source. The summary and the data table are always
 * in the accessibility tree.
 */
const meta: Meta<TroopLevelsArgs> = {
  title: 'Troop levels chart/Accessibility',
  component: 'troop-levels-chart',
  render: renderTroopLevels,
};
export default meta;
type Story = StoryObj<TroopLevelsArgs>;

/** Tab into the chart, walk three points forward in time, read the tooltip, close it. */
export const KeyboardWalk: Story = {
  name: 'Keyboard walk',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnChart(canvasElement);
    const focused: string[] = [];
    chart.addEventListener('imc-point-focus', (e) => e.detail && focused.push(e.detail.observation!.id));
    const plot = root.querySelector<HTMLElement>('.plot')!;
    const { forward } = timeKeys(root);
    plot.focus();
    await userEvent.keyboard(`{${forward}}{${forward}}{${forward}}`);
    await expect(focused.length).toBe(3);
    const tooltip = await present(() => root.querySelector('[part="tooltip"]'));
    await expect(tooltip.textContent).toContain('Source');
    await expect(root.querySelector('[role="status"][aria-live]')?.textContent).toContain('Source');
    await userEvent.keyboard('{Escape}');
    await expect(root.querySelector('[part="tooltip"]')).toBeNull();
  },
};

/**
 * The same walk in Arabic: time runs right to left, so the left arrow moves forward in time
 * (with the toolbar's time direction set to left to right, the right arrow does).
 */
export const KeyboardWalkArabic: Story = {
  name: 'Keyboard walk (Arabic)',
  args: { lang: 'ar-IQ' },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnChart(canvasElement);
    const times: number[] = [];
    chart.addEventListener('imc-point-focus', (e) => e.detail && times.push(e.detail.index));
    const { forward, back } = timeKeys(root);
    root.querySelector<HTMLElement>('.plot')!.focus();
    await userEvent.keyboard(`{${forward}}{${forward}}{${back}}`);
    await expect(times).toEqual([0, 1, 0]);
    await expect(root.querySelector('[part="tooltip"]')?.textContent).toContain('المصدر');
  },
};

/** The data table, opened with its button: every point with its sources, then the events. */
export const DataTable: Story = {
  name: 'Data table',
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnChart(canvasElement);
    const toggle = root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    await expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    await chart.ready;
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = root.querySelectorAll('[part="table"] table:first-of-type tbody tr');
    await expect(rows.length).toBe(root.querySelectorAll('.point').length);
  },
};
