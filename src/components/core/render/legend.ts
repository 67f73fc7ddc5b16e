import { nothing, type TemplateResult } from 'lit';
import { html, svg } from './compact.js';
import type { LegendItem } from '../layout/chart-layout.js';

/** The legend as a list; each entry's swatch is drawn as the series is. */
export function renderLegend(items: readonly LegendItem[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<ul part="legend">
    ${items.map(
      (item) => html`<li>
        <svg width="24" height="12" aria-hidden="true" class=${`swatch ${item.key}`}>
          ${item.mark === 'band'
            ? svg`<rect x="1" y="1" width="22" height="10"></rect>`
            : item.mark === 'point' || item.mark === 'hollow'
              ? svg`<circle cx="12" cy="6" r="4"></circle>`
              : svg`<line x1="1" x2="23" y1="6" y2="6"></line>`}
        </svg>
        <span .textContent=${item.label}></span>
      </li>`,
    )}
  </ul>`;
}
