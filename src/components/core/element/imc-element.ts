import { isServer, LitElement, type PropertyValues } from 'lit';
import { loadLanguage } from '../i18n.js';
import { LocaleController, type LocaleState } from './locale-controller.js';

/**
 * The base of every element of the library, charts and dashboard alike: a Lit element whose
 * language, direction, digits and theme are resolved by a {@link LocaleController}, inheriting
 * `lang` and `theme` from the nearest ancestor and following them at run time.
 */
export abstract class ImcElement extends LitElement {
  static {
    // Reactive state, declared without decorators: see `ChartAttributes.properties`.
    this.createProperty('localeState', { state: true });
  }

  /** `light`, `dark` or `auto`; inherited from an ancestor's `theme` when not set. */
  abstract theme?: string;

  /** `latn` or `arab`; by default what the language's locale uses. */
  abstract numerals?: string;

  /**
   * Resolves language, direction, digits and theme.
   * @internal
   */
  protected readonly locale = new LocaleController(this);

  /**
   * The locale state of this update, copied from {@link locale} in `willUpdate`, so that a
   * change of language or theme is in `changedProperties` like any other input.
   * @internal
   */
  protected declare localeState: LocaleState;

  /**
   * A server-rendered element arrives with a declarative shadow root holding its static drawing.
   * Lit reuses that root and would add the live element after it, so the static drawing is
   * cleared first: the reader sees it until the script runs, then the live element alone.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The changes held back while the language's texts load, with their old values. */
  private heldBack?: Map<PropertyKey, unknown>;
  /** Work an update waits for, fetched on demand: see {@link awaitBeforeComplete}. */
  private readonly awaited = new Set<Promise<unknown>>();

  /**
   * An element whose language's texts are not loaded yet (Arabic, the first time; English is
   * built in) does not update until they have arrived: it imports them, keeps the changes made
   * meanwhile, and then updates with all of them, so its first drawing is already in its
   * language. `updateComplete` (and a chart's `ready`) waits for that update.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (isServer || !super.shouldUpdate(changed)) return isServer;
    const loading = loadLanguage(this.locale.value.locale.language);
    if (!loading) return true;
    const held = (this.heldBack ??= new Map());
    for (const [key, old] of changed) if (!held.has(key)) held.set(key, old);
    if (!this.awaited.has(loading)) {
      void loading.then(() => {
        const again = this.heldBack;
        this.heldBack = undefined;
        this.requestUpdate();
        for (const [key, old] of again ?? []) this.requestUpdate(key, old);
      });
      this.awaitBeforeComplete(loading);
    }
    return false;
  }

  /**
   * Makes `updateComplete` wait for `work` (a module fetched on demand: the language's texts,
   * the data table), which requests an update when done, and for that update. Code that reacts
   * to it (a `then` that requests the update) must be attached before this is called.
   * @internal
   */
  awaitBeforeComplete(work: Promise<unknown>): void {
    this.awaited.add(work);
    const settled = () => void this.awaited.delete(work);
    work.then(settled, settled);
  }

  protected override getUpdateComplete(): Promise<boolean> {
    // An update that began waiting for its texts (in `shouldUpdate`) is waited for too.
    if (this.awaited.size > 0) return this.afterAwaited();
    return super.getUpdateComplete().then((done) => (this.awaited.size > 0 ? this.afterAwaited() : done));
  }

  private async afterAwaited(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.awaited.size > 0) {
      await Promise.allSettled([...this.awaited]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.localeState = this.locale.value;
  }

  /** The language tag in force: the element's, an ancestor's, or English. */
  get resolvedLang(): string {
    return this.locale.value.lang;
  }

  /** The theme in force: the element's, an ancestor's, or light. */
  get resolvedTheme(): string {
    return this.locale.value.theme;
  }
}
