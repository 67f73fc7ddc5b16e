/**
 * Registers a custom element unless its tag is taken. A newsroom page may paste the script
 * twice, or load the standalone bundle next to the npm modules; `customElements.define` throws
 * on the second call, so the decorator `@customElement` is not used.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
