import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inheritedAttribute, watchAncestry } from './ancestry.js';
import { isValidLocale, localeInfo, type LocaleInfo } from '../locale.js';
import { NUMERALS, THEMES, oneOf } from './options.js';

/** An element whose language, digits and theme a {@link LocaleController} resolves. */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  theme?: string;
  numerals?: string;
}

/** The language, direction, digits and theme in force. */
export interface LocaleState {
  /** The language tag: the element's own `lang`, else the nearest ancestor's, else `en`. */
  lang: string;
  /** The element's own `lang` when it is not a valid tag (ignored, and reported by charts). */
  badLang?: string;
  /** Formatting in that language and the chosen digits; `dir` is its direction. */
  locale: LocaleInfo;
  /** The theme as given: the element's `theme`, else the nearest ancestor's, else `light`. */
  theme: string;
  /** The theme made valid: a wrong value is `light`. */
  scheme: (typeof THEMES)[number];
}

/**
 * Resolves the host's language, direction, digits and theme, inheriting `lang` and `theme` from
 * the nearest ancestor (across shadow roots), and follows a page that changes either at run
 * time. The state is read when the host updates, not when an attribute changes: an ancestor in
 * a shadow root (the dashboard's own frame) renders its new `lang` in that same round of updates.
 */
export class LocaleController implements ReactiveController {
  private unwatch?: () => void;
  private last?: LocaleState;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  /** The state in force, the same object while nothing it depends on has changed. */
  get value(): LocaleState {
    const own = this.host.getAttribute('lang');
    const tag = inheritedAttribute(this.host, 'lang');
    const lang = tag && isValidLocale(tag) ? tag : 'en';
    // Made once per tag and digits, so the same object stands for the same locale.
    const locale = localeInfo(lang, oneOf(this.host.numerals, NUMERALS));
    const theme = this.host.theme ?? inheritedAttribute(this.host, 'theme') ?? 'light';
    const bad = own !== null && !isValidLocale(own) ? own : undefined;
    const last = this.last;
    if (last?.locale === locale && last.lang === lang && last.theme === theme && last.badLang === bad) return last;
    this.last = { lang, locale, theme, scheme: oneOf(theme, THEMES) ?? 'light', ...(bad === undefined ? {} : { badLang: bad }) };
    return this.last;
  }

  hostConnected(): void {
    // A `lang` or `theme` changed somewhere on the page: an update only if this element's changed.
    this.unwatch = watchAncestry(() => {
      const before = this.last;
      if (this.value !== before) this.host.requestUpdate();
    });
    // Moved under another ancestor, the element may now inherit another language or theme.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }
}
