import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { elements } from './manifest.js';

type Value = string | number | boolean | null | undefined;

/**
 * Sets the given attributes on the element it is bound to and removes the ones it set before and
 * no longer has: `undefined`, `null` and `false` mean absent, `true` present and empty.
 */
class AttributesDirective extends Directive {
  private set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
  }

  render(_attributes: Record<string, Value>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [attributes]: [Record<string, Value>]): typeof nothing {
    const element = part.element;
    for (const name of this.set) if (attributes[name] == null || attributes[name] === false) element.removeAttribute(name);
    this.set.clear();
    for (const [name, value] of Object.entries(attributes)) {
      if (value == null || value === false) continue;
      const text = value === true ? '' : String(value);
      if (element.getAttribute(name) !== text) element.setAttribute(name, text);
      this.set.add(name);
    }
    return nothing;
  }
}

/** Binds a set of attributes to an element: `<x-el ${attributes({ from: 2003 })}>`. */
export const attributes = directive(AttributesDirective);

/**
 * A story's args that are attributes of the element, as the manifest lists them: a story's
 * Controls (stories/docs/controls.ts) reach the element without a render helper naming each one.
 */
export function attributeArgs(tagName: string, args: object): Record<string, Value> {
  const names = elements().find((e) => e.tagName === tagName)?.attributes.map((a) => a.name) ?? [];
  return Object.fromEntries(names.filter((name) => name in args).map((name) => [name, (args as Record<string, Value>)[name]]));
}
