import { strings as stringsFor, type Strings } from '../i18n.js';
import type { Language } from '../locale.js';

/** A text in both languages, picked by the language of a `Strings` dictionary or a locale. */
export type Bilingual<T> = Record<Language, T>;

/**
 * The language a `Strings` dictionary is written in. A spec's `heading()` and `description()`
 * get the dictionary but not the locale; the dictionaries are singletons, so identity tells.
 */
export function languageOfStrings(text: Strings): Language {
  return text === stringsFor('ar') ? 'ar' : 'en';
}
