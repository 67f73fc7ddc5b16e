import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { chartLanguage, drawnBarChart, renderBarChart, yearIn, type BarChartArgs } from '../airstrikes-chart/bar-story-helpers.js';

/** Your own data, bad data and no data: the chart draws what is valid and says what is wrong. */
const meta: Meta<BarChartArgs> = {
  title: 'Spending chart/States',
  component: 'spending-chart',
  render: renderBarChart('spending-chart'),
};
export default meta;
type Story = StoryObj<BarChartArgs>;

/** `.data`: a newsroom's own fiscal-year figures, one of them an estimate. */
export const CustomData: Story = {
  name: 'Custom data (.data)',
  args: {
    from: 2007,
    to: 2012,
    data: {
      sources: [{ id: 'desk', publisher: 'Our newsroom', title: 'Figures compiled by the desk', date: '2013' }],
      observations: [
        { date: '2007-10', end: '2008-09', value: 142.1e9, kind: 'authorized', sourceIds: ['desk'] },
        { date: '2008-10', end: '2009-09', value: 95.5e9, kind: 'authorized', sourceIds: ['desk'] },
        { date: '2009-10', end: '2010-09', value: 65.9e9, kind: 'authorized', sourceIds: ['desk'] },
        { date: '2010-10', end: '2011-09', value: 45e9, kind: 'estimate', sourceIds: ['desk'] },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const { root } = await drawnBarChart(canvasElement, 'spending-chart');
    await expect(root.querySelectorAll('rect.bar').length).toBe(4);
    await expect(root.querySelectorAll('rect.bar.open').length).toBe(1);
    await expect(root.querySelector('[part="notice"]')).toBeNull();
  },
};

/** One good row and two bad ones. */
export const BadData: Story = {
  name: 'Bad data',
  args: {
    data: [
      { date: '2007-10', end: '2008-09', value: 142e9, kind: 'authorized', source: 'Desk' },
      { date: 'FY2009', value: 95e9, source: 'Desk' },
      { date: '2009-10', end: '2010-09', value: 'lots', source: '<img src=x onerror=alert(1)>' },
    ],
  },
  play: async ({ canvasElement }) => {
    const { root } = await drawnBarChart(canvasElement, 'spending-chart');
    await expect(root.querySelectorAll('[part="notice"] li').length).toBe(2);
    await expect(root.querySelectorAll('rect.bar').length).toBe(1);
    await expect(root.querySelector('img')).toBeNull();
  },
};

/** No figure at all: the frame stays, with a plain message. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnBarChart(canvasElement, 'spending-chart');
    const { locale, text } = chartLanguage(chart);
    await expect(root.querySelector('[part="notice"]')?.textContent?.trim()).toBe(text.empty(yearIn(locale, 2003), yearIn(locale, 2026)));
  },
};
