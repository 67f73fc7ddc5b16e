/**
 * Reading custom-elements.json for the documentation pages: the elements, their attributes,
 * properties, events, custom properties and parts, exactly as the analyzer wrote them from
 * the JSDoc on the code.
 */
import manifestJson from '../../custom-elements.json';
import { TOKENS } from '../../src/components/core/render/tokens.styles.js';

export interface ManifestItem {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  inheritedFrom?: { name: string; module: string };
}

export interface ElementDoc {
  name: string;
  tagName: string;
  summary?: string;
  description?: string;
  modulePath: string;
  attributes: ManifestItem[];
  members: ManifestItem[];
  events: ManifestItem[];
  cssProperties: ManifestItem[];
  cssParts: ManifestItem[];
}

interface Manifest {
  modules: { path: string; declarations?: (ManifestItem & Partial<ElementDoc> & { customElement?: boolean })[] }[];
}

export const manifest = manifestJson as unknown as Manifest;

/** Every custom element with a tag, in the order of the manifest. */
export function elements(): ElementDoc[] {
  return manifest.modules.flatMap((m) =>
    (m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => ({
        name: d.name,
        tagName: d.tagName!,
        summary: d.summary,
        description: d.description,
        modulePath: m.path,
        attributes: d.attributes ?? [],
        members: d.members ?? [],
        events: d.events ?? [],
        cssProperties: d.cssProperties ?? [],
        cssParts: d.cssParts ?? [],
      })),
  );
}

/** Public properties: fields that are not private, protected or static. */
export function publicProperties(el: ElementDoc): ManifestItem[] {
  return el.members.filter((m) => m.kind === 'field' && !m.privacy && !m.static && m.name !== 'styles');
}

const TOKEN_BY_NAME = new Map(TOKENS.map((t) => [t.name, t]));

export interface CssPropertyRow {
  name: string;
  /** What it styles: the @cssprop text without its default. */
  description: string;
  light: string;
  dark: string;
  /** `global` for the shared tokens, else the tag of the element that owns it. */
  scope: string;
}

/** "Background. Light #fff, dark #000." → "Background." */
function stripDefaults(text: string): string {
  return text.replace(/\s*(Light\s.*|Default:.*)$/s, '').trim();
}

/** The default a @cssprop text states after "Default:", without backticks or the final full stop. */
export function statedDefault(text: string | undefined): string | undefined {
  const match = /Default:\s*(.+?)\.?\s*$/s.exec(text ?? '');
  return match?.[1]?.replace(/`/g, '').trim();
}

/**
 * Every custom property of every element: the global tokens (defaults from the TOKENS table,
 * which the styles are made from) first, then each element's own (defaults from its @cssprop).
 */
export function cssPropertyRows(): CssPropertyRow[] {
  const rows = new Map<string, CssPropertyRow>();
  for (const el of elements()) {
    for (const p of el.cssProperties) {
      if (rows.has(p.name)) continue;
      const token = TOKEN_BY_NAME.get(p.name);
      const stated = statedDefault(p.description) ?? '';
      const light = token?.light ?? stated;
      rows.set(p.name, {
        name: p.name,
        description: stripDefaults(p.description ?? ''),
        light,
        dark: token ? (token.dark ?? token.light) : stated,
        scope: p.inheritedFrom ? 'global' : el.tagName,
      });
    }
  }
  return [...rows.values()].sort((a, b) => Number(a.scope !== 'global') - Number(b.scope !== 'global'));
}

/** Every part of every element, with the tags that have it. */
export function partRows(): { name: string; description: string; tags: string[] }[] {
  const rows = new Map<string, { name: string; description: string; tags: string[] }>();
  for (const el of elements()) {
    for (const p of el.cssParts) {
      const row = rows.get(p.name) ?? { name: p.name, description: p.description ?? '', tags: [] };
      if (!p.inheritedFrom && p.description) row.description = p.description;
      row.tags.push(el.tagName);
      rows.set(p.name, row);
    }
  }
  return [...rows.values()];
}
