import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { drawnTimeline, languageOf, renderTimeline, type TimelineArgs } from './story-helpers.js';

/**
 * Your own events through `.data` (`{ events, sources }` or an array of events), and what the
 * timeline does with bad ones: it draws what is valid and says what is wrong, in the reader's
 * language.
 */
const meta: Meta<TimelineArgs> = {
  title: 'Mission timeline/States',
  component: 'mission-timeline',
  render: renderTimeline,
};
export default meta;
type Story = StoryObj<TimelineArgs>;

/** A newsroom's own events, each with its source. */
export const CustomData: Story = {
  name: 'Custom data (.data)',
  args: {
    heading: 'Our coverage of the mission: five dates',
    from: 2019,
    to: 2026,
    data: {
      sources: [{ id: 'desk', publisher: 'Our newsroom', title: 'Reporting by the desk', date: '2026' }],
      events: [
        { date: '2020-01-03', label: { en: 'Strike at Baghdad airport', ar: 'ضربة في مطار بغداد' }, period: 'transition', key: true, sourceIds: ['desk'] },
        { date: '2020-01-05', label: { en: 'Parliament votes on foreign troops', ar: 'البرلمان يصوّت على القوات الأجنبية' }, period: 'transition', sourceIds: ['desk'] },
        { date: '2021-12-31', label: { en: 'Combat mission ends', ar: 'انتهاء المهمة القتالية' }, period: 'transition', key: true, sourceIds: ['desk'] },
        { date: '2024-09-27', label: { en: 'Joint statement', ar: 'بيان مشترك' }, period: 'transition', sourceIds: ['desk'] },
        { date: '2019-10-27', label: { en: 'ISIS leader killed', ar: 'مقتل زعيم داعش' }, period: 'isis', key: true, sourceIds: ['desk'] },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const { root } = await drawnTimeline(canvasElement);
    await expect(root.querySelectorAll('.point').length).toBe(5);
    await expect(root.querySelector('[part="notice"]')).toBeNull();
  },
};

/** Two good events and three bad ones: the good are drawn, the bad listed with row, field and reason. */
export const BadData: Story = {
  name: 'Bad data',
  args: {
    data: [
      { date: '2003-03-20', label: { en: 'Invasion', ar: 'الغزو' }, period: 'invasion', sourceIds: ['voa-key-events-2011'] },
      { date: '20/03/2003', label: { en: 'Same, wrong date', ar: 'تاريخ خاطئ' }, period: 'invasion', sourceIds: ['voa-key-events-2011'] },
      { date: '2011-12-18', label: { en: 'Last troops leave', ar: 'مغادرة آخر الجنود' }, period: 'withdrawal', sourceIds: ['voa-key-events-2011'] },
      { date: '2014', label: { en: '<img src=x onerror=alert(1)>', ar: 'س' }, period: 'peace', sourceIds: ['voa-key-events-2011'] },
      { date: '2015', period: 'isis', sourceIds: ['voa-key-events-2011'] },
    ],
  },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnTimeline(canvasElement);
    const { text } = languageOf(chart);
    await expect(root.querySelector('[part="notice"]')?.textContent).toContain(text.problems);
    await expect(root.querySelectorAll('[part="notice"] li').length).toBe(3);
    await expect(root.querySelectorAll('.point').length).toBe(2);
    await expect(root.querySelector('img')).toBeNull();
  },
};

/** No event to show: the axis stays, with a plain message. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnTimeline(canvasElement);
    const { locale, text } = languageOf(chart);
    const [from, to] = [2003, 2026].map((year) => locale.formatYear(Date.UTC(year, 0, 1)));
    await expect(root.querySelector('[part="notice"]')?.textContent?.trim()).toBe(text.empty(from!, to!));
  },
};
