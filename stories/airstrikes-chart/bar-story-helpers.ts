import { html, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { ImcChart } from '../../src/components/core/element/base-chart.js';
import { strings, type Strings } from '../../src/components/core/i18n.js';
import { localeInfo, type LocaleInfo } from '../../src/components/core/locale.js';
import { attributeArgs, attributes } from '../docs/element-args.js';
import { settled } from '../docs/story-wait.js';
import '../../src/components/airstrikes-chart/airstrikes-chart.js';
import '../../src/components/casualties-chart/casualties-chart.js';
import '../../src/components/spending-chart/spending-chart.js';

/**
 * Story helpers shared by the bar charts (<airstrikes-chart>, <casualties-chart>,
 * <spending-chart>): the same controls as the troop chart's, plus each chart's own option.
 */
export interface BarChartArgs {
  lang?: string;
  theme?: string;
  numerals?: string;
  from?: number;
  to?: number;
  src?: string;
  heading?: string;
  description?: string;
  'heading-level'?: number;
  annotations?: string;
  'time-direction'?: string;
  'link-group'?: string;
  now?: string;
  /** `<airstrikes-chart>`: `cumulative` or `per-period`. */
  mode?: string;
  /** `<airstrikes-chart>`: `year` or `month`. */
  period?: string;
  /** `<casualties-chart>`: `deaths`, `wounded` or `both`. */
  measure?: string;
  /** `<spending-chart>`: `annual` or `cumulative`. */
  view?: string;
  data?: unknown;
  /** Width of the story's container in pixels; the chart fills it. */
  width?: number;
}

interface StoryGlobals {
  globals?: Record<string, unknown>;
}

/** The story's `time-direction`, else the toolbar's (it is not inherited, so it is set on each chart). */
function timeDirectionOf(args: BarChartArgs, context?: StoryGlobals): string | undefined {
  if (args['time-direction'] !== undefined) return args['time-direction'];
  const global = context?.globals?.timeDirection;
  return typeof global === 'string' && global !== 'auto' ? global : undefined;
}

/** A render function for a bar chart's stories: the element with the story's args, in a container of the given width. */
export function renderBarChart(tag: 'airstrikes-chart' | 'casualties-chart' | 'spending-chart') {
  const name = unsafeStatic(tag);
  return (args: BarChartArgs, context?: StoryGlobals): TemplateResult => {
    const chart = staticHtml`<${name}
      ${attributes({ ...attributeArgs(tag, args), 'time-direction': timeDirectionOf(args, context) })}
      .data=${args.data}
    ></${name}>`;
    return args.width ? html`<div class=${`story-width-${args.width}`}>${chart}</div>` : chart;
  };
}

/** The chart in a story, once it has measured itself, drawn and built its data table. */
export async function drawnBarChart(canvas: HTMLElement, tag: string): Promise<{ chart: ImcChart; root: ShadowRoot }> {
  const chart = canvas.querySelector(tag) as ImcChart;
  return { chart, root: await settled(chart) };
}

/** The locale and strings of the language the chart resolved (its own `lang`, or the toolbar's). */
export function chartLanguage(chart: ImcChart): { locale: LocaleInfo; text: Strings } {
  const locale = localeInfo(chart.resolvedLang);
  return { locale, text: strings(locale.language) };
}

/** A year in the chart's digits. */
export function yearIn(locale: LocaleInfo, year: number): string {
  return locale.formatYear(Date.UTC(year, 0, 1));
}
