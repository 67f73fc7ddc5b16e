import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { eventually } from '../docs/story-wait.js';
import { drawnChart, languageOf, renderTroopLevels, type TroopLevelsArgs } from './story-helpers.js';

/** The chart's options: years, annotations, digits, direction of time, and your own data. */
const meta: Meta<TroopLevelsArgs> = {
  title: 'Troop levels chart/Options',
  component: 'troop-levels-chart',
  render: renderTroopLevels,
};
export default meta;
type Story = StoryObj<TroopLevelsArgs>;

/** `from="2014"`: the war against ISIS and after, where caps and counts are in the thousands. */
export const From2014: Story = {
  name: 'Years 2014–2026',
  args: { from: 2014 },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnChart(canvasElement);
    const { locale } = languageOf(chart);
    const labels = [...root.querySelectorAll('[part~="axis-x"] text')].map((t) => t.textContent);
    await expect(labels[0]).toBe(locale.formatYear(Date.UTC(2014, 0, 1)));
  },
};

/** `annotations="all"`: every event in the dataset, not only the key ones. */
export const AllAnnotations: Story = { name: 'All annotations', args: { annotations: 'all' } };

/** `annotations="none"`: the data alone. */
export const NoAnnotations: Story = { name: 'No annotations', args: { annotations: 'none' } };

/** `numerals="latn"`: an Arabic chart with the digits 0–9, as many Gulf newsrooms print them. */
export const ArabicLatinDigits: Story = { name: 'Arabic with Latin digits', args: { lang: 'ar-IQ', numerals: 'latn' } };

/** `time-direction="ltr"`: an Arabic chart whose time still runs left to right; the value axis stays on the right. */
export const ArabicTimeLeftToRight: Story = { name: 'Arabic, time left to right', args: { lang: 'ar-IQ', 'time-direction': 'ltr' } };

/** `.data`: your own records, each with its source. */
export const CustomData: Story = {
  name: 'Custom data (.data)',
  args: {
    heading: 'US troops in Iraq: a newsroom’s own figures',
    from: 2019,
    to: 2026,
    data: {
      sources: [{ id: 'desk', publisher: 'Our newsroom', title: 'Figures compiled by the desk', date: '2026' }],
      observations: [
        { date: '2019', value: 5200, qualifier: 'approx', sourceIds: ['desk'] },
        { date: '2020-09', value: 3000, sourceIds: ['desk'] },
        { date: '2021-01', value: 2500, sourceIds: ['desk'] },
        { date: '2024', value: 2500, qualifier: 'approx', sourceIds: ['desk'] },
        { date: '2026-09', value: 2000, qualifier: 'at-most', kind: 'planned', sourceIds: ['desk'] },
      ],
    },
    now: '2025-06-01',
  },
  play: async ({ canvasElement }) => {
    const { root } = await drawnChart(canvasElement);
    await expect(root.querySelectorAll('.point').length).toBe(5);
    await expect(root.querySelector('[part="notice"]')).toBeNull();
  },
};

/** `src`: a CSV file with a `source` column per row (examples/data/troop-levels.csv). */
export const CsvFromSrc: Story = {
  name: 'CSV from src',
  args: { src: 'data/troop-levels.csv', now: '2025-06-01' },
  play: async ({ canvasElement }) => {
    const { root } = await drawnChart(canvasElement);
    await eventually(() => expect(root.querySelectorAll('.point').length).toBe(9));
  },
};
