import { LitElement, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { LocaleController, type LocaleState } from './locale-controller.js';

/**
 * The base of every element of the library, charts and dashboard alike: a Lit element whose
 * language, direction, digits and theme are resolved by a {@link LocaleController}, inheriting
 * `lang` and `theme` from the nearest ancestor and following them at run time.
 */
export abstract class ImcElement extends LitElement {
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
  @state() protected localeState!: LocaleState;

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
