import type { PropertyDeclarations } from 'lit';
import { ImcElement } from './imc-element.js';

/**
 * The public API every chart shares: its attributes and properties, custom properties, parts
 * and events. The behaviour behind them is in {@link ImcChart}; the declarations are apart so
 * that the manifest and the docs read them from one place.
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
 * @csspart points - The dots of the reachable points (a line's only where its points are apart).
 * @csspart focus-ring - The ring around the active point.
 * @csspart active-point - The active point's dot, where a line's points are too close for a dot each.
 * @csspart crosshair - The rule marking a date focused in a linked chart.
 * @csspart annotation - Event rules and labels.
 * @csspart today - The rule marking today.
 * @csspart event-key - The key under the chart: each event drawn with a number, its date and label.
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
export abstract class ChartAttributes extends ImcElement {
  /**
   * The reactive properties, declared without decorators (whose helper and Lit's decorator
   * modules every page would otherwise download); each is documented at its field below.
   * @internal
   */
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    numerals: {},
    from: { type: Number },
    to: { type: Number },
    src: {},
    heading: {},
    description: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    annotations: {},
    timeDirection: { attribute: 'time-direction' },
    linkGroup: { attribute: 'link-group' },
    now: {},
    data: { attribute: false },
  };

  /** `light`, `dark`, or `auto` to follow the reader's system setting. Inherited from an ancestor's `theme` when not set. */
  declare theme?: string;

  /** `latn` (0–9) or `arab` (٠–٩). Defaults to what the language's locale uses (`ar-IQ`: arab, `ar`: latn). */
  declare numerals?: string;

  /** First year shown. By default the first year of the chart's data. */
  declare from?: number;

  /** Last year shown (inclusive). By default the last year of the chart's data. */
  declare to?: number;

  /** URL of JSON or CSV data to load instead of the bundled series. */
  declare src?: string;

  /** Heading text; the chart's own heading by default. */
  declare heading?: string;

  /** One-line description; the chart's own by default. */
  declare description?: string;

  /** Level of the heading for the page's outline (1–6). */
  headingLevel = 2;

  /** Which events to mark: `none`, `key` or `all`. */
  annotations = 'key';

  /** `auto` runs time right to left in a right-to-left language; `ltr` and `rtl` force a direction. */
  timeDirection = 'auto';

  /** Charts with the same `link-group` highlight the same date together. */
  declare linkGroup?: string;

  /** Today's date (`YYYY-MM-DD`), for what counts as a plan ahead; the reader's clock by default. */
  declare now?: string;

  /**
   * Your own records, replacing the bundled series: an array of observations, or
   * `{ observations, sources }`. Checked by `validate`; rows with problems are reported, not drawn.
   */
  declare data?: unknown;

  /**
   * How long a `src` request may take, in milliseconds, before the chart says it failed.
   * @internal For tests and unusually slow hosts; 15 s by default.
   */
  loadTimeout = 15_000;
}
