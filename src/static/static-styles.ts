import type { CSSResult } from 'lit';
import { tokenValues } from '../components/core/render/tokens.styles.js';

const VAR = /var\((--[\w-]+)(?:\s*,\s*([^()]*))?\)/g;
const PRIVATE_DECLARATION = /(--_[\w-]+)\s*:\s*([^;]+);/g;

/** Replaces every `var()` with its value, innermost first; an unknown property takes its fallback. */
function resolve(text: string, values: Map<string, string>): string {
  let previous: string;
  do {
    previous = text;
    text = text.replace(VAR, (match, name: string, fallback?: string) => values.get(name) ?? fallback?.trim() ?? match);
  } while (text !== previous);
  return text;
}

/**
 * The chart's CSS for a static SVG, with every custom property replaced by its value for the
 * theme. A file opened in an image viewer, a PDF or a social card has no page tokens to read,
 * and several SVG renderers ignore `var()`; concrete values render the same everywhere.
 */
export function staticStyles(theme: 'light' | 'dark', sheets: readonly CSSResult[]): string {
  const values = tokenValues(theme);
  const text = sheets.map((sheet) => sheet.cssText).join('\n');
  for (const [, name, value] of text.matchAll(PRIVATE_DECLARATION)) values.set(name!, resolve(value!.trim(), values));
  return resolve(text.replace(PRIVATE_DECLARATION, ''), values)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
