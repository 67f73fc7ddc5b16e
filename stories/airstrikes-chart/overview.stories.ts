import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderBarChart, type BarChartArgs } from './bar-story-helpers.js';

/**
 * `<airstrikes-chart>` draws the coalition's air strikes against ISIS in Iraq and Syria from the
 * bundled, sourced dataset. By default it shows the running totals as published — most of the
 * record is running totals — a line for Iraq, Syria and both; `mode="per-period"` draws the counts
 * for whole years or months as bars. Hover, tap or use the arrow keys to read each figure with
 * its source.
 */
const meta: Meta<BarChartArgs> = {
  title: 'Air strikes chart/Overview',
  tags: ['autodocs'],
  component: 'airstrikes-chart',
  render: renderBarChart('airstrikes-chart'),
};
export default meta;
type Story = StoryObj<BarChartArgs>;

/** No configuration: running totals, 2014–2026, in the page's language and theme. */
export const Default: Story = {};

/** Arabic as written in Iraq: right to left, Arabic-Indic digits. */
export const ArabicIraq: Story = { name: 'Arabic (ar-IQ)', args: { lang: 'ar-IQ' } };

/** The dark theme, set on the element. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A 320 px column, as in a phone's article view: compact numbers, fewer labels. */
export const Narrow: Story = { name: 'Narrow (320 px)', args: { width: 320 } };
