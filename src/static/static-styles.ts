import type { CSSResult } from 'lit';
import { tokenValues } from '../components/core/render/tokens.styles.js';

const VAR = /var\((--[\w-]+)(?:\s*,\s*([^()]*))?\)/g;
const PRIVATE_DECLARATION = /(--_[\w-]+)\s*:\s*([^;]+);/g;
/** A rule with no rule inside it: `selectors { declarations }` (the rules inside `@media` too). */
const RULE = /([^{}]+)\{([^{}]*)\}/g;

/** Replaces every `var()` with its value, innermost first; an unknown property takes its fallback. */
function resolve(text: string, values: Map<string, string>): string {
  let previous: string;
  do {
    previous = text;
    text = text.replace(VAR, (match, name: string, fallback?: string) => values.get(name) ?? fallback?.trim() ?? match);
  } while (text !== previous);
  return text;
}

/** Where a private property is set on some elements only (`.iraq { --_color: … }`), and to what. */
interface Setting {
  selectors: string[];
  value: string;
}

const selectorList = (text: string) => text.split(',').map((s) => s.trim());

/**
 * The private properties set by class rather than on the chart (`--_color`, a bar's series
 * colour), in source order. Their value depends on the element that reads them, so they
 * cannot be replaced once for the whole sheet.
 */
function perElementProperties(text: string): Map<string, Setting[]> {
  const found = new Map<string, Setting[]>();
  for (const [, selector, body] of text.matchAll(RULE)) {
    if (/\.chart|:host/.test(selector!)) continue;
    for (const [, name, value] of body!.matchAll(PRIVATE_DECLARATION)) {
      found.set(name!, [...(found.get(name!) ?? []), { selectors: selectorList(selector!), value: value!.trim() }]);
    }
  }
  return found;
}

/** A selector's compound selectors and the combinators between them: `['.swatch', ' ', 'line']`. */
const PARTS = /\[[^\]]*\]|[^\s>+~[]+|\s*[>+~]\s*|\s+/g;

/**
 * The selectors of a rule that reads a per-element property, narrowed to where one class sets
 * it: on an ancestor (`:where(.iraq) .swatch line`), on a compound an inherited value passes
 * through (`.swatch:where(.iraq) line`), or on the element itself (`.swatch line:where(.iraq)`),
 * the nearest last, as inheritance would have it. `:where()` keeps the rule's specificity.
 */
function narrowed(use: string, set: string): string[] {
  const parts: string[] = [];
  for (const token of use.match(PARTS) ?? [use]) {
    const combinator = /^\s*[>+~]?\s*$/.test(token);
    // `rect.bar[x]` matches as two tokens of one compound.
    if (!combinator && parts.length % 2 === 1) parts[parts.length - 1] += token;
    else parts.push(token);
  }
  const out = [`:where(${set}) ${use}`];
  for (let i = 0; i < parts.length; i += 2) {
    // Only descendant and child combinators pass an inherited value on.
    if (parts.slice(i + 1).some((part, j) => j % 2 === 0 && /[+~]/.test(part))) continue;
    out.push([...parts.slice(0, i + 1), `:where(${set})`, ...parts.slice(i + 1)].join(''));
  }
  return out;
}

/**
 * A rule that reads per-element properties, written once per class that sets them, in place
 * and in the classes' order, so the cascade picks what it picks in the element; the rest of the
 * rule stays as it is. Where no class sets the property, the element's declaration is invalid
 * and has no effect, so the rule itself keeps only its other declarations.
 */
function expandRule(selector: string, body: string, settings: Map<string, Setting[]>): string {
  const declarations = body.split(';').map((d) => d.trim()).filter(Boolean);
  const reads = (d: string) => [...settings.keys()].some((name) => d.includes(`var(${name})`));
  const kept = declarations.filter((d) => !reads(d));
  const rules = kept.length ? [`${selector} { ${kept.join('; ')}; }`] : [];
  for (const [name, list] of settings) {
    const reading = declarations.filter((d) => d.includes(`var(${name})`));
    if (reading.length === 0) continue;
    // Form by form, from the farthest ancestor to the element itself, so the nearest setter wins.
    for (const use of selectorList(selector)) {
      const forms = narrowed(use, '&').length;
      for (let form = 0; form < forms; form++) {
        for (const setting of list) {
          const selectors = setting.selectors.map((set) => narrowed(use, set)[form]!);
          rules.push(`${selectors.join(', ')} { ${reading.map((d) => d.split(`var(${name})`).join(setting.value)).join('; ')}; }`);
        }
      }
    }
  }
  return rules.join('\n');
}

/**
 * The chart's CSS for a static SVG, with every custom property replaced by its value for the
 * theme. A file opened in an image viewer, a PDF or a social card has no page tokens to read,
 * and several SVG renderers ignore `var()`; concrete values render the same everywhere.
 */
export function staticStyles(theme: 'light' | 'dark', sheets: readonly CSSResult[]): string {
  const values = tokenValues(theme);
  const text = sheets
    .map((sheet) => sheet.cssText)
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '');
  const perElement = perElementProperties(text);
  for (const [, name, value] of text.matchAll(PRIVATE_DECLARATION)) if (!perElement.has(name!)) values.set(name!, resolve(value!.trim(), values));
  const expanded = perElement.size
    ? text.replace(RULE, (rule, selector: string, body: string) => (body.includes('var(--_') ? ` ${expandRule(selector.trim(), body, perElement)}` : rule))
    : text;
  return resolve(expanded.replace(PRIVATE_DECLARATION, ''), values)
    .replace(/\s+/g, ' ')
    .trim();
}
