import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderBarChart, type BarChartArgs } from '../airstrikes-chart/bar-story-helpers.js';

/**
 * `<spending-chart>` draws US war funding for Iraq by fiscal year (October to September) from the
 * bundled, sourced dataset, in nominal dollars in the reader's words, with the reported average
 * cost per day as a strip of points above. `view="cumulative"` shows the running totals instead.
 */
const meta: Meta<BarChartArgs> = {
  title: 'Spending chart/Overview',
  tags: ['autodocs'],
  component: 'spending-chart',
  render: renderBarChart('spending-chart'),
};
export default meta;
type Story = StoryObj<BarChartArgs>;

/** No configuration: funding per fiscal year, 2003–2026, in the page's language and theme. */
export const Default: Story = {};

/** Arabic as written in Iraq: right to left, Arabic-Indic digits, "مليار دولار". */
export const ArabicIraq: Story = { name: 'Arabic (ar-IQ)', args: { lang: 'ar-IQ' } };

/** The dark theme, set on the element. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A 320 px column, as in a phone's article view. */
export const Narrow: Story = { name: 'Narrow (320 px)', args: { width: 320 } };
