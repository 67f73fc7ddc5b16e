import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { chartLanguage, drawnBarChart, renderBarChart, yearIn, type BarChartArgs } from './bar-story-helpers.js';

/** Your own data, bad data and no data: the chart draws what is valid and says what is wrong. */
const meta: Meta<BarChartArgs> = {
  title: 'Air strikes chart/States',
  component: 'airstrikes-chart',
  render: renderBarChart('airstrikes-chart'),
};
export default meta;
type Story = StoryObj<BarChartArgs>;

/** `.data`: a newsroom's own monthly counts, stacked by country. */
export const CustomData: Story = {
  name: 'Custom data (.data)',
  args: {
    mode: 'per-period',
    period: 'month',
    from: 2017,
    to: 2017,
    data: {
      sources: [{ id: 'desk', publisher: 'Our newsroom', title: 'Counts compiled by the desk', date: '2018' }],
      observations: [
        { date: '2017-01', value: 420, region: 'Iraq', scope: 'coalition', sourceIds: ['desk'] },
        { date: '2017-01', value: 380, region: 'Syria', scope: 'coalition', sourceIds: ['desk'] },
        { date: '2017-02', value: 510, region: 'Iraq', scope: 'coalition', sourceIds: ['desk'] },
        { date: '2017-04', value: 900, region: 'both', scope: 'coalition', sourceIds: ['desk'] },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const { root } = await drawnBarChart(canvasElement, 'airstrikes-chart');
    await expect(root.querySelectorAll('rect.bar').length).toBe(4);
    await expect(root.querySelectorAll('.point').length).toBe(4);
    await expect(root.querySelector('[part="notice"]')).toBeNull();
  },
};

/** One good row and two bad ones: the good is drawn, the bad listed with row, field and reason. */
export const BadData: Story = {
  name: 'Bad data',
  args: {
    data: [
      { date: '2014-08-08', end: '2016-06-28', value: 13470, kind: 'cumulative', region: 'both', scope: 'coalition', source: 'Desk' },
      { date: '28/06/2016', value: 9099, kind: 'cumulative', source: 'Desk' },
      { date: '2014-08-08', end: '2017', value: 'many', kind: 'cumulative', source: '<img src=x onerror=alert(1)>' },
    ],
  },
  play: async ({ canvasElement }) => {
    const { root } = await drawnBarChart(canvasElement, 'airstrikes-chart');
    await expect(root.querySelectorAll('[part="notice"] li').length).toBe(2);
    await expect(root.querySelectorAll('.point').length).toBe(1);
    await expect(root.querySelector('img')).toBeNull();
  },
};

/** No figure at all: the frame stays, with a plain message. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnBarChart(canvasElement, 'airstrikes-chart');
    const { locale, text } = chartLanguage(chart);
    await expect(root.querySelector('[part="notice"]')?.textContent?.trim()).toBe(text.empty(yearIn(locale, 2003), yearIn(locale, 2026)));
  },
};
