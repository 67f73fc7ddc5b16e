import { css, html, nothing, type TemplateResult } from 'lit';
import { keyedEvents, type AnnotationMark } from '../layout/chart-layout.js';
import type { Language } from '../locale.js';

/** The key's name for assistive technology, in each language. */
export const EVENT_KEY_NAME: Record<Language, string> = {
  en: 'Numbered events on the chart',
  ar: 'الأحداث المرقّمة على الرسم',
};

/**
 * The key under the chart: each numbered event's badge, date and label, in the reader's language
 * and in the order of the numbers. Nothing when every drawn event has its label on the chart.
 */
export function renderEventKey(marks: readonly AnnotationMark[], language: Language): TemplateResult | typeof nothing {
  const keyed = keyedEvents(marks);
  if (keyed.length === 0) return nothing;
  return html`<ol part="event-key" aria-label=${EVENT_KEY_NAME[language]}>
    ${keyed.map((m) => html`<li data-event-key-entry=${m.id}><span class="badge">${m.badge}</span> <span class="date">${m.date}</span> ${m.label}</li>`)}
  </ol>`;
}

/** The numbered badges on the rules and the key under the chart. */
export const eventKeyStyles = css`
  [part~='annotation'] .event-badge rect {
    fill: var(--_annotation);
  }
  [part~='annotation'] .event-badge text {
    fill: var(--_bg);
    stroke: none;
    font-size: 10px;
    font-weight: 700;
  }
  [part='event-key'] {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 14px;
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.85em;
  }
  [part='event-key'] .badge {
    display: inline-block;
    min-inline-size: 14px;
    padding: 0 4px;
    border-radius: 7px;
    background: var(--_annotation);
    color: var(--_bg);
    font-size: 10px;
    font-weight: 700;
    line-height: 14px;
    text-align: center;
    vertical-align: 1px;
  }
  [part='event-key'] .date {
    color: var(--_fg);
  }
`;
