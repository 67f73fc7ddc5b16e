/**
 * The gallery page (stories/gallery.mdx): every element of the manifest in English and Arabic,
 * light and dark, in a phone-width (375 px) and a desktop-width (1,000 px) column, side by side.
 * Each chart sits in a box of that fixed width, with `lang`, `dir` and `theme` set on the box as
 * a page would set them; the chart measures its box, so it lays out as it would in a column of
 * that width.
 */
import type { CSSProperties, ReactNode } from 'react';
import '../../src/index.js';
import { elements } from './manifest.js';

/** The widths of the gallery: phone and desktop. */
export const GALLERY_WIDTHS = [375, 1000] as const;

/** The four views of every element: both languages, both themes. */
export const GALLERY_VIEWS = [
  { lang: 'en', dir: 'ltr', theme: 'light', title: 'English, light' },
  { lang: 'ar-IQ', dir: 'rtl', theme: 'light', title: 'العربية، فاتح' },
  { lang: 'en', dir: 'ltr', theme: 'dark', title: 'English, dark' },
  { lang: 'ar-IQ', dir: 'rtl', theme: 'dark', title: 'العربية، داكن' },
] as const;

/** A fixed "today", so the page looks the same from day to day. */
const NOW = '2026-06-01';

const row: CSSProperties = { display: 'flex', gap: 16, alignItems: 'flex-start', overflowX: 'auto', paddingBlockEnd: 8 };
const caption: CSSProperties = { font: '600 12px/1.4 system-ui, sans-serif', margin: '0 0 4px', color: '#59616b' };

/** One element in one view, in a box of the given width. */
function View({ tag, width, view }: { tag: string; width: number; view: (typeof GALLERY_VIEWS)[number] }): ReactNode {
  const Tag = tag as unknown as 'div';
  const attributes = { now: NOW } as Record<string, string>;
  return (
    <figure style={{ margin: 0, flex: 'none', width }} data-gallery-view={`${tag} ${view.lang} ${view.theme} ${width}`}>
      <figcaption style={caption}>
        <bdi>{view.title}</bdi> · {width} px
      </figcaption>
      <div className="imc-story" lang={view.lang} dir={view.dir} {...{ theme: view.theme }} style={{ width, boxSizing: 'border-box' }}>
        <Tag {...attributes} />
      </div>
    </figure>
  );
}

/** Every element, each with a row per width holding its four views. */
export function Gallery({ only }: { only?: string }): ReactNode {
  const tags = elements()
    .map((e) => e.tagName)
    .filter((t) => !only || t === only);
  return (
    <div className="imc-gallery">
      {tags.map((tag) => (
        <section key={tag}>
          <h2 id={`gallery-${tag}`}>
            <code>{`<${tag}>`}</code>
          </h2>
          {GALLERY_WIDTHS.map((width) => (
            <div key={width} style={row}>
              {GALLERY_VIEWS.map((view) => (
                <View key={`${view.lang}-${view.theme}`} tag={tag} width={width} view={view} />
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
