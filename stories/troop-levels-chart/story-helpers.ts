import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { strings, type Strings } from '../../src/components/core/i18n.js';
import { localeInfo, type LocaleInfo } from '../../src/components/core/locale.js';
import '../../src/components/troop-levels-chart/troop-levels-chart.js';
import type { TroopLevelsChart } from '../../src/components/troop-levels-chart/troop-levels-chart.js';

/** The story controls: the element's attributes, and `data` as a property. */
export interface TroopLevelsArgs {
  lang?: string;
  theme?: string;
  numerals?: string;
  from?: number;
  to?: number;
  src?: string;
  heading?: string;
  description?: string;
  annotations?: string;
  'time-direction'?: string;
  'link-group'?: string;
  now?: string;
  data?: unknown;
  /** Width of the story's container in pixels; the chart fills it. */
  width?: number;
}

/** Renders the chart with the story's args, in a container of the given width. */
export function renderTroopLevels(args: TroopLevelsArgs): TemplateResult {
  const chart = html`<troop-levels-chart
    lang=${ifDefined(args.lang)}
    theme=${ifDefined(args.theme)}
    numerals=${ifDefined(args.numerals)}
    from=${ifDefined(args.from)}
    to=${ifDefined(args.to)}
    src=${ifDefined(args.src)}
    heading=${ifDefined(args.heading)}
    description=${ifDefined(args.description)}
    annotations=${ifDefined(args.annotations)}
    time-direction=${ifDefined(args['time-direction'])}
    link-group=${ifDefined(args['link-group'])}
    now=${ifDefined(args.now)}
    .data=${args.data}
  ></troop-levels-chart>`;
  return args.width ? html`<div class=${`story-width-${args.width}`}>${chart}</div>` : chart;
}

/** The chart in a story, once it has measured itself and drawn. */
export async function drawnChart(canvas: HTMLElement): Promise<{ chart: TroopLevelsChart; root: ShadowRoot }> {
  const chart = canvas.querySelector('troop-levels-chart')!;
  await waitFor(() => expect(chart.shadowRoot?.querySelector('svg[part="svg"]')).toBeTruthy(), { timeout: 5000 });
  await chart.updateComplete;
  return { chart, root: chart.shadowRoot! };
}

/**
 * The locale and strings of the language a chart resolved (its own `lang`, or the toolbar's):
 * every story runs in English and Arabic, so expected texts are written in the chart's language.
 */
export function languageOf(chart: TroopLevelsChart): { locale: LocaleInfo; text: Strings } {
  const locale = localeInfo(chart.resolvedLang);
  return { locale, text: strings(locale.language) };
}
