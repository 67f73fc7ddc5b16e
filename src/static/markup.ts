import { nothing } from 'lit';

interface TemplateLike {
  strings: readonly string[];
  values: readonly unknown[];
}

const ATTRIBUTE = /\s([?.@]?)([\w:-]+)=$/;

function isTemplate(value: unknown): value is TemplateLike {
  return typeof value === 'object' && value !== null && '_$litType$' in value;
}

/** Escapes text for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Writes a Lit `svg`/`html` template as markup, the way Lit would put it in the DOM: attribute
 * bindings become quoted, escaped attributes (dropped for `nothing`, `null`, `undefined`),
 * event and property bindings are dropped, and child values are escaped text, nested
 * templates or lists of them. The charts' marks are written once, as Lit templates, and this
 * turns them into a static SVG with no DOM and no Lit SSR.
 */
export function toMarkup(value: unknown): string {
  if (value === nothing || value === null || value === undefined || value === false) return '';
  if (isTemplate(value)) return templateMarkup(value);
  if (typeof value === 'object' && Symbol.iterator in value) return [...(value as Iterable<unknown>)].map(toMarkup).join('');
  if (typeof value === 'object') throw new Error('toMarkup: directives are not supported in static output');
  return escapeXml(String(value));
}

function templateMarkup({ strings, values }: TemplateLike): string {
  let out = '';
  strings.forEach((text, i) => {
    out += text;
    if (i >= values.length) return;
    const value = values[i];
    const attribute = ATTRIBUTE.exec(out);
    if (!attribute) {
      out += toMarkup(value);
      return;
    }
    const [binding, prefix, name] = attribute;
    out = out.slice(0, out.length - binding.length);
    if (prefix === '@' || prefix === '.') return;
    if (prefix === '?') {
      if (value) out += ` ${name}`;
      return;
    }
    if (value === nothing || value === null || value === undefined) return;
    out += ` ${name}="${escapeXml(String(value))}"`;
  });
  return out;
}
