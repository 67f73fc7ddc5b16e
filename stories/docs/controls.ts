/**
 * The Controls panel of every story, from custom-elements.json: an element's public attributes
 * and the documented properties a page can set, grouped by purpose, each with the control its
 * type calls for. Nothing else (protected fields, read-only getters, events, parts, custom
 * properties: the API reference lists those) and nothing written story by story.
 */
import { elements, type ElementDoc, type ManifestItem } from './manifest.js';

/** The Controls panel's groups, in the order a reader looks for them. */
export const GROUPS = ['content', 'language', 'range', 'display'] as const;
export type Group = (typeof GROUPS)[number];

const GROUP_OF: Record<string, Group> = {
  data: 'content',
  src: 'content',
  heading: 'content',
  description: 'content',
  'heading-level': 'content',
  lang: 'language',
  numerals: 'language',
  'time-direction': 'language',
  from: 'range',
  to: 'range',
  now: 'range',
};

/** The Storybook control of one argument. */
export type Control =
  | { type: 'select'; options: string[] }
  | { type: 'number'; min?: number; max?: number; step: number }
  | { type: 'boolean' }
  | { type: 'text' }
  | { type: 'object' };

/** One row of the Controls panel: an attribute's name (or a property's, for `data`) and what to show. */
export interface PublicArgType {
  name: string;
  description: string;
  control: Control;
  options?: string[];
  table: { category: Group; type: { summary: string }; defaultValue?: { summary: string } };
}

/**
 * The values an option allows, as its documentation lists them: the code-quoted words of its
 * first sentence, after a colon when it has one ("In `per-period` mode: `year` or `month`.").
 * Fewer than two is not a choice (`link-group` names itself, `now` shows a format).
 */
export function documentedValues(description: string | undefined): string[] {
  const first = (description ?? '').split(/\.(\s|$)/)[0]!;
  const listed = first.slice(first.lastIndexOf(':') + 1);
  const values = [...listed.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  return values.length >= 2 ? [...new Set(values)] : [];
}

/** A number's bounds when its documentation states them, as in "(1–6)". */
function documentedBounds(description: string | undefined): { min?: number; max?: number } {
  const match = /\((\d+)[–-](\d+)\)/.exec(description ?? '');
  return match ? { min: Number(match[1]), max: Number(match[2]) } : {};
}

function controlFor(type: string, description: string | undefined, languages: readonly string[], name: string): Control {
  if (name === 'lang') return { type: 'select', options: [...languages] };
  const values = documentedValues(description);
  if (values.length) return { type: 'select', options: values };
  const bare = type.replace(/\s*\|\s*undefined/g, '').trim();
  if (bare === 'number') return { type: 'number', step: 1, ...documentedBounds(description) };
  if (bare === 'boolean') return { type: 'boolean' };
  if (bare === 'string') return { type: 'text' };
  return { type: 'object' };
}

/** Whether a page may set this member: public, not static, not read-only, and documented. */
function settable(member: ManifestItem | undefined): member is ManifestItem {
  return !!member && member.kind === 'field' && (!member.privacy || member.privacy === 'public') && !member.static && !member.readonly && !!member.description;
}

/**
 * The public argument types of an element: every attribute whose field is public (and `lang`,
 * which HTMLElement gives it), then every documented, settable property without an attribute
 * (`data`). `languages` are the choices of the `lang` control, which the manifest cannot know.
 */
export function publicArgTypes(el: ElementDoc, languages: readonly string[]): Record<string, PublicArgType> {
  const field = (name: string | undefined) => el.members.find((m) => m.name === name);
  const rows: [string, ManifestItem, ManifestItem | undefined][] = [];
  for (const attribute of el.attributes) {
    const member = field(attribute.fieldName);
    if (attribute.fieldName ? settable(member) : attribute.name === 'lang') rows.push([attribute.name, attribute, member]);
  }
  for (const member of el.members) {
    if (settable(member) && !member.attribute && !el.attributes.some((a) => a.fieldName === member.name)) rows.push([member.name, member, member]);
  }
  const args: Record<string, PublicArgType> = {};
  for (const [name, item, member] of rows) {
    const description = item.description ?? member?.description ?? (name === 'lang' ? 'Language (BCP 47); the nearest ancestor’s `lang` when not set, else English.' : '');
    const type = item.type?.text ?? member?.type?.text ?? 'string';
    const control = controlFor(type, description, languages, name);
    const fallback = item.default ?? member?.default;
    args[name] = {
      name,
      description,
      control,
      ...(control.type === 'select' ? { options: control.options } : {}),
      table: {
        category: GROUP_OF[name] ?? 'display',
        type: { summary: control.type === 'select' ? control.options.map((o) => `'${o}'`).join(' | ') : type },
        ...(fallback !== undefined ? { defaultValue: { summary: fallback } } : {}),
      },
    };
  }
  // Group by group, in the order of GROUP_OF within one; a chart's own options last, as documented.
  const rank = (name: string) => GROUPS.indexOf(args[name]!.table.category) * 100 + (Object.keys(GROUP_OF).indexOf(name) + 1 || 99);
  return Object.fromEntries(Object.keys(args).sort((a, b) => rank(a) - rank(b)).map((name) => [name, args[name]!]));
}

/** {@link publicArgTypes} by tag name; `undefined` for a tag the manifest does not hold. */
export function publicArgTypesOf(tagName: string, languages: readonly string[]): Record<string, PublicArgType> | undefined {
  const el = elements().find((e) => e.tagName === tagName);
  return el && publicArgTypes(el, languages);
}

/** What Storybook hands an argTypes enhancer: the story's component and its argTypes so far. */
interface EnhancerContext {
  component?: unknown;
  initialArgs?: Record<string, unknown>;
  argTypes: Record<string, Record<string, unknown> & { table?: Record<string, unknown> }>;
}

/**
 * A second-pass argTypes enhancer for the preview: a story of an element gets its public
 * argument types, and every other argument (the manifest's
 * events, parts and private fields; a story's own `width`) is hidden from the panel but still
 * reaches the render function.
 */
export function publicControls(languages: readonly string[]) {
  const enhancer = (context: EnhancerContext): Record<string, { name: string }> => {
    const pub = typeof context.component === 'string' ? publicArgTypesOf(context.component, languages) : undefined;
    if (!pub) return context.argTypes as Record<string, { name: string }>;
    // A story's own arguments are typed by Storybook after this runs: hide them by name now.
    const own: EnhancerContext['argTypes'] = Object.fromEntries(Object.keys(context.initialArgs ?? {}).map((name) => [name, {}]));
    const hidden = Object.fromEntries(
      Object.entries({ ...own, ...context.argTypes })
        .filter(([name]) => !(name in pub))
        .map(([name, argType]) => [name, { ...argType, name, table: { ...argType.table, disable: true } }]),
    );
    return { ...pub, ...hidden };
  };
  return Object.assign(enhancer, { secondPass: true });
}
