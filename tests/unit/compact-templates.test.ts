import { html, nothing, svg } from 'lit';
import { describe, expect, it } from 'vitest';
import { compactStrings, compactTemplate, html as compactHtml } from '../../src/components/core/render/compact.js';

const strings = (s: TemplateStringsArray, ..._values: unknown[]) => s;

describe('compactStrings', () => {
  it('drops the whitespace that holds a line break between tags, tags and bindings, and bindings', () => {
    const source = strings`<div part="footer">
      ${1}
      <button type="button">
        ${2}
      </button>
      ${3}
      ${4}
    </div>`;
    expect([...compactStrings(source)]).toEqual(['<div part="footer">', '<button type="button">', '</button>', '', '</div>']);
  });

  it('keeps spaces without a line break and the whitespace between attributes', () => {
    const source = strings`<li><span>${1}</span> <span>${2}</span> ${3}</li><div
      class="plot"
      tabindex="0"
      aria-label=${4}
    ></div>`;
    expect([...compactStrings(source)]).toEqual(['<li><span>', '</span> <span>', '</span> ', '</li><div\n      class="plot"\n      tabindex="0"\n      aria-label=', '\n    ></div>']);
  });

  it('returns the same frozen strings, with their raw strings, for the same template', () => {
    const make = () => strings`<p>
      ${1}
    </p>`;
    const first = compactStrings(make());
    expect(compactStrings(make())).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.raw).toEqual(['<p>', '</p>']);
  });
});

describe('compactTemplate', () => {
  it('compacts nested templates and lists, and leaves other values as they are', () => {
    const inner = (n: number) => svg`
      <path d=${`M${n}`}></path>`;
    const result = compactTemplate(svg`
      <g>${[inner(1), inner(2)]}</g>
      ${nothing}`);
    expect([...result.strings]).toEqual(['<g>', '</g>', '']);
    const [first, second] = result.values[0] as ReturnType<typeof inner>[];
    expect([...first!.strings]).toEqual(['<path d=', '></path>']);
    expect(second!.values).toEqual(['M2']);
    expect(result.values[1]).toBe(nothing);
    expect(result._$litType$).toBe(2);
  });

  it('makes the same template result as the compact tag', () => {
    const tagged = (text: string) => html`<b>
      ${text}
    </b>`;
    const compacted = (text: string) => compactHtml`<b>
      ${text}
    </b>`;
    expect([...compactTemplate(tagged('x')).strings]).toEqual([...compacted('x').strings]);
  });
});
