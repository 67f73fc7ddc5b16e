import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { eventually } from '../docs/story-wait.js';
import { drawnDashboard, renderDashboard, type DashboardArgs } from './story-helpers.js';

/** The dashboard's options: the shared years, and linked highlighting between its charts. */
const meta: Meta<DashboardArgs> = {
  title: 'Mission dashboard/Options',
  component: 'mission-dashboard',
  render: renderDashboard,
};
export default meta;
type Story = StoryObj<DashboardArgs>;

/** `from="2014" to="2020"`: every chart shows the war against ISIS. */
export const Years: Story = {
  name: 'Years 2014–2020',
  args: { from: 2014, to: 2020 },
  play: async ({ canvasElement }) => {
    const { charts } = await drawnDashboard(canvasElement);
    await expect(charts.map((c) => [c.from, c.to])).toEqual(charts.map(() => [2014, 2020]));
  },
};

/** The year control changes the years of every chart at once. */
export const YearControl: Story = {
  name: 'Choosing the years',
  play: async ({ canvasElement }) => {
    const { root, charts } = await drawnDashboard(canvasElement);
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('select[name="from"]')!, '2011');
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('select[name="to"]')!, '2018');
    await eventually(() => expect(charts.map((c) => c.getAttribute('from') + '–' + c.getAttribute('to'))).toEqual(charts.map(() => '2011–2018')));
  },
};

/** Focusing a point in the troop chart marks its date with a crosshair in every other chart. */
export const LinkedHover: Story = {
  name: 'Linked highlighting',
  play: async ({ canvasElement }) => {
    const { charts } = await drawnDashboard(canvasElement);
    const troops = charts.find((c) => c.localName === 'troop-levels-chart')!;
    troops.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
    await userEvent.keyboard('{Home}');
    await eventually(() => expect(charts.filter((c) => c !== troops).every((c) => c.shadowRoot!.querySelector('[part="crosshair"]'))).toBe(true));
  },
};
