/**
 * The themes the documentation shows: the built-in light and dark defaults (from the TOKENS
 * table, the single source), and the ready-made CSS files in themes/, read as text with Vite's
 * `?raw` so the page shows exactly the file a designer downloads.
 */
import { TOKENS } from '../../src/components/core/render/tokens.styles.js';
import broadsheetCss from '../../themes/broadsheet.css?raw';
import highContrastCss from '../../themes/high-contrast.css?raw';
import tabloidCss from '../../themes/tabloid.css?raw';

export interface Theme {
  id: string;
  title: string;
  /** The `theme` attribute the charts get under it: the defaults the file starts from. */
  base: 'light' | 'dark';
  /** The file in the repository, for ready themes. */
  file?: string;
  /** The file's text, for ready themes. */
  css?: string;
  /** Every global token's value under this theme (the file's value, else the base default). */
  tokens: Record<string, string>;
}

/** The global tokens' defaults for the built-in light or dark theme. */
export function defaultTokens(theme: 'light' | 'dark'): Record<string, string> {
  return Object.fromEntries(TOKENS.map((t) => [t.name, theme === 'dark' ? (t.dark ?? t.light) : t.light]));
}

/**
 * The custom property declarations of a theme file's `:root` rule(s), comments stripped.
 * Only `--imc-*` properties are read: that is all a theme file may set.
 */
export function parseThemeCss(css: string): Record<string, string> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Record<string, string> = {};
  for (const rule of text.matchAll(/:root\s*\{([^}]*)\}/g)) {
    for (const decl of rule[1]!.matchAll(/(--imc-[\w-]+)\s*:\s*([^;]+);/g)) out[decl[1]!] = decl[2]!.trim();
  }
  return out;
}

/**
 * A theme file with `:root` replaced by another selector, e.g. `:host` inside a shadow root or
 * `.my-article` on a page. Custom properties inherit, so tokens set on any ancestor of a chart
 * style it; the replacement only chooses which ancestor.
 */
export function scopeThemeCss(css: string, selector: string): string {
  return css.replace(/:root\b/g, selector);
}

function ready(id: string, title: string, base: 'light' | 'dark', css: string): Theme {
  return { id, title, base, file: `themes/${id}.css`, css, tokens: { ...defaultTokens(base), ...parseThemeCss(css) } };
}

export const THEMES: readonly Theme[] = [
  { id: 'light', title: 'Light (default)', base: 'light', tokens: defaultTokens('light') },
  { id: 'dark', title: 'Dark (default)', base: 'dark', tokens: defaultTokens('dark') },
  ready('high-contrast', 'High contrast', 'dark', highContrastCss),
  ready('broadsheet', 'Broadsheet', 'light', broadsheetCss),
  ready('tabloid', 'Tabloid', 'light', tabloidCss),
];

export const READY_THEMES = THEMES.filter((t) => t.css);

export function themeById(id: string | undefined): Theme {
  return THEMES.find((t) => t.id === id) ?? THEMES[0]!;
}
