import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { dataset } from '../../../data/dataset.js';
import type { ChartLayoutBase } from '../layout/chart-layout.js';
import type { ChartSpec } from '../chart-spec.js';
import { renderFooter } from '../render/footer.js';
import { renderLegend } from '../render/legend.js';
import { renderNotice } from '../render/notice.js';
import { renderPlot, type PlotInput } from '../render/plot.js';
import { printStyles } from '../render/print.styles.js';
import { renderTable } from '../render/table.js';
import { renderTooltip } from '../render/tooltip.js';
import { frameStyles, tokenStyles } from '../render/tokens.styles.js';
import { chartView, issueSignature, navigationView, renderDrawing, tableInput, type ChartView } from './chart-view.js';
import { downloadCsv } from './csv-download.js';
import { DataController, type ChartInput, type DataValue } from './data-controller.js';
import { chartEvent } from './dom-events.js';
import { resolveOwnOptions, sameOptions } from './options.js';
import type { DataIssue } from '../../../data/issues.js';
import { ImcElement } from './imc-element.js';
import { PointNavigationController } from './point-navigation-controller.js';
import { SizeController } from './size-controller.js';
import { TableController } from './table-controller.js';

export type { ChartData } from '../chart-spec.js';
export type { ChartInput } from './data-controller.js';
export { TABLE_ROWS } from '../render/table.js';
// Re-exported so that a module importing an element also brings the global event map into scope.
export type { DataIssuesEvent, PointFocusEvent, PointSelectEvent } from './dom-events.js';

/** The width a chart is laid out at before it has been measured, and when rendered on a server. */
export const DEFAULT_WIDTH = 640;

/**
 * The base of every chart. It owns what all charts share, each part in a controller or a
 * template module of its own: language and direction, digits and theme (`LocaleController`,
 * from `ImcElement`), size (`SizeController`), `.data` and `src` with validation
 * (`DataController`), the keyboard, pointer and link-group model (`PointNavigationController`),
 * the deferred data table (`TableController`); the heading, notice, legend, plot, tooltip and
 * footer are templates in `core/render/`. Derived state is computed in `willUpdate`, events fire
 * in `updated`, and `render()` only renders. A chart adds its spec: a pure layout, its marks,
 * its text and its styles.
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
export abstract class ImcChart<L extends ChartLayoutBase = ChartLayoutBase> extends ImcElement {
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

  /** What makes this chart: how it reads its input, its own options, layout, marks, text and styles. */
  protected abstract readonly spec: ChartSpec<L>;

  /**
   * What the chart's points stand for. `events` (`<mission-timeline>`) makes the events the
   * table, the CSV download and the subject of the summary.
   */
  protected get pointKind(): 'observations' | 'events' {
    return this.spec.points;
  }

  /** The chart's own options (`mode`, `measure`…), checked: the same object while their values stay the same. */
  private own?: { values: object; issues: DataIssue[] };

  /** Reads `.data` or a loaded `src` body as the spec says: observations, or a timeline's events. */
  protected readData(input: unknown): ChartInput {
    return this.spec.read(input, dataset.sources, this.ownOptions().values);
  }

  private readonly size = new SizeController(this, () => this.renderRoot?.querySelector?.('.plot'));
  private readonly source = new DataController(this, {
    args: () => ({ data: this.data, src: this.src }),
    read: (input) => this.readData(input),
    readWith: () => this.ownOptions().values,
    timeout: () => this.loadTimeout,
  });
  private readonly navigation = new PointNavigationController(this, () => this.renderRoot.querySelector('svg[part="svg"]'));
  private readonly table = new TableController(this);

  /** The data of this update, copied from the data controller in `willUpdate`. */
  @state() private dataValue: DataValue = this.source.value;
  /** Everything derived from the inputs; none until the plot's width has been read once. */
  private current?: ChartView<L>;
  private measured = false;
  /** The issues last fired with `imc-data-issues`, and whether a new list waits for `updated`. */
  private reportedIssues = '';
  private issuesDue = false;

  /**
   * Resolves once everything the chart shows is rendered, including the data table, which is
   * built just after the drawing (in idle time) so that the chart appears first.
   */
  get ready(): Promise<void> {
    return this.updateComplete.then(() => (this.table.pending ? this.table.built().then(() => this.ready) : undefined));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ownChanged = this.checkOwnOptions();
    if (ownChanged || changed.has('data') || changed.has('src')) this.source.run();
    this.dataValue = this.source.value;
    if (this.measured || isServer) this.derive(changed.size > 0);
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
    this.derive(true);
    super.update(changed);
  }

  protected override updated(): void {
    if (!this.issuesDue || !this.current) return;
    this.issuesDue = false;
    this.dispatchEvent(chartEvent('imc-data-issues', { issues: this.current.issues }));
  }

  /** Checks the chart's own options again; true when their values changed. */
  private checkOwnOptions(): boolean {
    const before = this.own;
    const checked = resolveOwnOptions(this.spec.options, (key) => Reflect.get(this, key) as unknown);
    const changed = !before || !sameOptions(before.values, checked.values);
    this.own = { values: changed ? checked.values : before.values, issues: checked.issues };
    return changed;
  }

  private ownOptions(): { values: object; issues: DataIssue[] } {
    if (!this.own) this.checkOwnOptions();
    return this.own!;
  }

  /**
   * Derives the view when an input changed (any reactive property: the controllers' own
   * requests, a tooltip or a keystroke, change none) or the width did. The data table is built
   * again only when more than the width changed, or the events it lists did.
   */
  private derive(inputsChanged: boolean): void {
    const width = isServer ? DEFAULT_WIDTH : this.size.value;
    const previous = this.current;
    if (previous && !inputsChanged && previous.width === width) return;
    const year = (name: 'from' | 'to') => (this.hasAttribute(name) ? this.getAttribute(name) : this[name]);
    const view = chartView({
      spec: this.spec,
      input: this.dataValue,
      own: this.ownOptions(),
      locale: this.localeState,
      given: { numerals: this.numerals, from: year('from'), to: year('to'), annotations: this.annotations, timeDirection: this.timeDirection, now: this.now },
      width,
      fallbackWidth: DEFAULT_WIDTH,
      heading: this.heading,
      description: this.description,
      of: this.pointKind,
    });
    this.current = view;
    this.navigation.view = navigationView(view);
    const signature = issueSignature(view.issues);
    if (signature !== this.reportedIssues) [this.reportedIssues, this.issuesDue] = [signature, view.issues.length > 0];
    const shown = (v: ChartView<L> | undefined) => v?.shownEvents.map((e) => e.id).join();
    if (inputsChanged || shown(view) !== shown(previous)) this.table.request((state) => renderTable({ ...state, ...tableInput(view, this.pointKind) }));
  }

  protected override render(): TemplateResult {
    const view = this.current;
    if (!view) {
      const { locale, scheme } = this.localeState;
      return html`<div class="chart" dir=${locale.dir} lang=${locale.tag} data-theme=${scheme}><div class="plot"></div></div>`;
    }
    const { layout, options, text } = view;
    const { locale } = options;
    const nav = this.navigation;
    const point = nav.value;
    const plot: PlotInput = {
      ...view,
      locale,
      drawing: () => renderDrawing(view),
      active: layout.points[nav.active],
      linkedX: nav.linkedPoint?.x,
      tooltip: point ? renderTooltip(point, layout.size, view.data, locale, text) : nothing,
    };
    return html`<div class="chart" dir=${locale.dir} lang=${locale.tag} data-theme=${options.theme}>
      <div part="heading" role="heading" aria-level=${clampLevel(this.headingLevel)}>${view.heading}</div>
      <p part="description">${view.description}</p>
      ${renderNotice(view.issues, view.headline, locale, text)}
      ${renderLegend(layout.legend)}
      ${renderPlot(plot, nav)}
      <span id="hint" class="visually-hidden">${text.keyboardHint}</span>
      <div class="visually-hidden" role="status" aria-live="polite">${nav.announcement}</div>
      ${renderFooter({ ranked: view.ranked, locale, text, tableOpen: this.table.open, onDownload: this.download, onToggleTable: this.table.toggle })}
      ${guard([this.table.value], () => this.table.value)}
    </div>`;
  }

  private download = (): void => {
    if (this.current) void downloadCsv(this.localName, this.current.layout, this.current.data, this.pointKind);
  };
}

function clampLevel(level: number): number {
  return Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : 2;
}
