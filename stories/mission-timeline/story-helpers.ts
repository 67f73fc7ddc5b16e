import { html, type TemplateResult } from 'lit';
import { strings, type Strings } from '../../src/components/core/i18n.js';
import { localeInfo, type LocaleInfo } from '../../src/components/core/locale.js';
import { attributeArgs, attributes } from '../docs/element-args.js';
import { settled } from '../docs/story-wait.js';
import '../../src/components/mission-timeline/mission-timeline.js';
import type { MissionTimeline } from '../../src/components/mission-timeline/mission-timeline.js';
import { timeDirectionOf, type TroopLevelsArgs } from '../troop-levels-chart/story-helpers.js';

export { timeKeys } from '../troop-levels-chart/story-helpers.js';

/**
 * The locale and strings of the language a chart resolved (its own `lang`, or the toolbar's):
 * every story runs in English and Arabic, so expected texts are written in the chart's language.
 */
export function languageOf(chart: { resolvedLang: string }): { locale: LocaleInfo; text: Strings } {
  const locale = localeInfo(chart.resolvedLang);
  return { locale, text: strings(locale.language) };
}

/** The story controls: the common chart attributes, and `compact`. */
export interface TimelineArgs extends TroopLevelsArgs {
  compact?: boolean;
}

/** Renders the timeline with the story's args, in a container of the given width. */
export function renderTimeline(args: TimelineArgs, context?: { globals?: Record<string, unknown> }): TemplateResult {
  const chart = html`<mission-timeline
    ${attributes({ ...attributeArgs('mission-timeline', args), 'time-direction': timeDirectionOf(args, context) })}
    .data=${args.data}
  ></mission-timeline>`;
  return args.width ? html`<div class=${`story-width-${args.width}`}>${chart}</div>` : chart;
}

/** The timeline in a story, once it has measured itself, drawn and built its data table. */
export async function drawnTimeline(canvas: HTMLElement): Promise<{ chart: MissionTimeline; root: ShadowRoot }> {
  const chart = canvas.querySelector('mission-timeline')!;
  return { chart, root: await settled(chart) };
}
