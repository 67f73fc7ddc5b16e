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
  private drawn?: readonly ChildMark[];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('children() goes on the element that holds the marks');
  }

  render(_marks: readonly ChildMark[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [marks]: [readonly ChildMark[]]): typeof noChange {
    if (marks === this.drawn) return noChange;
    const before = this.drawn;
    this.drawn = marks;
    const group = part.element;
    const elements = group.children;
    const added = document.createDocumentFragment();
    for (let i = 0; i < marks.length; i++) {
      const mark = marks[i]!;
      let element = elements[i];
      const old = element && element.localName === mark.tag ? before?.[i] : undefined;
      if (element && element.localName !== mark.tag) {
        const replacement = document.createElementNS(SVG_NS, mark.tag);
        element.replaceWith(replacement);
        element = replacement;
      } else if (!element) {
        element = document.createElementNS(SVG_NS, mark.tag);
        added.append(element);
      }
      for (const name in mark.attributes) {
        const value = mark.attributes[name];
        if (value === undefined) element.removeAttribute(name);
        else if (old?.attributes[name] !== value) element.setAttribute(name, String(value));
      }
      if (old) for (const name in old.attributes) if (!(name in mark.attributes)) element.removeAttribute(name);
      if (mark.text !== old?.text) element.textContent = mark.text ?? '';
    }
    group.append(added);
    while (elements.length > marks.length) elements[elements.length - 1]!.remove();
    return noChange;
  }
}

/**
 * `<g ${children(marks)}></g>`: the group's children are the marks, kept by one directive rather
 * than a template each (the element must hold nothing else).
 */
export const children = directive(ChildrenDirective);
