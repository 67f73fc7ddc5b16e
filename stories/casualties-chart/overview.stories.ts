import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderBarChart, type BarChartArgs } from '../airstrikes-chart/bar-story-helpers.js';

/**
 * `<casualties-chart>` draws US military deaths in Iraq per calendar year from the bundled,
 * sourced dataset, hostile and non-hostile where the source separates them, over the bands of
 * the operations labelled with their totals. A year with no published figure is marked, never
 * drawn as zero. `measure="wounded"` or `both` adds the wounded.
 */
const meta: Meta<BarChartArgs> = {
  title: 'Casualties chart/Overview',
  tags: ['autodocs'],
  component: 'casualties-chart',
  render: renderBarChart('casualties-chart'),
};
export default meta;
type Story = StoryObj<BarChartArgs>;

/** No configuration: deaths per year, 2003–2026, in the page's language and theme. */
export const Default: Story = {};

/** Arabic as written in Iraq: right to left, Arabic-Indic digits. */
export const ArabicIraq: Story = { name: 'Arabic (ar-IQ)', args: { lang: 'ar-IQ' } };

/** The dark theme, set on the element. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A 320 px column, as in a phone's article view. */
export const Narrow: Story = { name: 'Narrow (320 px)', args: { width: 320 } };
