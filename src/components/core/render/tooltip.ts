import { html, nothing, type TemplateResult } from 'lit';
import type { MissionEvent, Observation, Source } from '../../../data/types.js';
import type { ChartData } from '../chart-spec.js';
import { citation, eventLabel, eventPeriod, formatValue, formatWhen, listSeparator, pointRecord, sourcesOf } from '../chart-text.js';
import type { ChartPoint } from '../layout/chart-layout.js';
import type { Strings } from '../i18n.js';
import type { LocaleInfo } from '../locale.js';
import { styleProperties } from './style-properties.js';

/** Where a tooltip goes: beside its point on the side with more room, above it in the lower half. */
export function tooltipPosition(point: Pick<ChartPoint, 'x' | 'y'>, size: { width: number; height: number }): Record<string, string> {
  const room = { left: point.x - 12, right: size.width - point.x - 12 };
  const side = room.right >= room.left ? 'left' : 'right';
  const offset = side === 'left' ? point.x + 12 : size.width - point.x + 12;
  // A point in the lower half gets its tooltip above it, so that the tooltip of a short chart
  // (the timeline strip) does not run past the chart's bottom into what follows it.
  const below = point.y <= size.height / 2;
  return {
    [side]: `${offset}px`,
    ...(below ? { top: `${Math.max(0, point.y - 16)}px` } : { bottom: `${Math.max(0, size.height - point.y - 16)}px` }),
    'max-width': `${Math.max(140, Math.min(300, room[side === 'left' ? 'right' : 'left']))}px`,
  };
}

/**
 * The active point's tooltip: its value or label, date, kind or period, note, sources with
 * their grade, whether it is a likely misprint, and the figures that disagree with it.
 */
export function renderTooltip(point: ChartPoint, size: { width: number; height: number }, data: ChartData, locale: LocaleInfo, text: Strings): TemplateResult {
  const position = styleProperties(tooltipPosition(point, size));
  const cited = renderCited(sourcesOf(pointRecord(point), data.sources), locale, text);
  if (point.event) {
    const e: MissionEvent = point.event;
    return html`<div part="tooltip" aria-hidden="true" ${position}>
      <strong>${eventLabel(e, locale)}</strong>
      <p>${formatWhen(e, locale)} · ${eventPeriod(e, text)}</p>
      ${cited}
    </div>`;
  }
  const o = point.observation;
  return html`<div part="tooltip" aria-hidden="true" ${position}>
    <strong>${formatValue(o, locale, text)}</strong>
    <p>${formatWhen(o, locale)} · ${text.kind[o.kind]}</p>
    ${o.note ? html`<p>${o.note[locale.language]}</p>` : nothing}
    ${o.erratum ? html`<p class="misprint">${text.misprint}: ${o.erratum.reason[locale.language]}</p>` : nothing}
    ${cited}
    ${renderDisagreeing(o, data, locale, text)}
  </div>`;
}

/**
 * "Source: publisher: title (grade)", each name isolated so a Latin one keeps its order in
 * Arabic; citations hold commas of their own, so they are parted by the language's semicolon.
 */
function renderCited(sources: readonly Source[], locale: LocaleInfo, text: Strings): TemplateResult {
  const separator = listSeparator(locale);
  const named = sources.map(
    (s, i) => html`${i > 0 ? separator : ''}<bdi>${citation(s, locale.language)}</bdi>${s.grade ? ` (${text.grades[s.grade]})` : ''}`,
  );
  return html`<p>${sources.length > 1 ? text.sources : text.source}: ${sources.length ? named : text.noSource}</p>`;
}

/**
 * The figures that disagree with this one, each with its value, date and sources, so a reader
 * weighs both without hunting for the other point. A conflict may be listed on either side.
 */
function renderDisagreeing(o: Observation, data: ChartData, locale: LocaleInfo, text: Strings): TemplateResult | typeof nothing {
  const others = data.observations.filter((r) => r.id !== o.id && (o.conflictsWith?.includes(r.id) || r.conflictsWith?.includes(o.id)));
  if (others.length === 0) return nothing;
  const shown = others.slice(0, 3);
  const sourcesOfOther = (r: Observation) => sourcesOf(r, data.sources).map((s) => citation(s, locale.language)).join(listSeparator(locale)) || text.noSource;
  return html`<p class="conflicts">${text.conflict}:</p>
    <ul class="conflicts">
      ${shown.map((r) => html`<li>${formatValue(r, locale, text)}${text.comma} ${formatWhen(r, locale)} (<bdi>${sourcesOfOther(r)}</bdi>)</li>`)}
      ${others.length > shown.length ? html`<li>${text.more(locale.formatNumber(others.length - shown.length))}</li>` : nothing}
    </ul>`;
}
