import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { chartLanguage, drawnBarChart, renderBarChart, yearIn, type BarChartArgs } from '../airstrikes-chart/bar-story-helpers.js';

/** Your own data, bad data and no data: the chart draws what is valid and says what is wrong. */
const meta: Meta<BarChartArgs> = {
  title: 'Casualties chart/States',
  component: 'casualties-chart',
  render: renderBarChart('casualties-chart'),
};
export default meta;
type Story = StoryObj<BarChartArgs>;

/** `.data`: yearly deaths split by cause, and a year with no figure. */
export const CustomData: Story = {
  name: 'Custom data (.data)',
  args: {
    from: 2004,
    to: 2007,
    now: '2008-01-01',
    data: {
      sources: [{ id: 'desk', publisher: 'Our newsroom', title: 'Figures compiled by the desk', date: '2008' }],
      observations: [
        { date: '2004', value: 713, cause: 'hostile', sourceIds: ['desk'] },
        { date: '2004', value: 136, cause: 'non-hostile', sourceIds: ['desk'] },
        { date: '2005', value: 846, sourceIds: ['desk'] },
        { date: '2007', value: 904, sourceIds: ['desk'] },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const { root } = await drawnBarChart(canvasElement, 'casualties-chart');
    await expect(root.querySelectorAll('rect.bar').length).toBe(4);
    await expect(root.querySelectorAll('rect.missing').length).toBe(1);
    await expect(root.querySelector('[part="notice"]')).toBeNull();
  },
};

/** One good row and two bad ones. */
export const BadData: Story = {
  name: 'Bad data',
  args: {
    data: [
      { date: '2007', value: 904, source: 'Desk' },
      { date: '2008/01', value: 314, source: 'Desk' },
      { date: '2009', value: -5, source: '<img src=x onerror=alert(1)>' },
    ],
  },
  play: async ({ canvasElement }) => {
    const { root } = await drawnBarChart(canvasElement, 'casualties-chart');
    await expect(root.querySelectorAll('[part="notice"] li').length).toBe(2);
    await expect(root.querySelectorAll('rect.bar').length).toBe(1);
    await expect(root.querySelector('img')).toBeNull();
  },
};

/** No figure at all: every year is marked as having none, with a plain message. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnBarChart(canvasElement, 'casualties-chart');
    const { locale, text } = chartLanguage(chart);
    await expect(root.querySelector('[part="notice"]')?.textContent?.trim()).toBe(text.empty(yearIn(locale, 2003), yearIn(locale, 2026)));
  },
};
