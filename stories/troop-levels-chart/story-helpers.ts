import { html, type TemplateResult } from 'lit';
import { strings, type Strings } from '../../src/components/core/i18n.js';
import { localeInfo, type LocaleInfo } from '../../src/components/core/locale.js';
import { attributeArgs, attributes } from '../docs/element-args.js';
import { settled } from '../docs/story-wait.js';
import '../../src/components/troop-levels-chart/troop-levels-chart.js';
import type { TroopLevelsChart } from '../../src/components/troop-levels-chart/troop-levels-chart.js';

/** A story's args: the element's attributes (by attribute name), and `data` as a property. */
export interface TroopLevelsArgs {
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
  data?: unknown;
  /** Width of the story's container in pixels; the chart fills it. */
  width?: number;
}

/** The part of a story's context the render helper reads: the toolbar's globals. */
interface StoryGlobals {
  globals?: Record<string, unknown>;
}

/**
 * The story's `time-direction`, else the toolbar's. `time-direction` is an attribute of each
 * chart and is not inherited, so the decorator cannot set it on a wrapper: the render helper
 * applies the toolbar's value to every chart it draws, unless the story sets its own.
 */
export function timeDirectionOf(args: TroopLevelsArgs, context?: StoryGlobals): string | undefined {
  if (args['time-direction'] !== undefined) return args['time-direction'];
  const global = context?.globals?.timeDirection;
  return typeof global === 'string' && global !== 'auto' ? global : undefined;
}

/** Renders the chart with the story's args, in a container of the given width. */
export function renderTroopLevels(args: TroopLevelsArgs, context?: StoryGlobals): TemplateResult {
  const chart = html`<troop-levels-chart
    ${attributes({ ...attributeArgs('troop-levels-chart', args), 'time-direction': timeDirectionOf(args, context) })}
    .data=${args.data}
  ></troop-levels-chart>`;
  return args.width ? html`<div class=${`story-width-${args.width}`}>${chart}</div>` : chart;
}

/** The chart in a story, once it has measured itself, drawn and built its data table. */
export async function drawnChart(canvas: HTMLElement): Promise<{ chart: TroopLevelsChart; root: ShadowRoot }> {
  const chart = canvas.querySelector('troop-levels-chart')!;
  return { chart, root: await settled(chart) };
}

/**
 * The arrow keys that move forward and back in time in a drawn chart: the first point (in
 * time) left of the last means time runs left to right. Works whatever the language and the
 * toolbar's time direction.
 */
export function timeKeys(root: ShadowRoot): { forward: string; back: string } {
  const points = [...root.querySelectorAll<SVGCircleElement>('.point')];
  const x = (p: SVGCircleElement | undefined) => Number(p?.getAttribute('cx') ?? 0);
  const rtl = points.length > 1 && x(points[0]) > x(points[points.length - 1]);
  return rtl ? { forward: 'ArrowLeft', back: 'ArrowRight' } : { forward: 'ArrowRight', back: 'ArrowLeft' };
}

/**
 * The locale and strings of the language a chart resolved (its own `lang`, or the toolbar's):
 * every story runs in English and Arabic, so expected texts are written in the chart's language.
 */
export function languageOf(chart: TroopLevelsChart): { locale: LocaleInfo; text: Strings } {
  const locale = localeInfo(chart.resolvedLang);
  return { locale, text: strings(locale.language) };
}
