import { nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { html } from './compact.js';
import { guard } from 'lit/directives/guard.js';
import type { ChartLayoutBase, ChartPoint } from '../layout/chart-layout.js';
import type { LocaleInfo } from '../locale.js';
import { renderEventKey } from './event-key.js';
import { renderLivePoints } from './points.js';

/** The handlers of the plot's keyboard, pointer and touch model. */
export interface PlotHandlers {
  onKeydown(event: KeyboardEvent): void;
  onPointer(event: PointerEvent): void;
  onPointerLeave(event: PointerEvent): void;
  onClick(event: MouseEvent): void;
  onBlur(): void;
}

/** What the plot shows. */
export interface PlotInput {
  layout: ChartLayoutBase;
  locale: LocaleInfo;
  /** The generated summary, the plot's accessible name. */
  summary: string;
  loading: boolean;
  /** The measured width; 0 while the chart is hidden, which leaves the drawing out. */
  width: number;
  /** The frame and the chart's marks, drawn again only for a new layout. */
  drawing: () => SVGTemplateResult;
  active?: ChartPoint | undefined;
  /** The x of the date focused in a linked chart. */
  linkedX?: number | undefined;
  /** The active point's tooltip, when shown. */
  tooltip: TemplateResult | typeof nothing;
}

/**
 * The plot: one tab stop with the summary as its name, holding the drawing, the points and the
 * tooltip; then, outside it so that a screen reader reads it as a list, the key of the events
 * drawn with a number.
 */
export function renderPlot(input: PlotInput, on: PlotHandlers): TemplateResult {
  const { layout, locale } = input;
  const { width, height } = layout.size;
  return html`<div
    class="plot"
    tabindex="0"
    role="img"
    aria-label=${input.summary}
    aria-describedby="hint"
    aria-busy=${input.loading ? 'true' : 'false'}
    @keydown=${on.onKeydown}
    @pointermove=${on.onPointer}
    @pointerdown=${on.onPointer}
    @pointerleave=${on.onPointerLeave}
    @click=${on.onClick}
    @blur=${on.onBlur}
  >
    ${input.width > 0
      ? html`<svg part="svg" width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`} aria-hidden="true" direction=${locale.dir}>
          ${guard([layout], input.drawing)}
          ${renderLivePoints(layout, input.active, input.linkedX)}
        </svg>`
      : html`<div class="pending"></div>`}
    ${input.tooltip}
  </div>
  ${input.width > 0 ? renderEventKey(layout.annotations, locale.language) : nothing}`;
}
