import { html, nothing, type TemplateResult } from 'lit';
import type { MissionEvent, Observation } from '../../../data/types.js';
import { eventLabel, eventPeriod, formatValue, formatWhen, sourcesOf } from '../chart-text.js';
import type { Strings } from '../i18n.js';
import type { LocaleInfo } from '../locale.js';
import { renderSourceLinks } from './sources.js';
import type { TableInput } from './table.js';

// The data table, a module of its own: fetched when a reader first asks for the table
// (TableController), not with the chart.

/**
 * The data table: every figure with its sources, then the events shown; for a chart whose
 * points are events (a timeline), the events with their period and sources.
 */
export function renderTable(input: TableInput): TemplateResult {
  return html`<div part="table" id="table" class=${input.open ? '' : 'visually-hidden'}>
    ${input.of === 'events' ? eventsTable(input) : html`${figuresTable(input)}${rowLimit(input)}${shownEvents(input)}`}
  </div>`;
}

function cited(o: Pick<Observation | MissionEvent, 'sourceIds'>, { sources, locale, text, open }: TableInput): TemplateResult[] {
  return renderSourceLinks(sourcesOf(o, sources), locale, { focusable: open, grades: text.grades });
}

function eventsTable(input: TableInput): TemplateResult {
  const { locale, text } = input;
  const t = text.table;
  return html`<table>
    <caption>${input.caption}</caption>
    <thead>
      <tr><th scope="col">${t.date}</th><th scope="col">${t.event}</th><th scope="col">${text.period}</th><th scope="col">${t.sources}</th></tr>
    </thead>
    <tbody>
      ${input.points.map(({ event: e }) =>
        e
          ? html`<tr>
              <th scope="row">${formatWhen(e, locale)}</th>
              <td>${eventLabel(e, locale)}</td>
              <td>${eventPeriod(e, text)}</td>
              <td>${cited(e, input)}</td>
            </tr>`
          : nothing,
      )}
    </tbody>
  </table>`;
}

function figuresTable(input: TableInput): TemplateResult {
  const { locale, text } = input;
  const t = text.table;
  const listed = input.points.length > input.rows ? input.points.slice(0, input.rows) : input.points;
  return html`<table>
    <caption>${input.caption}</caption>
    <thead>
      <tr><th scope="col">${t.date}</th><th scope="col">${t.value}</th><th scope="col">${t.kind}</th><th scope="col">${t.sources}</th><th scope="col">${t.note}</th></tr>
    </thead>
    <tbody>
      ${listed.map(({ observation: o }) =>
        o
          ? html`<tr>
              <th scope="row">${formatWhen(o, locale)}</th>
              <td class="number">${formatValue(o, locale, text)}</td>
              <td>${text.kind[o.kind]}</td>
              <td>${cited(o, input)}</td>
              <td>${note(o, locale, text)}</td>
            </tr>`
          : nothing,
      )}
    </tbody>
  </table>`;
}

/** A figure's note, then whether other figures disagree and whether it is a likely misprint. */
function note(o: Observation, locale: LocaleInfo, text: Strings): string {
  const parts = [o.note?.[locale.language] ?? ''];
  if (o.conflictsWith?.length) parts.push(` ${text.conflict}.`);
  if (o.erratum) parts.push(` ${text.misprint}: ${o.erratum.reason[locale.language]}`);
  return parts.join('');
}

function rowLimit({ points, rows, open, showAll, locale, text }: TableInput): TemplateResult | typeof nothing {
  if (points.length <= rows) return nothing;
  return html`<p class="table-limit">
    ${text.tableLimited(locale.formatNumber(rows), locale.formatNumber(points.length))}
    ${open ? html`<button type="button" @click=${showAll}>${text.showAllRows(locale.formatNumber(points.length))}</button>` : nothing}
  </p>`;
}

function shownEvents({ events, locale, text }: TableInput): TemplateResult | typeof nothing {
  if (events.length === 0) return nothing;
  return html`<table>
    <caption>${text.table.events}</caption>
    <thead><tr><th scope="col">${text.table.date}</th><th scope="col">${text.table.event}</th></tr></thead>
    <tbody>
      ${events.map((e) => html`<tr><th scope="row">${formatWhen(e, locale)}</th><td>${eventLabel(e, locale)}</td></tr>`)}
    </tbody>
  </table>`;
}
