import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { eventually } from '../docs/story-wait.js';
import { issueMessage } from '../../src/data/issues.js';
import { drawnChart, languageOf, renderTroopLevels, type TroopLevelsArgs } from './story-helpers.js';

/**
 * What the chart does with bad input: it draws what is valid, says what is wrong in the
 * reader's language, fires `imc-data-issues`, and never throws or renders markup from data.
 */
const meta: Meta<TroopLevelsArgs> = {
  title: 'Troop levels chart/States',
  component: 'troop-levels-chart',
  render: renderTroopLevels,
};
export default meta;
type Story = StoryObj<TroopLevelsArgs>;

/** Three good rows and three bad ones: the good are drawn, the bad listed with row, field and reason. */
export const BadData: Story = {
  name: 'Bad data',
  args: {
    from: 2019,
    to: 2026,
    data: [
      { date: '2019', value: 5200, source: 'Desk figures' },
      { date: '03/04/2020', value: 3000, source: 'Desk figures' },
      { date: '2021-01', value: 'many', source: 'Desk figures' },
      { date: '2022', value: -5, source: 'Desk figures' },
      { date: '2023', value: 2500, source: 'Desk figures' },
      { date: '2024', value: 2500, source: '<img src=x onerror=alert(1)>' },
    ],
  },
  play: async ({ canvasElement }) => {
    const { root } = await drawnChart(canvasElement);
    const notice = root.querySelector('[part="notice"]')!;
    await expect(notice).toBeTruthy();
    await expect(notice.querySelectorAll('li').length).toBe(3);
    await expect(root.querySelectorAll('.point').length).toBe(3);
    await expect(root.querySelector('img')).toBeNull();
  },
};

/** No observation in the chosen years: the frame stays, with a plain message. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnChart(canvasElement);
    const { locale, text } = languageOf(chart);
    const [from, to] = [2003, 2026].map((year) => locale.formatYear(Date.UTC(year, 0, 1)));
    await expect(root.querySelector('[part="notice"]')?.textContent?.trim()).toBe(text.empty(from!, to!));
  },
};

/** While `src` loads, the chart says so and is marked busy (here the request never answers). */
export const Loading: Story = {
  args: { src: 'data/slow.csv' },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input).includes('slow.csv') ? new Promise<Response>(() => {}) : original(input, init);
    return () => {
      window.fetch = original;
    };
  },
  play: async ({ canvasElement }) => {
    const { root } = await drawnChart(canvasElement);
    await eventually(() => expect(root.querySelector('.plot')?.getAttribute('aria-busy')).toBe('true'));
    await expect(root.querySelector('[part="notice"]')).toBeTruthy();
  },
};

/** A `src` that answers 404: a notice with the status, and nothing invented. */
export const FailingSrc: Story = {
  name: 'Failing src',
  args: { src: 'data/missing-file.csv' },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnChart(canvasElement);
    const { locale } = languageOf(chart);
    const expected = issueMessage('load-failed', { status: 'HTTP 404' })[locale.language];
    await eventually(() => expect(root.querySelector('[part="notice"] li')?.textContent).toBe(expected));
    await expect(root.querySelectorAll('.point').length).toBe(0);
  },
};

/** Attributes with values the chart does not know: it uses the defaults and says so. */
export const WrongAttributes: Story = {
  name: 'Wrong attributes',
  args: { theme: 'purple', annotations: 'some', 'time-direction': 'up' },
  play: async ({ canvasElement }) => {
    const { root } = await drawnChart(canvasElement);
    await expect(root.querySelectorAll('[part="notice"] li').length).toBe(3);
    await expect(root.querySelectorAll('.point').length).toBeGreaterThan(50);
  },
};
