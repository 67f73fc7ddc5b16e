/**
 * The value of an attribute on the element or its nearest ancestor, crossing shadow roots, so
 * that a chart inside another component still picks up the page's `lang` or `theme`.
 */
export function inheritedAttribute(element: Element, name: string): string | null {
  let node: Node | null = element;
  while (node) {
    const candidate = node as Partial<Element>;
    if (typeof candidate.hasAttribute === 'function' && candidate.hasAttribute(name)) {
      return candidate.getAttribute!(name);
    }
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return null;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` when any element's `lang` or `theme` changes, so that a page switching its
 * language or dark mode at run time re-renders every chart. One observer serves all charts and
 * is dropped when the last one leaves the page. Returns the function that unsubscribes.
 */
export function watchAncestry(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'theme'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
