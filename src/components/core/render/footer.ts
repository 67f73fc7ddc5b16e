import type { TemplateResult } from 'lit';
import { html } from './compact.js';
import type { Source } from '../../../data/types.js';
import type { Strings } from '../i18n.js';
import type { LocaleInfo } from '../locale.js';
import { renderSourceLinks } from './sources.js';

/** What the footer shows and what its buttons do. */
export interface FooterInput {
  /** Publishers by how many drawn points cite them. */
  ranked: readonly Source[];
  locale: LocaleInfo;
  text: Strings;
  tableOpen: boolean;
  onDownload: () => void;
  onToggleTable: () => void;
}

/** The footer: the source line, "Download data (CSV)" and the button that shows or hides the data table. */
export function renderFooter({ ranked, locale, text, tableOpen, onDownload, onToggleTable }: FooterInput): TemplateResult {
  return html`<div part="footer">
    ${renderSourceLine(ranked, locale, text)}
    <button part="download" type="button" @click=${onDownload} .textContent=${text.download}></button>
    <button
      part="table-toggle"
      type="button"
      aria-controls="table"
      aria-expanded=${tableOpen ? 'true' : 'false'}
      @click=${onToggleTable}
      .textContent=${tableOpen ? text.hideTable : text.showTable}
    ></button>
  </div>`;
}

/**
 * The source line: the three publishers cited by most points, in the reader's language, and
 * how many more the data table lists: "Sources: Alhurra; Sada El Balad; Voice of America; and 22
 * more in the data table", «المصادر: الحرة؛ صدى البلد؛ صوت أمريكا؛ و٢٢ مصدرًا آخر في جدول البيانات».
 */
export function renderSourceLine(ranked: readonly Source[], locale: LocaleInfo, text: Strings): TemplateResult {
  const shown = ranked.slice(0, 3);
  const rest = ranked.length - shown.length;
  if (shown.length === 0) return html`<p>${text.source}: ${text.noSource}</p>`;
  const more = rest > 0 ? text.moreSources(locale.formatNumber(rest)) : undefined;
  return html`<p>${shown.length > 1 || more ? text.sources : text.source}: ${renderSourceLinks(shown, locale, more ? { more } : {})}</p>`;
}
