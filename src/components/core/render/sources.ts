import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../../data/quick-check.js';
import type { Source } from '../../../data/types.js';
import { listSeparator, publisherName } from '../chart-text.js';
import type { Strings } from '../i18n.js';
import type { LocaleInfo } from '../locale.js';

/** How {@link renderSourceLinks} writes each source. */
export interface SourceLinkOptions {
  /** Whether the links take keyboard focus; not in a visually hidden table. */
  focusable?: boolean;
  /** The grade labels, to follow each name with how close the source is to the record. */
  grades?: Strings['grades'];
}

/**
 * Source names, in the reader's language, that link where the registry has an http(s) URL;
 * anything else stays text. Each name is isolated with `<bdi>`, so a Latin name in an Arabic
 * line keeps its own order. Publishers' names hold commas of their own ("Brookings Institution,
 * Iraq Index"), so they are parted by the language's semicolon (; or ؛), and `more` ("and 22
 * more in the data table") follows the last one.
 */
export function renderSourceLinks(
  sources: readonly Source[],
  locale: LocaleInfo,
  { focusable = true, grades, more }: SourceLinkOptions & { more?: string } = {},
): TemplateResult[] {
  const separator = listSeparator(locale);
  const items = sources.map((source, i) => {
    const url = safeUrl(source.url);
    const label = publisherName(source, locale.language);
    const sep = i > 0 ? separator : '';
    const grade = grades && source.grade ? html` (${grades[source.grade]})` : nothing;
    return url
      ? html`${sep}<a part="source-link" href=${url} title=${source.title} target="_blank" rel="noopener noreferrer" tabindex=${focusable ? nothing : -1}><bdi>${label}</bdi></a>${grade}`
      : html`${sep}<bdi title=${source.document ?? source.title}>${label}</bdi>${grade}`;
  });
  return more ? [...items, html`${separator}${more}`] : items;
}
