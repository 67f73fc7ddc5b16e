import { LitElement, css, html, isServer, nothing, svg, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { dataset } from '../../../data/dataset.js';
import { makeIssue, type DataIssue } from '../../../data/issues.js';
import { inheritedAttribute, watchAncestry } from './ancestry.js';
import type { ChartLayoutBase, ChartPoint } from '../layout/chart-layout.js';
import { renderFrame, renderLegend, renderLivePoints, renderNotice, renderSourceLinks, renderTable } from '../render/chart-parts.js';
import type { ChartData, ChartSpec } from '../chart-spec.js';
import { describePoint, eventLabel, formatValue, formatWhen, pointRecord, rankedSources, sourceName, sourcesOf, summaryText } from '../chart-text.js';
import { LINK_EVENT, type LinkDetail, type PointEventDetail } from './dom-events.js';
import { strings, type Strings } from '../i18n.js';
import { isValidLocale, type LocaleInfo } from '../locale.js';
import { resolveOptions, resolveOwnOptions, sameOptions, type ResolvedOptions } from './options.js';
import { SizeController } from './size-controller.js';
import { styleProperties } from '../render/style-properties.js';
import { frameStyles, tokenStyles, tokenValues } from '../render/tokens.styles.js';
import type { MissionEvent, Observation, Source } from '../../../data/types.js';

/** Data as a chart reads it from `.data` or `src`: what was valid, and what was wrong. */
export interface ChartInput {
  records: Observation[];
  /** Events given with the data, replacing the bundled ones (a timeline's own events). */
  events?: MissionEvent[];
  sources: Source[];
  issues: DataIssue[];
}

export type { ChartData } from '../chart-spec.js';
// Re-exported so that a module importing an element also brings the global event map into scope.
export type { DataIssuesEvent, PointFocusEvent, PointSelectEvent } from './dom-events.js';

/**
 * On paper every chart uses the light theme's colours, whatever the page's theme: browsers do not
 * print backgrounds by default, so a dark chart's light text would be printed on white paper.
 * (`[data-theme]` twice outweighs the dark theme's `.chart[data-theme='dark']`.)
 */
const printStyles = css`
  @media print {
    .chart[data-theme][data-theme] {
      ${unsafeCSS([...tokenValues('light')].map(([name, value]) => `${name}: ${value};`).join('\n'))}
      color-scheme: light;
      /* Ligatures ("fi") become one glyph in a PDF, which then cannot be searched or copied. */
      font-variant-ligatures: none;
    }
  }
`;

/** The width a chart is laid out at before it has been measured, and when rendered on a server. */
export const DEFAULT_WIDTH = 640;

/**
 * The base of every chart. It owns what all charts share: language and direction, digits,
 * theme, size, `.data` and `src` with validation, the loading, empty and error states, the
 * heading, legend, tooltip, footer with sources and CSV download, the data table, the text
 * summary, the keyboard model and linked highlighting. A chart adds its spec: a pure layout,
 * its marks, its text and its styles.
 *
 * @cssprop --imc-font-family - Typeface of all text. Default: the system UI face, then Noto Sans and Noto Sans Arabic.
 * @cssprop --imc-font-size - Base text size. Default: 14px.
 * @cssprop --imc-heading-size - Heading size, relative to the base. Default: 1.15em.
 * @cssprop --imc-radius - Corner radius of the notice, tooltip and buttons. Default: 4px.
 * @cssprop --imc-chart-padding - Space around the chart. Default: 12px.
 * @cssprop --imc-color-background - Background. Light #ffffff, dark #14181d.
 * @cssprop --imc-color-text - Text. Light #1b1f24, dark #eceff3.
 * @cssprop --imc-color-text-muted - Description, axis labels, footer. Light #4f5863, dark #b4bcc6.
 * @cssprop --imc-color-grid - Grid lines. Light #e2e6ea, dark #333b45.
 * @cssprop --imc-color-axis - Axis line and button borders. Light #6b7480, dark #8a95a3.
 * @cssprop --imc-color-series-1 - First series. Light #0060b8, dark #3088f8.
 * @cssprop --imc-color-series-2 - Second series. Light #c04800, dark #f2a65a.
 * @cssprop --imc-color-series-3 - Third series. Light #a02878, dark #c9a7f5.
 * @cssprop --imc-color-series-4 - Fourth series. Light #008870, dark #5fd0b5.
 * @cssprop --imc-color-annotation - Event rules and labels. Light #5d6670, dark #a7b0bb.
 * @cssprop --imc-color-focus - Keyboard focus ring and linked-date rule. Light #b35c00, dark #ffd166.
 * @cssprop --imc-color-notice-background - Notice background. Light #fff4d6, dark #3b2f12.
 * @cssprop --imc-color-notice-text - Notice text. Light #5c3d00, dark #ffe3a3.
 * @cssprop --imc-color-tooltip-background - Tooltip background. Light #1b1f24, dark #eceff3.
 * @cssprop --imc-color-tooltip-text - Tooltip text. Light #ffffff, dark #14181d.
 *
 * @csspart heading - The chart's heading.
 * @csspart description - The one-line description under the heading.
 * @csspart notice - Loading, empty and data-problem messages.
 * @csspart legend - The legend list.
 * @csspart svg - The chart drawing.
 * @csspart grid - Horizontal grid lines.
 * @csspart axis-x - The time axis: line, ticks and year labels.
 * @csspart axis-y - The value axis labels.
 * @csspart series - A data series (line, step line, band).
 * @csspart points - The group of reachable points.
 * @csspart focus-ring - The ring around the active point.
 * @csspart crosshair - The rule marking a date focused in a linked chart.
 * @csspart annotation - Event rules and labels.
 * @csspart today - The rule marking today.
 * @csspart tooltip - The tooltip of the active point.
 * @csspart footer - Sources line, download and table buttons.
 * @csspart source-link - A link to a source.
 * @csspart download - The "Download data (CSV)" button.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table's container.
 *
 * @fires imc-point-focus - A point became active by pointer, touch or keyboard; `detail` is `{ observation, sources, index }` (`{ event, sources, index }` on a timeline), or `null` when none is.
 * @fires imc-point-select - A point was chosen by click, tap, Enter or Space; `detail` is `{ observation, sources, index }` (`{ event, sources, index }` on a timeline).
 * @fires imc-data-issues - Data, `src` or an attribute had problems; `detail.issues` lists each with row, field and reason.
 */
export abstract class ImcChart<L extends ChartLayoutBase = ChartLayoutBase> extends LitElement {
  static override styles = [tokenStyles, frameStyles, printStyles];

  /** `light`, `dark`, or `auto` to follow the reader's system setting. Inherited from an ancestor's `theme` when not set. */
  @property({ reflect: true }) theme?: string;

  /** `latn` (0–9) or `arab` (٠–٩). Defaults to what the language's locale uses (`ar-IQ`: arab, `ar`: latn). */
  @property() numerals?: string;

  /** First year shown. */
  @property({ type: Number }) from = 2003;

  /** Last year shown (inclusive). */
  @property({ type: Number }) to = 2026;

  /** URL of JSON or CSV data to load instead of the bundled series. */
  @property() src?: string;

  /** Heading text; the chart's own heading by default. */
  @property() heading?: string;

  /** One-line description; the chart's own by default. */
  @property() description?: string;

  /** Level of the heading for the page's outline (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Which events to mark: `none`, `key` or `all`. */
  @property() annotations = 'key';

  /** `auto` runs time right to left in a right-to-left language; `ltr` and `rtl` force a direction. */
  @property({ attribute: 'time-direction' }) timeDirection = 'auto';

  /** Charts with the same `link-group` highlight the same date together. */
  @property({ attribute: 'link-group' }) linkGroup?: string;

  /** Today's date (`YYYY-MM-DD`), for what counts as a plan ahead; the reader's clock by default. */
  @property() now?: string;

  /**
   * Your own records, replacing the bundled series: an array of observations, or
   * `{ observations, sources }`. Checked by `validate`; rows with problems are reported, not drawn.
   */
  @property({ attribute: false }) data?: unknown;

  /**
   * How long a `src` request may take, in milliseconds, before the chart says it failed.
   * @internal For tests and unusually slow hosts; 15 s by default.
   */
  loadTimeout = 15_000;

  /** What makes this chart: how it reads its input, its options, layout, marks, text and styles. */
  protected abstract readonly spec: ChartSpec<L>;

  /**
   * What the chart's points stand for. `events` (`<mission-timeline>`) makes the events the
   * table, the CSV download and the subject of the summary.
   */
  protected get pointKind(): 'observations' | 'events' {
    return this.spec.points;
  }

  /** Reads `.data` or a loaded `src` body as the spec says: observations, or a timeline's events. */
  protected readData(input: unknown): ChartInput {
    return this.spec.read(input, dataset.sources, this.resolve().own);
  }

  @state() private loaded?: ChartInput;
  @state() private loading = false;
  @state() private loadIssue?: DataIssue;
  @state() private active = -1;
  @state() private tooltipShown = false;
  @state() private tableOpen = false;
  /**
   * How many rows the data table lists. Beyond a thousand a table helps no reader and costs a
   * phone seconds and megabytes; the rest are one button (or the CSV download) away.
   */
  @state() private tableRows = TABLE_ROWS;
  @state() private linkedTime?: number;
  @state() private announcement = '';

  private readonly size = new SizeController(this, () => this.renderRoot?.querySelector?.('.plot'));
  private abort?: AbortController;
  private loadedFrom?: string;
  private unwatch?: () => void;
  private validated?: { input: unknown; own: object; result: ChartInput };
  /** The chart's own options as last resolved: the same object while their values stay the same. */
  private own?: object;
  private reportedIssues = '';
  private currentLayout?: L;
  private currentData?: ChartData;
  /** Whether the plot's width has been read once; until then a render lays down only the plot's box. */
  private measured = false;
  /** The last chart data and its inputs, so that a render that changes neither reuses it. */
  private dataMemo?: { key: readonly unknown[]; data: ChartData };
  /** The last layout and its inputs: a keystroke or a tooltip does not lay the chart out again. */
  private layoutMemo?: { key: readonly unknown[]; layout: L; ranked: Source[] };
  /** The data table as last built, and the inputs it shows. */
  private table?: { key: readonly unknown[]; view: TemplateResult };
  /** Set by the idle callback: the next render builds the table. */
  private tableDue = false;
  private tableTask?: () => void;
  private tableWaiters: (() => void)[] = [];

  /**
   * A server-rendered chart arrives with a declarative shadow root holding its static drawing.
   * Lit reuses that root and would add the live chart after it, so the static drawing is
   * cleared first: the reader sees it until the script runs, then the live chart alone.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatch = watchAncestry(() => this.requestUpdate());
    document.addEventListener(LINK_EVENT, this.onLink);
    if (this.src && this.loadedFrom !== this.src) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.tableTask?.();
    this.tableTask = undefined;
    this.unwatch?.();
    document.removeEventListener(LINK_EVENT, this.onLink);
    if (this.loading) {
      this.abort?.abort();
      this.loading = false;
      this.loadedFrom = undefined;
    }
  }

  /**
   * The first update renders twice in one go: the plot's empty box, whose width is then read
   * synchronously, and the chart at that width. A chart is thus drawn in the task that connected
   * it, not after a ResizeObserver callback and an animation frame. A hidden chart (width 0)
   * renders everything but its drawing, which the ResizeObserver adds once it is shown.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (this.measured || isServer) return;
    this.measured = true;
    this.size.measure();
    super.update(changed);
  }

  protected override updated(): void {
    if (this.tablePending) return;
    for (const resolve of this.tableWaiters.splice(0)) resolve();
  }

  /**
   * Resolves once everything the chart shows is rendered, including the data table, which is
   * built just after the drawing (in idle time) so that the chart appears first.
   */
  get ready(): Promise<void> {
    return this.updateComplete.then(() =>
      this.tablePending ? new Promise<void>((resolve) => this.tableWaiters.push(resolve)).then(() => this.ready) : undefined,
    );
  }

  /** Whether the data table still shows other data or options than the chart. */
  private get tablePending(): boolean {
    return this.isConnected && this.measured && this.tableTask !== undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.isConnected && this.loadedFrom !== this.src) this.load();
  }

  /** The language tag in force: the element's, an ancestor's, or English. */
  get resolvedLang(): string {
    const tag = inheritedAttribute(this, 'lang');
    return tag && isValidLocale(tag) ? tag : 'en';
  }

  /** The theme in force: the element's, an ancestor's, or light. */
  get resolvedTheme(): string {
    return this.theme ?? inheritedAttribute(this, 'theme') ?? 'light';
  }

  /** Every option, checked: wrong values fall back to defaults, with an issue for each. */
  private resolve(): { options: ResolvedOptions; own: object; issues: DataIssue[] } {
    const own = this.getAttribute('lang');
    const year = (name: 'from' | 'to') => (this.hasAttribute(name) ? this.getAttribute(name) : this[name]);
    const { options, issues } = resolveOptions({
      lang: this.resolvedLang,
      numerals: this.numerals,
      theme: this.resolvedTheme,
      from: year('from'),
      to: year('to'),
      annotations: this.annotations,
      timeDirection: this.timeDirection,
      now: this.now,
    });
    if (own !== null && !isValidLocale(own)) {
      issues.unshift(makeIssue(-1, 'lang', 'bad-attribute', { field: 'lang', value: own, allowed: 'en' }, 'warning'));
    }
    const chart = resolveOwnOptions(this.spec.options, (key) => Reflect.get(this, key) as unknown);
    if (!this.own || !sameOptions(this.own, chart.values)) this.own = chart.values;
    return { options, own: this.own, issues: [...issues, ...chart.issues] };
  }

  private get userData(): ChartInput | undefined {
    if (this.data === undefined || this.data === null) return undefined;
    const own = this.resolve().own;
    if (this.validated?.input !== this.data || this.validated.own !== own) {
      this.validated = { input: this.data, own, result: this.readData(this.data) };
    }
    return this.validated.result;
  }

  private chartData(): { data: ChartData; issues: DataIssue[] } {
    const given = this.userData ?? (this.src ? this.loaded : undefined);
    const issues = [...(given?.issues ?? []), ...(this.loadIssue ? [this.loadIssue] : [])];
    const key = [given, !!this.src];
    if (!this.dataMemo || !sameItems(this.dataMemo.key, key)) {
      const data =
        !given && !this.src
          ? { ...dataset }
          : {
              observations: given?.records ?? [],
              events: given?.events ?? dataset.events,
              sources: [...(given?.sources ?? []), ...dataset.sources],
            };
      this.dataMemo = { key, data };
    }
    return { data: this.dataMemo.data, issues };
  }

  /** The layout for these inputs, from the last render when they are the same. */
  private layoutFor(data: ChartData, options: ResolvedOptions, own: object, width: number, text: Strings): { layout: L; ranked: Source[] } {
    const context = { ...options, width };
    const key = [data, options.locale, options.from, options.to, options.annotations, options.timeDirection, options.now, width, text, own];
    if (!this.layoutMemo || !sameItems(this.layoutMemo.key, key)) {
      const layout = this.spec.layout(data, context, text, own);
      this.layoutMemo = { key, layout, ranked: rankedSources(layout.points, data.sources) };
    }
    return this.layoutMemo;
  }

  /**
   * The data table for these inputs. Built at once when it is open; otherwise after the chart is
   * drawn, in idle time, keeping the previous table until then (it is in the accessibility tree,
   * not on screen), so that a chart with thousands of rows appears without waiting for them.
   */
  private tableFor(key: readonly unknown[], build: () => TemplateResult): TemplateResult {
    if (this.table && sameItems(this.table.key, key)) return this.table.view;
    if (this.tableOpen || this.tableDue || isServer) {
      this.tableDue = false;
      this.tableTask?.();
      this.tableTask = undefined;
      this.table = { key, view: build() };
      return this.table.view;
    }
    this.tableTask ??= idle(() => {
      this.tableTask = undefined;
      this.tableDue = true;
      this.requestUpdate();
    });
    return this.table?.view ?? EMPTY_TABLE;
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const src = this.src;
    this.loadedFrom = src;
    this.loadIssue = undefined;
    if (!src) {
      this.loaded = undefined;
      this.loading = false;
      return;
    }
    const controller = new AbortController();
    this.abort = controller;
    this.loading = true;
    // The loader (fetch, JSON and CSV reading) is its own module, fetched the first time a chart
    // has a `src`: a chart of the bundled data never downloads it.
    let loader: typeof import('./source-loader.js') | undefined;
    try {
      loader = await import('./source-loader.js');
      const body = await loader.loadSource(src, document.baseURI, controller.signal, this.loadTimeout);
      if (controller !== this.abort) return;
      const result = this.readData(body);
      // A body that is not a list of records (`{}`, `5`) is a failed load: the last good data stays.
      const unusable = result.issues.find((issue) => issue.code === 'not-a-list');
      if (unusable) this.loadIssue = unusable;
      else this.loaded = result;
    } catch (error) {
      if (controller !== this.abort || controller.signal.aborted) return;
      const { code, status } = loader && error instanceof loader.LoadError ? error : { code: 'load-failed' as const, status: '' };
      this.loadIssue = makeIssue(-1, 'src', code, { status });
    } finally {
      if (controller === this.abort) this.loading = false;
    }
  }

  protected override render(): TemplateResult {
    const { options, own, issues: optionIssues } = this.resolve();
    const { locale } = options;
    const text = strings(locale.language);
    const { data, issues: dataIssues } = this.chartData();
    const issues = [...dataIssues, ...optionIssues];
    // A server render has no ResizeObserver: it lays out at the default width.
    const width = isServer ? DEFAULT_WIDTH : this.size.value;
    if (!this.measured && !isServer) {
      return html`<div class="chart" dir=${locale.dir} lang=${locale.tag} data-theme=${options.theme}><div class="plot"></div></div>`;
    }
    const { layout, ranked } = this.layoutFor(data, options, own, width || DEFAULT_WIDTH, text);
    this.currentLayout = layout;
    this.currentData = data;
    const years = { from: locale.formatYear(Date.UTC(options.from, 0, 1)), to: locale.formatYear(Date.UTC(options.to, 0, 1)) };
    const ownText = this.spec.strings(locale.language);
    const heading = this.heading ?? this.spec.heading(ownText, years, own);
    const summary = summaryText(layout, heading, years, locale, text, this.pointKind);
    const active = layout.points[this.active];
    const shownEvents = layout.annotations.map((a) => data.events.find((e) => e.id === a.id)!).filter(Boolean);
    const headline = this.loading
      ? text.loading
      : layout.points.length === 0 && !this.loadIssue
        ? text.empty(years.from, years.to)
        : undefined;
    this.reportIssues(issues);
    const tableView = this.tableFor(
      [data, locale, options.from, options.to, options.now, own, heading, this.pointKind, this.tableOpen, this.tableRows, shownEvents.map((e) => e.id).join()],
      () =>
        renderTable(tablePoints(layout), shownEvents, (o) => sourcesOf(o, data.sources), heading, locale, text, this.tableOpen, this.pointKind, {
          rows: this.tableRows,
          showAll: this.showAllRows,
        }),
    );

    return html`<div class="chart" dir=${locale.dir} lang=${locale.tag} data-theme=${options.theme}>
      <div part="heading" role="heading" aria-level=${clampLevel(this.headingLevel)}>${heading}</div>
      <p part="description">${this.description ?? this.spec.description(ownText, own)}</p>
      ${renderNotice(issues, headline, locale, text)}
      ${renderLegend(layout.legend)}
      <div
        class="plot"
        tabindex="0"
        role="img"
        aria-label=${summary}
        aria-describedby="hint"
        aria-busy=${this.loading ? 'true' : 'false'}
        @keydown=${this.onKeydown}
        @pointermove=${this.onPointer}
        @pointerdown=${this.onPointer}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
        @blur=${this.onBlur}
      >
        ${width > 0
          ? html`<svg part="svg" width=${layout.size.width} height=${layout.size.height} viewBox=${`0 0 ${layout.size.width} ${layout.size.height}`} aria-hidden="true" direction=${locale.dir}>
              ${guard([layout, locale, text], () => svg`${renderFrame(layout, locale, text)}${this.spec.renderMarks(layout, locale)}`)}
              ${renderLivePoints(layout, active, this.linkedX(layout))}
            </svg>`
          : html`<div class="pending"></div>`}
        ${active && this.tooltipShown ? this.renderTooltip(active, layout, data, locale, text) : nothing}
      </div>
      <span id="hint" class="visually-hidden">${text.keyboardHint}</span>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div part="footer">
        ${this.renderSourceLine(ranked, locale, text)}
        <button part="download" type="button" @click=${this.download}>${text.download}</button>
        <button part="table-toggle" type="button" aria-controls="table" aria-expanded=${this.tableOpen ? 'true' : 'false'} @click=${this.toggleTable}>
          ${this.tableOpen ? text.hideTable : text.showTable}
        </button>
      </div>
      ${guard([tableView], () => tableView)}
    </div>`;
  }

  private renderTooltip(point: ChartPoint, layout: L, data: ChartData, locale: LocaleInfo, text: Strings): TemplateResult {
    const room = { left: point.x - 12, right: layout.size.width - point.x - 12 };
    const side = room.right >= room.left ? 'left' : 'right';
    const offset = side === 'left' ? point.x + 12 : layout.size.width - point.x + 12;
    // A point in the lower half gets its tooltip above it, so that the tooltip of a short chart
    // (the timeline strip) does not run past the chart's bottom into what follows it.
    const below = point.y <= layout.size.height / 2;
    const position = {
      [side]: `${offset}px`,
      ...(below ? { top: `${Math.max(0, point.y - 16)}px` } : { bottom: `${Math.max(0, layout.size.height - point.y - 16)}px` }),
      'max-width': `${Math.max(140, Math.min(300, room[side === 'left' ? 'right' : 'left']))}px`,
    };
    const sources = sourcesOf(pointRecord(point), data.sources);
    const cited = html`<p>${sources.length > 1 ? text.sources : text.source}: ${sources.length ? sources.map(sourceName).join('; ') : text.noSource}</p>`;
    if (point.event) {
      const e = point.event;
      return html`<div part="tooltip" aria-hidden="true" ${styleProperties(position)}>
        <strong>${eventLabel(e, locale)}</strong>
        <p>${formatWhen(e, locale)} · ${text.periods[e.period]}</p>
        ${cited}
      </div>`;
    }
    const o = point.observation;
    return html`<div part="tooltip" aria-hidden="true" ${styleProperties(position)}>
      <strong>${formatValue(o, locale, text)}</strong>
      <p>${formatWhen(o, locale)} · ${text.kind[o.kind]}</p>
      ${o.note ? html`<p>${o.note[locale.language]}</p>` : nothing}
      ${cited}
      ${this.renderRivals(o, data, locale, text)}
    </div>`;
  }

  /**
   * The figures that disagree with this one, each with its value, date and sources, so a reader
   * weighs both without hunting for the other point. A conflict may be listed on either side.
   */
  private renderRivals(o: Observation, data: ChartData, locale: LocaleInfo, text: Strings): TemplateResult | typeof nothing {
    const rivals = data.observations.filter((r) => r.id !== o.id && (o.conflictsWith?.includes(r.id) || r.conflictsWith?.includes(o.id)));
    if (rivals.length === 0) return nothing;
    const shown = rivals.slice(0, 3);
    return html`<p class="rivals">${text.conflict}:</p>
      <ul class="rivals">
        ${shown.map(
          (r) => html`<li>${formatValue(r, locale, text)}, ${formatWhen(r, locale)} (${sourcesOf(r, data.sources).map(sourceName).join('; ') || text.noSource})</li>`,
        )}
        ${rivals.length > shown.length ? html`<li>${text.more(locale.formatNumber(rivals.length - shown.length))}</li>` : nothing}
      </ul>`;
  }

  /**
   * The footer's source line: the three publishers cited by most points, and how many more the
   * data table lists.
   */
  private renderSourceLine(ranked: readonly Source[], locale: LocaleInfo, text: Strings): TemplateResult {
    const shown = ranked.slice(0, 3);
    const rest = ranked.length - shown.length;
    if (shown.length === 0) return html`<p>${text.source}: ${text.noSource}</p>`;
    return html`<p>
      ${shown.length > 1 ? text.sources : text.source}: ${renderSourceLinks(shown)}${rest > 0 ? html`; ${text.moreSources(locale.formatNumber(rest))}` : nothing}
    </p>`;
  }

  private linkedX(layout: L): number | undefined {
    if (this.linkedTime === undefined) return undefined;
    const nearest = nearestByTime(layout.points, this.linkedTime);
    return nearest?.x;
  }

  private reportIssues(issues: DataIssue[]): void {
    const signature = JSON.stringify(issues.map((i) => [i.row, i.field, i.code]));
    if (signature === this.reportedIssues) return;
    this.reportedIssues = signature;
    if (issues.length === 0) return;
    // Fired after this render, so listeners see the notice that goes with the issues.
    void this.updateComplete.then(() => this.emit('imc-data-issues', { issues }));
  }

  private activate(index: number, via: 'keyboard' | 'pointer'): void {
    const points = this.currentLayout?.points ?? [];
    const clamped = Math.max(0, Math.min(points.length - 1, index));
    const point = points[clamped];
    if (!point) return;
    this.tooltipShown = true;
    if (via === 'keyboard') this.announcement = this.describe(point);
    if (clamped === this.active) return;
    this.active = clamped;
    this.emit('imc-point-focus', this.detail(point, clamped));
    this.broadcast(point.time);
  }

  private deactivate(): void {
    if (this.active === -1 && !this.tooltipShown) return;
    this.tooltipShown = false;
    if (this.active !== -1) {
      this.active = -1;
      this.emit('imc-point-focus', null);
      this.broadcast(null);
    }
  }

  private describe(point: ChartPoint): string {
    const { locale } = this.resolve().options;
    return describePoint(point, this.currentData!.sources, locale, strings(locale.language));
  }

  private detail(point: ChartPoint, index: number): PointEventDetail {
    const sources = sourcesOf(pointRecord(point), this.currentData!.sources);
    return point.event ? { event: point.event, sources, index } : { observation: point.observation, sources, index };
  }

  private emit<K extends ChartEventName>(type: K, detail: ChartEventDetail<K>): void {
    this.dispatchEvent(chartEvent(type, detail));
  }

  private broadcast(time: number | null): void {
    if (!this.linkGroup) return;
    const detail: LinkDetail = { group: this.linkGroup, time, origin: this };
    document.dispatchEvent(new CustomEvent(LINK_EVENT, { detail }));
  }

  private onLink = (event: Event): void => {
    const { group, time, origin } = (event as CustomEvent<LinkDetail>).detail;
    if (origin === this || !this.linkGroup || group !== this.linkGroup) return;
    this.linkedTime = time ?? undefined;
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const count = this.currentLayout?.points.length ?? 0;
    if (count === 0) return;
    const forward = this.currentLayout!.timeDirection === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const current = this.active;
    switch (event.key) {
      case forward:
        this.activate(current < 0 ? 0 : current + 1, 'keyboard');
        break;
      case backward:
        this.activate(current < 0 ? 0 : current - 1, 'keyboard');
        break;
      case 'Home':
        this.activate(0, 'keyboard');
        break;
      case 'End':
        this.activate(count - 1, 'keyboard');
        break;
      case 'Enter':
      case ' ':
        if (current < 0) return;
        this.select(current);
        break;
      case 'Escape':
        if (!this.tooltipShown) return;
        this.tooltipShown = false;
        this.announcement = '';
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  private pointAt(event: PointerEvent | MouseEvent): number {
    const svgElement = this.renderRoot.querySelector('svg[part="svg"]');
    const points = this.currentLayout?.points ?? [];
    if (!svgElement || points.length === 0) return -1;
    const box = svgElement.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    let best = -1;
    let bestDistance = Infinity;
    points.forEach((p, i) => {
      const distance = Math.abs(p.x - x) * 4 + Math.abs(p.y - y);
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    });
    return best;
  }

  private onPointer = (event: PointerEvent): void => {
    if (event.type === 'pointerdown' && event.pointerType === 'mouse') return;
    const index = this.pointAt(event);
    if (index >= 0) this.activate(index, 'pointer');
  };

  private onPointerLeave = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse') this.deactivate();
  };

  private onClick = (event: MouseEvent): void => {
    const index = this.pointAt(event);
    if (index >= 0) this.select(index);
  };

  private onBlur = (): void => {
    this.tooltipShown = false;
  };

  private select(index: number): void {
    const point = this.currentLayout?.points[index];
    if (!point) return;
    this.emit('imc-point-select', this.detail(point, index));
  }

  private showAllRows = (): void => {
    this.tableRows = Number.POSITIVE_INFINITY;
  };

  private toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  /**
   * Saves the shown points as CSV: the observations, or a timeline's events. A Blob URL rather
   * than a `data:` link, so the download works under a Content-Security-Policy that forbids `data:`.
   */
  private download = async (): Promise<void> => {
    const layout = this.currentLayout;
    const data = this.currentData;
    if (!layout || !data) return;
    // The CSV writers are fetched on the first download, like the loader: most readers never press it.
    let csv: string;
    try {
      csv =
        this.pointKind === 'events'
          ? (await import('./event-csv.js')).eventsToCsv(layout.points.flatMap((p) => (p.event ? [p.event] : [])), data.sources)
          : (await import('../../../data/csv.js')).toCsv(tablePoints(layout).flatMap((p) => (p.observation ? [p.observation] : [])), data.sources);
    } catch {
      // The module could not be fetched (the page went offline): the button stays and can be pressed again.
      return;
    }
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.localName}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
}

type ChartEventName = 'imc-point-focus' | 'imc-point-select' | 'imc-data-issues';
type ChartEventDetail<K extends ChartEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** The library's events bubble out of shadow roots, so a page can listen on any ancestor. */
function chartEvent<K extends ChartEventName>(type: K, detail: ChartEventDetail<K>): CustomEvent<ChartEventDetail<K>> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

/**
 * The points the data table and the CSV list: every shown observation, even where the drawing
 * keeps only what the pixels can show (`layout.reduced`).
 */
function tablePoints(layout: ChartLayoutBase): ChartPoint[] {
  if (!layout.reduced) return layout.points;
  return layout.reduced.observations.map((observation) => ({ key: observation.id, x: 0, y: 0, time: 0, series: 'table', observation }));
}

/** The data table's rows before the reader asks for all. */
export const TABLE_ROWS = 1000;

/** Where the data table goes until it is first built. */
const EMPTY_TABLE = html`<div part="table" id="table" class="visually-hidden"></div>`;

/** Whether two lists hold the same items, by identity. */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}

/** Runs `task` when the page is idle (within a second), or after the current task where idle callbacks are missing; returns a cancel function. */
function idle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}

function clampLevel(level: number): number {
  return Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : 2;
}

function nearestByTime(points: readonly ChartPoint[], time: number): ChartPoint | undefined {
  let best: ChartPoint | undefined;
  for (const p of points) if (!best || Math.abs(p.time - time) < Math.abs(best.time - time)) best = p;
  return best;
}
