import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/** One child element of {@link children}: its SVG tag, its attributes (left out when `undefined`) and its text. */
export interface ChildMark {
  tag: 'line' | 'path' | 'text' | 'rect' | 'circle';
  attributes: Readonly<Record<string, string | number | undefined>>;
  text?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Keeps an SVG element's children as the marks given, in order, changing only the attributes and
 * texts that differ. An axis of seven ticks written as a template per tick is seven template
 * instances, each with its own comment markers and parts (three nodes of bookkeeping for each
 * tick, and Lit's work to make and update them); here it is the seven elements and their texts
 * alone. Each element is made once and kept while its tag stays the same, so a resize or a new
 * data set only sets what moved.
 */
class ChildrenDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('children() goes on the element that holds the marks');
  }

  render(_marks: readonly ChildMark[]): typeof noChange {
    return noChange;
  }

  // The marks are compared with the elements themselves, not kept: fifty charts on a page would
  // otherwise hold every tick of every axis twice. A number is given to the DOM as it is, as Lit's
  // attribute bindings do: the DOM writes it as text itself, where String() would leave a string
  // of its own in the script's heap.
  override update(part: ElementPart, [marks]: [readonly ChildMark[]]): typeof noChange {
    const group = part.element;
    const elements = group.children;
    marks.forEach((mark, i) => {
      let element = elements[i];
      const fresh = element?.localName !== mark.tag;
      if (fresh) {
        const made = document.createElementNS(SVG_NS, mark.tag);
        if (element) element.replaceWith(made);
        else group.append(made);
        element = made;
      } else for (const name of element!.getAttributeNames()) if (mark.attributes[name] === undefined) element!.removeAttribute(name);
      for (const name in mark.attributes) {
        const value = mark.attributes[name];
        if (value !== undefined && (fresh || element!.getAttribute(name) !== String(value))) element!.setAttribute(name, value as string);
      }
      const text = mark.text ?? '';
      if (fresh ? text : element!.textContent !== text) element!.textContent = text;
    });
    while (elements.length > marks.length) elements[elements.length - 1]!.remove();
    return noChange;
  }
}

/**
 * `<g ${children(marks)}></g>`: the group's children are the marks, kept by one directive rather
 * than a template each (the element must hold nothing else).
 */
export const children = directive(ChildrenDirective);
