import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../../data/validate.js';
import type { Source } from '../../../data/types.js';
import { listParts, listSeparator, publisherName } from '../chart-text.js';
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
 * line keeps its own order. Names alone are a list as the language writes one
 * (Intl.ListFormat: "A, B, and C", «أ وب وج»), `more` ("22 more in the data table") its last
 * item; names followed by their grade are parted by the language's semicolon (; or ؛).
 */
export function renderSourceLinks(
  sources: readonly Source[],
  locale: LocaleInfo,
  { focusable = true, grades, more }: SourceLinkOptions & { more?: string } = {},
): TemplateResult[] {
  const items = sources.map((source) => {
    const url = safeUrl(source.url);
    const label = publisherName(source, locale.language);
    const grade = grades && source.grade ? html` (${grades[source.grade]})` : nothing;
    return url
      ? html`<a part="source-link" href=${url} title=${source.title} target="_blank" rel="noopener noreferrer" tabindex=${focusable ? nothing : -1}><bdi>${label}</bdi></a>${grade}`
      : html`<bdi title=${source.document ?? source.title}>${label}</bdi>${grade}`;
  });
  if (grades) {
    const separator = listSeparator(locale);
    return items.map((item, i) => (i > 0 ? html`${separator}${item}` : item));
  }
  return listParts<TemplateResult | string>(more ? [...items, more] : items, locale).map((part) => (typeof part === 'string' ? html`${part}` : part));
}
