import { noChange, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { YEAR_RANGE } from '../../data/quick-check.js';
import { defineElement } from '../core/element/define.js';
import { ImcElement } from '../core/element/imc-element.js';
import { DEFAULT_YEARS, TIME_DIRECTIONS, oneOf } from '../core/element/options.js';
import { tokenStyles } from '../core/render/tokens.styles.js';
import { CHARTS, type RegisteredChart } from '../registry.js';
import { dashboardStrings } from './mission-dashboard.strings.js';
import { dashboardStyles } from './mission-dashboard.styles.js';

let dashboards = 0;

/** The first and last year the range control offers. */
export const DASHBOARD_YEARS = { first: DEFAULT_YEARS.from, last: DEFAULT_YEARS.to } as const;

/**
 * Every chart of the library on one page: the mission's timeline as a strip across the top,
 * then troops, air strikes, casualties and spending in a grid of two columns (one column when
 * the dashboard is under 700 px wide). One control sets the years of every chart, and the
 * charts share a `link-group`, so a date focused in one is marked with a crosshair in all.
 *
 * The dashboard is not a chart: it has no data, layout or points of its own, so it extends
 * the library's `ImcElement` rather than the charts' base `ImcChart`, and takes from the library only what it
 * shares with the charts: the design tokens and theme (`theme`, inherited as a chart inherits
 * it), language (`lang`, inherited by the charts from the dashboard or the page), and the
 * options it passes down to each chart (`numerals`, `time-direction`, `now`, `from`, `to`).
 * Each chart keeps its own heading, description, notice, footer with sources, and table. The
 * timeline is the dashboard's annotation strip, so the other charts draw no event annotations.
 *
 * @tag mission-dashboard
 * @summary All charts in a responsive grid, with one year range and linked highlighting.
 *
 * @cssprop --imc-chart-padding - Space around the dashboard's heading and controls. Default: 12px.
 *
 * @csspart heading - The dashboard's heading.
 * @csspart description - The line under the heading.
 * @csspart controls - The year range control.
 * @csspart grid - The grid of charts.
 */
export class MissionDashboard extends ImcElement {
  static override styles = [tokenStyles, dashboardStyles];

  /** `light`, `dark` or `auto`; inherited from an ancestor when not set, and by every chart. */
  @property({ reflect: true }) theme?: string;

  /** `latn` or `arab`, passed to every chart. */
  @property() numerals?: string;

  /** First year of every chart. */
  @property({ type: Number, reflect: true }) from: number = DEFAULT_YEARS.from;

  /** Last year of every chart (inclusive). */
  @property({ type: Number, reflect: true }) to: number = DEFAULT_YEARS.to;

  /** `auto`, `ltr` or `rtl`, passed to every chart. */
  @property({ attribute: 'time-direction' }) timeDirection?: string;

  /** "Today" (`YYYY-MM-DD`), passed to every chart. */
  @property() now?: string;

  /** Heading text; the dashboard's own by default. */
  @property() heading?: string;

  /** The line under the heading; the dashboard's own by default. */
  @property() description?: string;

  /** Level of the dashboard's heading (1–6); the charts' headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The charts' shared `link-group`; a name unique to this dashboard by default. */
  @property({ attribute: 'link-group' }) linkGroup?: string;

  private readonly ownGroup = `dashboard-${++dashboards}`;

  override connectedCallback(): void {
    super.connectedCallback();
    // Each chart's module registers its element; the charts upgrade in place as they arrive.
    for (const entry of CHARTS) entry.load().catch(() => undefined);
  }

  /** The `link-group` every chart of this dashboard shares. */
  get group(): string {
    return this.linkGroup || this.ownGroup;
  }

  /** The years in force: whole years in the dashboard's range, `from` not after `to`. */
  get years(): { from: number; to: number } {
    const year = (value: unknown, fallback: number) => {
      const n = Number(value);
      return Number.isInteger(n) && n >= YEAR_RANGE.min && n <= YEAR_RANGE.max ? n : fallback;
    };
    const [from, to] = [year(this.from, DEFAULT_YEARS.from), year(this.to, DEFAULT_YEARS.to)].sort((a, b) => a - b) as [number, number];
    return { from, to };
  }

  protected override render(): TemplateResult {
    const { locale, scheme: theme } = this.localeState;
    const text = dashboardStrings(locale.language);
    const { from, to } = this.years;
    const year = (y: number) => locale.formatYear(Date.UTC(y, 0, 1));
    const level = Number.isInteger(this.headingLevel) ? Math.min(6, Math.max(1, this.headingLevel)) : 2;
    const span: number[] = [];
    for (let y = Math.min(from, DASHBOARD_YEARS.first); y <= Math.max(to, DASHBOARD_YEARS.last); y++) span.push(y);
    const choice = (name: 'from' | 'to', label: string, value: number) => html`<label>
      ${label}
      <select name=${name} @change=${this.onYear}>
        ${span.map((y) => html`<option value=${y} ?selected=${y === value}>${year(y)}</option>`)}
      </select>
    </label>`;
    const common = {
      from: String(from),
      to: String(to),
      group: this.group,
      level: String(Math.min(6, level + 1)),
      direction: oneOf(this.timeDirection, TIME_DIRECTIONS),
    };
    const chart = ({ tag, dashboard }: RegisteredChart) => {
      const name = unsafeStatic(tag);
      return html`<${name} class=${ifDefined(dashboard.wide ? 'wide' : undefined)} ${attributes(dashboard.attributes)} from=${common.from} to=${common.to}
        link-group=${common.group} heading-level=${common.level} numerals=${ifDefined(this.numerals)} time-direction=${ifDefined(common.direction)}
        now=${ifDefined(this.now)}></${name}>`;
    };

    return html`<div class="chart" dir=${locale.dir} lang=${locale.tag} data-theme=${theme}>
      <div part="heading" role="heading" aria-level=${level}>${this.heading ?? text.heading(year(from), year(to))}</div>
      <p part="description">${this.description ?? text.description}</p>
      <div part="controls" role="group" aria-labelledby="years">
        <span id="years" class="group-label">${text.years}</span>
        ${choice('from', text.from, from)} ${choice('to', text.to, to)}
      </div>
      <div part="grid">${CHARTS.map(chart)}</div>
    </div>`;
  }

  /** The tags of the charts a dashboard shows, in order: every registered chart. */
  static readonly charts: readonly string[] = CHARTS.map((entry) => entry.tag);

  /** A year chosen in the range control; `from` after `to` moves the other end with it. */
  private onYear = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const value = Number(select.value);
    const { from, to } = this.years;
    if (select.name === 'from') {
      this.from = value;
      if (value > to) this.to = value;
    } else {
      this.to = value;
      if (value < from) this.from = value;
    }
  };
}

/** Sets fixed attributes on an element: the ones the registry gives a chart in the dashboard. */
class AttributesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element');
  }

  render(_attributes: Readonly<Record<string, string>>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [given]: [Readonly<Record<string, string>>]): typeof noChange {
    for (const [name, value] of Object.entries(given)) part.element.setAttribute(name, value);
    return noChange;
  }
}

const attributes = directive(AttributesDirective);

defineElement('mission-dashboard', MissionDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'mission-dashboard': MissionDashboard;
  }
}
