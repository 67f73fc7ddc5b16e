import { yearStart } from '../../../data/dates.js';
import type { LocaleInfo } from '../locale.js';
import type { LayoutContext, Tick } from './chart-layout.js';
import { round } from './figures.js';
import { textWidth } from './text.js';
import type { LinearScale } from './scale.js';

/** How a value axis writes its numbers: compact (150K, ١٥٠ ألف) on narrow charts. */
export function valueFormat(locale: LocaleInfo, compact: boolean): (value: number) => string {
  return compact ? locale.formatCompact : locale.formatNumber;
}

/** Value ticks with labels in the locale's digits; compact (150K, ١٥٠ ألف) on narrow charts. */
export function valueTicks(scale: LinearScale, locale: LocaleInfo, compact: boolean): Tick[] {
  const format = valueFormat(locale, compact);
  return scale.ticks(5).map((value) => ({ value, position: scale(value), label: format(value) }));
}

/** `count` ticks of `scale` written by `format`, at rounded positions. */
export function formattedTicks(scale: LinearScale, count: number, format: (value: number) => string): Tick[] {
  return scale.ticks(count).map((value) => ({ value, position: round(scale(value)), label: format(value) }));
}

/** Year ticks every 1, 2, 5 or 10 years: as many as fit without the labels touching. */
export function yearTicks(scale: LinearScale, context: LayoutContext): Tick[] {
  const plotWidth = Math.abs(scale.range()[1]! - scale.range()[0]!);
  const labelWidth = textWidth(context.locale.formatYear(yearStart(2000))) + 16;
  const fits = Math.max(1, Math.floor(plotWidth / labelWidth));
  const years = context.to - context.from + 1;
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(years / s) <= fits) ?? 50;
  const ticks: Tick[] = [];
  for (let year = Math.ceil(context.from / step) * step; year <= context.to; year += step) {
    const value = yearStart(year);
    ticks.push({ value, position: scale(value), label: context.locale.formatYear(value) });
  }
  return ticks;
}

/**
 * The year ticks of the time axis, at rounded positions. A label centred on a tick at the plot's
 * edge would run into the value labels (or past the chart's far edge): it starts or ends at its
 * tick instead, inside the plot.
 */
export function roundedYearTicks(x: LinearScale, context: LayoutContext): Tick[] {
  const [a, b] = x.range() as [number, number];
  // The value labels are on the reading direction's start side; the far side ends at the chart's edge.
  const axisRight = context.locale.dir === 'rtl';
  const [left, right] = [axisRight ? 2 : Math.min(a, b), axisRight ? Math.max(a, b) : context.width - 2];
  return yearTicks(x, context).map((t) => {
    const position = round(t.position);
    const half = textWidth(t.label) / 2;
    const anchor = position - half < left ? 'left' : position + half > right ? 'right' : undefined;
    return { ...t, position, ...(anchor ? { anchor } : {}) };
  });
}
