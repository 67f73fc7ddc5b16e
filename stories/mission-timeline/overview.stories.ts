import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { dataset } from '../../src/data/dataset.js';
import { drawnTimeline, languageOf, renderTimeline, type TimelineArgs } from './story-helpers.js';

/**
 * `<mission-timeline>` draws the turning points of the US mission in Iraq: the mission's periods
 * as shaded bands, every dated event as a marker on one track, labelled where there is room.
 * Hover, tap or use the arrow keys to read each event with its date, period and sources.
 */
const meta: Meta<TimelineArgs> = {
  title: 'Mission timeline/Overview',
  tags: ['autodocs'],
  component: 'mission-timeline',
  render: renderTimeline,
};
export default meta;
type Story = StoryObj<TimelineArgs>;

/** No configuration: every bundled event, 2003–2026, in the page's language and theme. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnTimeline(canvasElement);
    const { locale, text } = languageOf(chart);
    const year = (y: number) => locale.formatYear(Date.UTC(y, 0, 1));
    await expect(root.querySelector('[part="heading"]')?.textContent).toBe(text.timelineHeading(year(2003), year(2026)));
    await expect(root.querySelectorAll('.point').length).toBe(dataset.events.length);
    await expect([...root.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim())).toEqual(
      (['invasion', 'withdrawal', 'isis', 'transition'] as const).map((p) => text.periods[p]),
    );
  },
};

/** Arabic as written in Iraq: time runs right to left, Arabic-Indic digits, Arabic labels. */
export const ArabicIraq: Story = {
  name: 'Arabic (ar-IQ)',
  args: { lang: 'ar-IQ' },
  play: async ({ canvasElement }) => {
    const { root } = await drawnTimeline(canvasElement);
    await expect(root.querySelector('.chart')?.getAttribute('dir')).toBe('rtl');
    await expect(root.querySelector('[part~="axis-x"] text')?.textContent).toMatch(/^[٠-٩]{4}$/);
  },
};

/** The dark theme, set on the element. */
export const Dark: Story = { args: { theme: 'dark' } };

/**
 * A 360 px column, as in a phone's article view: below 480 px of its own width the timeline is
 * a list the reader scrolls, each event with its date, its status when planned or cancelled, its
 * title and its sources, under the name of its period.
 */
export const Narrow: Story = {
  name: 'Narrow (360 px): a list',
  args: { width: 360 },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnTimeline(canvasElement);
    const { locale, text } = languageOf(chart);
    await expect(Number(root.querySelector('svg[part="svg"]')?.getAttribute('width'))).toBeLessThanOrEqual(360);
    await expect(root.querySelectorAll('.point').length).toBe(dataset.events.length);
    const entries = [...root.querySelectorAll('[part~="event-list"] .entry')];
    await expect(entries.length).toBe(dataset.events.length);
    // The first entry: the invasion's date, then its title, then its sources.
    await expect(entries[0]!.querySelector('text.date')?.textContent).toBe(locale.formatDate(Date.UTC(2003, 2, 20, 12), 'day'));
    await expect(entries[0]!.querySelector('text.source')?.textContent?.startsWith(`${text.sources}:`)).toBe(true);
    // Planned events say so under their date.
    const planned = dataset.events.filter((e) => e.status === 'planned').length;
    await expect(root.querySelectorAll('[part~="event-list"] text.status').length).toBeGreaterThanOrEqual(planned);
    await expect([...root.querySelectorAll('text.section-label')].map((t) => t.textContent)).toEqual(
      (['invasion', 'withdrawal', 'isis', 'transition'] as const).map((p) => text.periods[p]),
    );
  },
};

/** `compact`: the short strip the dashboard shows above its charts. */
export const Compact: Story = {
  args: { compact: true },
  play: async ({ canvasElement }) => {
    const { root } = await drawnTimeline(canvasElement);
    await expect(Number(root.querySelector('svg[part="svg"]')?.getAttribute('height'))).toBeLessThan(100);
  },
};
