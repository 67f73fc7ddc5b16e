import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { spendingStrings } from '../../src/components/spending-chart/spending-chart.strings.js';
import { chartLanguage, drawnBarChart, renderBarChart, yearIn, type BarChartArgs } from '../airstrikes-chart/bar-story-helpers.js';

/** The chart's own option (`view`) and the shared ones. */
const meta: Meta<BarChartArgs> = {
  title: 'Spending chart/Options',
  component: 'spending-chart',
  render: renderBarChart('spending-chart'),
};
export default meta;
type Story = StoryObj<BarChartArgs>;

/** Funding per fiscal year, the value axis in compact dollars; above it, the daily costs on a scale of their own. */
export const Annual: Story = {
  name: 'Per fiscal year (view="annual")',
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnBarChart(canvasElement, 'spending-chart');
    const { locale, text: shared } = chartLanguage(chart);
    const text = spendingStrings(locale.language);
    // FY2003 to FY2013, and FY2015 against ISIS.
    await expect(root.querySelectorAll('rect.bar').length).toBe(12);
    // The daily panel's scale (0, $10M, $20M a day), then the main one (0, $50B … $200B).
    const ticks = [...root.querySelectorAll('[part~="axis-y"] text')].map((t) => t.textContent);
    const dollars = (value: number) => shared.dollars(locale.formatCompact(value));
    await expect(ticks).toEqual([locale.formatNumber(0), dollars(10e6), dollars(20e6), locale.formatNumber(0), ...[50e9, 100e9, 150e9, 200e9].map(dollars)]);
    await expect([...root.querySelectorAll('[part~="daily-cost"] text')].map((t) => t.textContent)).toEqual([text.dailyTitle]);
  },
};

/** `view="cumulative"`: the running totals as published, one line for each total from the same start. */
export const Cumulative: Story = {
  name: 'Running totals (view="cumulative")',
  args: { view: 'cumulative' },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnBarChart(canvasElement, 'spending-chart');
    const { locale } = chartLanguage(chart);
    const text = spendingStrings(locale.language);
    // Its default years are its running totals' own: the first counts to 2005, the last to 2019.
    await expect(root.querySelector('[part="heading"]')?.textContent).toBe(text.cumulativeHeading(yearIn(locale, 2005), yearIn(locale, 2019)));
    await expect(root.querySelectorAll('path.line').length).toBeGreaterThan(1);
  },
};

/** `from="2014" to="2017"`: the first years of the war against ISIS. */
export const Isis: Story = { name: 'Years 2014–2017', args: { from: 2014, to: 2017 } };
