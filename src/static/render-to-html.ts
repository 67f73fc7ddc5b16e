import { attributeName, optionEntries } from '../components/core/chart-spec.js';
import { resolveOwnOptions } from '../components/core/element/options.js';
import { escapeXml } from './markup.js';
import { chartSpec, renderToSvgWithIssues, type StaticRenderOptions } from './render-to-svg.js';

/** Options for {@link renderToHtml}: those of the static SVG; they are also written as attributes. */
export type ServerRenderOptions = StaticRenderOptions;

const ATTRIBUTES: [keyof ServerRenderOptions, string][] = [
  ['lang', 'lang'],
  ['theme', 'theme'],
  ['numerals', 'numerals'],
  ['from', 'from'],
  ['to', 'to'],
  ['annotations', 'annotations'],
  ['timeDirection', 'time-direction'],
  ['heading', 'heading'],
  ['description', 'description'],
  ['now', 'now'],
];

/**
 * The element as HTML with a declarative shadow root holding its static drawing:
 * `<troop-levels-chart lang="ar-IQ"><template shadowrootmode="open"><svg …></svg></template></troop-levels-chart>`.
 * A page without JavaScript shows the drawing; when the script runs, the element replaces it
 * with the live chart, configured by the same attributes. The drawing carries its own `<style>`,
 * so on a page whose Content-Security-Policy forbids inline styles, put the static SVG in an
 * `<img>` inside the element instead (see the README).
 */
export function renderToHtml(tag: string, options: ServerRenderOptions = {}): string {
  const spec = chartSpec(tag);
  const { svg } = renderToSvgWithIssues(tag, options);
  const shared = ATTRIBUTES.filter(([key]) => options[key] !== undefined && options[key] !== null).map(
    ([key, name]) => ` ${name}="${escapeXml(String(options[key]))}"`,
  );
  // The chart's own options as the live element will read them: the values drawn, not the wrong ones.
  const given = (key: string) => (options as Record<string, unknown>)[key];
  const own = resolveOwnOptions(spec.options, given).values as Record<string, string | boolean>;
  const owned = optionEntries(spec.options)
    .filter(([key]) => given(key) !== undefined && given(key) !== null)
    .map(([key, declaration]) => {
      const value = own[key];
      if ('flag' in declaration) return value ? ` ${attributeName(key)}` : '';
      return ` ${attributeName(key)}="${escapeXml(String(value))}"`;
    });
  const attributes = [...shared, ...owned].join('');
  return `<${spec.tag}${attributes}><template shadowrootmode="open">${svg}</template></${spec.tag}>`;
}
