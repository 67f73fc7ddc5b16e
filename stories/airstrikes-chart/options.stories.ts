import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { airstrikesStrings } from '../../src/components/airstrikes-chart/airstrikes-chart.strings.js';
import { chartLanguage, drawnBarChart, renderBarChart, yearIn, type BarChartArgs } from './bar-story-helpers.js';

/** The chart's own options (`mode`, `period`) and the shared ones. */
const meta: Meta<BarChartArgs> = {
  title: 'Air strikes chart/Options',
  component: 'airstrikes-chart',
  render: renderBarChart('airstrikes-chart'),
};
export default meta;
type Story = StoryObj<BarChartArgs>;

/** `mode="per-period"`: counts for a whole calendar year. The record has one: at least 8,000 US strikes in 2015. */
export const PerYear: Story = {
  name: 'Per year (mode="per-period")',
  args: { mode: 'per-period' },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnBarChart(canvasElement, 'airstrikes-chart');
    const { locale } = chartLanguage(chart);
    const text = airstrikesStrings(locale.language);
    // The years of the counts of a whole year: the record has one, for 2015.
    await expect(root.querySelector('[part="heading"]')?.textContent).toBe(text.heading(yearIn(locale, 2015), yearIn(locale, 2015)));
    await expect(root.querySelectorAll('rect.bar').length).toBe(1);
    await expect(root.querySelector('rect.bar')?.getAttribute('class')).toBe('bar both open');
  },
};

/** `period="month"`: the months with a published count, Iraq and Syria stacked over the count for both. */
export const PerMonth: Story = {
  name: 'Per month (period="month")',
  args: { mode: 'per-period', period: 'month' },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnBarChart(canvasElement, 'airstrikes-chart');
    const { locale } = chartLanguage(chart);
    const text = airstrikesStrings(locale.language);
    await expect(root.querySelectorAll('rect.bar').length).toBe(17);
    const legend = [...root.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim());
    await expect(legend.slice(0, 3)).toEqual([text.series.iraq, text.series.syria, text.series.total]);
  },
};

/** The arrow keys walk the running totals forward in time, whichever way time runs. */
export const KeyboardWalk: Story = {
  name: 'Keyboard walk',
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnBarChart(canvasElement, 'airstrikes-chart');
    const ids: string[] = [];
    chart.addEventListener('imc-point-focus', (e) => e.detail && ids.push(e.detail.observation!.id));
    root.querySelector<HTMLElement>('.plot')!.focus();
    await userEvent.keyboard('{Home}{End}');
    await expect(ids[0]).toBe('strikes-cumulative-2014-12-cjtf');
    await expect(ids[1]).toBe('strikes-cumulative-2020-09-cjtf');
  },
};

/** `from="2016" to="2017"`: the years of the battle for Mosul and Raqqa. */
export const Years2016To2017: Story = { name: 'Years 2016–2017', args: { from: 2016, to: 2017 } };
