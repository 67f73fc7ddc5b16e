import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { eventLabel } from '../../src/components/core/chart-text.js';
import { localeInfo } from '../../src/components/core/locale.js';
import { dataset } from '../../src/data/index.js';
import type { Dataset, Metric, Observation, Source } from '../../src/data/types.js';

/**
 * Docs-only: the whole bundled dataset as three tables (observations with their sources, the
 * sources, the events), read from `dataset` itself so the page can never drift from the data.
 * Everything from the data is bound as text; only http(s) URLs become links.
 */

/** The series of the filter, each with the metrics it holds. */
export const SERIES: Record<'troops' | 'airstrikes' | 'casualties' | 'spending', readonly Metric[]> = {
  troops: ['us-troops', 'us-troops-deployed', 'us-troops-served', 'coalition-troops'],
  airstrikes: ['airstrikes', 'targets-destroyed', 'enemy-killed'],
  casualties: ['deaths', 'wounded', 'attacks'],
  spending: ['spending', 'budget-request', 'daily-cost', 'munitions', 'percent-change'],
};
export type SeriesFilter = keyof typeof SERIES | 'all';

const SERIES_LABELS: Record<SeriesFilter, string> = {
  all: 'All series',
  troops: 'Troops',
  airstrikes: 'Air strikes',
  casualties: 'Casualties',
  spending: 'Spending',
};

/** The observations of a series, in dataset order. */
export function observationsOf(series: SeriesFilter, data: Dataset = dataset): Observation[] {
  if (series === 'all') return data.observations;
  const metrics = SERIES[series];
  return data.observations.filter((o) => metrics.includes(o.metric));
}

const MONEY: ReadonlySet<Metric> = new Set(['spending', 'budget-request', 'daily-cost']);
const QUALIFIER_SIGN = { exact: '', approx: '≈', 'at-least': '≥', 'at-most': '≤' } as const;
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const money = new Intl.NumberFormat('en', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** "≈ US$7.5B", "≥ 10,000", "70,000–100,000", "50 %". */
export function formatObservationValue(o: Observation): string {
  const format = MONEY.has(o.metric) ? (v: number) => `US${money.format(v)}` : (v: number) => number.format(v);
  let text: string;
  if (typeof o.value === 'number') text = format(o.value);
  else if (MONEY.has(o.metric)) text = `US${money.formatRange(o.value.low, o.value.high)}`;
  else text = number.formatRange(o.value.low, o.value.high);
  if (o.metric === 'percent-change') text += ' %';
  const sign = QUALIFIER_SIGN[o.qualifier];
  return sign ? `${sign}\u00a0${text}` : text;
}

/** A URL only when it is an absolute http(s) one. */
function httpUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
const citations = new Map<string, number>();
for (const o of dataset.observations) for (const id of o.sourceIds) citations.set(id, (citations.get(id) ?? 0) + 1);
const english = localeInfo('en');

/** @tag imc-dataset-table */
export class ImcDatasetTable extends LitElement {
  static override properties = { series: { reflect: true }, tables: {} };

  /** The series shown in the observations table (`all`, `troops`, `airstrikes`, `casualties`, `spending`). */
  declare series: SeriesFilter;

  /** Which tables to show, space-separated: `observations`, `sources`, `events` (default: all three). */
  declare tables: string;

  constructor() {
    super();
    this.series = 'all';
    this.tables = 'observations sources events';
  }

  static override styles = css`
    :host {
      display: block;
    }
    .wrap {
      background: #ffffff;
      color: #1a1a1a;
      font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif;
      padding: 12px;
      border: 1px solid #c8c8c8;
      border-radius: 4px;
    }
    a {
      color: #0645ad;
      text-decoration: underline;
    }
    a:visited {
      color: #5a2a8a;
    }
    a:focus-visible,
    select:focus-visible,
    .scroll:focus-visible {
      outline: 2px solid #0645ad;
      outline-offset: 2px;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin-block-end: 8px;
    }
    label {
      font-weight: 600;
    }
    select {
      font: inherit;
      color: #1a1a1a;
      background: #ffffff;
      border: 1px solid #6b6b6b;
      border-radius: 3px;
      padding: 2px 6px;
    }
    .count {
      margin: 0;
    }
    .scroll {
      overflow-x: auto;
      margin-block-end: 24px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 13px;
    }
    caption {
      caption-side: top;
      text-align: start;
      font-weight: 700;
      font-size: 1.1em;
      padding-block-end: 6px;
    }
    th,
    td {
      border: 1px solid #d0d0d0;
      padding: 4px 6px;
      text-align: start;
      vertical-align: top;
      overflow-wrap: break-word;
    }
    .nowrap {
      white-space: nowrap;
    }
    .observations .sources-cell {
      min-width: 12em;
    }
    thead th {
      background: #eeeeee;
    }
    tbody th {
      font-weight: normal;
    }
    .sources .title {
      min-width: 16em;
    }
    td.value {
      font-variant-numeric: tabular-nums;
    }
    .mono,
    .id {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.85em;
    }
    .id {
      display: block;
      color: #4a4a4a;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.1em;
    }
    tr.conflict > th {
      box-shadow: inset 4px 0 0 #b3261e;
    }
    .conflict-marker {
      display: block;
      margin-block-start: 4px;
      padding: 1px 4px;
      background: #fdecea;
      color: #8c1d18;
      border: 1px solid #e8a7a2;
      border-radius: 3px;
      font-weight: 600;
    }
  `;

  private onSeries(event: Event) {
    this.series = (event.target as HTMLSelectElement).value as SeriesFilter;
  }

  /**
   * A source in a list: "Publisher: Title", linked when its URL is http(s), and its document.
   * Few elements per item: axe checks every text element of these long tables.
   */
  private renderSource(source: Source | undefined, id: string): TemplateResult {
    if (!source) return html`<li>${id} (not in the registry)</li>`;
    const url = httpUrl(source.url);
    const name = `${source.publisher.en ? `${source.publisher.en}: ` : ''}${source.title}`;
    const lang = source.language ?? 'en';
    const document = source.document ? ` (document ${source.document})` : '';
    return url
      ? html`<li><a href=${url} rel="noopener noreferrer" lang=${lang}>${name}</a>${document}</li>`
      : html`<li><bdi lang=${lang}>${name}</bdi>${document}</li>`;
  }

  private renderObservation(o: Observation): TemplateResult {
    const context = [o.operation, o.cause].filter(Boolean).join(', ');
    return html`<tr class=${o.conflictsWith?.length ? 'conflict' : ''}>
      <th scope="row" class="nowrap">${o.date}${o.end ? html`<br />– ${o.end}` : nothing}</th>
      <td>${o.metric}<span class="id">${o.id}</span></td>
      <td class="value">${formatObservationValue(o)}</td>
      <td>${o.kind}</td>
      <td>${o.scope}</td>
      <td>${o.region}</td>
      <td>${context}</td>
      <td class="sources-cell"><ul>${o.sourceIds.map((id) => this.renderSource(sourceById.get(id), id))}</ul></td>
      <td class="note-cell">
        ${o.note?.en ?? ''}
        ${o.conflictsWith?.length
          ? html`<span class="conflict-marker">conflicts with: ${o.conflictsWith.join(', ')}</span>`
          : nothing}
      </td>
    </tr>`;
  }

  override render() {
    const shown = new Set(this.tables.split(/\s+/));
    return html`<div class="wrap" lang="en" dir="ltr">
      ${shown.has('observations') ? this.renderObservations() : nothing}
      ${shown.has('sources') ? this.renderSources() : nothing}
      ${shown.has('events') ? this.renderEvents() : nothing}
    </div>`;
  }

  private renderObservations(): TemplateResult {
    const rows = observationsOf(this.series);
    const cited = new Set(rows.flatMap((o) => o.sourceIds));
    return html`
      <div class="controls">
        <label for="series">Series</label>
        <select id="series" @change=${this.onSeries}>
          ${(Object.keys(SERIES_LABELS) as SeriesFilter[]).map(
            (key) => html`<option value=${key} ?selected=${key === this.series}>${SERIES_LABELS[key]}</option>`,
          )}
        </select>
        <p class="count" role="status">
          ${number.format(rows.length)} observations from ${number.format(cited.size)} sources
        </p>
      </div>

      <div class="scroll" tabindex="0" role="region" aria-label="Observations">
        <table class="observations">
          <caption>
            Observations: ${SERIES_LABELS[this.series].toLowerCase()}
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Metric (id)</th>
              <th scope="col">Value</th>
              <th scope="col">Kind</th>
              <th scope="col">Scope</th>
              <th scope="col">Region</th>
              <th scope="col">Operation<br />cause</th>
              <th scope="col">Sources</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((o) => this.renderObservation(o))}
          </tbody>
        </table>
      </div>`;
  }

  private renderSources(): TemplateResult {
    return html`

      <div class="scroll" tabindex="0" role="region" aria-label="Sources">
        <table class="sources">
          <caption>
            Sources (${number.format(dataset.sources.length)})
          </caption>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Publisher</th>
              <th scope="col">Title</th>
              <th scope="col">Date</th>
              <th scope="col">Link or document</th>
              <th scope="col">Observations citing it</th>
            </tr>
          </thead>
          <tbody>
            ${dataset.sources.map((s) => {
              const url = httpUrl(s.url);
              return html`<tr>
                <th scope="row" class="mono">${s.id}</th>
                <td>${s.publisher.en}</td>
                <td class="title" lang=${s.language ?? 'en'} dir="auto">${s.title}</td>
                <td class="nowrap">${s.date}</td>
                <td>
                  ${url ? html`<a href=${url} rel="noopener noreferrer">${new URL(url).hostname}</a>` : nothing}
                  ${s.document ?? nothing}
                </td>
                <td class="value">${number.format(citations.get(s.id) ?? 0)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }

  private renderEvents(): TemplateResult {
    return html`
      <div class="scroll" tabindex="0" role="region" aria-label="Events">
        <table class="events">
          <caption>
            Events (${number.format(dataset.events.length)})
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              <th scope="col">Key event</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            ${dataset.events.map(
              (e) => html`<tr>
                <th scope="row" class="nowrap">${e.date}</th>
                <td>${eventLabel(e, english)}</td>
                <td>${e.key ? 'yes' : 'no'}</td>
                <td><ul>${e.sourceIds.map((id) => this.renderSource(sourceById.get(id), id))}</ul></td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

/**
 * The tag, for MDX: `<DatasetTable />` with `import { datasetTableTag as DatasetTable }`. A bare
 * `import './dataset-table.js'` is dropped from the static Storybook build, because package.json's
 * `sideEffects` does not list this file; importing a value keeps the module and its registration.
 */
export const datasetTableTag = 'imc-dataset-table';

if (!customElements.get(datasetTableTag)) customElements.define(datasetTableTag, ImcDatasetTable);

declare global {
  interface HTMLElementTagNameMap {
    'imc-dataset-table': ImcDatasetTable;
  }
}
