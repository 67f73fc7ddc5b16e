import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderTroopLevels, type TroopLevelsArgs } from './story-helpers.js';

/**
 * `<troop-levels-chart>` draws the US troop presence in Iraq from the bundled, sourced dataset:
 * reported counts as a line, authorized caps as a dashed step line, announced plans dotted,
 * ranges as a band, events as annotations. Hover, tap or use the arrow keys to read each
 * point with its source.
 */
const meta: Meta<TroopLevelsArgs> = {
  title: 'Troop levels chart/Overview',
  tags: ['autodocs'],
  component: 'troop-levels-chart',
  render: renderTroopLevels,
};
export default meta;
type Story = StoryObj<TroopLevelsArgs>;

/** No configuration: the bundled series, 2003–2026, in the page's language and theme. */
export const Default: Story = {};

/** Arabic as written in Iraq: right to left, Arabic-Indic digits, Levantine month names (تشرين الثاني). */
export const ArabicIraq: Story = { name: 'Arabic (ar-IQ)', args: { lang: 'ar-IQ' } };

/** Arabic as written in Egypt: Arabic-Indic digits and Egyptian month names (نوفمبر). */
export const ArabicEgypt: Story = { name: 'Arabic (ar-EG)', args: { lang: 'ar-EG' } };

/** The dark theme, set on the element. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A 320 px column, as in a phone's article view: compact numbers, fewer labels. */
export const Narrow: Story = { name: 'Narrow (320 px)', args: { width: 320 } };
