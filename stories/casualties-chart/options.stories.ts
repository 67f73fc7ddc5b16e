import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { casualtiesStrings } from '../../src/components/casualties-chart/casualties-chart.strings.js';
import { chartLanguage, drawnBarChart, renderBarChart, yearIn, type BarChartArgs } from '../airstrikes-chart/bar-story-helpers.js';

/** The chart's own option (`measure`) and the shared ones. */
const meta: Meta<BarChartArgs> = {
  title: 'Casualties chart/Options',
  component: 'casualties-chart',
  render: renderBarChart('casualties-chart'),
};
export default meta;
type Story = StoryObj<BarChartArgs>;

/**
 * The operations are labelled with their totals from the data; the years with no figure are
 * marked; an asterisk flags each bar on which sources differ.
 */
export const Deaths: Story = {
  name: 'Deaths, with the operations',
  args: { to: 2013 },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnBarChart(canvasElement, 'casualties-chart');
    const { locale } = chartLanguage(chart);
    const text = casualtiesStrings(locale.language);
    const labels = [...root.querySelectorAll('text.operation')].map((t) => t.textContent);
    // DoD's latest reading of Iraqi Freedom's total (AP, December 2024) updates the 2013 and 2015 readings.
    await expect(labels[0]).toBe(text.operationTotal(text.operation.OIF, locale.formatNumber(4419)));
    // Sources differ on 2004–2007 and 2009: an asterisk over each of those bars, keyed in the legend.
    await expect(root.querySelectorAll('text.dispute').length).toBe(5);
    await expect(root.querySelector('[part="legend"] .swatch.disputed')?.parentElement?.textContent?.trim()).toBe(chartLanguage(chart).text.disputed);
    // 2013 has no yearly figure in any source found; 2003–2012 each have one.
    await expect(root.querySelectorAll('rect.missing').length).toBe(1);
    await expect(root.querySelectorAll('rect.bar').length).toBe(10);
  },
};

/** `measure="wounded"`: wounded in action, per year where a yearly figure was published. */
export const Wounded: Story = {
  name: 'Wounded (measure="wounded")',
  args: { measure: 'wounded' },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnBarChart(canvasElement, 'casualties-chart');
    const { locale } = chartLanguage(chart);
    const text = casualtiesStrings(locale.language);
    await expect(root.querySelector('[part="heading"]')?.textContent).toBe(text.heading.wounded(yearIn(locale, 2003), yearIn(locale, 2026)));
    await expect(root.querySelectorAll('rect.bar').length).toBe(3); // 2004, 2005 and (at least) 2006
  },
};

/** `measure="both"`: deaths and wounded in two panels, each on its own scale. */
export const Both: Story = {
  name: 'Deaths and wounded (measure="both")',
  args: { measure: 'both' },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnBarChart(canvasElement, 'casualties-chart');
    const { locale } = chartLanguage(chart);
    const text = casualtiesStrings(locale.language);
    await expect([...root.querySelectorAll('text.panel-title')].map((t) => t.textContent)).toEqual([text.panel.deaths, text.panel.wounded]);
  },
};

/** `from="2014"`: the war against ISIS, where the record has no yearly figure, only running totals and single days. */
export const From2014: Story = { name: 'Years 2014–2026', args: { from: 2014 } };
