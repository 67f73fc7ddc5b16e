import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { strings } from '../../src/components/core/i18n.js';
import { localeInfo } from '../../src/components/core/locale.js';
import { drawnDashboard, renderDashboard, type DashboardArgs } from './story-helpers.js';

/**
 * The dashboard has no data of its own: each chart reads, checks and reports its own (see each
 * chart's States). Here, what the dashboard does with years that hold no data and with wrong
 * attribute values.
 */
const meta: Meta<DashboardArgs> = {
  title: 'Mission dashboard/States',
  component: 'mission-dashboard',
  render: renderDashboard,
};
export default meta;
type Story = StoryObj<DashboardArgs>;

/** Years before the mission: every chart says it has no data for them, in its language. */
export const Empty: Story = {
  name: 'Empty years',
  args: { from: 1995, to: 1999 },
  play: async ({ canvasElement }) => {
    const { charts } = await drawnDashboard(canvasElement);
    for (const chart of charts) {
      const locale = localeInfo(chart.resolvedLang);
      const [from, to] = [1995, 1999].map((y) => locale.formatYear(Date.UTC(y, 0, 1)));
      await expect(chart.shadowRoot!.querySelector('[part="notice"]')?.textContent?.trim()).toBe(strings(locale.language).empty(from!, to!));
    }
  },
};

/** A year the dashboard cannot read (`from="soon"`): it uses 2003, and every chart draws. */
export const WrongAttributes: Story = {
  name: 'Wrong attributes',
  args: { from: 'soon' },
  play: async ({ canvasElement }) => {
    const { charts } = await drawnDashboard(canvasElement);
    await expect(charts.map((c) => c.getAttribute('from'))).toEqual(charts.map(() => '2003'));
    await expect(charts.every((c) => c.shadowRoot!.querySelectorAll('.point').length > 0)).toBe(true);
  },
};
