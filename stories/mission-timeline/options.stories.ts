import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { present } from '../docs/story-wait.js';
import { dataset } from '../../src/data/dataset.js';
import { drawnTimeline, languageOf, renderTimeline, timeKeys, type TimelineArgs } from './story-helpers.js';

/** The source of the first events, named in the reader's language in their tooltips. */
const voiceOfAmerica = dataset.sources.find((s) => s.publisher.en === 'Voice of America')!;

/** The timeline's options: which events, years, digits and direction of time, and the keyboard. */
const meta: Meta<TimelineArgs> = {
  title: 'Mission timeline/Options',
  component: 'mission-timeline',
  render: renderTimeline,
};
export default meta;
type Story = StoryObj<TimelineArgs>;

/** `annotations="key"`: only the key events (the timeline shows all by default). */
export const KeyEvents: Story = {
  name: 'Key events only',
  args: { annotations: 'key' },
  play: async ({ canvasElement }) => {
    const { root } = await drawnTimeline(canvasElement);
    await expect(root.querySelectorAll('.point').length).toBe(dataset.events.filter((e) => e.key).length);
  },
};

/** `from="2014"`: the war against ISIS and the transition. */
export const From2014: Story = {
  name: 'Years 2014–2026',
  args: { from: 2014 },
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnTimeline(canvasElement);
    const { locale } = languageOf(chart);
    await expect(root.querySelector('[part~="axis-x"] text')?.textContent).toBe(locale.formatYear(Date.UTC(2014, 0, 1)));
    await expect([...root.querySelectorAll('rect.band')].map((r) => r.classList[1])).toEqual(['isis', 'transition']);
  },
};

/** `numerals="latn"`: an Arabic timeline with the digits 0–9. */
export const ArabicLatinDigits: Story = { name: 'Arabic with Latin digits', args: { lang: 'ar-IQ', numerals: 'latn' } };

/** `time-direction="ltr"`: an Arabic timeline whose time runs left to right. */
export const ArabicTimeLeftToRight: Story = { name: 'Arabic, time left to right', args: { lang: 'ar-IQ', 'time-direction': 'ltr' } };

/**
 * One tab stop; the arrow keys walk the events in time order (mirrored when time runs right to
 * left). Each event's tooltip and announcement give its date, period and sources.
 */
export const KeyboardWalk: Story = {
  name: 'Keyboard walk',
  play: async ({ canvasElement }) => {
    const { chart, root } = await drawnTimeline(canvasElement);
    const { locale, text } = languageOf(chart);
    const focused: string[] = [];
    chart.addEventListener('imc-point-focus', (e) => e.detail?.event && focused.push(e.detail.event.id));
    const { forward, back } = timeKeys(root);
    root.querySelector<HTMLElement>('.plot')!.focus();
    await userEvent.keyboard(`{${forward}}{${forward}}{${forward}}{${back}}`);
    await expect(focused).toEqual(['invasion-2003', 'fall-of-baghdad-2003', 'mission-accomplished-2003', 'fall-of-baghdad-2003']);
    const tooltip = await present(() => root.querySelector('[part="tooltip"]'));
    await expect(tooltip.textContent).toContain(text.periods.invasion);
    await expect(tooltip.textContent).toContain(voiceOfAmerica.publisher[locale.language]);
    await expect(root.querySelector('[role="status"][aria-live]')?.textContent).toContain(text.source);
    await userEvent.keyboard('{Escape}');
    await expect(root.querySelector('[part="tooltip"]')).toBeNull();
  },
};
