import { html as litHtml, svg as litSvg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** Each template's strings without their layout whitespace, made once, so that Lit's cache (keyed by the strings) still holds. */
const compacted = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/**
 * The strings of a template without the whitespace that only lays out its source: a run of spaces
 * holding a line break between two tags, or between a tag and a binding, or between two bindings.
 * Lit keeps every such run as a text node of its own (55 of a chart's 209 nodes); in the places
 * these templates use them (between block boxes, flex items and SVG elements, and at the ends of
 * an element's text) they draw nothing. Whitespace without a line break, such as the space in
 * `${a} ${b}`, and whitespace inside a tag (between attributes) are kept.
 */
export function compactStrings(strings: TemplateStringsArray): TemplateStringsArray {
  let result = compacted.get(strings);
  if (!result) {
    // Between a tag's end or a binding (the string's start) and a tag or a binding (its end).
    const parts = strings.map((s) => s.replace(/(^|>)\s*\n\s*(?=<|$)/g, '$1'));
    result = Object.freeze(Object.defineProperty(parts, 'raw', { value: Object.freeze([...parts]) })) as unknown as TemplateStringsArray;
    compacted.set(strings, result);
  }
  return result;
}

/** Lit's `html`, without layout whitespace ({@link compactStrings}). */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => litHtml(compactStrings(strings), ...values);

/** Lit's `svg`, without layout whitespace ({@link compactStrings}). */
export const svg = (strings: TemplateStringsArray, ...values: unknown[]): SVGTemplateResult => litSvg(compactStrings(strings), ...values);

/**
 * A template written for both the live element and the static renderer (a chart's marks), with its
 * layout whitespace removed for the live element, nested templates and lists of them included.
 * The static markup keeps the whitespace of its source.
 */
export function compactTemplate<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compactTemplate) as T;
  if (typeof value !== 'object' || value === null || !('_$litType$' in value) || typeof value._$litType$ !== 'number') return value;
  const result = value as unknown as TemplateResult;
  return { ...result, strings: compactStrings(result.strings), values: result.values.map(compactTemplate) } as T;
}
