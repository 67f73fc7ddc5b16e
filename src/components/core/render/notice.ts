import { nothing, type TemplateResult } from 'lit';
import { html } from './compact.js';
import type { DataIssue } from '../../../data/issues.js';
import type { Strings } from '../i18n.js';
import type { LocaleInfo } from '../locale.js';

/** The notice: what went wrong, in the reader's language, at most five reasons listed. */
export function renderNotice(
  issues: readonly DataIssue[],
  headline: string | undefined,
  locale: LocaleInfo,
  strings: Strings,
): TemplateResult | typeof nothing {
  if (!headline && issues.length === 0) return nothing;
  const listed = issues.slice(0, 5);
  const rest = issues.length - listed.length;
  const where = (issue: DataIssue) =>
    issue.row >= 0 ? html`${strings.table.row} ${locale.formatNumber(issue.row + 1)}${strings.comma} <bdi>${issue.field}</bdi>: ` : '';
  return html`<div part="notice" role="status">
    ${headline ?? strings.problems}
    ${listed.length
      ? html`<ul>
          ${listed.map((issue) => html`<li>${where(issue)}${issue.message[locale.language]}</li>`)}
          ${rest > 0 ? html`<li>${strings.more(locale.formatNumber(rest))}</li>` : nothing}
        </ul>`
      : nothing}
  </div>`;
}
