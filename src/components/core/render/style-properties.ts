import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`), on every render
 * including the first. Lit's `styleMap` writes the first render as a `style` attribute, which a
 * Content-Security-Policy without `'unsafe-inline'` blocks; setting properties one by one is
 * not an inline style attribute and is allowed.
 */
class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProperties() goes on an element, not in an attribute');
  }

  render(_properties: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

/** `<div ${styleProperties({ left: '12px' })}>`: inline style that a strict CSP allows. */
export const styleProperties = directive(StylePropertiesDirective);
