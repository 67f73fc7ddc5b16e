import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { DASHBOARD_TAGS, drawnDashboard, gridColumns, renderDashboard, type DashboardArgs } from './story-helpers.js';

/**
 * `<mission-dashboard>` puts every chart on one page: the timeline strip across the top, then
 * troops, air strikes, casualties and spending in two columns (one under 700 px). One control
 * sets the years of every chart; a date focused in one chart is marked in all of them.
 */
const meta: Meta<DashboardArgs> = {
  title: 'Mission dashboard/Overview',
  tags: ['autodocs'],
  component: 'mission-dashboard',
  render: renderDashboard,
};
export default meta;
type Story = StoryObj<DashboardArgs>;

/** No configuration: every chart, 2003–2026, in the page's language and theme. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { charts } = await drawnDashboard(canvasElement);
    await expect(charts.map((c) => c.localName)).toEqual(DASHBOARD_TAGS);
    await expect(new Set(charts.map((c) => c.getAttribute('link-group'))).size).toBe(1);
  },
};

/** Arabic as written in Iraq: every chart right to left, with Arabic-Indic digits. */
export const ArabicIraq: Story = {
  name: 'Arabic (ar-IQ)',
  args: { lang: 'ar-IQ' },
  play: async ({ canvasElement }) => {
    const { charts } = await drawnDashboard(canvasElement);
    await expect(charts.every((c) => c.resolvedLang === 'ar-IQ')).toBe(true);
  },
};

/** The dark theme, set on the dashboard and inherited by every chart. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { charts } = await drawnDashboard(canvasElement);
    await expect(charts.every((c) => c.resolvedTheme === 'dark')).toBe(true);
  },
};

/** A 360 px column, as on a phone: one chart a row. */
export const Narrow: Story = {
  name: 'Narrow (360 px)',
  args: { width: 360 },
  play: async ({ canvasElement }) => {
    const { root } = await drawnDashboard(canvasElement);
    await expect(gridColumns(root)).toBe(1);
  },
};
