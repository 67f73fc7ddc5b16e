import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../../data/validate.js';
import type { Source } from '../../../data/types.js';
import { publisherName } from '../chart-text.js';
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
 * line keeps its own order.
 */
export function renderSourceLinks(sources: readonly Source[], locale: LocaleInfo, { focusable = true, grades }: SourceLinkOptions = {}): TemplateResult[] {
  return sources.map((source, i) => {
    const url = safeUrl(source.url);
    const label = publisherName(source, locale.language);
    const sep = i > 0 ? '; ' : '';
    const grade = grades && source.grade ? html` (${grades[source.grade]})` : nothing;
    return url
      ? html`${sep}<a part="source-link" href=${url} title=${source.title} target="_blank" rel="noopener noreferrer" tabindex=${focusable ? nothing : -1}><bdi>${label}</bdi></a>${grade}`
      : html`${sep}<bdi title=${source.document ?? source.title}>${label}</bdi>${grade}`;
  });
}
