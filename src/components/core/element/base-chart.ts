import { isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../render/compact.js';
import { guard } from 'lit/directives/guard.js';
import { loadSeries } from '../../../data/series/load.js';
import type { Source } from '../../../data/types.js';
import type { ChartLayoutBase } from '../layout/chart-layout.js';
import type { ChartSpec } from '../chart-spec.js';
import { eventKeyStyles } from '../render/event-key.js';
import { renderFooter } from '../render/footer.js';
import { renderLegend } from '../render/legend.js';
import { renderNotice } from '../render/notice.js';
import { renderPlot, type PlotInput } from '../render/plot.js';
import { printStyles } from '../render/print.styles.js';
import { renderTooltip } from '../render/tooltip.js';
import { frameStyles, tokenStyles } from '../render/tokens.styles.js';
import { chartView, issueSignature, navigationView, renderDrawing, tableInput, type ChartView } from './chart-view.js';
import { DataController, type ChartInput, type DataValue } from './data-controller.js';
import { chartEvent } from './dom-events.js';
import { resolveOwnOptions, sameOptions } from './options.js';
import type { DataIssue } from '../../../data/issues.js';
import { ChartAttributes } from './chart-attributes.js';
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
 */
export abstract class ImcChart<L extends ChartLayoutBase = ChartLayoutBase> extends ChartAttributes {
  static override styles = [tokenStyles, frameStyles, eventKeyStyles, printStyles];
  static {
    // Reactive state, declared without decorators: see `ChartAttributes.properties`.
    this.createProperty('dataValue', { state: true });
  }

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

  /**
   * Reads `.data` or a loaded `src` body as the spec says: observations, or a timeline's events.
   * Rows may cite the `known` sources (the bundled registry, once it has been imported) by id.
   */
  protected readData(input: unknown, known: readonly Source[] = []): ChartInput {
    return this.spec.read(input, known, this.ownOptions().values);
  }

  private readonly size = new SizeController(this, () => this.renderRoot?.querySelector?.('.plot'), chartInset);
  private readonly source = new DataController(this, {
    args: () => ({ data: this.data, src: this.src }),
    read: (input, known) => this.readData(input, known),
    readWith: () => this.ownOptions().values,
    timeout: () => this.loadTimeout,
    // The chart's own series: a chunk of its own, imported only when neither `.data` nor `src` is given.
    series: () => loadSeries(this.spec.tag),
    // A timeline's events are its points, given with its data; other charts draw the bundled ones as annotations.
    wantsEvents: () => this.pointKind !== 'events' && this.annotations !== 'none',
  });
  private readonly navigation = new PointNavigationController(this, () => this.renderRoot.querySelector('svg[part="svg"]'));
  private readonly table = new TableController(this);

  /** The data of this update, copied from the data controller in `willUpdate`. */
  private dataValue: DataValue = this.source.value;
  /** Everything derived from the inputs; none until the plot's width has been read once. */
  private current?: ChartView<L>;
  private measured = false;
  /** The issues last fired with `imc-data-issues`, and whether a new list waits for `updated`. */
  private reportedIssues = '';
  private issuesDue = false;

  /**
   * Resolves once everything the chart shows is rendered: its bundled series (or the bundled
   * events over its own data) imported and drawn, and the data table, which is built just after
   * the drawing (in idle time) so that the chart appears first. A `src` is not waited for.
   * Once the reader has reached into the chart (or the CSV was asked for), also the details of
   * its bundled data (notes, whole sources) and the drawing with them.
   */
  get ready(): Promise<void> {
    const imported = this.source.imported;
    if (imported) return imported.then(() => this.ready);
    return this.updateComplete.then(() => (this.source.imported || this.table.pending ? Promise.resolve(this.table.pending ? this.table.built() : undefined).then(() => this.ready) : undefined));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ownChanged = this.checkOwnOptions();
    if (ownChanged || changed.has('data') || changed.has('src') || changed.has('annotations')) this.source.run();
    this.dataValue = this.source.value;
    if (!this.measured && !isServer) this.measured = this.size.measured;
    if (this.measured || isServer) this.derive(changed.size > 0);
  }

  /**
   * The first update draws the chart at its width, read from the host with those of every chart
   * connected in the same task (one layout for all, {@link SizeController.measured}): not after a
   * ResizeObserver callback and an animation frame, and with no second update. Where the width
   * cannot be told from the host (a `--imc-chart-padding` that is not one length in pixels), the
   * first update renders the plot's empty box, which is measured the same way, and the next
   * update, in that same task, draws the chart. A hidden chart (width 0) renders everything but
   * its drawing, which the ResizeObserver adds once it is shown.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (this.measured || isServer) return;
    this.measured = true;
    this.size.measureWithOthers();
    this.requestUpdate();
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
    if (inputsChanged || shown(view) !== shown(previous)) this.table.request(() => tableInput(view, this.pointKind));
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
      <div part="heading" role="heading" aria-level=${clampLevel(this.headingLevel)} .textContent=${view.heading}></div>
      <p part="description" .textContent=${view.description}></p>
      ${renderNotice(view.issues, view.headline, locale, text)}
      ${renderLegend(layout.legend)}
      ${renderPlot(plot, nav)}
      <span id="hint" class="visually-hidden" .textContent=${text.keyboardHint}></span>
      <div class="visually-hidden" role="status" aria-live="polite" .textContent=${nav.announcement}></div>
      ${renderFooter({ ranked: view.ranked, locale, text, tableOpen: this.table.open, onDownload: this.download, onToggleTable: this.table.toggle })}
      ${guard([this.table.value], () => this.table.value)}
    </div>`;
  }

  private download = (): void => {
    // The CSV spells out every note and source: it is written from the chart drawn with its details.
    // The download, like the CSV writers it imports, is fetched on the first press; offline, the button stays.
    void this.source
      .requestDetails()
      .then(() => this.updateComplete)
      .then(() => import('./csv-download.js'))
      .then((m) => this.current && m.downloadCsv(this.localName, this.current.layout, this.current.data, this.pointKind), () => undefined);
  };
}

/**
 * How much narrower the plot is than the host's content box: the chart's padding on both sides
 * (`--imc-chart-padding`, 12 px unless a page sets it), when it is one length in pixels.
 */
function chartInset(style: CSSStyleDeclaration): number | undefined {
  const padding = style.getPropertyValue('--imc-chart-padding').trim();
  if (padding === '') return 24;
  const px = /^(\d*\.?\d+)(px)?$/.exec(padding);
  return px && (px[2] || Number(px[1]) === 0) ? 2 * Number(px[1]) : undefined;
}

function clampLevel(level: number): number {
  return Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : 2;
}
